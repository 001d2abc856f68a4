/**
 * `export --format jsonl` (with and without `--bulk`) and `export --format timesketch`: every line
 * is parsed and its fields checked, in process (`main` with in-memory streams). That they print the
 * same from a store as from a whole load is test/cli/store-equivalence.test.ts's job.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, loadStory, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';

type Line = Record<string, unknown>;

async function exported(args: readonly string[], data = EMBEDDED_DATASET): Promise<{code: number; out: string; err: string}> {
	const io = memoryIo(dirname(data));
	const code = await main(['export', ...args, '--data', data], io);
	return {code, out: io.out(), err: io.err()};
}

/** Every line of JSON Lines output, parsed; the output ends with a line break and has no blank line. */
function parsedLines(out: string): Line[] {
	expect(out.endsWith('\n')).toBe(true);
	const lines = out.slice(0, -1).split('\n');
	for (const line of lines) expect(line.trim()).not.toBe('');
	return lines.map((line) => JSON.parse(line) as Line);
}

const story = loadStory(EMBEDDED_DATASET);
const text = readFileSync(EMBEDDED_ARTICLE, 'utf8');
const byCodePoints = (start: number, end: number) => [...text].slice(start, end).join('');

describe('linimasa export --format jsonl', () => {
	it('writes the article, then entities, events (timeline order) and quotes, one record a line with its kind', async () => {
		const {code, out, err} = await exported(['--format', 'jsonl', '--lang', 'en']);
		expect({code, err}).toEqual({code: 0, err: ''});
		const records = parsedLines(out);
		expect(records.map((record) => record.kind)).toEqual([
			'article',
			...story.entities.map(() => 'entity'),
			...story.events.map(() => 'event'),
			...story.quotes.map(() => 'quote'),
		]);
		expect(new Set(records.map((record) => record.story)).size).toBe(1);
		expect(records[0]).toMatchObject({kind: 'article', id: 'article', title: story.article.title, outlet: 'Koran Jakarta', published: '2025-03-26T01:00+07:00', language: 'id', text});
		const of = (kind: string) => records.filter((record) => record.kind === kind);
		expect(of('entity').map((record) => record.id)).toEqual(story.entities.map((entity) => entity.id));
		expect(of('event').map((record) => record.id)).toEqual(story.events.map((event) => event.id));
		expect(of('quote').map((record) => record.id)).toEqual(story.quotes.map((quote) => quote.id));
	});

	it('gives each event the record `events --json` prints, its span of days and its date evidence', async () => {
		const records = parsedLines((await exported(['--format', 'jsonl', '--lang', 'en'])).out).filter((record) => record.kind === 'event');
		const io = memoryIo(dirname(EMBEDDED_DATASET));
		expect(await main(['events', '--json', '--lang', 'en', '--data', EMBEDDED_DATASET], io)).toBe(0);
		const listed = JSON.parse(io.out()) as Line[];
		expect(records.map(({kind, story: key, span, dateEvidence, ...rest}) => rest)).toEqual(listed);
		const byId = new Map(records.map((record) => [record.id, record]));
		expect(byId.get('lebaran-posts')).toMatchObject({title: '386 Lebaran standby posts', start: '2025-03-26', end: '2025-04-08', span: {gte: '2025-03-26', lte: '2025-04-08'}});
		expect(byId.get('talent-target-2030')).toMatchObject({precision: 'year', span: {gte: '2030-01-01', lte: '2030-12-31'}});
		// Offsets count code points, as linimasa's anchors do.
		for (const record of records) {
			for (const anchor of record.evidence as {start: number; end: number; exact: string}[]) expect(byCodePoints(anchor.start, anchor.end)).toBe(anchor.exact);
		}
	});

	it('gives entities their events, quotes and mentions, and quotes their speaker, event and evidence', async () => {
		const records = parsedLines((await exported(['--format', 'jsonl'])).out);
		const meutya = records.find((record) => record.kind === 'entity' && record.id === 'meutya-hafid')!;
		expect(meutya).toMatchObject({name: 'Meutya Hafid', type: 'person'});
		expect(meutya.events).toContain('meeting-nanning');
		expect((meutya.mentions as unknown[]).length).toBeGreaterThan(0);
		const quote = records.find((record) => record.kind === 'quote' && record.id === 'q-infrastructure')!;
		expect(quote).toMatchObject({speaker: 'meutya-hafid', event: 'meeting-nanning'});
		const evidence = quote.evidence as {start: number; end: number; exact: string};
		expect(byCodePoints(evidence.start, evidence.end)).toBe(evidence.exact);
		expect(evidence.exact).toBe(quote.text);
	});

	it('with --bulk, puts before each record the _bulk action line that indexes it under a stable, unique _id', async () => {
		const plain = parsedLines((await exported(['--format', 'jsonl'])).out);
		const {code, out} = await exported(['--format', 'jsonl', '--bulk']);
		expect(code).toBe(0);
		const lines = parsedLines(out);
		expect(lines).toHaveLength(plain.length * 2);
		const actions = lines.filter((_, i) => i % 2 === 0);
		expect(lines.filter((_, i) => i % 2 === 1)).toEqual(plain);
		plain.forEach((record, i) => expect(actions[i]).toEqual({index: {_id: `${record.story}:${record.kind}:${record.id}`}}));
		expect(new Set(actions.map((action) => (action.index as {_id: string})._id)).size).toBe(actions.length);
	});

	it('refuses --bulk with any other format', async () => {
		const {code, out, err} = await exported(['--format', 'timesketch', '--bulk']);
		expect({code, out}).toEqual({code: 2, out: ''});
		expect(err).toContain('--bulk goes with --format jsonl');
	});
});

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+00:00$/;

