import {spawn} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {entityIdsOfEvent, listOf} from '../../src/model/story.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, loadStory, PROJECT_ROOT, SOURCES_DATASET} from '../helpers/datasets.js';
import {lines, runMain, tempDir} from '../helpers/cli.js';
import {memoryIo} from '../helpers/memory-io.js';
import {testCache} from '../helpers/test-cache.js';
import {main} from '../../src/cli/main.js';
import {sliceOf} from '../../src/model/catalog.js';
import {embedded} from '../state/drive.js';

const story = loadStory(EMBEDDED_DATASET);
const ANSI = /\x1b\[/;


describe('linimasa events --json', () => {
	it('prints every event in timeline order with the dataset\'s dates, relations and evidence', async () => {
		const {code, stdout, stderr} = await runMain(['events', '--json']);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		const events = JSON.parse(stdout);
		expect(events.map((event: {id: string}) => event.id)).toEqual(story.events.map((event) => event.id));
		for (const [i, event] of story.events.entries()) {
			expect(events[i]).toMatchObject({
				title: event.title.id,
				summary: event.summary.id,
				start: event.start,
				end: event.end ?? null,
				precision: event.precision,
				certainty: event.certainty,
				place: event.place ?? null,
				entities: entityIdsOfEvent(event),
				quotes: listOf(story.index.quotesOfEvent, event.id).map((quote) => quote.id),
				evidence: event.evidence,
			});
		}
		expect(events.find((event: {id: string}) => event.id === 'lebaran-posts')).toMatchObject({start: '2025-03-26', end: '2025-04-08', precision: 'day'});
		expect(events.find((event: {id: string}) => event.id === 'talent-target-2030')).toMatchObject({start: '2030', end: null, precision: 'year'});
	});

	it('gives the English titles and summaries with --lang en', async () => {
		const events = JSON.parse((await runMain(['events', '--json', '--lang', 'en'])).stdout);
		expect(events.map((event: {title: string}) => event.title)).toEqual(story.events.map((event) => event.title.en));
		expect(events[0].summary).toBe(story.events[0]!.summary.en);
	});
});

describe('linimasa quotes', () => {
	it('says when each quote was said, in a SAID column', async () => {
		const {code, stdout} = await runMain(['quotes']);
		expect(code).toBe(0);
		// The 2030 target's quote was said at the 25 March meeting.
		expect(lines(stdout).find((row) => row.startsWith('q-talent-target'))).toMatch(/^q-talent-target +Meutya Hafid +25 Mar 2025 +“Kami terbuka .* tahun 2030,”$/);
		for (const row of lines(stdout)) expect(row).toMatch(/^q-[a-z-]+ +[A-Za-z ]+ +25 Mar 2025( ~)? +“/);
		// A person at a terminal gets the header row.
		const io = {...memoryIo(PROJECT_ROOT), stdoutIsTTY: true, env: {LINIMASA_CACHE: testCache(), COLUMNS: '120', NO_COLOR: '1'}};
		expect(await main(['quotes'], io)).toBe(0);
		expect(io.out().split('\n')[0]!.split(/ {2,}/)).toEqual(['ID', 'SPEAKER', 'SAID', 'QUOTE']);
	});

	it('marks with ~ a day said that is inferred, as the timeline marks an inferred date, and leaves a stated one bare', async () => {
		const said = (stdout: string, id: string) => lines(stdout).find((row) => row.startsWith(`${id} `))!.split(/ {2,}/)[2];
		const {stdout} = await runMain(['quotes']);
		// Said at the release of the officers, dated from "Saat ini"; the others at the meeting the article dates.
		expect(said(stdout, 'q-posts-staff')).toBe('25 Mar 2025 ~');
		expect(said(stdout, 'q-ai-centre')).toBe('25 Mar 2025');
		const several = (await runMain(['quotes', '--data', SOURCES_DATASET])).stdout;
		expect(said(several, 'ridwan-personel')).toBe('1 Nov 2025 ~');
		expect(said(several, 'maya-kebutuhan')).toBe('3 Nov 2025');
	});

	it('with --lang en prints the same Indonesian quotes with the English gloss beside each', async () => {
		const [plain, english] = await Promise.all([runMain(['quotes']), runMain(['quotes', '--lang', 'en'])]);
		const quoted = (stdout: string) => lines(stdout).slice(1).map((row) => row.match(/“.*”/)![0]);
		expect(quoted(english.stdout)).toEqual(quoted(plain.stdout));
		for (const quote of story.quotes) {
			expect(english.stdout).toContain(`“${quote.text}” (${quote.gloss.en})`);
			expect(plain.stdout).not.toContain(quote.gloss.en);
		}
	});
});

describe('linimasa entities --json and quotes --json', () => {
	it('lists every entity with its type, aliases, titles, events and quotes', async () => {
		const entities = JSON.parse((await runMain(['entities', '--json', '--lang', 'en'])).stdout);
		expect(entities).toHaveLength(story.entities.length);
		for (const [i, entity] of story.entities.entries()) {
			expect(entities[i]).toEqual(expect.objectContaining({
				id: entity.id,
				name: entity.name,
				type: entity.type,
				aliases: entity.aliases,
				titles: entity.titles.map((title) => title.en),
				events: listOf(story.index.eventsOfEntity, entity.id).map((event) => event.id),
				quotes: listOf(story.index.quotesOfEntity, entity.id).map((quote) => quote.id),
			}));
		}
		expect(entities.find((entity: {id: string}) => entity.id === 'meutya-hafid').quotes).toHaveLength(3);
	});

	it('lists every quote verbatim, without its quotation marks, with speaker, occasion, the day said, what it is about, and gloss', async () => {
		const quotes = JSON.parse((await runMain(['quotes', '--json'])).stdout);
		// How the day is known is its occasion's certainty, as an event's record says it.
		const said = (quote: (typeof story.quotes)[number]) => ({start: '2025-03-25', end: null, certainty: story.index.eventById.get(quote.event!)!.certainty});
		const printing = (quote: (typeof story.quotes)[number]) => [{article: 'article', exact: quote.text, attribution: quote.attribution?.exact ?? null, wording: 'same'}];
		expect(quotes).toEqual(story.quotes.map((quote) => ({id: quote.id, text: quote.text, speaker: quote.speaker, event: quote.event, said: said(quote), about: quote.about, gloss: quote.gloss.en, sources: printing(quote)})));
		expect(quotes.find((quote: {id: string}) => quote.id === 'q-talent-target')).toMatchObject({event: 'meeting-nanning', about: ['talent-target-2030'], said: {start: '2025-03-25', end: null, certainty: 'stated'}});
		for (const quote of quotes) expect(quote.text).not.toMatch(/^["“]|["”]$/);
	});

	it('says in `said.certainty` whether the day a quote was said is stated or inferred', async () => {
		const saidOf = (quotes: {id: string; said: unknown}[], id: string) => quotes.find((quote) => quote.id === id)!.said;
		const quotes = JSON.parse((await runMain(['quotes', '--json'])).stdout);
		expect(saidOf(quotes, 'q-posts-staff')).toEqual({start: '2025-03-25', end: null, certainty: 'inferred'});
		expect(saidOf(quotes, 'q-ai-centre')).toEqual({start: '2025-03-25', end: null, certainty: 'stated'});
		const several = JSON.parse((await runMain(['quotes', '--json', '--data', SOURCES_DATASET])).stdout);
		expect(saidOf(several, 'ridwan-personel')).toMatchObject({start: '2025-11-01', certainty: 'inferred'});
		expect(saidOf(several, 'maya-kebutuhan')).toMatchObject({start: '2025-11-03', certainty: 'stated'});
	});
});

describe('text listings', () => {
	it('align their columns and carry no colour when piped', async () => {
		const {code, stdout} = await runMain(['events']);
		expect(code).toBe(0);
		expect(stdout).not.toMatch(ANSI);
		const rows = lines(stdout);
		expect(rows).toHaveLength(story.events.length);
		const dateColumn = Math.max(...story.events.map((event) => event.id.length)) + 2;
		for (const [i, row] of rows.entries()) {
			expect(row.startsWith(story.events[i]!.id)).toBe(true);
			expect(row.slice(dateColumn)).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|\d{4})/);
		}
		expect(rows.find((row) => row.startsWith('lebaran-posts'))).toContain('26 Mar – 8 Apr 2025');
	});

	it('use colour under FORCE_COLOR even when piped, and none under FORCE_COLOR=0', async () => {
		const [forced, off] = await Promise.all([runMain(['quotes'], {env: {FORCE_COLOR: '1'}}), runMain(['quotes'], {env: {FORCE_COLOR: '0'}})]);
		expect(forced.stdout).toMatch(ANSI);
		expect(off.stdout).not.toMatch(ANSI);
	});

	it('keep columns aligned by display width when names are CJK or emoji', async () => {
		const data = embeddedDatasetInline();
		const names: Record<string, string> = {'nong-shengwen': '农生文', 'dave-laksono': 'Dave 🌊 Laksono'};
		for (const entity of data.entities) if (names[entity.id]) entity.name = names[entity.id];
		const file = join(tempDir(), 'wide.json');
		writeFileSync(file, JSON.stringify(data));
		const {code, stdout} = await runMain(['entities', '--data', file]);
		expect(code).toBe(0);
		const rows = lines(stdout);
		expect(rows.some((row) => row.includes('农生文'))).toBe(true);
		// The description column starts at the same display column on every row.
		const starts = rows.map((row, i) => stringWidth(row.slice(0, row.indexOf(story.entities[i]!.description.id!))));
		expect(new Set(starts).size).toBe(1);
	});
});

