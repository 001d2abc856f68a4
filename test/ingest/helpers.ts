/** Shared pieces of the ingest tests: fixture paths, sentence-level date finding, an in-memory Io. */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {findDates} from '../../src/ingest/dates.js';
import type {FoundDate} from '../../src/ingest/found.js';
import {textStructure} from '../../src/ingest/sentences.js';
import {PROJECT_ROOT} from '../helpers/datasets.js';

export const INGEST_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest');

/** The new fixtures, each an article.txt with its hand-curated expected.json. */
export const FIXTURE_NAMES = ['bali-autogate', 'papua-kapal-perintis', 'medan-titik-banjir', 'makassar-operasi-pasar', 'ambon-festival-teluk'] as const;

/** Every fixture folder under test/fixtures/ingest, text and HTML. */
export const ALL_FIXTURES: readonly string[] = readdirSync(INGEST_FIXTURES, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

export const fixtureDir = (name: string) => join(INGEST_FIXTURES, name);
export const fixtureArticle = (name: string) => join(INGEST_FIXTURES, name, 'article.txt');
/** What ingest reads for a fixture: its saved page if it has one, else its text. */
export const fixtureInput = (name: string) => (existsSync(join(INGEST_FIXTURES, name, 'page.html')) ? join(INGEST_FIXTURES, name, 'page.html') : fixtureArticle(name));
export const fixtureExpected = (name: string) => join(INGEST_FIXTURES, name, 'expected.json');
export const readText = (path: string) => readFileSync(path, 'utf8');

/** The dates found in a text of sentences, read from `reportingDay`, as plain records to compare. */
export function datesIn(text: string, reportingDay: string): {words: string; start: string; end?: string; precision: string; certainty: string}[] {
	const structure = textStructure(text, {start: 0, end: text.length});
	const found: FoundDate[] = [...findDates(text, structure.sentences, {reportingDay, basis: 'dalam berita uji'}).values()].flat();
	return found.map((date) => ({
		words: text.slice(date.span.start, date.span.end),
		start: date.start,
		...(date.end === undefined ? {} : {end: date.end}),
		precision: date.precision,
		certainty: date.certainty,
	}));
}

export {memoryIo} from '../helpers/memory-io.js';