describe('linimasa export --format timesketch', () => {
	it('gives every line message, an ISO 8601 datetime with its timestamp in microseconds, and timestamp_desc', async () => {
		for (const data of [EMBEDDED_DATASET, SECOND_DATASET]) {
			const {code, out, err} = await exported(['--format', 'timesketch'], data);
			expect({code, err}).toEqual({code: 0, err: ''});
			const lines = parsedLines(out);
			const loaded = loadStory(data);
			expect(lines).toHaveLength(1 + loaded.events.length + loaded.quotes.length);
			for (const line of lines) {
				expect(typeof line.message === 'string' && line.message !== '', JSON.stringify(line)).toBe(true);
				expect(line.datetime).toMatch(ISO_8601);
				expect(line.timestamp).toBe(Date.parse(line.datetime as string) * 1000);
				expect(typeof line.timestamp_desc === 'string' && line.timestamp_desc !== '').toBe(true);
				expect(line.data_type).toMatch(/^linimasa:(article|event|quote)$/);
			}
		}
	});

	it('puts the article at its publication time and events at their first day, saying when the day is not known', async () => {
		const lines = parsedLines((await exported(['--format', 'timesketch', '--lang', 'en'])).out);
		expect(lines[0]).toMatchObject({message: `Koran Jakarta: ${story.article.title}`, datetime: '2025-03-25T18:00:00+00:00', timestamp_desc: 'Article published', data_type: 'linimasa:article'});
		const event = (id: string) => lines.find((line) => line.data_type === 'linimasa:event' && line.event_id === id)!;
		expect(event('lebaran-posts')).toMatchObject({
			message: '386 Lebaran standby posts',
			datetime: '2025-03-26T00:00:00+00:00',
			timestamp_desc: 'Event date',
			date_start: '2025-03-26',
			date_end: '2025-04-08',
			date_last_day: '2025-04-08',
			date_precision: 'day',
			place: 'indonesia',
			place_name: 'Indonesia',
		});
		expect(event('talent-target-2030')).toMatchObject({datetime: '2030-01-01T00:00:00+00:00', timestamp_desc: 'Event year, shown at its first day', date_start: '2030', date_last_day: '2030-12-31'});
		const meeting = event('meeting-nanning');
		expect(meeting.entities).toContain('meutya-hafid');
		expect(meeting.entity_names).toContain('Meutya Hafid');
		expect(meeting.quote_ids).toEqual(['q-infrastructure', 'q-talent-target', 'q-ai-centre']);
		const evidence = meeting.evidence as {start: number; end: number; exact: string}[];
		expect(meeting.evidence_text).toEqual(evidence.map((anchor) => anchor.exact));
		for (const anchor of evidence) expect(byCodePoints(anchor.start, anchor.end)).toBe(anchor.exact);

		const month = parsedLines((await exported(['--format', 'timesketch'], SECOND_DATASET)).out).find((line) => line.event_id === 'pumps' && line.data_type === 'linimasa:event');
		expect(month).toMatchObject({datetime: '2025-02-01T00:00:00+00:00', timestamp_desc: 'Event month, shown at its first day', date_start: '2025-02', date_last_day: '2025-02-28', date_precision: 'month'});
	});

	it('puts each quote when it was said (its occasion\'s date), with its speaker and evidence', async () => {
		const lines = parsedLines((await exported(['--format', 'timesketch'])).out);
		const quotes = lines.filter((line) => line.data_type === 'linimasa:quote');
		expect(quotes.map((line) => line.quote_id).sort()).toEqual(story.quotes.map((quote) => quote.id).sort());
		const events = new Map(lines.filter((line) => line.data_type === 'linimasa:event').map((line) => [line.event_id, line]));
		for (const quote of quotes) {
			const at = events.get(quote.event_id);
			if (at) expect(quote.datetime).toBe(at.datetime);
			else expect(quote.datetime).toBe(lines[0]!.datetime);
			expect(quote.message).toContain(`” — ${quote.speaker_name}`);
			expect(quote.evidence_text).toEqual([(quote.evidence as {exact: string}[])[0]!.exact]);
		}
		expect(quotes.find((line) => line.quote_id === 'q-infrastructure')).toMatchObject({speaker: 'meutya-hafid', speaker_name: 'Meutya Hafid', event_id: 'meeting-nanning', timestamp_desc: 'Quote said date'});
	});

	it('says of each quote how the day it was said is known, as an event\'s line says it of its date', async () => {
		const lines = parsedLines((await exported(['--format', 'timesketch'])).out);
		const quote = (id: string) => lines.find((line) => line.quote_id === id);
		expect(quote('q-posts-staff')).toMatchObject({event_id: 'release-officers', date_certainty: 'inferred'});
		expect(quote('q-ai-centre')).toMatchObject({event_id: 'meeting-nanning', date_certainty: 'stated'});
		const several = parsedLines((await exported(['--format', 'timesketch'], SOURCES_DATASET)).out);
		expect(several.find((line) => line.quote_id === 'ridwan-personel')).toMatchObject({date_certainty: 'inferred'});
		expect(several.find((line) => line.quote_id === 'maya-kebutuhan')).toMatchObject({date_certainty: 'stated'});
	});

	it('of a story of several sources: a line per article, each event with its sources and disagreements', async () => {
		const {code, out, err} = await exported(['--format', 'timesketch', '--lang', 'en'], SOURCES_DATASET);
		expect({code, err}).toEqual({code: 0, err: ''});
		const lines = parsedLines(out);
		const several = loadStory(SOURCES_DATASET);
		const articles = lines.filter((line) => line.data_type === 'linimasa:article');
		expect(articles.map((line) => line.article_id)).toEqual(several.articles.map((article) => article.id));
		articles.forEach((line, i) => expect(line).toMatchObject({outlet: several.articles[i]!.outlet, datetime: new Date(several.articles[i]!.published).toISOString().replace('.000Z', '+00:00')}));
		const events = lines.filter((line) => line.data_type === 'linimasa:event');
		expect(events).toHaveLength(several.events.length);
		const reported = events.filter((line) => (line.article_ids as string[]).length > 1);
		expect(reported.length).toBeGreaterThan(0);
		for (const line of reported) expect((line.outlets as string[]).length).toBe((line.article_ids as string[]).length);
		expect(events.some((line) => (line.disagreements as string[]).length > 0)).toBe(true);
	});
});