describe('linimasa with no command, piped', () => {
	it('prints the timeline as plain text instead of opening the explorer', async () => {
		const {code, stdout, stderr} = await runMain(['--lang', 'en']);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		expect(stdout).not.toMatch(ANSI);
		expect(stdout.startsWith(story.article.title)).toBe(true);
		const positions = story.events.map((event) => stdout.indexOf(event.title.en!));
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(stdout).toMatch(/26 Mar – 8 Apr 2025 +386 Lebaran standby posts/);
	});

	it('marks an inferred date in the language of the titles: "tanggal disimpulkan" by default, "date inferred" in English', async () => {
		const [plain, english] = await Promise.all([runMain([]), runMain(['--lang', 'en'])]);
		expect(plain.stdout).toMatch(/Komitmen pusat inovasi AI Asean \(tanggal disimpulkan\)/);
		expect(plain.stdout).not.toContain('(date inferred)');
		expect(english.stdout).toContain('(date inferred)');
		expect(english.stdout).not.toContain('(tanggal disimpulkan)');
	});
});

describe('--lang for a language the dataset does not have', () => {
	// In English, as the command line's other messages are (the explorer says it in the story's language).
	const warning = 'linimasa: This dataset has no “fr” text: shown in Indonesian (it has id, en)\n';

	it('gives the explorer\'s warning on stderr, in English and one line, and the story in its own language', async () => {
		for (const args of [['events'], ['quotes', '--json'], ['claims'], ['export', '-f', 'markdown'], []]) {
			const [french, plain] = await Promise.all([runMain([...args, '--lang', 'fr']), runMain(args)]);
			expect({args, code: french.code, warned: french.stderr.split(warning).length - 1}).toEqual({args, code: 0, warned: 1});
			expect(french.stderr.replace(warning, '')).toBe(plain.stderr);
			expect({args, stdout: french.stdout}).toEqual({args, stdout: plain.stdout});
		}
	});

	it('says nothing for a language it has, in another region (en-GB)', async () => {
		const [british, english] = await Promise.all([runMain(['events', '--lang', 'en-GB']), runMain(['events', '--lang', 'en'])]);
		expect(british).toEqual(english);
	});
});

