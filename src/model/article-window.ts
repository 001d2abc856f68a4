/**
 * The article text wrapped to a width, a window at a time. A story's text can be tens of
 * megabytes kept in its store, so the reader never wraps (or holds) all of it: it wraps forward
 * from a line start, and finds the lines before one by wrapping its paragraph from the start.
 * Greedy wrapping is the same from any line start on, so every window agrees with every other.
 * Positions are code-point offsets into the text, as anchors count them.
 */
import {codePointLength, type CodePointText} from './codepoints.js';
import {maskBlock} from './sanitize.js';
import {widthOf} from '../text/fit.js';

/** One wrapped line: the text from `start` to `end` (its trailing spaces left out), the next line from `next`. */
export interface TextLine {
	readonly start: number;
	readonly end: number;
	readonly next: number;
	/** The line's code points as the screen may show them (see maskBlock: U+0000 draws as nothing). */
	readonly text: string;
}

/** How far back to look for the start of a paragraph; a longer paragraph wraps from this far back. */
export const PARAGRAPH_REACH = 32_768;
const CHUNK = 4096;

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

interface Token {
	readonly kind: 'word' | 'space' | 'newline';
	/** Code points from the start of the wrapped string. */
	readonly start: number;
	readonly end: number;
	/** UTF-16 units from the start of the wrapped string. */
	readonly from: number;
	readonly to: number;
}

function* tokens(text: string): Generator<Token> {
	let point = 0;
	for (const match of text.matchAll(/\n| +|[^ \n]+/g)) {
		const raw = match[0];
		const points = codePointLength(raw);
		const kind = raw === '\n' ? 'newline' : raw[0] === ' ' ? 'space' : 'word';
		yield {kind, start: point, end: point + points, from: match.index, to: match.index + raw.length};
		point += points;
	}
}

const visibleWidth = (text: string) => widthOf(text.includes('\0') ? text.replaceAll('\0', '') : text);

/**
 * Wrap a string (already masked) to `width` columns, greedily, at spaces; a word wider than the
 * line is broken between graphemes. Offsets are reported from `base`. When the string is not the
 * end of the text (`complete` false), its last line may go on past it and is left out.
 */
export function wrapString(text: string, width: number, base = 0, complete = true): TextLine[] {
	const columns = Math.max(1, Math.floor(width));
	const lines: TextLine[] = [];
	// The line being filled (code points and units from the string's start, and its width), and
	// the spaces after its last word, which count only once another word joins it.
	const open: {line: OpenLine | null; gap: number} = {line: null, gap: 0};
	const emit = (next: number) => {
		const {line} = open;
		if (!line) return;
		lines.push({start: base + line.start, end: base + line.end, next: base + next, text: text.slice(line.from, line.to)});
		open.line = null;
		open.gap = 0;
	};
	const extend = (points: number, units: number, columnsTaken: number) => {
		const line = open.line!;
		line.end += points;
		line.to += units;
		line.width += columnsTaken;
	};
	const place = (token: Token, tokenWidth: number) => {
		if (tokenWidth <= columns) {
			open.line = {start: token.start, end: token.end, from: token.from, to: token.to, width: tokenWidth};
			return;
		}
		// A word wider than the line: as many graphemes as fit on each line.
		let point = token.start;
		let unit = token.from;
		for (const {segment} of graphemes.segment(text.slice(token.from, token.to))) {
			const segmentWidth = visibleWidth(segment);
			const points = codePointLength(segment);
			if (open.line && open.line.width + segmentWidth > columns) emit(point);
			if (open.line) extend(points, segment.length, segmentWidth);
			else open.line = {start: point, end: point + points, from: unit, to: unit + segment.length, width: segmentWidth};
			point += points;
			unit += segment.length;
		}
	};
	for (const token of tokens(text)) {
		if (token.kind === 'newline') {
			if (open.line) emit(token.end);
			else lines.push({start: base + token.start, end: base + token.start, next: base + token.end, text: ''});
		} else if (token.kind === 'space') {
			// Spaces at the start of a line are not shown.
			if (open.line) open.gap = visibleWidth(text.slice(token.from, token.to));
		} else {
			const tokenWidth = visibleWidth(text.slice(token.from, token.to));
			const {line, gap} = open;
			if (line && line.width + gap + tokenWidth <= columns) {
				extend(token.end - line.end, token.to - line.to, gap + tokenWidth);
				open.gap = 0;
			} else {
				if (line) emit(token.start);
				place(token, tokenWidth);
			}
		}
	}
	if (complete) emit(codePointLength(text));
	return lines;
}

interface OpenLine {
	start: number;
	end: number;
	from: number;
	to: number;
	width: number;
}

