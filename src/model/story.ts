/**
 * A Story is a loaded dataset made ready for the explorer: validated, every string made safe for a
 * terminal, events in timeline order, and the relations between records indexed both ways.
 */
import type {Anchor, Claim, DatasetFile, Entity, Event, LocalizedText, Quote, SourceArticle} from './schema.js';
import {entityName as catalogEntityName, speakerName as catalogSpeakerName} from './catalog.js';
import {formatDate} from './dates.js';
import {eventIdsOfQuote} from './occasion.js';
import {timelineOrder} from './timeline.js';
import {articlesOf, eventSources, isDateClaimOf} from './sources.js';

export type {Entity, Event, Quote, LocalizedText};

/** An article with its id and its text in hand (a textFile has been read). */
export type StoryArticle = Omit<SourceArticle, 'text' | 'textFile'> & {readonly text: string};

export interface StoryIndex {
	readonly eventById: ReadonlyMap<string, Event>;
	readonly entityById: ReadonlyMap<string, Entity>;
	readonly quoteById: ReadonlyMap<string, Quote>;
	/** An entity's events (as participant or place), in timeline order. */
	readonly eventsOfEntity: ReadonlyMap<string, readonly Event[]>;
	/** What an entity said, in timeline order of the events (then dataset order). */
	readonly quotesOfEntity: ReadonlyMap<string, readonly Quote[]>;
	/** The quotes that belong to an event. */
	readonly quotesOfEvent: ReadonlyMap<string, readonly Quote[]>;
	/** Every quote in the timeline order of its event (quotes without one last), else dataset order. */
	readonly quotesInTimelineOrder: readonly Quote[];
	/** An event's position in `events`. */
	readonly eventPosition: ReadonlyMap<string, number>;
	readonly articleById: ReadonlyMap<string, StoryArticle>;
	/** The events each article is a source of, in timeline order. */
	readonly eventsOfArticle: ReadonlyMap<string, readonly Event[]>;
	readonly claimById: ReadonlyMap<string, Claim>;
}

export interface Story {
	/** Where the dataset came from: a file path, or a name such as "embedded". */
	readonly source: string;
	/** The story's first article (its only one, in a dataset of version 1). */
	readonly article: StoryArticle;
	/** Every article of the story, its sources, in dataset order. */
	readonly articles: readonly StoryArticle[];
	/** Events in timeline order. */
	readonly events: readonly Event[];
	readonly entities: readonly Entity[];
	readonly quotes: readonly Quote[];
	/** The claims of the sources, in dataset order. */
	readonly claims: readonly Claim[];
	/** Languages the dataset's localized texts use, the article's own first. */
	readonly languages: readonly string[];
	readonly index: StoryIndex;
	/** The dataset as written (unsanitized, defaults filled in) and its articles' texts in order, for re-export. */
	readonly written: {readonly data: DatasetFile; readonly texts: readonly string[]};
}

const EMPTY: readonly never[] = Object.freeze([]);

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** The ids of the entities an event involves: its participants, then its place. */
export function entityIdsOfEvent(event: Event): string[] {
	const ids = event.participants.map((participant) => participant.entity);
	if (event.place && !ids.includes(event.place)) ids.push(event.place);
	return ids;
}

/** How many events and entities are sampled for the dataset's languages. */
export const LANGUAGE_SAMPLE = 200;

/**
 * The languages of a dataset's texts, the article's first. They are the same throughout a
 * well-made dataset, so the first LANGUAGE_SAMPLE events and entities find them.
 */
export function languagesOf(articleLanguage: string, events: readonly Pick<Event, 'title' | 'summary'>[], entities: readonly Pick<Entity, 'description'>[]): string[] {
	return languagesIn(articleLanguage, [...events.slice(0, LANGUAGE_SAMPLE).flatMap(languageTagsOfEvent), ...entities.slice(0, LANGUAGE_SAMPLE).flatMap(languageTagsOfEntity)]);
}

/** The languages of tags noted in order (events' first, then entities'), the article's first. */
export function languagesIn(articleLanguage: string, tags: Iterable<string>): string[] {
	return [...new Set([articleLanguage, ...tags])];
}

/** The language tags an event's texts are in, as languagesOf notes them. */
export function languageTagsOfEvent(event: Pick<Event, 'title' | 'summary'>): string[] {
	return [...Object.keys(event.title), ...Object.keys(event.summary)];
}

/** The language tags an entity's description is in. */
export function languageTagsOfEntity(entity: Pick<Entity, 'description'>): string[] {
	return Object.keys(entity.description);
}

