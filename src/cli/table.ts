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

/** The table's lines, without line breaks. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
	if (rows.length === 0) return [];
	const header = options.header;
	const all = header ? [columns.map((column) => header(column.header)), ...rows] : rows;
	const natural = columns.map((_, i) => Math.max(0, ...all.map((row) => widthOf(row[i] ?? ''))));
	const widths = options.width === undefined ? natural : fitWidths(natural, columns, options.width);
	return all.map((row) =>
		columns
			.map((_, i) => fit(row[i] ?? '', widths[i]!))
			.join(GAP)
			.replace(/ +$/, ''),
	);
}
