/**
 * A Catalog is what the explorer reads of a story: records by position and by id, and the
 * relations between them. A Story loaded whole is one; a large dataset opened from its store
 * (src/store/) is another, which reads only the records a screen shows. The explorer is written
 * against this interface, so it never needs every record in memory.
 */
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
export interface EventList extends RecordList<Event>, EventSpans {}

/** The article as the explorer shows it (without its text, which only loading needs). */
export type ArticleInfo = Omit<Article, 'text' | 'textFile'>;

export interface Catalog {
	/** Where the dataset came from: a file path, or a name such as "embedded". */
	readonly source: string;
	readonly article: ArticleInfo;
	/** Languages the dataset's localized texts use, the article's own first. */
	readonly languages: readonly string[];
	/** Events in timeline order. */
	readonly events: EventList;
	/** Entities in dataset order. */
	readonly entities: List<Entity>;
	/** Quotes in dataset order. */
	readonly quotes: List<Quote>;
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
	/** The quotes that belong to an event. */
	quotesAt(eventId: string): RecordList<Quote>;
	/** Every entity's name and aliases, in dataset order, for the finder's index (as columns). */
	searchEntries(): SearchEntries;
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