/**
 * Build the Story from a dataset that has passed validation (strings already sanitized), given
 * its articles' texts in order; `written` is the dataset and texts as written, when they differ
 * (else the sanitized ones are it).
 */
export function buildStory(data: DatasetFile, articleTexts: readonly string[], source: string, written: Story['written'] = {data, texts: articleTexts}): Story {
	const articles: StoryArticle[] = articlesOf(data).map(({text: _text, textFile: _file, ...article}, i) => ({...article, text: articleTexts[i] ?? ''}));
	const articleById = new Map(articles.map((article) => [article.id, article]));
	const claims = data.version === 2 ? data.claims : [];
	const claimById = new Map(claims.map((claim) => [claim.id, claim]));
	const events = timelineOrder(data.events);
	const eventById = new Map(events.map((event) => [event.id, event]));
	const eventPosition = new Map(events.map((event, position) => [event.id, position]));
	const entityById = new Map(data.entities.map((entity) => [entity.id, entity]));
	const quoteById = new Map(data.quotes.map((quote) => [quote.id, quote]));

	const eventsOfEntity = new Map<string, Event[]>();
	for (const event of events) for (const id of entityIdsOfEvent(event)) push(eventsOfEntity, id, event);
	const eventsOfArticle = new Map<string, Event[]>();
	const firstArticle = articles[0]!.id;
	const dateClaims = dateClaimsByEvent(claims);
	for (const event of events) for (const {article} of eventSources(event, firstArticle, dateClaims.get(event.id))) push(eventsOfArticle, article, event);

	const position = (quote: Quote) => (quote.event === null ? Infinity : (eventPosition.get(quote.event) ?? Infinity));
	const quotesInOrder = data.quotes
		.map((quote, index) => ({quote, index}))
		.sort((a, b) => position(a.quote) - position(b.quote) || a.index - b.index)
		.map(({quote}) => quote);
	const quotesOfEntity = new Map<string, Quote[]>();
	const quotesOfEvent = new Map<string, Quote[]>();
	for (const quote of quotesInOrder) {
		push(quotesOfEntity, quote.speaker, quote);
		for (const id of eventIdsOfQuote(quote)) push(quotesOfEvent, id, quote);
	}

	return {
		source,
		article: articles[0]!,
		articles,
		events,
		entities: data.entities,
		quotes: data.quotes,
		claims,
		languages: languagesOf(articles[0]!.language, data.events, data.entities),
		index: {eventById, entityById, quoteById, eventsOfEntity, quotesOfEntity, quotesOfEvent, quotesInTimelineOrder: quotesInOrder, eventPosition, articleById, eventsOfArticle, claimById},
		written,
	};
}

/** The words of the date claims about each event, by event id, in claim order. */
function dateClaimsByEvent(claims: readonly Claim[]): Map<string, Anchor[]> {
	const byEvent = new Map<string, Anchor[]>();
	for (const claim of claims) if (claim.subject.event !== undefined && isDateClaimOf(claim, claim.subject.event)) push(byEvent, claim.subject.event, claim.evidence);
	return byEvent;
}

/** Look up a list in an index, empty when the key has none. */
export function listOf<V>(map: ReadonlyMap<string, readonly V[]>, key: string): readonly V[] {
	return map.get(key) ?? EMPTY;
}

/** A story's entities by id, as the Catalog's name helpers read them. */
const namesOf = (story: Story) => ({entityNameById: (id: string) => story.index.entityById.get(id)?.name});

/** Who said a quote, by name. */
export function speakerName(story: Story, quote: Pick<Quote, 'speaker'>): string {
	return catalogSpeakerName(namesOf(story), quote);
}

/** The name of a place or other entity an event refers to, if it resolves. */
export function entityName(story: Story, id: string | null | undefined): string | undefined {
	return catalogEntityName(namesOf(story), id);
}

/** The day the article came out, as printed (its own offset, not UTC), for people: "26 Mar 2025". */
export function publicationDay(article: Pick<StoryArticle, 'published'>, lang: string): string {
	return formatDate(article.published.slice(0, 10), lang);
}

/** When the article came out, its hour too where it printed its zone: "16 Jun 2025 08:30 WITA", else the day. */
export function publicationMoment(article: Pick<StoryArticle, 'published' | 'timezone'>, lang: string): string {
	return `${publicationDay(article, lang)}${article.timezone ? ` ${article.published.slice(11, 16)} ${article.timezone}` : ''}`;
}
