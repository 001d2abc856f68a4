/**
 * The store's sections, worked out once from what the build collected while it read the records:
 * timeline order, each event's days, who takes part in what, quotes by speaker and by event, the
 * entity list order, id tables and the finder's names. They are what Story's maps hold, as flat
 * arrays, so opening a store costs a few reads.
 */
import {rmSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import {busiestFirstOrder} from '../model/entity-order.js';
import {ENTITY_TYPE_CODES, PRECISIONS} from './codes.js';
import {timelineOrderOfColumns} from '../model/timeline.js';
import {Growable} from '../model/growable.js';
import {SideSearchColumns} from './side-search-columns.js';
import type {SearchFileAnswer, SearchFileRequest} from './search-file-messages.js';
import type {IdTableBuilder} from './id-table.js';
import type {RecordKind} from './record-batch.js';
import type {SearchKind} from '../model/search-entries.js';
import type {StoreWriter} from './layout.js';
import {writePermuted} from './permuted.js';

/**
 * A turn of the event loop between the steps of the end of a build (seconds at a million events):
 * it says how far the build is, and lets a signal stop it there.
 */
export type Pause = () => Promise<void>;

/** What the build keeps of each record while it streams (everything else is in the written record). */
export interface Collected {
	/** The finder's texts of entities, events and quotes are in dataset order, their units in side files (the events' written in timeline order); an entity's name is kept too, for the quotes it said. */
	readonly entities: {readonly ids: IdTableBuilder; readonly starts: Growable<Float64Array>; readonly types: Growable<Uint8Array>; readonly search: SideSearchColumns; end: number};
	readonly events: {
		readonly ids: IdTableBuilder;
		/** In the side file: each event's record, then its brief. */
		readonly starts: Growable<Float64Array>;
		readonly first: Growable<Int32Array>;
		readonly last: Growable<Int32Array>;
		readonly precision: Growable<Uint8Array>;
		/** Event e involves entities entities[entityStarts[e]..entityStarts[e+1]). */
		readonly entityStarts: Growable<Int32Array>;
		readonly entities: Growable<Int32Array>;
		/** Event e is reported by the articles articles[articleStarts[e]..articleStarts[e+1]) (by its evidence). */
		readonly articleStarts: Growable<Int32Array>;
		readonly articles: Growable<Int32Array>;
		readonly search: SideSearchColumns;
	};
	/** The claims' records, and for each date claim the event it dates and the article that dates it. */
	readonly claims: {readonly ids: IdTableBuilder; readonly starts: Growable<Float64Array>; readonly datedEvent: Growable<Int32Array>; readonly datingArticle: Growable<Int32Array>; end: number};
	readonly quotes: {readonly ids: IdTableBuilder; readonly starts: Growable<Float64Array>; readonly speaker: Growable<Int32Array>; readonly event: Growable<Int32Array>; readonly about: Growable<Int32Array>; readonly aboutStarts: Growable<Int32Array>; readonly search: SideSearchColumns; end: number};
	/** Records as written where sanitizing changed them (export --format json writes them back). */
	readonly written: Readonly<Record<RecordKind, WrittenOverrides>>;
}


/**
 * The records of one kind whose written form differs from the sanitized one: their indices, and
 * where their JSON is in the build's side file of written forms (copied into the store at the end).
 */
export class WrittenOverrides {
	readonly index = new Growable(Int32Array);
	/** Where each one starts in the side file, then where the last ends (empty while there are none). */
	readonly starts = new Growable(Float64Array);

	add(index: number, json: Uint8Array, side: StoreWriter): void {
		this.index.push(index);
		const at = side.append(json);
		if (this.starts.length === 0) this.starts.push(at);
		this.starts.push(side.position);
	}
}

/** An empty Collected, over the ids and entity types a RecordIndex (record-stream.ts) fills as records are taken; each kind's searched texts go to its side file in `searchSides`. */
export function collecting(ids: Readonly<Record<RecordKind, IdTableBuilder>>, entityTypes: Growable<Uint8Array>, searchSides: Readonly<Record<SearchKind, StoreWriter>>): Collected {
	const entityStarts = new Growable(Int32Array);
	entityStarts.push(0);
	const articleStarts = new Growable(Int32Array);
	articleStarts.push(0);
	return {
		entities: {ids: ids.entities, starts: new Growable(Float64Array), types: entityTypes, search: new SideSearchColumns(searchSides.entity, true), end: 0},
		events: {ids: ids.events, starts: new Growable(Float64Array), first: new Growable(Int32Array), last: new Growable(Int32Array), precision: new Growable(Uint8Array), entityStarts, entities: new Growable(Int32Array), articleStarts, articles: new Growable(Int32Array), search: new SideSearchColumns(searchSides.event)},
		claims: {ids: ids.claims, starts: new Growable(Float64Array), datedEvent: new Growable(Int32Array), datingArticle: new Growable(Int32Array), end: 0},
		quotes: {ids: ids.quotes, starts: new Growable(Float64Array), speaker: new Growable(Int32Array), event: new Growable(Int32Array), about: new Growable(Int32Array), aboutStarts: new Growable(Int32Array), search: new SideSearchColumns(searchSides.quote), end: 0},
		written: {entities: new WrittenOverrides(), events: new WrittenOverrides(), quotes: new WrittenOverrides(), claims: new WrittenOverrides()},
	};
}

/** Byte ranges of one kind's records: where each starts, then where the last one ends. */
function ranges(starts: Float64Array, end: number): Float64Array {
	const out = new Float64Array(starts.length + 1);
	out.set(starts);
	out[starts.length] = end;
	return out;
}

/** Lists per owner (an entity, an event), as offsets and items: items of owner o are items[start[o]..start[o+1]). */
function grouped(owners: number, pairs: (emit: (owner: number, item: number) => void) => void): {start: Int32Array; items: Int32Array} {
	const start = new Int32Array(owners + 1);
	pairs((owner) => start[owner + 1]!++);
	for (let o = 0; o < owners; o++) start[o + 1]! += start[o]!;
	const fill = start.slice(0, owners);
	const items = new Int32Array(start[owners]!);
	pairs((owner, item) => {
		items[fill[owner]!++] = item;
	});
	return {start, items};
}

/** Who writes a kind's search sections at the end of a build (RecordStream: a thread if one is free, else its own, pausing with `between`). */
export interface SearchFileMaker {
	searchFile(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer>;
}

/** How often the build pauses while it waits for a thread's sections (seconds at a million events). */
const WAITING_PAUSE_MS = 200;

/** `work`'s result, the build pausing every WAITING_PAUSE_MS meanwhile: it says how far it is, and a signal stops it there. */
export async function meanwhile<T>(work: Promise<T>, pause: Pause): Promise<T> {
	let done = false;
	const settled = work.then(
		() => void (done = true),
		() => void (done = true),
	);
	while (!done) {
		// Not holding the event loop: the last wait's timer must not keep a finished program running.
		await Promise.race([settled, delay(WAITING_PAUSE_MS, undefined, {ref: false})]);
		if (!done) await pause();
	}
	return work;
}

/**
 * Write every section the store catalog reads, the events (from `side`) in timeline order, the
 * records' written forms (from `written`) and each kind's search sections (`maker` writes them into
 * the file `searchFiles` names, which is then appended and removed); the story has `articleCount`
 * articles.
 */
export async function writeIndexes(writer: StoreWriter, side: StoreWriter, written: StoreWriter, searchFiles: Readonly<Record<SearchKind, string>>, collected: Collected, articleCount: number, maker: SearchFileMaker, pause: Pause): Promise<void> {
	/** A kind's sections written into their file; its side file of texts goes as soon as they are. */
	const searchFile = (kind: SearchKind, columns: SideSearchColumns, order?: Int32Array) =>
		maker.searchFile(columns.request(kind, searchFiles[kind], order), pause).then((answer) => {
			columns.discard();
			return answer;
		});
	const entities = {ids: collected.entities.ids, starts: collected.entities.starts.view(), types: collected.entities.types.view()};
	const c = collected.events;
	const events = {first: c.first.view(), last: c.last.view(), precision: c.precision.view(), entityStarts: c.entityStarts.view(), entities: c.entities.view(), articleStarts: c.articleStarts.view(), articles: c.articles.view()};
	const q = collected.quotes;
	const quotes = {starts: q.starts.view(), speaker: q.speaker.view(), event: q.event.view(), about: q.about.view(), aboutStarts: q.aboutStarts.view()};
	writer.section('entity.records', ranges(entities.starts, collected.entities.end));
	writer.section('quote.records', ranges(quotes.starts, collected.quotes.end));
	writer.section('claim.records', ranges(collected.claims.starts.view(), collected.claims.end));

	const n = events.first.length;
	const timeline = timelineOrderOfColumns(events.first, events.last, (event) => PRECISIONS[events.precision[event]!]!);
	// The events' search sections, by far the largest, are written meanwhile by a thread into a file
	// of their own (search-file.ts); the two others' once the rest is written (below), where a thread
	// is free, else here.
	const eventSearch = searchFile('event', collected.events.search, timeline.slice());
	// Awaited below; should writing the rest fail first (a full disk), the threads are stopped and
	// the table's failure must not end the program before the write's own error is said.
	eventSearch.catch(() => undefined);
	const [records, briefs] = await writePermuted(writer, side, c.starts, 2, timeline, pause);
	writer.section('event.records', records!);
	writer.section('event.briefs', briefs!);
	const position = new Int32Array(n);
	timeline.forEach((event, p) => {
		position[event] = p;
	});
	writer.section('event.timeline', timeline);
	writer.section('event.position', position);
	writer.section('event.first', Int32Array.from(timeline, (event) => events.first[event]!));
	writer.section('event.last', Int32Array.from(timeline, (event) => events.last[event]!));
	writer.section('event.precision', Uint8Array.from(timeline, (event) => events.precision[event]!));
	await pause();

	// An entity's events in timeline order: walk the timeline and file each event under its entities.
	const entityCount = entities.types.length;
	const entityEvents = grouped(entityCount, (emit) => {
		for (let p = 0; p < n; p++) {
			const event = timeline[p]!;
			for (let k = events.entityStarts[event]!; k < events.entityStarts[event + 1]!; k++) emit(events.entities[k]!, p);
		}
	});
	writer.section('entity.events.start', entityEvents.start);
	writer.section('entity.events', entityEvents.items);
	await pause();

	// An article's events in timeline order: by their evidence, and by the date claims that date them.
	const datedBy = grouped(n, (emit) => {
		const {datedEvent, datingArticle} = collected.claims;
		for (let k = 0; k < datedEvent.length; k++) emit(datedEvent.get(k), datingArticle.get(k));
	});
	const articleEvents = grouped(articleCount, (emit) => {
		const seen = new Int32Array(articleCount).fill(-1);
		for (let p = 0; p < n; p++) {
			const event = timeline[p]!;
			const file = (article: number) => {
				if (seen[article] !== p) (seen[article] = p), emit(article, p);
			};
			for (let k = events.articleStarts[event]!; k < events.articleStarts[event + 1]!; k++) file(events.articles[k]!);
			for (let k = datedBy.start[event]!; k < datedBy.start[event + 1]!; k++) file(datedBy.items[k]!);
		}
	});
	writer.section('article.events.start', articleEvents.start);
	writer.section('article.events', articleEvents.items);
	await pause();

	// Quotes in the timeline order of their events (those without one last), then dataset order.
	const quoteRank = (q: number) => (quotes.event[q]! < 0 ? n : position[quotes.event[q]!]!);
	const quoteOrder = Int32Array.from({length: quotes.starts.length}, (_, q) => q).sort((a, b) => quoteRank(a) - quoteRank(b) || a - b);
	writer.section('quote.timeline', quoteOrder);
	const bySpeaker = grouped(entityCount, (emit) => quoteOrder.forEach((q) => emit(quotes.speaker[q]!, q)));
	writer.section('entity.quotes.start', bySpeaker.start);
	writer.section('entity.quotes', bySpeaker.items);
	// A quote belongs to its occasion and to the events it is about (build.ts keeps those apart from the occasion).
	const byEvent = grouped(n, (emit) =>
		quoteOrder.forEach((q) => {
			if (quotes.event[q]! >= 0) emit(position[quotes.event[q]!]!, q);
			for (let k = q === 0 ? 0 : quotes.aboutStarts[q - 1]!; k < quotes.aboutStarts[q]!; k++) emit(position[quotes.about[k]!]!, q);
		}),
	);
	writer.section('event.quotes.start', byEvent.start);
	writer.section('event.quotes', byEvent.items);
	await pause();

	const counts = Int32Array.from({length: entityCount}, (_, e) => entityEvents.start[e + 1]! - entityEvents.start[e]!);
	const order = busiestFirstOrder(Array.from(entities.types, (code) => ENTITY_TYPE_CODES[code]!), counts);
	const orderPosition = new Int32Array(entityCount);
	order.forEach((entity, p) => {
		orderPosition[entity] = p;
	});
	writer.section('entity.order', order);
	writer.section('entity.order.position', orderPosition);
	writer.section('entity.type', entities.types);
	// One after the other: written in this thread (while a thread has the events, or with no thread at
	// all), two at once would each hold their buffers.
	const entitySearch = searchFile('entity', collected.entities.search);
	const quoteSearch = entitySearch.then(() => searchFile('quote', collected.quotes.search));
	const searched = await meanwhile(Promise.all([entitySearch, eventSearch, quoteSearch]), pause);
	for (const {kind, sections, bytes} of searched) {
		writer.appendFile(searchFiles[kind], sections, bytes);
		rmSync(searchFiles[kind], {force: true});
		await pause();
	}

	// The written forms, copied in a piece at a time: each kind's starts become places in the store.
	const base = copyInto(writer, written);
	for (const [kind, overrides] of Object.entries(collected.written)) {
		writer.section(`${kind}.written.index`, overrides.index.view());
		writer.section(`${kind}.written.starts`, overrides.starts.view().map((start) => start + base));
	}

	for (const [kind, ids] of [['entity', collected.entities.ids], ['event', collected.events.ids], ['quote', collected.quotes.ids], ['claim', collected.claims.ids]] as const) {
		const table = ids.parts();
		writer.section(`${kind}.id.bytes`, table.bytes);
		writer.section(`${kind}.id.starts`, table.starts);
		writer.section(`${kind}.id.table`, table.table);
	}
}

/** Append everything written to `from` to `writer`; returns where it starts there. */
function copyInto(writer: StoreWriter, from: StoreWriter): number {
	const base = writer.position;
	const window = Buffer.allocUnsafe(4 * 2 ** 20);
	for (let at = 0; at < from.position; at += window.length) {
		const length = Math.min(window.length, from.position - at);
		from.readBack(at, length, window);
		writer.append(window.subarray(0, length));
	}
	return base;
}
