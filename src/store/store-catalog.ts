/**
 * The Catalog over a store: orders, days and relations from its sections, in memory; records read
 * from the file when asked for, parsed, and kept while they are recent. At 100,000 events the
 * explorer holds a few MB of arrays and the records of about a screen, not the dataset.
 */
import {countTypes, type ArticleInfo, type Catalog, type EventBrief, type EventDating, type EventList, type List, type RecordList} from '../model/catalog.js';
import {compareClaims, type ClaimComparison} from '../model/claims.js';
import {codePointText, windowedUtf8Text, type CodePointText} from '../model/codepoints.js';
import type {Claim, Entity, Event, Quote} from '../model/schema.js';
import {SEARCH_KINDS, type SearchColumns, type SearchKind} from '../model/search-entries.js';
import {storeSearchColumns} from './search-columns.js';
import {IdTable} from './id-table.js';
import {ENTITY_TYPE_CODES, PRECISIONS} from './codes.js';
import {Recent} from './recent.js';
import {applyWrittenPatches, type WrittenPatch} from './written-patches.js';
import {searchTableSections} from './search-sections.js';
import type {OpenedStore} from './layout.js';
import type {StoreMeta} from './meta.js';

/** How many parsed records of each kind are kept at the least (twice as many at the most): several screens' worth. */
const RECENT = 1024;

/** How many bytes a run of records read in order brings in at once. */
const READ_AHEAD = 1 << 20;

/**
 * Records read one after another past this many are a listing or an export reading each record
 * once: they are not kept. Kept for a thousand records more, every one of 100,000 outlived the
 * young generation and was copied into the old, which then grew by tens of MB of records never
 * read again (and collecting them was a fifth of `events --json`'s time). A screen of rows is
 * far shorter, and stays kept.
 */
const STREAMED_AFTER = 256;

/**
 * Records of one kind by index, read from the store and kept while recent. Records asked for in
 * order (a listing, an export) are read a megabyte at a time, not one read each.
 */
class Records<T> {
	private readonly recent = new Recent<T>(RECENT);
	/**
	 * The read-ahead window: `windowBytes` bytes of the file from `windowStart`. Its buffer is read
	 * into again as the run goes on: a new megabyte each time was freed late, and a listing of
	 * 100,000 events peaked 35 MB higher for the windows it had let go.
	 */
	private window: Buffer = Buffer.alloc(0);
	private windowStart = 0;
	private windowBytes = 0;
	/** Where a record read out of order is read (its bytes are decoded at once, so one buffer serves every read). */
	private scratch: Buffer = Buffer.alloc(0);
	private lastEnd = -1;
	/**
	 * The record `at` gave last and its index (NaN before the first: equal to no index), and how many
	 * before it were each the one after the one before. Two fields, not an object made at every
	 * call: a listing calls `at` once a record.
	 */
	private lastIndex = NaN;
	private lastRecord: T | undefined;
	private run = 0;
	constructor(
		private readonly store: OpenedStore<StoreMeta>,
		private readonly ranges: Float64Array,
		private readonly idOf: (index: number) => string,
	) {}

	idAt(index: number): string | undefined {
		return index >= 0 && index < this.length ? this.idOf(index) : undefined;
	}

	/**
	 * The index of the record `at` gave last, if its id is `id`: what is asked about a record
	 * (its quotes, its position) is mostly asked just after reading it, and the id then needs no
	 * lookup (a listing of 100,000 events looked up every one of them again).
	 */
	lastIndexOf(id: string): number | undefined {
		return this.lastRecord !== undefined && (this.lastRecord as {readonly id?: unknown}).id === id ? this.lastIndex : undefined;
	}

	get length(): number {
		return this.ranges.length - 1;
	}