describe('linimasa export --format jsonl of a story of several sources', () => {
	it('writes every article with its own text, and the claims after the quotes', async () => {
		const records = parsedLines((await exported(['--format', 'jsonl', '--lang', 'en'], SOURCES_DATASET)).out);
		const several = loadStory(SOURCES_DATASET);
		const articles = records.filter((record) => record.kind === 'article');
		expect(articles.map((record) => record.id)).toEqual(several.articles.map((article) => article.id));
		articles.forEach((record, i) => expect(record.text).toBe(several.articles[i]!.text));
		const claims = records.filter((record) => record.kind === 'claim');
		expect(claims.map((record) => record.id)).toEqual(several.claims.map((claim) => claim.id));
		const kinds = records.map((record) => record.kind);
		expect(kinds.indexOf('claim')).toBeGreaterThan(kinds.lastIndexOf('quote'));
		for (const claim of claims) expect(claim).toMatchObject({subject: expect.any(Object), measure: expect.any(String), evidence: {exact: expect.any(String)}});
	});
});

/** Every anchor in a JSON value (an object with `start`, `end` and `exact`), wherever it sits. */
function anchorsIn(value: unknown): {article?: string; start: number; end: number; exact: string; prefix?: string; suffix?: string}[] {
	if (Array.isArray(value)) return value.flatMap(anchorsIn);
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.exact === 'string') return [record as never];
	return Object.values(record).flatMap(anchorsIn);
}