/** Up to `count` lines from `from`, a line start (0, or a `start` or `next` of a line). */
export function linesFrom(text: CodePointText, width: number, from: number, count: number, readHint?: number): TextLine[] {
	const lines: TextLine[] = [];
	let at = Math.max(0, from);
	// Enough for `count` lines of text in one read, as a rule (a short read only means another one).
	let size = readHint ?? Math.max(CHUNK, count * Math.max(1, width) * 2);
	while (lines.length < count && at < text.length) {
		const end = Math.min(text.length, at + size);
		const complete = end >= text.length;
		const wrapped = wrapString(maskBlock(text.slice(at, end)), width, at, complete);
		if (wrapped.length === 0) {
			if (complete) break;
			// One word (or run of spaces) longer than the window: read more at once.
			size *= 2;
			continue;
		}
		for (const line of wrapped) {
			if (lines.length === count) break;
			lines.push(line);
		}
		at = lines.at(-1)!.next;
	}
	return lines;
}

/**
 * Where the paragraph holding code point `offset` starts: after the last line feed before it.
 * A paragraph longer than PARAGRAPH_REACH is taken to start that far back.
 */
export function paragraphStart(text: CodePointText, offset: number): number {
	const limit = Math.max(0, offset - PARAGRAPH_REACH);
	let end = Math.max(0, Math.min(offset, text.length));
	// Most paragraphs are short: look back a little first, then further each time.
	for (let size = 1024; end > limit; size = Math.min(size * 2, CHUNK * 4)) {
		const start = Math.max(limit, end - size);
		const chunk = text.slice(start, end);
		const feed = chunk.lastIndexOf('\n');
		if (feed >= 0) return start + codePointLength(chunk.slice(0, feed)) + 1;
		end = start;
	}
	return limit;
}

/** The lines that start before `until`, from the line start `from`. */
function linesBefore(text: CodePointText, width: number, from: number, until: number): TextLine[] {
	const out: TextLine[] = [];
	let at = from;
	while (at < until) {
		const batch = linesFrom(text, width, at, 64, Math.min(CHUNK * 4, until - at + 4 * Math.max(1, width) + 16));
		if (batch.length === 0) break;
		for (const line of batch) {
			if (line.start >= until) return out;
			out.push(line);
		}
		at = batch.at(-1)!.next;
	}
	return out;
}

/** The start of the line that shows code point `offset`. */
export function lineStartAt(text: CodePointText, width: number, offset: number): number {
	const target = Math.max(0, Math.min(offset, text.length));
	const lines = linesBefore(text, width, paragraphStart(text, target), target + 1);
	return lines.at(-1)?.start ?? paragraphStart(text, target);
}

/** The starts of the (up to) `count` lines just before the line start `offset`, in text order. */
export function lineStartsBefore(text: CodePointText, width: number, offset: number, count: number): number[] {
	let starts: number[] = [];
	let at = Math.min(offset, text.length);
	while (starts.length < count && at > 0) {
		const from = paragraphStart(text, at - 1);
		const before = linesBefore(text, width, from, at).map((line) => line.start);
		starts = [...before, ...starts];
		at = from;
	}
	return starts.slice(Math.max(0, starts.length - count));
}

/** The last top that still fills the page: the start of the `rows`-th line from the end. */
export function lastTop(text: CodePointText, width: number, rows: number): number {
	return lineStartsBefore(text, width, text.length, Math.max(1, rows))[0] ?? 0;
}

/** The top `delta` lines below (or above, when negative) the line start `top`, kept within the text. */
export function scrollTop(text: CodePointText, width: number, rows: number, top: number, delta: number): number {
	if (delta < 0) return lineStartsBefore(text, width, top, -delta)[0] ?? top;
	if (delta === 0) return top;
	const below = linesFrom(text, width, top, delta + 1);
	const target = below[delta]?.start ?? below.at(-1)?.start ?? top;
	return Math.max(top, Math.min(target, lastTop(text, width, rows)));
}

/** Whether the page of `rows` lines from `top` shows the text at `offset`. */
export function pageShows(text: CodePointText, width: number, rows: number, top: number, offset: number): boolean {
	const page = linesFrom(text, width, top, rows);
	const last = page.at(-1);
	return last !== undefined && offset >= page[0]!.start && (offset < last.next || last.next >= text.length);
}

/**
 * The top that shows code point `offset`: `top` itself when the offset is on its page already,
 * else the offset's line a third of the way down the page (so what leads up to it shows too).
 */
export function topShowing(text: CodePointText, width: number, rows: number, top: number, offset: number): number {
	// A page that ends before the terminal does (after a resize, say) moves up to fill it.
	if (pageShows(text, width, rows, top, offset)) return Math.min(top, lastTop(text, width, rows));
	const line = lineStartAt(text, width, offset);
	const above = lineStartsBefore(text, width, line, Math.floor(rows / 3));
	// Near the end, the last full page (which shows the offset too).
	return Math.min(above[0] ?? line, lastTop(text, width, rows));
}
