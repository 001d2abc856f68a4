/**
 * The flat JSON records the command line's listings print (and anything else that hands records to
 * another program): one language picked out of every localized text, relations as id lists.
 */
import {localized, localizedOrNull} from '../model/localize.js';
import type {Anchor, Certainty, EntityType, Precision} from '../model/schema.js';
import {entityName, idsOf, sourcesOfEvent, sourcesOfQuote, type ArticleInfo, type Catalog} from '../model/catalog.js';
import type {ClaimGroup} from '../model/claims.js';
import type {QuoteWording} from '../model/sources.js';
import type {ClaimSubject} from '../model/schema.js';
import type {Entity, Event, Quote} from '../model/schema.js';
import {entityIdsOfEvent} from '../model/story.js';
import {saidDates} from '../model/occasion.js';
import {DATE_MEASURE} from '../model/schema-names.js';
import {dateAccounts, toldBy, toldDate} from '../model/told-dates.js';

export interface EventRecord {
	readonly id: string;
	readonly title: string;
	readonly summary: string;
	/** ISO 8601 at the event's precision: "2025-03-25", "2025-03", "2030". */
	readonly start: string;
	/** The last day, month or year of a range; null for a point. */
	readonly end: string | null;
	readonly precision: Precision;
	readonly certainty: Certainty;
	/** How an inferred date was read, if the dataset says. */
	readonly dateNote: string | null;
	readonly place: string | null;
	/** Ids of the participants, then the place. */
	readonly entities: readonly string[];
	readonly participants: readonly {readonly entity: string; readonly role: string | null}[];
	readonly quotes: readonly string[];
	readonly evidence: readonly Anchor[];
	/**
	 * Each article that reports the event: its evidence, its words for the date, and the date they
	 * give (its date claim's value, or `start` for the article of the event's own date evidence; null if neither).
	 */
	readonly sources: readonly {readonly article: string; readonly evidence: readonly Anchor[]; readonly dateEvidence: readonly Anchor[]; readonly date: string | null}[];
	/** The articles whose words give `start` (by a date claim or the event's date evidence); empty for a date only inferred. */
	readonly datedBy: readonly string[];
	/** The measures its sources disagree on ("date", "rumah rusak"), if any. */
	readonly disagreements: readonly string[];
}

export interface EntityRecord {
	readonly id: string;
	readonly name: string;
	readonly type: EntityType;
	readonly aliases: readonly string[];
	readonly titles: readonly string[];
	readonly description: string;
	readonly events: readonly string[];
	readonly quotes: readonly string[];
}

export interface QuoteRecord {
	readonly id: string;
	/** Verbatim, without the surrounding quotation marks. */
	readonly text: string;
	readonly speaker: string;
	/** The event at which it was said, or null. */
	readonly event: string | null;
	/**
	 * When it was said: its occasion's dates, else the article's publication day; and how that is
	 * known, as an event's `certainty` (inferred from an occasion of inferred date, or from the
	 * publication day).
	 */
	readonly said: {readonly start: string; readonly end: string | null; readonly certainty: Certainty};
	/** The events it speaks about, besides its occasion. */
	readonly about: readonly string[];
	readonly gloss: string;
	/** Each article that prints it, in its own words: the same words, a shorter run of them ("part"). */
	readonly sources: readonly {readonly article: string; readonly exact: string; readonly attribution: string | null; readonly wording: QuoteWording}[];
}

export interface SourceRecord {
	readonly id: string;
	readonly outlet: string;
	readonly title: string;
	/** The publication date-time with its offset, as the dataset gives it. */
	readonly published: string;
	readonly url: string | null;
	readonly language: string;
	readonly authors: readonly string[];
	/** Its editors as the byline credits them ("Editor:", "Tim Redaksi:"). */
	readonly editors: readonly string[];
	/** Ids of the events the article reports, in timeline order. */
	readonly events: readonly string[];
	/** How many claim groups it disagrees with another source on. */
	readonly disagreements: number;
}

/** A claim group as a flat record: the subject, the measure and each value with its sources' words. */
export interface ClaimGroupRecord {
	readonly subject: {readonly event: string} | {readonly entity: string};
	/** The subject's title (an event's, in `lang`) or name. */
	readonly subjectName: string;
	readonly measure: string;
	readonly agree: boolean;
	readonly values: readonly {
		readonly value: number | string;
		readonly unit: string | null;
		readonly sources: readonly {readonly article: string; readonly claim: string; readonly exact: string}[];
		/** For a date claim about an event: whether the timeline dates the event by this value (its `start`, stated). */
		readonly onTimeline: boolean;
	}[];
}