describe('anchors in the machine outputs', () => {
	const outputs: readonly (readonly string[])[] = [
		['export', '--format', 'jsonl'],
		['export', '--format', 'timesketch'],
		['events', '--json'],
	];
	// `--data FILE` reads the dataset's store, or loads it whole where no store can be kept (a cache
	// folder under a file); `--data -` is saved and read through a store of its own.
	const folder = mkdtempSync(join(tmpdir(), 'linimasa-no-store-'));
	afterAll(() => rmSync(folder, {recursive: true, force: true}));
	const noStore = join(folder, 'file');
	writeFileSync(noStore, '');
	it.each([
		{name: 'the embedded article', path: EMBEDDED_DATASET, how: 'store'},
		{name: 'the embedded article', path: EMBEDDED_DATASET, how: 'whole'},
		{name: 'the embedded article', path: EMBEDDED_DATASET, how: 'stdin'},
		{name: 'a story of several sources', path: SOURCES_DATASET, how: 'store'},
		{name: 'a story of several sources', path: SOURCES_DATASET, how: 'whole'},
	])('give prefix, exact and suffix as the article text has them at their place, line breaks and all, for $name ($how)', async ({path, how}) => {
		const run = async (args: readonly string[]) => {
			const io = how === 'stdin' ? memoryIo(dirname(path), readFileSync(path, 'utf8')) : memoryIo(dirname(path));
			if (how === 'whole') io.env.LINIMASA_CACHE = join(noStore, 'cache');
			expect(await main([...args, '--data', how === 'stdin' ? '-' : path], io)).toBe(0);
			return io.out();
		};
		const articles = parsedLines(await run(['export', '--format', 'jsonl'])).filter((record) => record.kind === 'article');
		const texts = new Map(articles.map((article) => [article.id as string, [...(article.text as string)]]));
		let withContext = 0;
		for (const args of outputs) {
			const out = await run(args);
			const anchors = anchorsIn(args[0] === 'events' ? JSON.parse(out) : parsedLines(out));
			expect(anchors.length, args.join(' ')).toBeGreaterThan(0);
			for (const anchor of anchors) {
				const text = texts.get(anchor.article ?? (articles[0]!.id as string))!;
				const prefix = [...(anchor.prefix ?? '')].length;
				const suffix = [...(anchor.suffix ?? '')].length;
				const found = text.slice(anchor.start - prefix, anchor.end + suffix).join('');
				expect(found, `${args.join(' ')}: ${JSON.stringify(anchor)}`).toBe(`${anchor.prefix ?? ''}${anchor.exact}${anchor.suffix ?? ''}`);
				if (/\n/.test(`${anchor.prefix ?? ''}${anchor.suffix ?? ''}`)) withContext++;
			}
		}
		if (path === EMBEDDED_DATASET) expect(withContext).toBeGreaterThan(0);
	});
});