	at(index: number): T | undefined {
		if (!(index >= 0 && index < this.length)) return undefined;
		if (this.lastIndex === index) return this.lastRecord;
		this.run = this.lastIndex === index - 1 ? this.run + 1 : 0;
		let record = this.recent.get(index);
		if (record === undefined) {
			record = this.fresh(index);
			if (this.run < STREAMED_AFTER) this.recent.set(index, record);
		}
		this.lastIndex = index;
		this.lastRecord = record;
		return record;
	}

	/** The record parsed anew, a copy of its own that no one else holds. */
	fresh(index: number): T {
		return JSON.parse(this.text(this.ranges[index]!, this.ranges[index + 1]!)) as T;
	}

	/**
	 * The fields of the record before `key` (a key of its top level whose earlier fields hold no
	 * objects), parsed without the rest: a listing measuring its columns by the dates of 100,000
	 * events then leaves their titles unparsed.
	 */
	headAt<H>(index: number, key: string): H | undefined {
		if (!(index >= 0 && index < this.length)) return undefined;
		const recent = this.recent.get(index);
		if (recent !== undefined) return recent as unknown as H;
		const {buffer, from, to} = this.bytes(this.ranges[index]!, this.ranges[index + 1]!);
		// Inside a JSON string a quote is escaped, so `,"key":` unescaped is the key itself; found
		// among the bytes, the text after it is never decoded.
		const cut = buffer.indexOf(`,${JSON.stringify(key)}:`, from);
		if (cut < 0 || cut >= to) return JSON.parse(buffer.toString('utf8', from, to)) as H;
		return JSON.parse(`${buffer.toString('utf8', from, cut)}}`) as H;
	}

	private text(start: number, end: number): string {
		// A record read out of order is read into the store's scratch buffer, not a buffer of its own.
		if (start !== this.lastEnd && !this.inWindow(start, end)) {
			this.lastEnd = end;
			return this.store.text(start, end);
		}
		const {buffer, from, to} = this.bytes(start, end);
		return buffer.toString('utf8', from, to);
	}

	private inWindow(start: number, end: number): boolean {
		return start >= this.windowStart && end <= this.windowStart + this.windowBytes;
	}

	/** Where the bytes from `start` to `end` are: in the read-ahead window, else read on their own. */
	private bytes(start: number, end: number): {buffer: Buffer; from: number; to: number} {
		const sequential = start === this.lastEnd;
		this.lastEnd = end;
		if (!this.inWindow(start, end)) {
			if (!sequential) {
				if (this.scratch.length < end - start) this.scratch = Buffer.allocUnsafe(Math.max(end - start, 4096));
				this.store.read(start, this.scratch.subarray(0, end - start));
				return {buffer: this.scratch, from: 0, to: end - start};
			}
			const bytes = Math.min(this.ranges[this.length]!, Math.max(end, start + READ_AHEAD)) - start;
			if (this.window.length < bytes) this.window = Buffer.allocUnsafe(bytes);
			this.store.read(start, this.window.subarray(0, bytes));
			this.windowStart = start;
			this.windowBytes = bytes;
		}
		return {buffer: this.window, from: start - this.windowStart, to: end - this.windowStart};
	}
}

/** The items of `records` listed at `items[start[owner]..start[owner+1])`. */
function groupList<T extends {id: string}>(records: {at(index: number): T | undefined}, ids: IdTable, start: Int32Array, items: Int32Array, owner: number | undefined): RecordList<T> {
	if (owner === undefined) return EMPTY_LIST;
	const from = start[owner]!;
	const length = start[owner + 1]! - from;
	// Most events have no quotes: a listing of 100,000 asks 100,000 times.
	if (length === 0) return EMPTY_LIST;
	const inside = (index: number) => index >= 0 && index < length;
	return {length, at: (index) => (inside(index) ? records.at(items[from + index]!) : undefined), idAt: (index) => (inside(index) ? ids.idAt(items[from + index]!) : undefined)};
}

