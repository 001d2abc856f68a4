/**
 * JSON Lines for search engines and scripts (`jq`, an OpenSearch or Elasticsearch `_bulk` load):
 * one record a line — the articles, then entities, events (timeline order), quotes and claims — each
 * with a `kind` and the story's key, so the records of several stories can share one index. Events carry
 * `span`, the first and last day their dates can mean, for a `date_range` field. With `bulk`, each
 * record is preceded by the `_bulk` action line that indexes it under a stable `_id`.
 */
import {firstDay, isoDay, lastDay} from '../model/dates.js';
import type {Catalog} from '../model/catalog.js';
import {localizedOrNull} from '../model/localize.js';
import {entityRecord, eventRecord, quoteRecord} from './records.js';
import {jsonLine} from './json.js';
import {storyKey} from './story-key.js';

export type RecordKind = 'article' | 'entity' | 'event' | 'quote' | 'claim';

export interface JsonlOptions {
	/** Precede every record with a `_bulk` action line: `{"index":{"_id":…}}`. */
	readonly bulk?: boolean;
}

/** The `_id` a record is indexed under: unique across stories and kinds. */
export function documentId(story: string, kind: RecordKind, id: string): string {
	return `${story}:${kind}:${id}`;
}

/** The story's records as JSON Lines, a line (or, with `bulk`, an action line and a line) at a time. */
export function* jsonlPieces(catalog: Catalog, lang: string, options: JsonlOptions = {}): Generator<string> {
	const story = storyKey(catalog);
	const line = (kind: RecordKind, id: string, fields: object) =>
		(options.bulk ? jsonLine({index: {_id: documentId(story, kind, id)}}) : '') + jsonLine({kind, id, story, ...fields});
	for (let i = 0; i < catalog.articles.length; i++) {
		const article = catalog.articles.at(i)!;
		const text = catalog.articleText(article.id);
		yield line('article', article.id, {...article, text: text.slice(0, text.length)});
	}
	for (let i = 0; i < catalog.entities.length; i++) {
		const entity = catalog.entities.at(i)!;
		yield line('entity', entity.id, {...entityRecord(catalog, entity, lang), mentions: entity.mentions});
	}
	for (let i = 0; i < catalog.events.length; i++) {
		const event = catalog.events.at(i)!;
		const span = {gte: isoDay(firstDay(event.start)), lte: isoDay(lastDay(event.end ?? event.start))};
		yield line('event', event.id, {...eventRecord(catalog, event, lang), span, dateEvidence: event.dateEvidence ?? null});
	}
	for (let i = 0; i < catalog.quotes.length; i++) {
		const quote = catalog.quotes.at(i)!;
		yield line('quote', quote.id, {...quoteRecord(catalog, quote, lang), evidence: quote.evidence, attribution: quote.attribution ?? null});
	}
	for (let i = 0; i < catalog.claims.length; i++) {
		const {id, note, ...claim} = catalog.claims.at(i)!;
		// `value` is a number or a date; an index field has one type, so each also has its own field.
		const typed = typeof claim.value === 'number' ? {number: claim.value, date: null} : {number: null, date: claim.value};
		yield line('claim', id, {...claim, ...typed, note: localizedOrNull(note, lang, catalog.article.language)});
	}
}
