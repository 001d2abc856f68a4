/**
 * Spans of the article text as the rules see them (JavaScript string indices, end exclusive), and
 * their conversion to dataset anchors, which count Unicode code points (W3C TextPositionSelector).
 */
import type {Anchor} from '../model/schema.js';

/** A span of the text in UTF-16 code units, end exclusive. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** How many code points of context an anchor carries on each side, as the curated datasets do. */
const CONTEXT = 20;

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Whether `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

/** A span shrunk to exclude white space at both ends. */
export function trimSpan(text: string, span: Span): Span {
	let {start, end} = span;
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return {start, end};
}

/** The same anchor, naming the article it is in (a story's anchors each name theirs). */
export const withArticle = (article: string) => (anchor: Anchor): Anchor => ({...anchor, article});

/** Makes anchors for one text: UTF-16 spans become code-point offsets with prefix and suffix. */
export function anchorMaker(text: string): (span: Span) => Anchor {
	// codePointAt[unit] = the code-point offset of that code unit (one pass, then O(1) per anchor).
	const codePointAt = new Uint32Array(text.length + 1);
	const unitAt: number[] = [];
	let codePoint = 0;
	for (let unit = 0; unit < text.length; ) {
		const width = (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
		unitAt.push(unit);
		for (let k = 0; k < width; k++) codePointAt[unit + k] = codePoint;
		unit += width;
		codePoint++;
	}
	codePointAt[text.length] = codePoint;
	unitAt.push(text.length);
	const unitOf = (offset: number) => unitAt[Math.max(0, Math.min(offset, unitAt.length - 1))] ?? text.length;

	return (span) => {
		const start = codePointAt[span.start] ?? 0;
		const end = codePointAt[span.end] ?? codePoint;
		return {
			start,
			end,
			exact: text.slice(span.start, span.end),
			prefix: text.slice(unitOf(start - CONTEXT), span.start),
			suffix: text.slice(span.end, unitOf(end + CONTEXT)),
		};
	};
}

/** Where `within` prints `form` as whole words (no letter or digit joined to either end). */
export function wholeWordSpans(text: string, within: Span, form: string): Span[] {
	const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return [...text.slice(within.start, within.end).matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((match) => {
		const start = within.start + (match.index ?? 0);
		return {start, end: start + form.length};
	});
}
