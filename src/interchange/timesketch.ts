/**
 * JSON Lines that Timesketch imports as a timeline: every line has its three mandatory fields —
 * `message`, `datetime` (ISO 8601) and `timestamp_desc` — and `timestamp` in microseconds, with
 * linimasa's ids, entities and evidence as extra fields (Timesketch keeps any other field).
 *
 * Dates known to the month or the year stand at their first day, 00:00 UTC, and `timestamp_desc`
 * says so ("Event month, shown at its first day"); `date_start`, `date_end` and `date_precision`
 * keep the dates as written. Timesketch needs a full date-time, and left to itself it would fill
 * the missing parts from the day of the import (dateutil's default) in the server's zone; the
 * first day keeps linimasa's order, and UTC midnight shows the written calendar day in
 * Timesketch's UTC view. `timestamp` is written too, so nothing is parsed on the server.
 */
import {firstDay, isoDay, lastDay} from '../model/dates.js';
import {localized, localizedOrNull} from '../model/localize.js';
import {entityName, outletOf, sourcesOfEvent, sourcesOfQuote, speakerName, type ArticleInfo, type Catalog} from '../model/catalog.js';
import {saidWhen} from '../model/occasion.js';
import type {Event, Precision, Quote} from '../model/schema.js';
import {articleOf} from '../model/sources.js';
import {entityIdsOfEvent} from '../model/story.js';
import {jsonLine} from './json.js';
import {disagreementPhrases} from './phrases.js';
import {storyKey} from './story-key.js';

const MICROSECONDS_PER_DAY = 86_400_000_000;

/** The `datetime`, `timestamp` and `timestamp_desc` of a moment. */
interface Moment {
	readonly datetime: string;
	readonly timestamp: number;
	readonly timestamp_desc: string;
}

/** A partial date's first day at 00:00 UTC, described as what it is (an "Event", a "Quoted event"). */
function dayMoment(date: string, precision: Precision, what: string): Moment {
	const day = firstDay(date);
	return {
		datetime: `${isoDay(day)}T00:00:00+00:00`,
		timestamp: day * MICROSECONDS_PER_DAY,
		timestamp_desc: precision === 'day' ? `${what} date` : `${what} ${precision}, shown at its first day`,
	};
}

/** An article's publication time in UTC. */
function publishedMoment(article: ArticleInfo, description: string): Moment {
	const ms = Date.parse(article.published);
	return {datetime: new Date(ms).toISOString().replace(/(\.000)?Z$/, '+00:00'), timestamp: ms * 1000, timestamp_desc: description};
}

function eventLine(catalog: Catalog, event: Event, lang: string, base: object): string {
	const fallback = catalog.article.language;
	const entities = entityIdsOfEvent(event);
	const quotes = catalog.quotesAt(event.id);
	const sources = sourcesOfEvent(catalog, event);
	const quoteIds: string[] = [];
	const quoteTexts: string[] = [];
	for (let i = 0; i < quotes.length; i++) {
		const quote = quotes.at(i)!;
		quoteIds.push(quote.id);
		quoteTexts.push(`“${quote.text}” — ${speakerName(catalog, quote)}`);
	}
	return jsonLine({
		message: localized(event.title, lang, fallback),
		...dayMoment(event.start, event.precision, 'Event'),
		...base,
		data_type: 'linimasa:event',
		event_id: event.id,
		summary: localized(event.summary, lang, fallback),
		date_start: event.start,
		date_end: event.end ?? null,
		date_last_day: isoDay(lastDay(event.end ?? event.start)),
		date_precision: event.precision,
		date_certainty: event.certainty,
		date_note: localizedOrNull(event.dateNote, lang, fallback),
		place: event.place ?? null,
		place_name: entityName(catalog, event.place) ?? null,
		entities,
		entity_names: entities.map((id) => entityName(catalog, id) ?? id),
		quote_ids: quoteIds,
		quotes: quoteTexts,
		article_ids: sources.map((source) => source.article),
		outlets: sources.map((source) => outletOf(catalog, source.article)),
		disagreements: disagreementPhrases(catalog, event, lang),
		evidence: sources.flatMap((source) => source.evidence),
		evidence_text: sources.flatMap((source) => source.evidence.map((anchor) => anchor.exact)),
	});
}

/**
 * A quote stands when it was said: at its occasion's first day, or (with no occasion that can date
 * it) when the article that printed it first came out.
 */
function quoteLine(catalog: Catalog, quote: Quote, lang: string, base: object): string {
	const said = saidWhen(catalog, quote);
	const printed = catalog.articleById(articleOf(quote.evidence, catalog.article.id)) ?? catalog.article;
	const moment = said.event ? dayMoment(said.event.start, said.event.precision, 'Quote said') : publishedMoment(printed, 'Quote printed (no occasion dates it)');
	const sources = sourcesOfQuote(catalog, quote);
	return jsonLine({
		message: `“${quote.text}” — ${speakerName(catalog, quote)}`,
		...moment,
		...base,
		data_type: 'linimasa:quote',
		quote_id: quote.id,
		event_id: quote.event,
		about: quote.about,
		speaker: quote.speaker,
		speaker_name: speakerName(catalog, quote),
		// How the day it was said is known, as an event's line says it of its date.
		date_certainty: said.certainty,
		gloss: localized(quote.gloss, lang, catalog.article.language),
		article_ids: sources.map((source) => source.article),
		evidence: sources.map((source) => source.evidence),
		evidence_text: sources.map((source) => source.evidence.exact),
	});
}

/** The story as a Timesketch timeline: each article's publication, every event, every quote; a line at a time. */
export function* timesketchPieces(catalog: Catalog, lang: string): Generator<string> {
	const base = {story: storyKey(catalog)};
	for (let i = 0; i < catalog.articles.length; i++) {
		const article = catalog.articles.at(i)!;
		yield jsonLine({
			message: `${article.outlet}: ${article.title}`,
			...publishedMoment(article, 'Article published'),
			...base,
			data_type: 'linimasa:article',
			article_id: article.id,
			outlet: article.outlet,
			article_title: article.title,
			url: article.url ?? null,
			authors: article.authors,
			language: article.language,
		});
	}
	for (let i = 0; i < catalog.events.length; i++) yield eventLine(catalog, catalog.events.at(i)!, lang, base);
	for (let i = 0; i < catalog.quotesInTimelineOrder.length; i++) yield quoteLine(catalog, catalog.quotesInTimelineOrder.at(i)!, lang, base);
}
