/**
 * What the finder searches of every record — an entity's name, aliases and titles; an event's
 * titles, summaries and dates; a quote's text, gloss and speaker — as three flat columns per kind
 * instead of an object per record: at 100,000 events that is 3 typed arrays rather than 33,000
 * objects, 33,000 arrays and 93,000 strings in the heap. A store keeps the columns as they are;
 * a story loaded whole lays them out from its records, through the same functions (searchTextsOf…).
 * Texts are kept as UTF-16 code units, so every string comes back exactly as it went in (UTF-8
 * would turn a lone surrogate into U+FFFD).
 */
import {unitCut} from './codepoints.js';
import {spanForms} from './dates.js';
import type {Entity, Event, Quote} from './schema.js';
import {Growable} from './growable.js';
import type {TextTableParts} from './text-table-parts.js';

/** The kinds of record the finder searches, in the order its groups are listed when they tie. */
export const SEARCH_KINDS = ['entity', 'event', 'quote'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a searched text can be of its record (the first of each record is its primary text). */
export const SEARCH_FIELDS = ['name', 'alias', 'title', 'summary', 'date', 'text', 'gloss', 'speaker', 'evidence'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * The fuse.js key a field is searched under: 0 for what names a record (an entity's name and
 * titles, an event's titles, a quote's text), weighed twice as much as 1, everything else.
 */
export function keyOfField(field: number): 0 | 1 {
	const name = SEARCH_FIELDS[field];
	return name === 'name' || name === 'title' || name === 'text' ? 0 : 1;
}

/** One text the finder searches, and what it is. */
export interface SearchedText {
	readonly field: SearchField;
	readonly text: string;
}

/**
 * The most UTF-16 units of one text the finder searches. A dataset may hold a summary or a
 * quotation of a megabyte; fuse.js, asked where a query matched in one, spreads every place into
 * a call and overflows the stack (about 120,000 places: "Kata " 200,000 times crashed a search).
 * A name, a title or a real summary is far shorter; past this, the start of the text is searched.
 */
export const LONGEST_SEARCHED = 10_000;

/** A text as the finder searches it: whole, or its first LONGEST_SEARCHED units (never half a surrogate pair). */
function searched(field: SearchField, text: string): SearchedText {
	if (text.length <= LONGEST_SEARCHED) return {field, text};
	return {field, text: text.slice(0, unitCut(text, LONGEST_SEARCHED))};
}

/** An entity's searched texts: its name, then its aliases and the titles or roles the article gives it. */
export function searchTextsOfEntity(entity: Pick<Entity, 'name' | 'aliases'> & {readonly titles?: Entity['titles']}): SearchedText[] {
	return [
		searched('name', entity.name),
		...(entity.titles ?? []).flatMap((title) => Object.values(title).map((text) => searched('title', text))),
		...entity.aliases.map((text) => searched('alias', text)),
	];
}

/**
 * The passages of an event that several sources report, as each prints them: its title and
 * summary are one source's words (or the curator's), and a fact-checker looks for another outlet's
 * figure or date as that outlet printed it ("Rp1,12 triliun", "Jumat (21/3/2025)"). An event of
 * one source is found by its title and summary alone, so a large single-article archive's search
 * table holds no second copy of its sentences.
 */
function severalSourcesEvidence(event: Pick<Event, 'evidence'>): SearchedText[] {
	const first = event.evidence[0]?.article;
	if (!event.evidence.some((anchor) => anchor.article !== first)) return [];
	return event.evidence.map((anchor) => searched('evidence', anchor.exact));
}

/** An event's searched texts: its titles (the first language first), its summaries, the passages of several sources, its dates as written and as shown. */
export function searchTextsOfEvent(event: Pick<Event, 'title' | 'summary' | 'start' | 'end' | 'evidence'>): SearchedText[] {
	return [
		...Object.values(event.title).map((text) => searched('title', text)),
		...Object.values(event.summary).map((text) => searched('summary', text)),
		...severalSourcesEvidence(event),
		// The date as written, as shown in each language, and with its months in full as a reporter types
		// it ("25 Maret 2025"), each once where they are alike ("25 Mar 2025").
		...spanForms(event.start, event.end).map(
			(text): SearchedText => ({field: 'date', text}),
		),
	];
}

/** A quote's searched texts: the quotation, its glosses, who said it. */
export function searchTextsOfQuote(quote: Pick<Quote, 'text' | 'gloss'>, speaker: string): SearchedText[] {
	return [...quoteOwnSearchTexts(quote), speakerSearchText(speaker)];
}

/** A quote's searched texts but its speaker's name, which comes last (a store build adds it where the entities' names are). */
export function quoteOwnSearchTexts(quote: Pick<Quote, 'text' | 'gloss'>): SearchedText[] {
	return [searched('text', quote.text), ...Object.values(quote.gloss).map((text) => searched('gloss', text))];
}

/** The searched text that names a quote's speaker. */
export function speakerSearchText(speaker: string): SearchedText {
	return searched('speaker', speaker);
}

/** What the finder searches of an entity, and what its rows show. */
export type SearchableEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'> & {readonly titles?: Entity['titles']};

/** Every entity's name and aliases, in dataset order, as columns of text. */
export interface SearchColumns {
	/** The code units of every text, back to back: each entity's name, then its aliases. */
	readonly units: Uint16Array;
	/** Text t is units[textStart[t] .. textStart[t + 1]). */
	readonly textStart: Int32Array;
	/** What each text is of its record: an index into SEARCH_FIELDS. */
	readonly fields: Uint8Array;
	/** Record e's texts are entityStart[e] (its primary text: an entity's name) .. entityStart[e + 1] (the others between). */
	readonly entityStart: Int32Array;
	/** The finder's table of these texts, when a store has kept it built (else it is built from them). */
	readonly table?: TextTableParts;
	/** Text t read on its own (a store reads it from its file, without the units of every text). */
	readonly text?: (t: number) => string;
	/** Texts from .. to − 1 read together (a store reads their units at once): text t of them as a string. */
	readonly textsBetween?: (from: number, to: number) => (t: number) => string;
}

/** The columns, and the entity a result shows (made when asked for, not kept). */
export interface SearchEntries<E = SearchableEntity> extends SearchColumns {
	entityAt(index: number): E;
}

/** Columns filled entity by entity, as a store build or a loaded story reads them. */
export class SearchColumnsBuilder {
	private readonly units = new Growable(Uint16Array, 64 * 1024);
	private readonly textStart = new Growable(Int32Array);
	private readonly fields = new Growable(Uint8Array);
	private readonly entityStart = new Growable(Int32Array);

	constructor() {
		this.textStart.push(0);
		this.entityStart.push(0);
	}

	/** The next record's texts, its primary text first. */
	append(texts: readonly SearchedText[]): void {
		for (const {field, text} of texts) {
			for (let i = 0; i < text.length; i++) this.units.push(text.charCodeAt(i));
			this.textStart.push(this.units.length);
			this.fields.push(SEARCH_FIELDS.indexOf(field));
		}
		this.entityStart.push(this.textStart.length - 1);
	}

	/** The columns so far (views: valid until the next append). */
	columns(): SearchColumns {
		return {units: this.units.view(), textStart: this.textStart.view(), fields: this.fields.view(), entityStart: this.entityStart.view()};
	}
}

/** Lay out records' texts (record by record, in order) as columns. */
export function searchColumns<R>(records: readonly R[], textsOf: (record: R) => readonly SearchedText[]): SearchColumns {
	const builder = new SearchColumnsBuilder();
	for (const record of records) builder.append(textsOf(record));
	return builder.columns();
}

/** The search entries of entities held in an array (each result is the entity itself). */
export function searchEntriesOf<E extends SearchableEntity>(entities: readonly E[]): SearchEntries<E> {
	return {...searchColumns(entities, searchTextsOfEntity), entityAt: (index) => entities[index]!};
}

/** Text t as a string. */
export function textAt(columns: SearchColumns, t: number): string {
	if (columns.text) return columns.text(t);
	const {units, textStart} = columns;
	// Node's UTF-16 decoder copies code units as they are, lone surrogates included.
	return Buffer.from(units.buffer, units.byteOffset + textStart[t]! * 2, (textStart[t + 1]! - textStart[t]!) * 2).toString('utf16le');
}

/** Texts from .. to − 1, read together where the columns can (a store's): text t of them as a string. */
export function textsBetween(columns: SearchColumns, from: number, to: number): (t: number) => string {
	return columns.textsBetween ? columns.textsBetween(from, to) : (t) => textAt(columns, t);
}

/** Entity e's name and aliases, as strings. */
export function namesAt(columns: SearchColumns, e: number): {name: string; aliases: string[]} {
	const first = columns.entityStart[e]!;
	const aliases: string[] = [];
	for (let t = first + 1; t < columns.entityStart[e + 1]!; t++) aliases.push(textAt(columns, t));
	return {name: textAt(columns, first), aliases};
}