describe('piped output', () => {
	it('ends quietly, with status 0, when the reader stops early (linimasa events --json | head -1)', async () => {
		const data = embeddedDatasetInline();
		data.events = Array.from({length: 2000}, (_, i) => ({...data.events[i % data.events.length], id: `event-${i}`}));
		data.quotes = [];
		const file = join(tempDir(), 'many.json');
		writeFileSync(file, JSON.stringify(data));
		const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'linimasa.js'), 'events', '--json', '--data', file], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, LINIMASA_CACHE: testCache()}});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		// Read one chunk of a much longer output, then hang up, as `head` does.
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise((resolve) => child.on('close', resolve));
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
	});
});

describe('a listing narrowed to one entity (--entity)', () => {
	it('lists the events it takes part in and the quotes it said, as the explorer lists them under it', async () => {
		const events = JSON.parse((await runMain(['events', '--entity', 'meutya-hafid', '--json'])).stdout) as {id: string}[];
		expect(events.map((event) => event.id)).toEqual(sliceOf(embedded.story.eventsOf('meutya-hafid')).map((event) => event.id));
		expect(events.map((event) => event.id)).toEqual(['meeting-nanning', 'ai-centre-commitment', 'release-officers', 'talent-target-2030']);
		const quotes = (await runMain(['quotes', '--entity', 'nong-shengwen'])).stdout.trim().split('\n');
		expect(quotes).toHaveLength(1);
		expect(quotes[0]).toMatch(/^q-ai-centre\s+Nong Shengwen\s/);
	});

	it('refuses an entity it does not have, naming the one likely meant by id or by name', async () => {
		const slip = await runMain(['events', '--entity', 'meutya-hafidd']);
		expect([slip.code, slip.stdout]).toEqual([2, '']);
		expect(slip.stderr).toMatch(/no entity "meutya-hafidd" in .*; did you mean "meutya-hafid"\?/);
		const name = await runMain(['quotes', '--entity', 'meutia']);
		expect(name.stderr).toMatch(/did you mean "meutya-hafid"\?/);
		// Only the listings of an entity's records take it.
		expect((await runMain(['entities', '--entity', 'meutya-hafid'])).code).toBe(2);
	});
});
