import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {standaloneQuotation} from '../../src/model/citation.js';
import {datasetJsonSchema} from '../../src/model/schema.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, loadStory, SECOND_DATASET} from '../helpers/datasets.js';
import {runMain, tempDir} from '../helpers/cli.js';

const story = loadStory(EMBEDDED_DATASET);


interface VEvent {
	uid: string;
	summary: string;
	description: string;
	location: string | null;
	start: string;
	end: string;
	startIsDate: boolean;
	stamp: string;
}

function parseIcs(text: string): VEvent[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			location: event.location,
			start: event.startDate.toString(),
			end: event.endDate.toString(),
			startIsDate: event.startDate.isDate,
			stamp: String(component.getFirstPropertyValue('dtstamp')),
		};
	});
}

describe('linimasa export --format ics', () => {
	it('parses back (ical.js) as one all-day VEVENT per event with an exclusive end date', async () => {
		const {code, stdout, stderr} = await runMain(['export', '--format', 'ics', '--lang', 'en']);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		const events = parseIcs(stdout);
		expect(events.map((event) => event.uid.split('@')[0])).toEqual(story.events.map((event) => event.id));
		const byId = new Map(events.map((event) => [event.uid.split('@')[0], event]));
		expect(byId.get('lebaran-posts')).toMatchObject({start: '2025-03-26', end: '2025-04-09', startIsDate: true, summary: '386 Lebaran standby posts', location: 'Indonesia'});
		expect(byId.get('meeting-nanning')).toMatchObject({start: '2025-03-25', end: '2025-03-26', location: 'Kantor Kemkomdigi'});
		expect(byId.get('talent-target-2030')).toMatchObject({start: '2030-01-01', end: '2031-01-01'});
		expect(byId.get('meeting-nanning')!.description).toContain('Kerja sama di bidang infrastruktur digital');
		// The 2030 target lists the quote about it, dated by when it was said, with its gloss.
		expect(byId.get('talent-target-2030')!.description).toMatch(/“Kami terbuka .*2030\.” — Meutya Hafid, 25 Mar 2025\n\(We are open/s);
		expect(stdout).toContain('DTSTART;VALUE=DATE:20250326\r\nDTEND;VALUE=DATE:20250409\r\n');
		// DTSTAMP is the article's publication time (26 Mar 2025 01:00 WIB), not the clock.
		expect(new Set(events.map((event) => event.stamp))).toEqual(new Set(['2025-03-25T18:00:00Z']));
		expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
	});

	it('attributes a quote whose day said is inferred with the day marked inferred, a stated one as before', async () => {
		const byId = new Map(parseIcs((await runMain(['export', '--format', 'ics'])).stdout).map((event) => [event.uid.split('@')[0], event]));
		expect(byId.get('release-officers')!.description).toMatch(/1\.500 personel.*\.” — Meutya Hafid, 25 Mar 2025 \[tanggal disimpulkan\]\n/s);
		expect(byId.get('meeting-nanning')!.description).toMatch(/4G dan 5G\.” — Meutya Hafid, 25 Mar 2025\n/);
	});

	it('ends lines with CRLF, folds them at 75 octets, and gives the same bytes every time', async () => {
		const [first, second] = await Promise.all([runMain(['export', '-f', 'ics']), runMain(['export', '-f', 'ics'])]);
		expect(first.stdout).toBe(second.stdout);
		expect(first.stdout.endsWith('\r\n')).toBe(true);
		expect(first.stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		const physical = first.stdout.split('\r\n').slice(0, -1);
		for (const line of physical) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(physical.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('gives a month-precision event the whole month', async () => {
		const events = parseIcs((await runMain(['export', '-f', 'ics', '--data', SECOND_DATASET])).stdout);
		expect(events.find((event) => event.uid.startsWith('pumps@'))).toMatchObject({start: '2025-02-01', end: '2025-03-01'});
	});
});

describe('linimasa export --format timelinejs', () => {
	it('writes TimelineJS3 slides with dates to the event\'s precision, headline, text, group and unique_id', async () => {
		const timeline = JSON.parse((await runMain(['export', '--format', 'timelinejs', '--lang', 'en'])).stdout);
		expect(timeline.title.text.headline).toBe(story.article.title);
		expect(timeline.events).toHaveLength(story.events.length);
		const byId = new Map(timeline.events.map((slide: {unique_id: string}) => [slide.unique_id, slide]));
		expect(byId.get('lebaran-posts')).toMatchObject({
			start_date: {year: 2025, month: 3, day: 26},
			end_date: {year: 2025, month: 4, day: 8},
			text: {headline: '386 Lebaran standby posts'},
			group: 'Kementerian Komunikasi dan Digital',
		});
		expect(byId.get('talent-target-2030')).toMatchObject({start_date: {year: 2030}});
		expect(Object.keys((byId.get('talent-target-2030') as {start_date: object}).start_date)).toEqual(['year']);
		expect(byId.get('meeting-nanning')).toMatchObject({group: 'Meutya Hafid'});
		expect((byId.get('meeting-nanning') as {text: {text: string}}).text.text).toMatch(/^<p>.+<\/p><blockquote>“Kerja sama/);
	});

	it('with --lang en keeps only the Indonesian quote in each blockquote, dated when said, the gloss under it', async () => {
		const timeline = JSON.parse((await runMain(['export', '--format', 'timelinejs', '--lang', 'en'])).stdout);
		const target = timeline.events.find((slide: {unique_id: string}) => slide.unique_id === 'talent-target-2030');
		const quote = story.index.quoteById.get('q-talent-target')!;
		expect(target.text.text).toContain(`<blockquote>“${standaloneQuotation(quote.text)}”</blockquote><p>— Meutya Hafid, 25 Mar 2025</p><p><em>${quote.gloss.en}</em></p>`);
		for (const slide of timeline.events) {
			for (const [, inside] of (slide.text.text as string).matchAll(/<blockquote>(.*?)<\/blockquote>/g)) {
				expect(story.quotes.some((q) => inside === `“${standaloneQuotation(q.text)}”`)).toBe(true);
			}
		}
		const plain = JSON.parse((await runMain(['export', '--format', 'timelinejs'])).stdout);
		expect(JSON.stringify(plain)).not.toContain(quote.gloss.en);
	});

	it('attributes a quote whose day said is inferred with the day marked inferred, a stated one as before', async () => {
		const timeline = JSON.parse((await runMain(['export', '--format', 'timelinejs'])).stdout);
		const slide = (id: string): string => timeline.events.find((each: {unique_id: string}) => each.unique_id === id).text.text;
		expect(slide('release-officers')).toContain('</blockquote><p>— Meutya Hafid, 25 Mar 2025 [tanggal disimpulkan]</p>');
		expect(slide('meeting-nanning')).toContain('</blockquote><p>— Nong Shengwen, 25 Mar 2025</p>');
	});

	it('round-trips through import: the same events, with the same dates', async () => {
		const dir = tempDir();
		const timeline = join(dir, 'timeline.json');
		const dataset = join(dir, 'dataset.json');
		expect((await runMain(['export', '-f', 'timelinejs', '-o', timeline])).code).toBe(0);
		expect((await runMain(['import', '-f', 'timelinejs', timeline, '-o', dataset, '--lang', 'id'])).code).toBe(0);
		const [validated, listed] = await Promise.all([runMain(['validate', dataset]), runMain(['events', '--json', '--data', dataset])]);
		expect(validated.code).toBe(0);
		const dates = (events: readonly {id: string; start: string; end?: string | null; precision: string}[]) =>
			events.map(({id, start, end, precision}) => ({id, start, end: end ?? null, precision}));
		expect(dates(JSON.parse(listed.stdout))).toEqual(dates(story.events));
		expect(JSON.parse(listed.stdout).map((event: {title: string}) => event.title)).toEqual(story.events.map((event) => event.title.id));
	});
});

describe('linimasa export --format markdown and json', () => {
	it('writes a brief with the story, the timeline, people, organizations and places with roles, and quotes', async () => {
		const {code, stdout} = await runMain(['export', '--format', 'markdown', '--lang', 'en']);
		expect(code).toBe(0);
		expect(stdout.startsWith(`# ${story.article.title}\n`)).toBe(true);
		const sections = [...stdout.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(sections).toEqual(['Timeline', 'People', 'Organizations', 'Places', 'Quotes']);
		expect(stdout).toMatch(/## Places\n\n- \*\*Indonesia\*\*  \n  The Republic of Indonesia\.\n  - 25 Mar 2025 \(inferred\)/);
		expect(stdout).toContain('- **26 Mar – 8 Apr 2025** — 386 Lebaran standby posts');
		expect(stdout).toMatch(/- \*\*Dave Laksono\*\* — Deputy Chair[^\n]*\n[^\n]*\n {2}- 25 Mar 2025, Meutya Hafid meets Nong Shengwen: accompanies the minister/);
		// Dated by where it was said (the meeting), though it speaks about the commitment.
		expect(stdout).toContain('> — **Nong Shengwen**, 25 Mar 2025 (Meutya Hafid meets Nong Shengwen)');
	});

	it('marks an inferred date in a person\'s list of events, as the timeline does, a stated one not', async () => {
		const [plain, english] = await Promise.all([runMain(['export', '--format', 'markdown']), runMain(['export', '--format', 'markdown', '--lang', 'en'])]);
		expect(plain.stdout).toContain('  - 25 Mar 2025 (disimpulkan), Komitmen pusat inovasi AI Asean: menyatakan minat kerja sama AI');
		expect(plain.stdout).toContain('  - 25 Mar 2025, Meutya Hafid bertemu Nong Shengwen: tuan rumah');
		expect(english.stdout).toMatch(/ {2}- 25 Mar 2025 \(inferred\), /);
	});

	it('gives a quote\'s English gloss only to a reader of English (--lang en), as the other exports do', async () => {
		const [plain, english] = await Promise.all([runMain(['export', '--format', 'markdown']), runMain(['export', '--format', 'markdown', '--lang', 'en'])]);
		const glossLines = (out: string) => out.split('\n').filter((line) => /^> \*.+\*$/.test(line));
		expect(glossLines(plain.stdout)).toEqual([]);
		expect(glossLines(english.stdout)).toContain('> *Cooperation in digital infrastructure between Indonesia and China is the largest of our cooperation with any country. It has supported connectivity to the remotest parts of Indonesia through 4G and 5G technology.*');
	});

	it('dates a quote said at an occasion of inferred date as inferred, in the export\'s language; one of stated date as before', async () => {
		const [{stdout}, english] = await Promise.all([runMain(['export', '--format', 'markdown']), runMain(['export', '--format', 'markdown', '--lang', 'en'])]);
		expect(stdout).toContain('> — **Meutya Hafid**, 25 Mar 2025 \\[tanggal disimpulkan\\] (Pelepasan 1.500 petugas dan 29 kendaraan)');
		expect(stdout).toContain('> — **Nong Shengwen**, 25 Mar 2025 (Meutya Hafid bertemu Nong Shengwen)');
		expect(english.stdout).toContain('> — **Meutya Hafid**, 25 Mar 2025 \\[date inferred\\] (Release of 1,500 officers and 29 vehicles)');
	});

	it('takes a format by its file extension too: md, ical, ndjson; and says which it knows of any other', async () => {
		const pairs = [['md', 'markdown'], ['ical', 'ics'], ['ndjson', 'jsonl']] as const;
		for (const [alias, format] of pairs) {
			const [byAlias, byName] = await Promise.all([runMain(['export', '-f', alias]), runMain(['export', '-f', format])]);
			expect({alias, code: byAlias.code, same: byAlias.stdout === byName.stdout}).toEqual({alias, code: 0, same: true});
		}
		const wrong = await runMain(['export', '-f', 'mdx']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('--format must be one of timelinejs, ics, markdown, json, jsonl, timesketch (or md, ical, ndjson) (got "mdx"); did you mean "md"?');
	});

	it('writes the dataset self-contained, which validates', async () => {
		const {stdout} = await runMain(['export', '--format', 'json']);
		const data = JSON.parse(stdout);
		expect(data.article.text).toBe(readFileSync(join(EMBEDDED_DATASET, '..', 'article.txt'), 'utf8'));
		expect(data.article.textFile).toBeUndefined();
		const checked = await runMain(['validate', '-'], {input: stdout});
		expect(checked).toMatchObject({code: 0, stdout: expect.stringContaining('<stdin>: valid — 8 events')});
	});
});

describe('quotations standing alone in the exports', () => {
	// Every quote of the embedded article ends with the comma that led into its attribution.
	const quotations = story.quotes.map((quote) => quote.text);

	it.each([
		{format: 'markdown', shown: (out: string) => [...out.matchAll(/^> “(.*)”$/gm)].map((match) => match[1]!)},
		{format: 'ics', shown: (out: string) => parseIcs(out).flatMap((event) => [...event.description.matchAll(/“(.*?)” —/gs)].map((match) => match[1]!))},
		{format: 'timelinejs', shown: (out: string) => (JSON.parse(out) as {events: {text: {text: string}}[]}).events.flatMap((slide) => [...slide.text.text.matchAll(/<blockquote>“(.*?)”<\/blockquote>/g)].map((match) => match[1]!))},
	])('$format closes each quotation as `y` copies it: the comma before its attribution a full stop', async ({format, shown}) => {
		expect(quotations.every((text) => text.endsWith(','))).toBe(true);
		const {code, stdout} = await runMain(['export', '--format', format]);
		expect(code).toBe(0);
		const quoted = shown(stdout);
		expect(quoted.length).toBeGreaterThanOrEqual(quotations.length);
		for (const text of quoted) expect(quotations.map(standaloneQuotation)).toContain(text);
		expect(quoted.some((text) => text.endsWith('4G dan 5G.'))).toBe(true);
	});

	it('jsonl, json and timesketch keep the quotation as written, its comma too', async () => {
		for (const format of ['jsonl', 'json', 'timesketch']) {
			const {stdout} = await runMain(['export', '--format', format]);
			for (const text of quotations) expect(stdout, format).toContain(JSON.stringify(text).slice(1, -1));
		}
	});
});

describe('the exports\' own words are in the language of their text', () => {
	it('Markdown: by default (the article\'s Indonesian) its headings and byline are Indonesian; with --lang en, English', async () => {
		const [brief, english] = await Promise.all([runMain(['export', '-f', 'markdown']), runMain(['export', '-f', 'markdown', '--lang', 'en'])]);
		expect([...brief.stdout.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual(['Linimasa', 'Orang', 'Organisasi', 'Tempat', 'Kutipan']);
		expect(brief.stdout).toContain('*Koran Jakarta · 26 Mar 2025 · oleh Eko S');
		expect(brief.stdout).not.toContain(' by Eko S');
		expect([...english.stdout.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual(['Timeline', 'People', 'Organizations', 'Places', 'Quotes']);
		expect(english.stdout).toContain('*Koran Jakarta · 26 Mar 2025 · by Eko S');
	});

	it('iCalendar: an Indonesian description credits its article as "Sumber:", an English one as "Source:"', async () => {
		const [plain, english] = await Promise.all([runMain(['export', '-f', 'ics']), runMain(['export', '-f', 'ics', '--lang', 'en'])]);
		const descriptions = (text: string) => parseIcs(text).map((event) => event.description);
		for (const description of descriptions(plain.stdout)) {
			expect(description).toMatch(/\n\nSumber: Koran Jakarta, “/);
			expect(description).not.toContain('Source:');
		}
		for (const description of descriptions(english.stdout)) expect(description).toMatch(/\n\nSource: Koran Jakarta, “/);
	});

	it('an inferred date with no note of its own is said to be inferred in the export\'s language', async () => {
		const data = embeddedDatasetInline();
		const inferred = data.events.find((event: {certainty: string}) => event.certainty === 'inferred');
		delete inferred.dateNote;
		const file = join(tempDir(), 'no-note.json');
		writeFileSync(file, JSON.stringify(data));
		const [plain, english] = await Promise.all([runMain(['export', '-f', 'ics', '--data', file]), runMain(['export', '-f', 'ics', '--data', file, '--lang', 'en'])]);
		const description = (text: string) => parseIcs(text).find((event) => event.uid.startsWith(`${inferred.id}@`))!.description;
		expect(description(plain.stdout)).toContain('Tanggal disimpulkan dari konteks.');
		expect(description(english.stdout)).toContain('Date inferred from context.');
	});
});

describe('export -o', () => {
	it('never overwrites an existing file without --force', async () => {
		const file = join(tempDir(), 'out.md');
		writeFileSync(file, 'keep me');
		const refused = await runMain(['export', '-f', 'markdown', '-o', file]);
		expect(refused).toEqual({code: 1, stdout: '', stderr: `linimasa: ${file} already exists; add --force to replace it\n`});
		expect(readFileSync(file, 'utf8')).toBe('keep me');
		const forced = await runMain(['export', '-f', 'markdown', '-o', file, '--force']);
		expect(forced).toEqual({code: 0, stdout: '', stderr: ''});
		expect(readFileSync(file, 'utf8')).toMatch(/^# /);
	});

	it('says a folder given as the file is one, with or without --force (which could not help)', async () => {
		const folder = tempDir();
		for (const force of [[], ['--force']]) {
			expect(await runMain(['export', '-f', 'ics', '-o', folder, ...force])).toEqual({code: 1, stdout: '', stderr: `linimasa: cannot write ${folder}: it is a directory; give a file's path\n`});
		}
	});

	it('says so in one line when the folder does not exist', async () => {
		const file = join(tempDir(), 'missing', 'out.ics');
		const result = await runMain(['export', '-f', 'ics', '-o', file]);
		expect(result).toEqual({code: 1, stdout: '', stderr: `linimasa: cannot write ${file}: its folder does not exist\n`});
		expect(existsSync(file)).toBe(false);
	});
});

describe('linimasa schema', () => {
	it('prints the dataset\'s JSON Schema', async () => {
		const {code, stdout} = await runMain(['schema']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(datasetJsonSchema());
	});
});
