/**
 * The exports' own words (section headings, credits, the notes they add) in the language of the
 * texts they frame, so a brief or a calendar in Indonesian reads Indonesian throughout. One table
 * per language, chosen as the explorer chooses its own (src/state/strings): Indonesian for "id",
 * English for any other; where both say the same thing, the Indonesian words are the explorer's.
 * Field names of machine formats (JSON keys, Timesketch's timestamp_desc) are not words here.
 */
import type {CitationWords} from '../model/citation.js';
import {formatNumber} from '../model/count.js';
import {primaryLanguage} from '../model/localize.js';

export interface ExportWords {
	/** The Markdown brief's section headings. */
	readonly headings: {readonly timeline: string; readonly people: string; readonly organizations: string; readonly places: string; readonly quotes: string};
	/** The byline's authors: "by Eko S". */
	readonly by: (authors: string) => string;
	/** How many sources a story has: "3 sources". */
	readonly sourceCount: (count: number) => string;
	/** Before the one article of a story of one source: "Source". */
	readonly source: string;
	/** Before the articles that report an event: "Sources". */
	readonly sources: string;
	/** Before what the sources disagree on, in two parts so a format can stress the first: "Sources disagree" "on". */
	readonly disagree: {readonly who: string; readonly on: string};
	/** An inferred date the dataset gives no note for. */
	readonly dateInferred: string;
	/** The word before a dataset's note on how a date was inferred, when the note does not open with it ("Inferred: …"). */
	readonly inferred: string;
	/** What a quote's attribution says of a day said that is inferred ("25 Mar 2025 [date inferred]"). */
	readonly citation: CitationWords;
	/** The claims' measure "date" as a reader reads it (the dataset's other measures are its own words). */
	readonly dateMeasure: string;
}

const EN: ExportWords = {
	headings: {timeline: 'Timeline', people: 'People', organizations: 'Organizations', places: 'Places', quotes: 'Quotes'},
	by: (authors) => `by ${authors}`,
	sourceCount: (count) => `${formatNumber(count, 'en')} ${count === 1 ? 'source' : 'sources'}`,
	source: 'Source',
	sources: 'Sources',
	disagree: {who: 'Sources disagree', on: 'on'},
	dateInferred: 'Date inferred from context.',
	inferred: 'Inferred',
	citation: {dateInferred: 'date inferred'},
	dateMeasure: 'date',
};

const ID: ExportWords = {
	headings: {timeline: 'Linimasa', people: 'Orang', organizations: 'Organisasi', places: 'Tempat', quotes: 'Kutipan'},
	by: (authors) => `oleh ${authors}`,
	sourceCount: (count) => `${formatNumber(count, 'id')} sumber`,
	source: 'Sumber',
	sources: 'Sumber',
	disagree: {who: 'Sumber berbeda', on: 'soal'},
	dateInferred: 'Tanggal disimpulkan dari konteks.',
	inferred: 'Disimpulkan',
	citation: {dateInferred: 'tanggal disimpulkan'},
	dateMeasure: 'tanggal',
};

/** The exports' words for a language tag ("id", "id-ID", "en"): English for a language it has no words in. */
export function exportWords(lang: string): ExportWords {
	return primaryLanguage(lang) === 'id' ? ID : EN;
}
