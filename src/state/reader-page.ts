/** What the reader shows: the lines on screen, with the spans lit on each, and where it is. */
import {matchesIn, textQuery, type TextSpan} from '../model/article-search.js';
import {linesFrom, type TextLine} from '../model/article-window.js';
import type {ExplorerData} from './data.js';
import {readerPlace, readerText, subjectName} from './reader.js';
import type {ReaderState, State} from './state.js';

/**
 * What a lit span is, by precedence (later wins where they overlap): one of the selection's
 * anchors, the anchor the reader is at, a search match, the match the reader is at.
 */
export type MarkKind = 'anchor' | 'current' | 'match' | 'currentMatch';

export const MARK_ORDER: readonly MarkKind[] = ['anchor', 'current', 'match', 'currentMatch'];

export interface Mark extends TextSpan {
	readonly kind: MarkKind;
}

export interface ReaderRow {
	readonly line: TextLine;
	/** The lit spans on this line, cut to it. */
	readonly marks: readonly Mark[];
}

export interface ReaderPage {
	readonly rows: readonly ReaderRow[];
	/** How far into the text the page ends, 0–100. */
	readonly percent: number;
	/** "mention 2 of 5 · Meutya Hafid", "match 3 of 17: “posko”", or empty. */
	readonly place: string;
	/** The search being typed, or null. */
	readonly prompt: string | null;
}

/** The longest of a list of spans (what can reach into a line from before it). */
const longest = (spans: readonly TextSpan[]) => spans.reduce((most, span) => Math.max(most, span.end - span.start), 0);

/** The spans of a list (in text order of their starts, none longer than `reach`) that overlap [from, to). */
function overlapping(spans: readonly TextSpan[], from: number, to: number, reach: number): number[] {
	// An entity can have thousands of mentions: skip to the first that can reach the line.
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (spans[mid]!.start < from - reach) lo = mid + 1;
		else hi = mid;
	}
	const out: number[] = [];
	for (let i = lo; i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end > from) out.push(i);
	return out;
}

const cut = (span: TextSpan, line: TextLine, kind: MarkKind): Mark => ({start: Math.max(span.start, line.start), end: Math.min(span.end, line.end), kind});

/** The page of the open reader. */
export function readerPage(state: State, data: ExplorerData): ReaderPage | null {
	const {reader} = state;
	if (!reader) return null;
	const text = readerText(data, reader);
	const lines = linesFrom(text, state.layout.readerMeasure, reader.top, state.layout.readerRows);
	const first = lines[0];
	const last = lines.at(-1);
	const matches = first && last && reader.search ? matchesIn(text.slice(first.start, last.end), first.start, textQuery(reader.search.query)) : [];
	const reach = longest(reader.anchors);
	const rows = lines.map((line) => ({line, marks: marksOn(line, reader, matches, reach)}));
	const end = last?.next ?? text.length;
	return {
		rows,
		percent: text.length === 0 ? 100 : Math.round((100 * Math.min(end, text.length)) / text.length),
		place: placeOf(reader, data, state.lang),
		prompt: reader.prompt,
	};
}

/** Where the reader is, named: the search's match, else the anchor and whose it is (the name last, to be cut first). */
function placeOf(reader: ReaderState, data: ExplorerData, lang: string): string {
	const place = readerPlace(reader, lang);
	if (reader.search || !reader.subject) return place;
	const name = subjectName(data, reader.subject, lang);
	return place ? `${place} · ${name}` : name;
}

function marksOn(line: TextLine, reader: ReaderState, matches: readonly TextSpan[], reach: number): Mark[] {
	const marks: Mark[] = [];
	const to = Math.max(line.end, line.start + 1);
	for (const i of overlapping(reader.anchors, line.start, to, reach)) marks.push(cut(reader.anchors[i]!, line, i === reader.current && !reader.search ? 'current' : 'anchor'));
	const at = reader.search?.match;
	for (const i of overlapping(matches, line.start, to, reader.search?.match ? reader.search.match.end - reader.search.match.start : 0)) {
		const match = matches[i]!;
		marks.push(cut(match, line, at && match.start === at.start ? 'currentMatch' : 'match'));
	}
	return marks.filter((mark) => mark.end > mark.start);
}
