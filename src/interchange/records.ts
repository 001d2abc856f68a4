/**
 * The flat JSON records the command line's listings print (and anything else that hands records to
 * another program): one language picked out of every localized text, relations as id lists.
 */
import {localized, localizedOrNull} from '../model/localize.js';
import type {Anchor, Certainty, EntityType, Precision} from '../model/schema.js';
import {idsOf, type Catalog} from '../model/catalog.js';
import type {Entity, Event, Quote} from '../model/schema.js';
import {entityIdsOfEvent} from '../model/story.js';
import {saidWhen} from '../model/occasion.js';

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
	/** When it was said: its occasion's dates, else the article's publication day. */
	readonly said: {readonly start: string; readonly end: string | null};
	/** The events it speaks about, besides its occasion. */
	readonly about: readonly string[];
	readonly gloss: string;
}


/** An event as a flat record, its texts in `lang` (falling back to the article's language). */
export function eventRecord(story: Catalog, event: Event, lang: string): EventRecord {
	const fallback = story.article.language;
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
	};
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
	const said = saidWhen(story, quote);
	return {
		id: quote.id,
		text: quote.text,
		speaker: quote.speaker,
		event: quote.event,
		said: {start: said.start, end: said.end},
		about: quote.about,
		gloss: localized(quote.gloss, lang, story.article.language),
	};
}
