/** What every date rule reports: a span of words and the calendar dates they give. */
import type {Certainty, Precision} from '../model/schema.js';
import type {Span} from './spans.js';

export interface FoundDate {
	/** The words that give the date. */
	readonly span: Span;
	/** YYYY, YYYY-MM or YYYY-MM-DD at `precision`. */
	readonly start: string;
	/** The last day, month or year of a range. */
	readonly end?: string;
	readonly precision: Precision;
	readonly certainty: Certainty;
	/** How an inferred date was read, in Indonesian like the curated datasets. */
	readonly note?: string;
	/** Read through a cue or a preposition that places what happened against the date ("hingga X", "sebelum X", "mulai X", "pada X"), or a count from it ("dua hari lagi"). */
	readonly cued?: true;
}

/** What the date rules know of the article: the day it speaks from, and how to say so. */
export interface DateContext {
	/** The day "hari ini" means (see Dateline.reportingDay), or the day a sentence says it was told. */
	readonly reportingDay: string;
	/** "dalam berita yang terbit Senin, 14 April 2025", for the notes of inferred dates. */
	readonly basis: string;
}

/** The span of a regex match found in a slice that starts at `offset`. */
export function matchSpan(match: RegExpMatchArray, offset: number, group?: number): Span {
	const start = offset + (match.index ?? 0);
	if (group === undefined) return {start, end: start + match[0].length};
	const inner = match[0].indexOf(match[group] ?? '');
	return {start: start + inner, end: start + inner + (match[group] ?? '').length};
}
