/**
 * The reader's lines: a title, the page of text with its lit spans, and a bar that says where the
 * reader is (or shows the search being typed). Each line with a lit span carries a marker in the
 * gutter, so what is lit can be found without colour (NO_COLOR) too.
 */
import {READER_GUTTER} from '../../state/layout.js';
import {MARK_ORDER, type MarkKind, type ReaderPage, type ReaderRow} from '../../state/reader-page.js';
import {truncate, widthOf} from '../../text/fit.js';
import type {Line, Segment} from '../line.js';
import {theme, type Style} from '../theme.js';
import {paneTitle} from './pane-title.js';

export interface ReaderView {
	readonly title: string;
	readonly width: number;
	/** Columns of text (the layout's reader measure). */
	readonly measure: number;
	/** Rows of text. */
	readonly rows: number;
}

const MARK_STYLE: Record<MarkKind, Style> = {
	anchor: theme.readerAnchor,
	current: theme.readerCurrent,
	match: theme.readerMatch,
	currentMatch: theme.readerCurrentMatch,
};

/** Gutter markers: the line the reader is at, and a line with other lit spans. */
export const MARKER = {current: '▶', lit: '│'} as const;

/** The segments of a row's text, each span styled by the mark that wins there. */
function rowSegments(row: ReaderRow): Segment[] {
	const {line, marks} = row;
	const points = Array.from(line.text);
	const kindAt = (offset: number): MarkKind | undefined => {
		let best: MarkKind | undefined;
		for (const mark of marks) {
			if (offset >= mark.start && offset < mark.end && (best === undefined || MARK_ORDER.indexOf(mark.kind) > MARK_ORDER.indexOf(best))) best = mark.kind;
		}
		return best;
	};
	const segments: Segment[] = [];
	let text = '';
	let kind: MarkKind | undefined;
	const flush = () => {
		if (text) segments.push(kind ? {text, style: MARK_STYLE[kind]} : {text});
		text = '';
	};
	points.forEach((char, i) => {
		const here = marks.length === 0 ? undefined : kindAt(line.start + i);
		if (here !== kind) {
			flush();
			kind = here;
		}
		// U+0000 stands for what the sanitizer removes: drawn as nothing.
		if (char !== '\0') text += char;
	});
	flush();
	return segments;
}

function gutter(row: ReaderRow): Segment {
	const current = row.marks.some((mark) => mark.kind === 'current' || mark.kind === 'currentMatch');
	if (current) return {text: MARKER.current.padEnd(READER_GUTTER), style: theme.readerMarker};
	if (row.marks.length > 0) return {text: MARKER.lit.padEnd(READER_GUTTER), style: theme.muted};
	return {text: ' '.repeat(READER_GUTTER)};
}

/** Every line of the reader pane: title, `rows` lines of text (blank past the end), the bar. */
export function readerLines(page: ReaderPage, view: ReaderView): Line[] {
	const {width, measure, rows} = view;
	// The text column sits in the middle of a pane wider than it.
	const margin = ' '.repeat(Math.max(0, Math.floor((width - measure - READER_GUTTER) / 2)));
	const body: Line[] = page.rows.slice(0, rows).map((row) => [...(margin ? [{text: margin}] : []), gutter(row), ...rowSegments(row)]);
	while (body.length < rows) body.push([]);
	const percent = `${page.percent}%`;
	let bar: Line;
	if (page.prompt !== null) {
		bar = [{text: '/', style: theme.key}, {text: truncate(page.prompt, Math.max(0, width - 2))}, {text: '▏', style: theme.key}];
	} else {
		const place = truncate(page.place, Math.max(0, width - widthOf(percent) - 3));
		const gap = ' '.repeat(Math.max(1, width - widthOf(place) - widthOf(percent) - 1));
		bar = [{text: ` ${place}`, style: theme.readerPlace}, {text: `${gap.slice(1)}${percent}`, style: theme.muted}];
	}
	return [paneTitle(view.title, '', width, true), ...body, bar];
}
