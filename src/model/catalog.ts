/**
 * A Catalog is the one read model of a story: records by position and by id, and the relations
 * between them. A Story loaded whole is one; a large dataset opened from its store (src/store/)
 * is another, which reads only the records asked for. The explorer and every command are written
 * against this interface, so none of them needs every record in memory.
 */
import type {CodePointText} from './codepoints.js';
import type {Claim, Entity, EntityType, Event, Quote, SourceArticle} from './schema.js';
import type {EventSpans} from './timeline.js';
import {dateClaimEvidence, type ClaimComparison} from './claims.js';
import {eventSources, quoteSources, type EventSource, type QuoteSource} from './sources.js';
import type {SearchableEntity, SearchColumns, SearchKind} from './search-entries.js';

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
	/** An event's dates and certainty, read without its texts: what a listing measures its columns by. */
	datingAt(index: number): EventDating | undefined;
}

/** The fields of an event that lists and timelines show: a store reads them apart from the rest. */
export type EventBrief = Pick<Event, 'id' | 'start' | 'end' | 'precision' | 'certainty' | 'title' | 'place'>;

/** The fields of an EventBrief that come before its texts. */
export type EventDating = Pick<Event, 'start' | 'end' | 'precision' | 'certainty'>;

/** The fields of an EventBrief, in the order a store writes them (its EventDating first, then its texts). */
export const EVENT_BRIEF_FIELDS = ['id', 'start', 'end', 'precision', 'certainty', 'title', 'place'] as const satisfies readonly (keyof EventBrief)[];

/** An article as the explorer shows it, with its id (its text is read apart: Catalog.articleText). */
export type ArticleInfo = Omit<SourceArticle, 'text' | 'textFile'>;

/**
 * The dataset as it was written, for exporting it again: every record validated (defaults filled
 * in) but not sanitized, so its anchors still give their text; records in dataset order.
 */
export interface WrittenDataset {
	readonly version: 1 | 2;
	/** The articles without their texts (Catalog.articleText gives those), unsanitized; a version-1 article has the id ARTICLE_ID. */
	readonly articles: readonly ArticleInfo[];
	readonly entities: List<unknown>;
	readonly events: List<unknown>;
	readonly quotes: List<unknown>;
	readonly claims: List<unknown>;
}

export interface Catalog {
	/** Where the dataset came from: a file path, or a name such as "embedded". */
	readonly source: string;
	/** The story's first article (its only one in a dataset of version 1). */
	readonly article: ArticleInfo;
	/** Every article of the story, its sources, in dataset order. */
	readonly articles: RecordList<ArticleInfo>;
	/** The sources' claims, in dataset order. */
	readonly claims: RecordList<Claim>;
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
	/** An entity's name, read without the rest of its record (a store parses only the fields before it). */
	entityNameById(id: string): string | undefined;
	/** How many entities there are of each type (a store counts them without reading a record). */
	entityCounts(): Readonly<Record<EntityType, number>>;
	quoteById(id: string): Quote | undefined;
	articleById(id: string): ArticleInfo | undefined;
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
	/** The events an article is a source of (by its evidence or a date claim), in timeline order. */
	eventsFrom(articleId: string): EventList;
	/** The claims grouped by subject and measure and compared across sources (worked out once). */
	claimComparison(): ClaimComparison;
	/**
	 * What the finder searches of every record of a kind, as columns: entities and quotes in dataset
	 * order, events in timeline order (the order of `entities`, `events` and `quotes`).
	 */
	searchColumns(kind: SearchKind): SearchColumns;
	/** A record's position in its kind's searched list (as searchColumns orders them), by its id. */
	searchPosition(kind: SearchKind, id: string): number | undefined;
	/**
	 * An article's text as written, sliced by code points as anchors count them (a store reads only
	 * the window asked for). It is not sanitized: what is shown of it goes through sanitizeBlock
	 * (or maskBlock). `article` names one article of a story of several (the first without it; an
	 * unknown one gives an empty text); a story of one article has only its own to give, whatever is asked.
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
	// A loop, not Array.from({length}, …): a listing asks for the ids of every event's quotes.
	const ids: string[] = [];
	for (let i = 0; i < list.length; i++) ids.push(list.idAt(i)!);
	return ids;
}

/** An article's outlet, by the article's id (the id itself where the story has no such article). */
export function outletOf(catalog: Pick<Catalog, 'articleById'>, articleId: string): string {
	return catalog.articleById(articleId)?.outlet ?? articleId;
}

/** Who said a quote, by name. */
export function speakerName(catalog: Pick<Catalog, 'entityNameById'>, quote: Pick<Quote, 'speaker'>): string {
	return catalog.entityNameById(quote.speaker) ?? quote.speaker;
}

/** The name of a place or other entity an event refers to, if it resolves. */
export function entityName(catalog: Pick<Catalog, 'entityNameById'>, id: string | null | undefined): string | undefined {
	return id ? catalog.entityNameById(id) : undefined;
}

/** An event's sources in a catalog: each article's evidence and its words for the date (date claims included). */
export function sourcesOfEvent(catalog: Pick<Catalog, 'article' | 'claimComparison'>, event: Pick<Event, 'id' | 'evidence' | 'dateEvidence'>): EventSource[] {
	return eventSources(event, catalog.article.id, dateClaimEvidence(catalog.claimComparison(), event.id));
}

/** A quote's printings in a catalog, its own first. */
export function sourcesOfQuote(catalog: Pick<Catalog, 'article'>, quote: Quote): QuoteSource[] {
	return quoteSources(quote, catalog.article.id);
}

/** How many of `count` entities are of each type, given each one's type by position. */
export function countTypes(count: number, typeAt: (index: number) => EntityType): Record<EntityType, number> {
	const counts: Record<EntityType, number> = {person: 0, organization: 0, place: 0};
	for (let i = 0; i < count; i++) counts[typeAt(i)]++;
	return counts;
}
