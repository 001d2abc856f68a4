/**
 * Aligned columns for the text listings. Widths are measured as the terminal draws them
 * (string-width: CJK and emoji take two cells, colour codes none), so columns stay aligned
 * whatever the script; on a terminal the table is fitted to its width by truncating cells with an
 * ellipsis, never by letting a line wrap.
 */
// The explorer's text fitting: a wide character at the cut never makes a cell a column too wide.
import {fit, widthOf} from '../text/fit.js';

export interface Column {
	readonly header: string;
	/** The column that gives up width first when the table is wider than the terminal. */
	readonly flex?: boolean;
}

export interface TableOptions {
	/** The terminal's width; undefined (piped output) means cells are never truncated. */
	readonly width?: number;
	/** Style for the header row; without it, no header row is printed. */
	readonly header?: (text: string) => string;
}

const GAP = '  ';
/** Below this a column is not shrunk further; a flex column keeps at least this many cells. */
const MIN_WIDTH = 6;

function fitWidths(natural: number[], columns: readonly Column[], width: number): number[] {
	const widths = [...natural];
	const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
	const flexIndex = columns.findIndex((column) => column.flex);
	if (flexIndex >= 0 && total() > width) {
		widths[flexIndex] = Math.max(Math.min(MIN_WIDTH, natural[flexIndex]!), widths[flexIndex]! - (total() - width));
	}
	// Still too wide: take from the widest other column, one cell at a time.
	while (total() > width) {
		let widest = -1;
		widths.forEach((w, i) => {
			if (i !== flexIndex && w > MIN_WIDTH && (widest < 0 || w > widths[widest]!)) widest = i;
		});
		if (widest < 0) break;
		widths[widest]!--;
	}
	return widths;
}

/** Rows given by position, so a table of a million rows is laid out without holding them. */
export interface RowSource {
	readonly count: number;
	row(index: number): readonly string[];
	/**
	 * The row's cells but its last, when they can be had more cheaply than the whole row: unfitted,
	 * the widths are measured from these alone.
	 */
	leading?(index: number): readonly string[];
}

/**
 * The widest cell of each of the first `measured` columns (the header row first, when there is
 * one), without spreading rows into a call.
 */
function naturalWidths(columns: readonly Column[], rows: RowSource, header: readonly string[] | undefined, measured: number): number[] {
	const widths = columns.map((_, i) => (header ? widthOf(header[i] ?? '') : 0));
	const cells = measured < columns.length && rows.leading ? rows.leading.bind(rows) : rows.row.bind(rows);
	for (let r = 0; r < rows.count; r++) {
		const row = cells(r);
		for (let i = 0; i < measured; i++) {
			const width = widthOf(row[i] ?? '');
			if (width > widths[i]!) widths[i] = width;
		}
	}
	return widths;
}

/**
 * The table's lines (without line breaks), one at a time: the rows are made twice, once to
 * measure the columns and once to print them, so memory does not grow with the table.
 */
export function* tableLines(columns: readonly Column[], rows: RowSource, options: TableOptions = {}): Generator<string> {
	if (rows.count === 0) return;
	const header = options.header ? columns.map((column) => options.header!(column.header)) : undefined;
	// Unfitted, the last column is never cut and its padding is trimmed: it need not be measured.
	const last = columns.length - 1;
	const natural = naturalWidths(columns, rows, header, options.width === undefined ? last : columns.length);
	const widths = options.width === undefined ? natural : fitWidths(natural, columns, options.width);
	const cell = (row: readonly string[], i: number) => (i === last && options.width === undefined ? (row[i] ?? '') : fit(row[i] ?? '', widths[i]!));
	const line = (row: readonly string[]) => withoutTrailingSpaces(columns.map((_, i) => cell(row, i)).join(GAP));
	if (header) yield line(header);
	for (let r = 0; r < rows.count; r++) yield line(rows.row(r));
}

/**
 * The line without its trailing spaces. A loop, not / +$/: V8 tries that regex from every space
 * of the line, so a line with thousands of spaces inside it took seconds.
 */
function withoutTrailingSpaces(line: string): string {
	let end = line.length;
	while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
	return line.slice(0, end);
}

/** The table's lines, without line breaks. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
	return [...tableLines(columns, {count: rows.length, row: (index) => rows[index]!}, options)];
}
