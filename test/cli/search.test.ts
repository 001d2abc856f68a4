import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {atTerminal, lines, runMain} from '../helpers/cli.js';
import {PROJECT_ROOT} from '../helpers/datasets.js';


interface SearchItem {
	kind: 'entity' | 'event' | 'quote';
	id: string;
	name: string;
	type: string;
	score: number;
	matched: {field: string; text: string; ranges: [number, number][]} | null;
}

const search = async (...args: string[]): Promise<SearchItem[]> => {
	const {code, stdout, stderr} = await runMain(['search', ...args, '--json']);
	expect({code, stderr}).toEqual({code: 0, stderr: ''});
	return JSON.parse(stdout);
};

describe('linimasa search', () => {
	it('ranks Meutya Hafid first for the misspelling "meutia", with the matched ranges', async () => {
		const [first] = await search('meutia');
		expect(first).toMatchObject({id: 'meutya-hafid', name: 'Meutya Hafid', type: 'person'});
		expect(first!.score).toBeGreaterThanOrEqual(0);
		expect(first!.score).toBeLessThan(0.4);
		expect(first!.matched!.ranges.length).toBeGreaterThan(0);
	});

	it('orders results best first and honours --limit', async () => {
		const all = await search('komdigi');
		expect(all[0]).toMatchObject({kind: 'entity', id: 'kemkomdigi'});
		expect(all.map((item) => item.id)).toContain('kantor-kemkomdigi');
		// Grouped by kind, each kind best first; --limit is per kind.
		const kinds = [...new Set(all.map((item) => item.kind))];
		expect(kinds).toEqual(expect.arrayContaining(['entity', 'event']));
		for (const kind of kinds) {
			const scores = all.filter((item) => item.kind === kind).map((item) => item.score);
			expect([...scores].sort((a, b) => a - b)).toEqual(scores);
		}
		const limited = await search('komdigi', '--limit', '1');
		expect(limited).toEqual(kinds.map((kind) => all.find((item) => item.kind === kind)));
	});

	it('finds a record by its id, as a listing prints it, first and with the best score', async () => {
		for (const [query, kind, id] of [['q-ai-centre', 'quote', 'q-ai-centre'], ['MEETING-NANNING', 'event', 'meeting-nanning'], ['kemkomdigi', 'entity', 'kemkomdigi']] as const) {
			const found = await search(query);
			expect(found[0], query).toMatchObject({kind, id, score: 0});
		}
		// A query that is no record's id is ranked as before.
		expect((await search('q-ai'))[0]?.id).not.toBe('q-ai');
	});

	it('finds a record by words of its different texts, each word lit', async () => {
		const [first] = await search('menteri', 'meutya');
		expect(first).toMatchObject({kind: 'entity', id: 'meutya-hafid'});
		// In colour, the name is lit where a word matched it as well as the title beside it; a quote's speaker likewise.
		const lit = async (...query: string[]) => {
			const {stdout} = await runMain(['search', ...query], {env: {FORCE_COLOR: '1'}});
			// The match style's start (magenta, bold, underline) and what it lights, up to its end.
			return [...stdout.matchAll(/\u001B\[35m\u001B\[1m\u001B\[4m([^\u001B]*)/gu)].map((found) => found[1]);
		};
		expect(await lit('menteri', 'meutya')).toEqual(expect.arrayContaining(['Meutya', 'Menteri']));
		expect(await lit('meutya', 'tiongkok')).toEqual(expect.arrayContaining(['Meutya', 'Tiongkok']));
		// The word the title lacks is in its date: the DATE column is lit, no other form of the date beside the title.
		const {stdout: posts} = await runMain(['search', 'posko', 'lebaran', '2025']);
		expect(posts.split('\n').find((line) => line.endsWith('lebaran-posts'))).toMatch(/^386 posko siaga Lebaran +26 Mar – 8 Apr 2025 +lebaran-posts$/);
		expect(await lit('posko', 'lebaran', '2025')).toEqual(expect.arrayContaining(['26 Mar – 8 Apr 2025']));
		// The title matched best, the summary holds the other word: shown beside the title (in JSON too).
		expect((await search('pelepasan', 'lebaran'))[0]).toMatchObject({id: 'release-officers', matched: {field: 'summary'}});
	});

	it('finds a day by its number only where it is not part of a longer one: "5 maret" is not 25 March', async () => {
		const ids = async (query: string) => (await search(query)).filter((item) => item.kind === 'event').map((item) => item.id);
		expect(await ids('25 maret')).toEqual(expect.arrayContaining(['meeting-nanning', 'ai-centre-commitment', 'release-officers']));
		// The 25 March events hold "5 maret" inside "25 Maret" and "2" inside "2025": neither is the day asked for.
		expect(await ids('5 maret')).toEqual([]);
		expect(await ids('2 maret 2025')).toEqual([]);
		// "8 apr" is the posts' last day, written "8 Apr" in their span; "26 mar" their first.
		expect(await ids('8 apr')).toEqual(expect.arrayContaining(['lebaran-posts']));
		expect(await ids('26 mar')).toEqual(expect.arrayContaining(['lebaran-posts', 'publication']));
		// The press's form with its year, brackets and all, finds the day's events first.
		expect((await ids('Selasa (25/3/2025)')).slice(0, 3).sort()).toEqual(['ai-centre-commitment', 'meeting-nanning', 'release-officers']);
	});

	it('finds an amount by its decimal comma as written: "Rp4,2 miliar", never "2 miliar" inside it', async () => {
		const data = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest', 'html-kendari-jembatan-teluk', 'expected.json');
		expect((await search('Rp4,2 miliar', '--data', data)).map((item) => item.id)).toEqual(['budget-2026']);
		expect(await search('2 miliar', '--data', data)).toEqual([]);
	});

	it('reports matched ranges in code points of the matched alias', async () => {
		const [first] = await search('农生文');
		expect(first).toMatchObject({id: 'nong-shengwen', matched: {field: 'alias', text: '农生文', ranges: [[0, 3]]}});
	});

	it('prints aligned text with the name first when piped', async () => {
		const {stdout} = await runMain(['search', 'dave', 'laksono']);
		expect(lines(stdout)[0]).toMatch(/^People, organizations, places · \d+ match/);
		expect(lines(stdout)[1]).toMatch(/^Dave Laksono +person +dave-laksono$/);
	});

	it('marks an event\'s inferred date with ~ in the DATE column, a stated one not', async () => {
		const {stdout} = await runMain(['search', 'pelepasan']);
		expect(stdout).toMatch(/Pelepasan 1\.500 petugas dan 29 kendaraan +25 Mar 2025 ~ +release-officers/);
		const meeting = (await runMain(['search', 'bertemu'])).stdout.split('\n').find((line) => line.includes('meeting-nanning'))!;
		expect(meeting).toMatch(/25 Mar 2025 +meeting-nanning/);
	});

	it('prints nothing, and succeeds, when nothing matches', async () => {
		expect(await search('zzzzqqqq')).toEqual([]);
	});

	it('says on stderr that nothing matches when piped, leaving stdout empty, and succeeds', async () => {
		const result = await runMain(['search', 'huawei']);
		expect(result).toEqual({code: 0, stdout: '', stderr: 'linimasa: nothing matches "huawei"\n'});
	});

	it('refuses an empty query and a bad --limit as usage errors', async () => {
		const [empty, limit] = await Promise.all([runMain(['search', '  ']), runMain(['search', 'x', '--limit', 'ten'])]);
		expect(empty).toMatchObject({code: 2, stdout: ''});
		expect(limit.code).toBe(2);
		expect(limit.stderr).toBe('linimasa: --limit wants a whole number of at least 1 (got "ten")\n');
	});
});

describe('linimasa search on a narrow terminal', () => {
	it('cuts a name shown beside its match at a word, never inside its first word ("Komitm…")', async () => {
		const titles = new Map((await search('digital')).filter((item) => item.kind === 'event').map((item) => [item.id, item.name]));
		for (let columns = 56; columns <= 80; columns += 2) {
			const {rows} = await atTerminal(['search', 'digital'], columns);
			for (const [id, title] of titles) {
				const row = rows.find((line) => !line.startsWith('ID ') && line.trimEnd().endsWith(`  ${id}`));
				// Narrower, the events are printed a record at a time, whole.
				if (row === undefined) continue;
				const name = /^(.*?)(?:… \(|…? {2}| \()/u.exec(row)![1]!;
				expect(`${title} `.startsWith(`${name} `) || title === name, `${columns}: "${row}"`).toBe(true);
			}
		}
		// Before, 60 columns showed "Komitm… (…digital dan…".
		expect((await atTerminal(['search', 'digital'], 60)).rows.find((line) => line.includes('ai-centre-commitment'))).toMatch(/^Komitmen… \(/u);
	});
});

describe('linimasa search over every kind', () => {
	it('finds Meutya Hafid first by her title, and the 386-posts event by its words', async () => {
		expect((await search('Menteri Komunikasi'))[0]).toMatchObject({kind: 'entity', id: 'meutya-hafid', matched: {field: 'title', text: 'Menteri Komunikasi dan Digital RI'}});
		const posts = await search('posko siaga');
		expect(posts[0]).toMatchObject({kind: 'event', id: 'lebaran-posts', matched: {field: 'title'}});
	});

	it('finds quotes by their words and by their speaker, each result with its kind beside its id', async () => {
		const found = await search('pusat kerja sama');
		expect(found.find((item) => item.kind === 'quote')).toMatchObject({id: 'q-ai-centre', matched: {field: 'text'}});
		expect(found.every((item) => ['entity', 'event', 'quote'].includes(item.kind) && typeof item.id === 'string')).toBe(true);
	});
});

describe('linimasa search --lang', () => {
	const meeting = (stdout: string) => lines(stdout).find((line) => line.includes('meeting-nanning'))!;

	it('takes --lang en: an event\'s title in English, as "events --json --lang en" gives it', async () => {
		const [found, events] = await Promise.all([search('meutia', '--lang', 'en'), runMain(['events', '--json', '--lang', 'en'])]);
		const title = JSON.parse(events.stdout).find((event: {id: string}) => event.id === 'meeting-nanning').title;
		expect(title).toBe('Meutya Hafid meets Nong Shengwen');
		expect(found.find((item) => item.id === 'meeting-nanning')).toMatchObject({kind: 'event', name: title});
	});

	it('shows "digital" in the Indonesian summary under the Indonesian title by default, in the English one with --lang en', async () => {
		const [plain, english] = await Promise.all([runMain(['search', 'digital', '--limit', '3']), runMain(['search', 'digital', '--limit', '3', '--lang', 'en'])]);
		expect(meeting(plain.stdout)).toMatch(/^Meutya Hafid bertemu Nong Shengwen \(Menkomdigi Meutya Hafid, .*transformasi digital/);
		expect(meeting(english.stdout)).toMatch(/^Meutya Hafid meets Nong Shengwen \(Minister Meutya Hafid, .*digital transformation/);
	});

	it('gives --json the matched text the text output shows: the Indonesian summary by default, the English with --lang en', async () => {
		const [plain, english] = await Promise.all([search('digital', '--limit', '3'), search('digital', '--limit', '3', '--lang', 'en')]);
		const matched = (items: SearchItem[]) => items.find((item) => item.id === 'meeting-nanning')!.matched!;
		expect(matched(plain)).toMatchObject({field: 'summary', text: expect.stringMatching(/^Menkomdigi Meutya Hafid/)});
		expect(matched(english)).toMatchObject({field: 'summary', text: expect.stringMatching(/^Minister Meutya Hafid/)});
		const {text, ranges} = matched(plain);
		expect(ranges.map(([start, end]) => [...text].slice(start, end).join('').toLowerCase())).toContain('digital');
	});

	it('keeps an English snippet where only an English text matched ("hosts", in Indonesian), and says it is English', async () => {
		const [{stdout}, json] = await Promise.all([runMain(['search', 'hosts']), search('hosts')]);
		expect(meeting(stdout)).toMatch(/^Meutya Hafid bertemu Nong Shengwen \(EN Minister Meutya Hafid, .*hosts/);
		expect(json.find((item) => item.id === 'meeting-nanning')!.matched).toMatchObject({field: 'summary', language: 'en'});
		// A text in the language asked for carries no language.
		expect((await search('digital', '--limit', '3')).find((item) => item.id === 'meeting-nanning')!.matched).not.toHaveProperty('language');
	});

	it('says on stderr, as the listings do, when the dataset lacks the language asked for, and shows the article\'s', async () => {
		const [found, events] = await Promise.all([runMain(['search', 'meutia', '--lang', 'fr', '--json']), runMain(['events', '--lang', 'fr', '--json'])]);
		expect(found.code).toBe(0);
		expect(found.stderr).toBe(events.stderr);
		expect(found.stderr).toMatch(/^linimasa: .*fr/);
		expect(JSON.parse(found.stdout).find((item: SearchItem) => item.id === 'meeting-nanning').name).toBe('Meutya Hafid bertemu Nong Shengwen');
	});
});
