/**
 * Comparing Catalogs: everything the explorer can read of one, as plain data, so a store's catalog
 * and the catalog of the same story loaded whole can be compared with one deep equality (and a
 * failure shows which record, list or lookup differs).
 */
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {expect} from 'vitest';
import {EVENT_BRIEF_FIELDS, idsOf, sliceOf, type Catalog, type EventList, type RecordList} from '../../src/model/catalog.js';
import {loadDatasetFile} from '../../src/model/load.js';
import {SEARCH_KINDS} from '../../src/model/search-entries.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {createExplorerData} from '../../src/state/data.js';
import {generateDataset, serializeDataset, type GeneratorOptions} from '../bench/generator/dataset.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';
import {expectSameContent} from './same-content.js';

/** An id that no record has, for lookups that must miss. */
export const UNKNOWN_ID = 'no-such-id';

const range = (length: number) => Array.from({length}, (_, i) => i);

function eventListContent(list: EventList) {
	return {
		length: list.length,
		rows: range(list.length).map((i) => ({record: list.at(i), brief: briefOf(list, i), dating: datingOf(list, i), id: list.idAt(i), firstDay: list.firstDay(i), lastDay: list.lastDay(i), precision: list.precision(i)})),
		past: {record: list.at(list.length), id: list.idAt(list.length)},
	};
}

/** The brief of an event as its fields (a whole-loaded story's brief is the event itself). */
function briefOf(list: EventList, i: number) {
	const brief = list.briefAt(i);
	return brief && Object.fromEntries(EVENT_BRIEF_FIELDS.map((field) => [field, brief[field]]));
}

/** An event's dating as its fields: the store parses it from the head of the brief alone. */
function datingOf(list: EventList, i: number) {
	const dating = list.datingAt(i);
	return dating && {start: dating.start, end: dating.end, precision: dating.precision, certainty: dating.certainty};
}

/** Texts up to this many code points are sliced a code point at a time all through. */
const SWEPT_WHOLE = 20_000;

/**
 * Every code point of the article text, sliced in windows of several sizes. A long text (the
 * generated ones run to 370,000 code points) is sliced one and seven at a time over its start,
 * middle and end, which cross hundreds of the store's checkpoints; 64 and 1,000 at a time all through.
 */
function articleTextContent(catalog: Catalog, article?: string) {
	const text = catalog.articleText(article);
	const stretches = text.length <= SWEPT_WHOLE ? [[0, text.length]] : [[0, 8000], [(text.length >> 1) - 4000, (text.length >> 1) + 4000], [text.length - 8000, text.length]];
	const sliced = (size: number, [from, to]: number[]) => range(Math.ceil((to! - from!) / size)).map((k) => text.slice(from! + k * size, Math.min(to!, from! + (k + 1) * size))).join('');
	const windows = [
		...[1, 7].map((size) => stretches.map((stretch) => sliced(size, stretch))),
		...[64, 1000].map((size) => sliced(size, [0, text.length])),
	];
	return {length: text.length, whole: text.slice(0, text.length), windows, past: text.slice(text.length, text.length + 5)};
}

function recordListContent(list: RecordList<{readonly id: string}>) {
	return {length: list.length, records: sliceOf(list), ids: idsOf(list), past: {record: list.at(list.length), id: list.idAt(list.length)}};
}

/** The finder's columns of every kind. */
function searchColumnsContent(catalog: Catalog) {
	return Object.fromEntries(SEARCH_KINDS.map((kind) => {
		const {units, textStart, fields, entityStart} = catalog.searchColumns(kind);
		return [kind, {units, textStart, fields, entityStart}];
	}));
}