/** A lookup by id: the id's record index in `ids`, then what `get` finds there. */
function byId<T>(ids: () => IdTable, get: (index: number) => T | undefined): (id: string) => T | undefined {
	return (id) => {
		const index = ids().indexOf(id);
		return index === undefined ? undefined : get(index);
	};
}

const EMPTY_LIST: RecordList<never> = {length: 0, at: () => undefined, idAt: () => undefined};
const EMPTY_TEXT = codePointText('');

/** A Catalog over an opened store; `source` names the dataset in messages. */
export function storeCatalog(store: OpenedStore<StoreMeta>, source: string): Catalog {
	const {meta} = store.header;
	const i32 = (name: string) => store.section(name) as Int32Array;
	const u8 = (name: string) => store.section(name) as Uint8Array;
	// Sections are read when first used: a command that shows a few records (search) reads their
	// ranges and lookups, not every order and relation (110 MB at 1,000,000 events).
	const later = <T>(read: () => T) => {
		let value: T | undefined;
		return () => (value ??= read());
	};
	/** The sections read when first used, named as they are declared: each is looked up when the store is opened (below). */
	const readLater: string[] = [];
	const sectionLater = <A>(name: string, read: (name: string) => A) => {
		readLater.push(name);
		return later(() => read(name));
	};
	const idTable = (kind: string) => {
		const [bytes, starts, table] = [sectionLater(`${kind}.id.bytes`, u8), sectionLater(`${kind}.id.starts`, i32), sectionLater(`${kind}.id.table`, i32)];
		return later(() => new IdTable({bytes: bytes(), starts: starts(), table: table()}));
	};
	const entityIds = idTable('entity');
	const eventIds = idTable('event');
	const quoteIds = idTable('quote');
	const claimIds = idTable('claim');
	const timeline = sectionLater('event.timeline', i32);
	const entities = new Records<Entity>(store, store.section('entity.records') as Float64Array, (index) => entityIds().idAt(index));
	// Events are stored in timeline order: by position, not dataset index.
	const eventIdAt = (p: number) => eventIds().idAt(timeline()[p]!);
	const eventRecords = new Records<Event>(store, store.section('event.records') as Float64Array, eventIdAt);
	const eventBriefs = new Records<EventBrief>(store, store.section('event.briefs') as Float64Array, eventIdAt);
	const quotes = new Records<Quote>(store, store.section('quote.records') as Float64Array, (index) => quoteIds().idAt(index));
	const position = sectionLater('event.position', i32);
	const first = sectionLater('event.first', i32);
	const last = sectionLater('event.last', i32);
	const precision = sectionLater('event.precision', u8);
	const order = sectionLater('entity.order', i32);
	const orderPosition = sectionLater('entity.order.position', i32);

	/** Events at timeline positions positionAt(from) .. positionAt(from + length − 1), as an EventList. */
	const eventList = (positionAt: (at: number) => number, from: number, length: number): EventList => ({
		length,
		at: (index) => (index >= 0 && index < length ? eventRecords.at(positionAt(from + index)) : undefined),
		briefAt: (index) => (index >= 0 && index < length ? eventBriefs.at(positionAt(from + index)) : undefined),
		datingAt: (index) => (index >= 0 && index < length ? eventBriefs.headAt<EventDating>(positionAt(from + index), 'title') : undefined),
		idAt: (index) => (index >= 0 && index < length ? eventIdAt(positionAt(from + index)) : undefined),
		firstDay: (index) => first()[positionAt(from + index)]!,
		lastDay: (index) => last()[positionAt(from + index)]!,
		precision: (index) => PRECISIONS[precision()[positionAt(from + index)]!]!,
	});
	/** Events at the timeline positions items[from .. from + length) of a list of them. */
	const eventsAt = (items: () => Int32Array, from: number, length: number) => eventList((at) => items()[at]!, from, length);
	const events = eventList((at) => at, 0, eventRecords.length);
	/** An event's timeline position by its id: the event just read needs no lookup. */
	const positionOf = (id: string): number | undefined => {
		const just = eventRecords.lastIndexOf(id);
		if (just !== undefined) return just;
		const index = eventIds().indexOf(id);
		return index === undefined ? undefined : position()[index];
	};
	// The filtered lists are kept per entity, so views that memoize on a list find it again.
	const filtered = new Map<number, EventList>();
	const entityEventStart = sectionLater('entity.events.start', i32);
	const entityEvents = sectionLater('entity.events', i32);
	const quotesBySpeaker = {start: sectionLater('entity.quotes.start', i32), items: sectionLater('entity.quotes', i32)};
	const quotesByEvent = {start: sectionLater('event.quotes.start', i32), items: sectionLater('event.quotes', i32)};
	const quoteTimeline = sectionLater('quote.timeline', i32);
	// The finder's columns are the store's sections as they are, each read whole only when asked
	// for (the units of every text pass 500 MB at 1,000,000 events): a search reads its texts by ranges.
	const columnsOf = new Map<SearchKind, SearchColumns>();
	const searchColumns = (kind: SearchKind): SearchColumns => {
		let columns = columnsOf.get(kind);
		if (!columns) columnsOf.set(kind, (columns = storeSearchColumns(store, kind)));
		return columns;
	};
	// Found out now if missing, but read only when the finder first searches that kind.
	for (const kind of SEARCH_KINDS) {
		for (const part of ['units', 'texts', 'fields', 'records']) if (!Object.hasOwn(store.header.sections, `${kind}.search.${part}`)) throw new Error(`store has no section ${kind}.search.${part}`);
		for (const name of searchTableSections(kind)) if (!Object.hasOwn(store.header.sections, name)) throw new Error(`store has no section ${name}`);
	}

	const infos = meta.articles.map((article) => article.info);
	const articles: RecordList<ArticleInfo> = {length: infos.length, at: (index) => infos[index], idAt: (index) => infos[index]?.id};
	const articlePosition = new Map(infos.map((article, i) => [article.id, i]));
	const claims = new Records<Claim>(store, store.section('claim.records') as Float64Array, (index) => claimIds().idAt(index));
	const articleEventStart = sectionLater('article.events.start', i32);
	const articleEvents = sectionLater('article.events', i32);
	// Every section is looked up now, so a store without one is found out when it is opened.
	for (const name of readLater) if (!Object.hasOwn(store.header.sections, name)) throw new Error(`store has no section ${name}`);
	const fromArticle = new Map<number, EventList>();
	/** An article's text, read from its sections a window at a time (one reader per article, kept). */
	const texts = new Map<number, CodePointText>();
	const textOf = (i: number) => {
		let text = texts.get(i);
		if (!text) texts.set(i, (text = articleTextAt(i)));
		return text;
	};
	const articleTextAt = (i: number) =>
		windowedUtf8Text((start, end) => store.readRange(`article.${i}.text`, start, Buffer.allocUnsafe(end - start)), {
			starts: i32(`article.${i}.text.checkpoints`),
			count: meta.articles[i]!.textLength,
			bytes: store.header.sections[`article.${i}.text`]!.bytes,
		});
	let comparison: ClaimComparison | undefined;
	let quotesInOrder: RecordList<Quote> | undefined;
	const catalog: Catalog = {
		source,
		article: infos[0]!,
		articles,
		claims,
		languages: meta.languages,
		events,
		entities,
		quotes,
		// A getter, so the order is read only when first asked for; kept, so a list is not made at every read.
		get quotesInTimelineOrder() {
			return (quotesInOrder ??= groupList(quotes, quoteIds(), Int32Array.of(0, quoteTimeline().length), quoteTimeline(), 0));
		},
		entityOrder: {length: entities.length, at: (index) => (index >= 0 && index < entities.length ? entities.at(order()[index]!) : undefined)},
		eventById: byId(eventIds, (index) => eventRecords.at(position()[index]!)),
		entityById: byId(entityIds, (index) => entities.at(index)),
		// An entity's record begins with its id, type and name (the schema's order, as the build
		// writes it): its aliases, titles, description and mentions are left unparsed.
		entityNameById: byId(entityIds, (index) => entities.headAt<Partial<Entity>>(index, 'aliases')?.name ?? entities.at(index)?.name),
		entityCounts() {
			const types = store.section('entity.type') as Uint8Array;
			return countTypes(types.length, (i) => ENTITY_TYPE_CODES[types[i]!]!);
		},
		quoteById: byId(quoteIds, (index) => quotes.at(index)),
		articleById: (id) => {
			const at = articlePosition.get(id);
			return at === undefined ? undefined : infos[at];
		},
		eventPosition: (id) => positionOf(id),
		// Entities and quotes are searched in dataset order, which is the order of their id tables.
		searchPosition: (kind, id) => (kind === 'event' ? positionOf(id) : (kind === 'entity' ? entityIds() : quoteIds()).indexOf(id)),
		entityOrderPosition: byId(entityIds, (index) => orderPosition()[index]),
		eventsOf(id) {
			const entity = entityIds().indexOf(id);
			if (entity === undefined) return eventsAt(entityEvents, 0, 0);
			let list = filtered.get(entity);
			if (!list) {
				const start = entityEventStart();
				list = eventsAt(entityEvents, start[entity]!, start[entity + 1]! - start[entity]!);
				filtered.set(entity, list);
			}
			return list;
		},
		quotesOf: (id) => groupList(quotes, quoteIds(), quotesBySpeaker.start(), quotesBySpeaker.items(), entityIds().indexOf(id)),
		quotesAt: (id) => groupList(quotes, quoteIds(), quotesByEvent.start(), quotesByEvent.items(), positionOf(id)),
		eventsFrom(id) {
			const article = articlePosition.get(id);
			if (article === undefined) return eventsAt(articleEvents, 0, 0);
			let list = fromArticle.get(article);
			if (!list) {
				const start = articleEventStart();
				fromArticle.set(article, (list = eventsAt(articleEvents, start[article]!, start[article + 1]! - start[article]!)));
			}
			return list;
		},
		claimComparison: () => (comparison ??= compareClaims(catalog.claims, infos[0]!.id)),
		searchColumns,
		// A story of one article has only its own text to give; of several, an unknown id has none.
		articleText(id) {
			const at = infos.length === 1 || id === undefined ? 0 : articlePosition.get(id);
			return at === undefined ? EMPTY_TEXT : textOf(at);
		},
		written: () => ({
			version: meta.version,
			articles: meta.articles.map((article) => article.written),
			entities: writtenList(store, 'entities', entities),
			events: writtenList(store, 'events', {length: eventRecords.length, at: (index) => eventRecords.at(position()[index]!), fresh: (index) => eventRecords.fresh(position()[index]!)}),
			quotes: writtenList(store, 'quotes', quotes),
			claims: writtenList(store, 'claims', claims),
		}),
	};
	return catalog;
}

/** A kind's records as written: the sanitized record, with what sanitizing changed put back where the build kept it. */
function writtenList(store: OpenedStore<StoreMeta>, kind: string, records: List<unknown> & {fresh(index: number): unknown}): List<unknown> {
	const index = store.section(`${kind}.written.index`) as Int32Array;
	// Where each record's patches are in the store file: read only when asked for.
	const starts = store.section(`${kind}.written.starts`) as Float64Array;
	return {
		length: records.length,
		at(i) {
			let lo = 0;
			let hi = index.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (index[mid]! < i) lo = mid + 1;
				else hi = mid;
			}
			if (lo < index.length && index[lo] === i) return applyWrittenPatches(records.fresh(i), JSON.parse(store.text(starts[lo]!, starts[lo + 1]!)) as WrittenPatch[]);
			return records.at(i);
		},
	};
}