/** An event as a flat record, its texts in `lang` (falling back to the article's language). */
export function eventRecord(story: Catalog, event: Event, lang: string): EventRecord {
	const fallback = story.article.language;
	const dating = dateAccounts(story.claimComparison(), event, story.article.id);
	return {
		id: event.id,
		title: localized(event.title, lang, fallback),
		summary: localized(event.summary, lang, fallback),
		start: event.start,
		end: event.end ?? null,
		precision: event.precision,
		certainty: event.certainty,
		dateNote: localizedOrNull(event.dateNote, lang, fallback),
		place: event.place ?? null,
		entities: entityIdsOfEvent(event),
		participants: event.participants.map((participant) => ({
			entity: participant.entity,
			role: localizedOrNull(participant.role, lang, fallback),
		})),
		quotes: idsOf(story.quotesAt(event.id)),
		evidence: event.evidence,
		sources: sourcesOfEvent(story, event).map(({article, evidence, dateEvidence}) => ({article, evidence, dateEvidence, date: toldDate(dating.accounts, article) ?? null})),
		datedBy: event.certainty === 'stated' ? toldBy(dating.accounts, event.start) : [],
		disagreements: story.claimComparison().about({event: event.id}).filter((group) => !group.agree).map((group) => group.measure),
	};
}

/** An article of the story as a flat record, with the events it reports. */
export function sourceRecord(story: Catalog, article: ArticleInfo): SourceRecord {
	return {
		id: article.id,
		outlet: article.outlet,
		title: article.title,
		published: article.published,
		url: article.url ?? null,
		language: article.language,
		authors: article.authors,
		editors: article.editors,
		events: idsOf(story.eventsFrom(article.id)),
		disagreements: story.claimComparison().disputesOf(article.id),
	};
}

/** The date the timeline gives a date claim's event when it is stated (and so some source's), else undefined. */
function timelineDateOf(story: Catalog, group: ClaimGroup): string | undefined {
	if (group.measure !== DATE_MEASURE || group.subject.event === undefined) return undefined;
	const event = story.eventById(group.subject.event);
	return event?.certainty === 'stated' ? event.start : undefined;
}

/** A claim group as a flat record, its subject named in `lang`. */
export function claimGroupRecord(story: Catalog, group: ClaimGroup, lang: string): ClaimGroupRecord {
	const timelineDate = timelineDateOf(story, group);
	return {
		subject: group.subject.event !== undefined ? {event: group.subject.event} : {entity: group.subject.entity ?? ''},
		subjectName: subjectName(story, group.subject, lang),
		measure: group.measure,
		agree: group.agree,
		values: group.values.map((value) => ({
			value: value.value,
			unit: value.unit ?? null,
			sources: value.sources.map((source) => ({article: source.article, claim: source.claim, exact: source.evidence.exact})),
			onTimeline: timelineDate !== undefined && value.value === timelineDate,
		})),
	};
}

/** What a claim is about, for people: an event's title or an entity's name (its id when it does not resolve). */
export function subjectName(story: Catalog, subject: ClaimSubject, lang: string): string {
	if (subject.event !== undefined) {
		const event = story.eventById(subject.event);
		return event ? localized(event.title, lang, story.article.language) : subject.event;
	}
	return entityName(story, subject.entity) ?? subject.entity ?? '';
}

/** An entity as a flat record, with the ids of its events and quotes. */
export function entityRecord(story: Catalog, entity: Entity, lang: string): EntityRecord {
	const fallback = story.article.language;
	return {
		id: entity.id,
		name: entity.name,
		type: entity.type,
		aliases: entity.aliases,
		titles: entity.titles.map((title) => localized(title, lang, fallback)),
		description: localized(entity.description, lang, fallback),
		events: idsOf(story.eventsOf(entity.id)),
		quotes: idsOf(story.quotesOf(entity.id)),
	};
}

/** A quote as a flat record, its gloss in `lang` when the dataset has it. */
export function quoteRecord(story: Catalog, quote: Quote, lang: string): QuoteRecord {
	const said = saidDates(story, quote);
	return {
		id: quote.id,
		text: quote.text,
		speaker: quote.speaker,
		event: quote.event,
		said: {start: said.start, end: said.end, certainty: said.certainty},
		about: quote.about,
		gloss: localized(quote.gloss, lang, story.article.language),
		sources: sourcesOfQuote(story, quote).map((source) => ({article: source.article, exact: source.evidence.exact, attribution: source.attribution?.exact ?? null, wording: source.wording})),
	};
}