/** Everything a catalog answers, as plain data: lists, every lookup by id (and one that misses), every relation. */
export function catalogContent(catalog: Catalog) {
	const entityIds = sliceOf(catalog.entities).map((entity) => entity.id);
	const eventIds = idsOf(catalog.events);
	const quoteIds = sliceOf(catalog.quotes).map((quote) => quote.id);
	return {
		// First, before the records below are read and some kept parsed: a store reads names from the records' first fields.
		entityNameById: [...entityIds, UNKNOWN_ID].map((id) => [id, catalog.entityNameById(id)]),
		entityCounts: catalog.entityCounts(),
		source: catalog.source,
		article: catalog.article,
		languages: catalog.languages,
		events: eventListContent(catalog.events),
		entities: recordListContent(catalog.entities),
		quotes: recordListContent(catalog.quotes),
		entityOrder: {ids: sliceOf(catalog.entityOrder).map((entity) => entity.id), records: sliceOf(catalog.entityOrder), past: catalog.entityOrder.at(catalog.entityOrder.length)},
		eventById: [...eventIds, UNKNOWN_ID].map((id) => [id, catalog.eventById(id), catalog.eventPosition(id)]),
		entityById: [...entityIds, UNKNOWN_ID].map((id) => [id, catalog.entityById(id), catalog.entityOrderPosition(id)]),
		quoteById: [...quoteIds, UNKNOWN_ID].map((id) => [id, catalog.quoteById(id)]),
		eventsOf: [...entityIds, UNKNOWN_ID].map((id) => [id, eventListContent(catalog.eventsOf(id))]),
		quotesOf: [...entityIds, UNKNOWN_ID].map((id) => [id, recordListContent(catalog.quotesOf(id))]),
		quotesAt: [...eventIds, UNKNOWN_ID].map((id) => [id, recordListContent(catalog.quotesAt(id))]),
		searchColumns: searchColumnsContent(catalog),
		searchPosition: SEARCH_KINDS.flatMap((kind) => [...(kind === 'entity' ? entityIds : kind === 'event' ? eventIds : quoteIds), UNKNOWN_ID].map((id) => [kind, id, catalog.searchPosition(kind, id)])),
		quotesInTimelineOrder: recordListContent(catalog.quotesInTimelineOrder),
		articleText: articleTextContent(catalog),
		articleTexts: [...idsOf(catalog.articles), UNKNOWN_ID].map((id) => [id, articleTextContent(catalog, id)]),
		written: (({version, articles, entities, events, quotes, claims}) => ({version, articles, entities: sliceOf(entities), events: sliceOf(events), quotes: sliceOf(quotes), claims: sliceOf(claims)}))(catalog.written()),
		articles: recordListContent(catalog.articles),
		claims: recordListContent(catalog.claims),
		eventsFrom: [...idsOf(catalog.articles), UNKNOWN_ID].map((id) => [id, eventListContent(catalog.eventsFrom(id))]),
		claimGroups: catalog.claimComparison().groups,
	};
}

/** Assert that two catalogs answer everything alike (and that there was something to compare). */
export function expectSameCatalog(actual: Catalog, expected: Catalog): void {
	const want = catalogContent(expected);
	expect(want.entities.length).toBeGreaterThan(0);
	const got = catalogContent(actual);
	// A deep toEqual over thousands of records takes seconds: only a difference needs it and its report.
	expectSameContent(got, want);
}

/** The catalog of a dataset file loaded whole (the reference), named `file` in messages. */
export function wholeCatalog(path: string, file: string): Catalog {
	const loaded = loadDatasetFile(path, file);
	if (!loaded.ok) throw new Error(`expected ${path} to load: ${JSON.stringify(loaded.errors)}`);
	return catalogOf(loaded.story);
}

/** Queries a reader types into the finder, for comparing the explorer data built on two catalogs. */
const FINDER_QUERIES = ['a', 'meutya', 'komdigi', 'semarang', 'budi', 'kementerian', 'sri', 'xyzzy'];

