/**
 * Searching the article text as `less` does: every place a query occurs, found by reading the
 * text a window at a time (a store's text is never decoded whole). Smart case: a query in lower
 * case matches any case; one with a capital matches exactly. A space matches any space character
 * (the no-break space an article may join words with). Offsets are code points.
 */
import {codePointLength, type CodePointText} from './codepoints.js';
import {plainSpaces} from './search-text.js';

/** A span of the text, in code points (end exclusive). */
export interface TextSpan {
	readonly start: number;
	readonly end: number;
}

const WINDOW = 65_536;

/** The string folded for comparison, one code unit for one (a letter whose lower case is longer stays as it is). */
function fold(written: string, caseSensitive: boolean): string {
	const text = plainSpaces(written);
	if (caseSensitive) return text;
	const lower = text.toLowerCase();
	if (lower.length === text.length) return lower;
	let out = '';
	for (const char of text) {
		const folded = char.toLowerCase();
		out += folded.length === char.length ? folded : char;
	}
	return out;
}

/** A query prepared for matching. */
export interface TextQuery {
	readonly needle: string;
	readonly caseSensitive: boolean;
	/** Its length in code points. */
	readonly length: number;
}

/** Prepare a query (smart case). */
export function textQuery(query: string): TextQuery {
	const caseSensitive = query !== query.toLowerCase();
	return {needle: fold(query, caseSensitive), caseSensitive, length: codePointLength(query)};
}

/** Where the query starts in a string, as code-point offsets from `base`, for starts before `limit` units (all by default). */
function startsIn(haystack: string, query: TextQuery, base: number, limitUnits = Infinity): number[] {
	const folded = fold(haystack, query.caseSensitive);
	const out: number[] = [];
	let unit = 0;
	let point = 0;
	for (let at = folded.indexOf(query.needle); at >= 0 && at < limitUnits; at = folded.indexOf(query.needle, at + 1)) {
		point += codePointLength(haystack.slice(unit, at));
		unit = at;
		out.push(base + point);
	}
	return out;
}

/** Every match starting in [from, to), window by window, in text order; stop early by returning false. */
function eachMatch(text: CodePointText, query: TextQuery, from: number, to: number, visit: (start: number) => boolean | void): void {
	if (query.length === 0) return;
	for (let at = Math.max(0, from); at < Math.min(to, text.length); at += WINDOW) {
		const windowEnd = Math.min(at + WINDOW, to);
		// Read on past the window by the query's length, so a match across the edge is found once.
		const haystack = text.slice(at, windowEnd + query.length - 1);
		const limit = windowEnd - at;
		for (const start of startsIn(haystack, query, at)) {
			if (start - at >= limit) break;
			if (visit(start) === false) return;
		}
	}
}

/** The matches in a piece of text that begins at `base` (for highlighting what is on screen). */
export function matchesIn(haystack: string, base: number, query: TextQuery): TextSpan[] {
	if (query.length === 0) return [];
	return startsIn(haystack, query, base).map((start) => ({start, end: start + query.length}));
}

/**
 * How many matches the text has, and the first at or after `from` with its number (from 1);
 * when none is after `from`, the first of all (`wrapped`).
 */
export function searchFrom(text: CodePointText, query: TextQuery, from: number): {total: number; match: TextSpan | null; ordinal: number; wrapped: boolean} {
	let total = 0;
	let first: {start: number; ordinal: number} | null = null;
	let earliest: number | null = null;
	eachMatch(text, query, 0, text.length, (start) => {
		total++;
		earliest ??= start;
		if (first === null && start >= from) first = {start, ordinal: total};
	});
	const found: {start: number; ordinal: number} | null = first ?? (earliest === null ? null : {start: earliest, ordinal: 1});
	return {total, match: found && {start: found.start, end: found.start + query.length}, ordinal: found?.ordinal ?? 0, wrapped: first === null && found !== null};
}

/** The match after (or before) one, wrapping around the text; null when the query is not in it. */
export function adjacentMatch(text: CodePointText, query: TextQuery, after: TextSpan, direction: 1 | -1): {match: TextSpan; wrapped: boolean} | null {
	const span = (start: number) => ({start, end: start + query.length});
	if (direction === 1) {
		let next: number | undefined;
		eachMatch(text, query, after.start + 1, text.length, (start) => ((next = start), false));
		if (next !== undefined) return {match: span(next), wrapped: false};
		eachMatch(text, query, 0, after.start + 1, (start) => ((next = start), false));
		return next === undefined ? null : {match: span(next), wrapped: true};
	}
	const last = lastMatchBefore(text, query, 0, after.start);
	if (last !== undefined) return {match: span(last), wrapped: false};
	const wrapped = lastMatchBefore(text, query, after.start, text.length);
	return wrapped === undefined ? null : {match: span(wrapped), wrapped: true};
}

/** The last match starting in [from, to), read window by window from the end. */
function lastMatchBefore(text: CodePointText, query: TextQuery, from: number, to: number): number | undefined {
	for (let end = Math.min(to, text.length); end > from; end -= WINDOW) {
		const start = Math.max(from, end - WINDOW);
		let last: number | undefined;
		eachMatch(text, query, start, end, (at) => {
			last = at;
		});
		if (last !== undefined) return last;
	}
	return undefined;
}
