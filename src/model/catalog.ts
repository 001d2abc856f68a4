/**
 * A Catalog is the one read model of a story: records by position and by id, and the relations
 * between them. A Story loaded whole is one; a large dataset opened from its store (src/store/)
 * is another, which reads only the records asked for. The explorer and every command are written
 * against this interface, so none of them needs every record in memory.
 */
import type {CodePointText} from './codepoints.js';
import type {Article, Entity, Event, Quote} from './schema.js';
import type {EventSpans} from './timeline.js';
import type {SearchableEntity, SearchEntries} from './search-entries.js';

export type {SearchableEntity};

/** Records in an order, read by position: an array, or a window onto records kept elsewhere. */
export interface List<T> {
	readonly length: number;
	at(index: number): T | undefined;
}

/** Records in an order, whose ids can be had without reading the records. */
export interface RecordList<T extends {readonly id: string}> extends List<T> {
	idAt(index: number): string | undefined;
}

/**
 * Events in timeline order, with what the day axis and the header need of every one of them —
 * its days and precision — readable without reading the record itself.
 */
export interface EventList extends RecordList<Event>, EventSpans {
	/** What a list of events shows of one, read without the rest of its record. */
	briefAt(index: number): EventBrief | undefined;
}

/** The fields of an event that lists and timelines show: a store reads them apart from the rest. */
export type EventBrief = Pick<Event, 'id' | 'start' | 'end' | 'precision' | 'certainty' | 'title' | 'place'>;

/** The fields of an EventBrief, in the order a store writes them. */
export const EVENT_BRIEF_FIELDS = ['id', 'start', 'end', 'precision', 'certainty', 'title', 'place'] as const satisfies readonly (keyof EventBrief)[];

/** The article as the explorer shows it (its text is read apart: Catalog.articleText). */
export type ArticleInfo = Omit<Article, 'text' | 'textFile'>;

/**
 * The dataset as it was written, for exporting it again: every record validated (defaults filled
 * in) but not sanitized, so its anchors still give their text; records in dataset order.
 */
export interface WrittenDataset {
	readonly version: 1;
	/** The article without its text (Catalog.articleText gives that), unsanitized. */
	readonly article: ArticleInfo;
	readonly entities: List<unknown>;
	readonly events: List<unknown>;
	readonly quotes: List<unknown>;
}

export interface Catalog {
	/** Where the dataset came from: a file path, or a name such as "embedded". */
	readonly source: string;
	readonly article: ArticleInfo;
	/** Languages the dataset's localized texts use, the article's own first. */
	readonly languages: readonly string[];
	/** Events in timeline order. */
	readonly events: EventList;
	/** Entities in dataset order. */
	readonly entities: RecordList<Entity>;
	/** Quotes in dataset order. */
	readonly quotes: RecordList<Quote>;
	/** Quotes in the timeline order of their events (those without one last), then dataset order. */
	readonly quotesInTimelineOrder: RecordList<Quote>;
	/** Entities as lists show them: people, organizations, places; busiest first. */
	readonly entityOrder: List<Entity>;
	eventById(id: string): Event | undefined;
	entityById(id: string): Entity | undefined;
	quoteById(id: string): Quote | undefined;
	/** An event's position in `events`. */
	eventPosition(id: string): number | undefined;
	/** An entity's position in `entityOrder`. */
	entityOrderPosition(id: string): number | undefined;
	/** An entity's events (as participant or place), in timeline order. */
	eventsOf(entityId: string): EventList;
	/** What an entity said, in timeline order of the events (then dataset order). */
	quotesOf(entityId: string): RecordList<Quote>;
	/** The quotes said at an event or about it, in timeline order of their occasions. */
	quotesAt(eventId: string): RecordList<Quote>;
	/** Every entity's name and aliases, in dataset order, for the finder's index (as columns). */
	searchEntries(): SearchEntries;
	/**
	 * The article text as written, sliced by code points as anchors count them (a store reads only
	 * the window asked for). It is not sanitized: what is shown of it goes through sanitizeBlock
	 * (or maskBlock). `article` names one article of a story of several; a story of one article
	 * has only its own to give, whatever is asked.
	 */
	articleText(article?: string): CodePointText;
	/** The dataset as written, for `export --format json`. */
	written(): WrittenDataset;
}

/** The items of a list from `from` up to (not including) `to`, as an array. */
export function sliceOf<T>(list: List<T>, from = 0, to = list.length): T[] {
	const out: T[] = [];
	for (let i = Math.max(0, from); i < Math.min(to, list.length); i++) {
		const item = list.at(i);
		if (item !== undefined) out.push(item);
	}
	return out;
}

/** The ids of a list's records, as an array. */
export function idsOf(list: RecordList<{readonly id: string}>): string[] {
	return Array.from({length: list.length}, (_, i) => list.idAt(i)!);
}

/** Who said a quote, by name. */
export function speakerName(catalog: Pick<Catalog, 'entityById'>, quote: Pick<Quote, 'speaker'>): string {
	return catalog.entityById(quote.speaker)?.name ?? quote.speaker;
}

/** The name of a place or other entity an event refers to, if it resolves. */
export function entityName(catalog: Pick<Catalog, 'entityById'>, id: string | null | undefined): string | undefined {
	return id ? catalog.entityById(id)?.name : undefined;
}