/** Assert that the explorer's finder and its positions in filtered views agree over two catalogs. */
export function expectSameExplorerData(actual: Catalog, expected: Catalog): void {
	const [mine, theirs] = [createExplorerData(actual, measureDetail), createExplorerData(expected, measureDetail)];
	const found = (data: typeof mine, query: string) => data.find(query).map((group) => [group.kind, group.total, group.matches.map((match) => [match.position, match.score, match.matched])]);
	const names = sliceOf(expected.entities).slice(0, 3).map((entity) => entity.name);
	for (const query of [...FINDER_QUERIES, ...names]) expect(found(mine, query), query).toEqual(found(theirs, query));
	const eventIds = [...idsOf(expected.events), UNKNOWN_ID];
	// Filtered by the busiest entities and the idlest (every entity, in a large dataset, is slow).
	const order = sliceOf(expected.entityOrder).map((entity) => entity.id);
	const filters = order.length <= 40 ? order : [...order.slice(0, 20), ...order.slice(-20)];
	for (const filter of [null, ...filters, UNKNOWN_ID]) {
		const positions = (data: typeof mine) => eventIds.map((id) => data.indexInView(filter, id));
		expect(positions(mine), String(filter)).toEqual(positions(theirs));
	}
	// Each source's view: its events at its own dates, in their order, and where each event is in it.
	for (const source of [...idsOf(expected.articles), UNKNOWN_ID]) {
		const view = (data: typeof mine) => ({events: eventListContent(data.eventsInView(null, source)), positions: eventIds.map((id) => data.indexInView(null, id, source))});
		expect(view(mine), source).toEqual(view(theirs));
	}
}

/** A fresh temporary folder (the caller removes it). */
export function temporaryFolder(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `linimasa-${prefix}-`));
}

/** Write a generated dataset and its article.txt into `dir` (created); returns the dataset's path. */
export function writeGeneratedDataset(dir: string, options: GeneratorOptions): string {
	mkdirSync(dir, {recursive: true});
	const {dataset, articleText} = generateDataset(options);
	writeFileSync(join(dir, 'article.txt'), articleText);
	const path = join(dir, 'dataset.json');
	writeFileSync(path, serializeDataset(dataset));
	return path;
}

/** How a dataset's record arrays are written: their records (each given as its one-line JSON), and whether each array opens and closes on the lines of its first and last record (else on lines of their own). */
export interface Layout {
	readonly records: (records: string[]) => string;
	readonly inline?: boolean;
	/** Record arrays written empty. */
	readonly emptied?: readonly string[];
}

/**
 * Layouts in which a record's lines do not end or begin where the record does, though they look as
 * if they might: a stream that cuts records by their lines (json-members.ts lineCuts) cuts them
 * wrongly, and must read them again.
 */
export const MISLEADING_LINES: Readonly<Record<string, Layout>> = {
	'a record whose first line ends inside it, before a line that opens an object': {records: (records) => records.map((record) => record.replaceAll('},{', '},\n{')).join(',\n')},
	'two records a line': {records: (records) => records.map((record, i) => (i % 2 === 1 ? `\n${record}` : record)).join(',')},
	'a record over several lines, an object in it closing on a line of its own at the record\'s indentation': {records: (records) => records.map((record) => record.replaceAll('},{', '\n},{')).join(',\n')},
	// The last entity's line runs on into the events: cut there, the scanner reads the events as entities and refuses the quotes' empty array after them before that entity comes back as not JSON.
	'arrays opened and closed on their records\' lines, the quotes empty': {records: (records) => records.join(',\n'), inline: true, emptied: ['quotes']},
};

/** The dataset at `path` written again into `dir` (with its article.txt) as `layout` says; returns the new dataset's path. */
export function writeLaidOut(path: string, dir: string, layout: Layout): string {
	mkdirSync(dir, {recursive: true});
	copyFileSync(join(dirname(path), 'article.txt'), join(dir, 'article.txt'));
	const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	const array = (records: string[]) => (layout.inline ? `[${layout.records(records)}]` : `[\n${layout.records(records)}\n]`);
	const members = Object.entries(data).map(([key, value]) => `${JSON.stringify(key)}:${layout.emptied?.includes(key) ? '[]' : Array.isArray(value) && value.length > 0 ? array(value.map((record) => JSON.stringify(record))) : JSON.stringify(value)}`);
	const out = join(dir, 'dataset.json');
	writeFileSync(out, layout.inline ? `{${members.join(',')}}\n` : `{${members.join(',\n')}}\n`);
	return out;
}

/** The entities the finder finds for a query, best first, with where each matched. */
export function foundEntities(data: ReturnType<typeof createExplorerData>, query: string) {
	const group = data.find(query).find((found) => found.kind === 'entity');
	return (group?.matches ?? []).map((match) => ({entity: data.story.entities.at(match.position)!, score: match.score, matched: match.matched}));
}
