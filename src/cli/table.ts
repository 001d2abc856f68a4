/**
 * Aligned columns for the text listings. Widths are measured as the terminal draws them
 * (string-width: CJK and emoji take two cells, colour codes none), so columns stay aligned
 * whatever the script; on a terminal the table is fitted to its width by truncating cells with an
 * ellipsis, or, in a column of quoted words, by wrapping a cell onto lines of its own under the
 * column: a row's line itself never wraps.
 */
import {plainWidth, roughWidth} from '../text/plain-width.js';
import {datesKeptWhole, type Wrap} from './cell-wrap.js';
import type {RowSource} from './row-source.js';
import {stackedLines} from './table-stacked.js';

export type {RowSource} from './row-source.js';

/**
 * The explorer's text fitting (a wide character at the cut never makes a cell a column too wide),
 * imported only by a table that has a cell of other than plain text or a column to cut: it loads
 * string-width, whose start-up was a fifth of a listing's.
 */
type Fitting = Pick<typeof import('../text/fit.js'), 'fitAtWord' | 'widthOf' | 'wrap'>;
const loadFitting = (): Promise<Fitting> => import('../text/fit.js');

export interface Column {
	readonly header: string;
	/** Free text (a title, a quote): gives up width first; several such columns share the cut, the widest giving first. */
	readonly flex?: boolean;
	/**
	 * A date, an amount or a count, which a cut would make read as another ("26 Mar – 8 Apr…" has
	 * lost its year, "Rp250.000…" reads as a smaller sum): cut only when nothing else can give.
	 */
	readonly whole?: boolean;
	/**
	 * Quoted words, the evidence itself: a cut would put other words in a source's mouth ("“12…"
	 * of "“12 rumah rusak berat”") or hide the next source, so on a terminal a cell too wide is
	 * wrapped onto lines of its own under the column instead. Piped, a row stays one line.
	 */
	readonly wrap?: boolean;
	/**
	 * The text that says which row this is (an event's title, an entity's name, a quotation): a
	 * table that would leave it under READABLE_TEXT cells ("Meuty…") prints a record at a time.
	 */
	readonly names?: boolean;
	/**
	 * Free text that tells more of a row named by another column (an entity's description): where
	 * the table would leave it under READABLE_TEXT cells ("Mente…"), it is left out instead, its room
	 * going to the others, and the table says so (`leftOut`). Not the text that names the row (a
	 * source's title: an outlet prints many), which is never left out.
	 */
	readonly omittable?: boolean;
}

/** A table's lines, and the headers of the columns left out of it to fit the terminal. */
export interface FittedTable {
	readonly lines: Iterable<string>;
	readonly leftOut: readonly string[];
}

export interface TableOptions {
	/** The terminal's width; undefined (piped output) means cells are never truncated. */
	readonly width?: number;
	/** Style for the header row; without it, no header row is printed. */
	readonly header?: (text: string) => string;
}

const GAP = '  ';
/** Below this a column is not shrunk, until nothing else can give (then any column goes down to one cell). */
const MIN_WIDTH = 6;
/**
 * A column of wrapped words gives first down to its longest word (up to this many cells), so that
 * none is broken ("(1/11/20" "25)" reads as 2020); then, after the other columns, on down to
 * WRAP_LEAST before a date, an amount or a count is cut: broken, a word's rest is on the next line,
 * where a cut figure's is lost. Two cells hold a wide character.
 */
const LONGEST_WHOLE_WORD = 14;
/** What a header over a column of whole cells gives down to before the cells are cut. */
const LEAST_HEADER = 3;
const WRAP_LEAST = 2;

/**
 * The widths that fit `width`: the free-text columns give first, together down to what a wrapped one
 * can wrap to without breaking a word, then on (down to MIN_WIDTH, a wrapped one down to its
 * longest word); then the others but the whole ones, down to MIN_WIDTH; then the
 * headers of the whole ones, the wrapped columns down to WRAP_LEAST, and the whole ones' cells down
 * to MIN_WIDTH; then, on a terminal too narrow for that, every column down to one cell. Within each
 * round the widest columns give together, down to the next widest.
 */
function fitWidths(natural: readonly number[], cellWidths: readonly number[], wordWidths: readonly number[], columns: readonly Column[], width: number): number[] {
	const widths = [...natural];
	let over = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1) - width;
	const give = (gives: (column: Column) => boolean, least: number) => {
		while (over > 0) {
			let widest = least;
			let next = least;
			for (const [i, w] of widths.entries()) {
				if (!gives(columns[i]!)) continue;
				if (w > widest) (next = widest), (widest = w);
				else if (w < widest && w > next) next = w;
			}
			if (widest <= least) return;
			// Every column at the widest gives, down to the next widest at most (a hostile cell can be very wide).
			const tied = widths.flatMap((w, i) => (w === widest && gives(columns[i]!) ? [i] : []));
			// Evenly: what is over shared out, the first few a cell more where it does not divide.
			const share = Math.floor(over / tied.length);
			const more = share >= widest - next ? 0 : over - share * tied.length;
			tied.forEach((i, k) => {
				const cut = Math.min(widest - next, share + (k < more ? 1 : 0));
				widths[i]! -= cut;
				over -= cut;
			});
		}
	};
	// What each wrapped column can wrap to without breaking a word; the free-text columns give together down to the widest of those first.
	const wholeWords = columns.map((column, i) => (column.wrap ? Math.max(WRAP_LEAST, Math.min(wordWidths[i]!, LONGEST_WHOLE_WORD)) : 0));
	let sharedFloor = MIN_WIDTH;
	for (const floor of wholeWords) sharedFloor = Math.max(sharedFloor, floor);
	/** Each column that `gives`, in turn, down to its own floor. */
	const lower = (gives: (column: Column) => boolean, floor: (i: number) => number) => {
		for (const [i, column] of columns.entries()) {
			if (!gives(column) || over <= 0) continue;
			const cut = Math.min(over, Math.max(0, widths[i]! - floor(i)));
			widths[i]! -= cut;
			over -= cut;
		}
	};
	give((column) => column.flex === true, sharedFloor);
	give((column) => column.flex === true && !column.wrap, MIN_WIDTH);
	lower((column) => column.wrap === true, (i) => wholeWords[i]!);
	give((column) => !column.flex && !column.whole && !column.wrap, MIN_WIDTH);
	// A whole column's header gives first ("DISAGREES" over counts of one digit), down to its cells
	// (at least "DI…"): a cut date or amount misleads, a cut header does not.
	lower((column) => column.whole === true, (i) => Math.max(cellWidths[i]!, LEAST_HEADER));
	give((column) => column.wrap === true, WRAP_LEAST);
	give((column) => column.whole === true, MIN_WIDTH);
	give(() => true, 1);
	return widths;
}

/**
 * The fewest cells a column of text keeps in a table (or all its widest cell needs): under it, a
 * column that names its rows prints the table a record at a time, and an omittable one is left
 * out. A cell is cut at a word, so 12 cells showed "Meutya…" and "Pusat…", and 5 "Mente…", which
 * say nothing; 20 keep two or three words ("Meutya Hafid…", "Wakil Ketua Komisi I…").
 */
export const READABLE_TEXT = 20;

/** Whether a column of text `width` cells wide, its widest cell `widest`, is cut too short to be read. */
const unreadable = (width: number, widest: number) => width < Math.min(widest, READABLE_TEXT);

/** What a table measured of its cells: the widest of each column with its header, of its cells alone, and of a wrapped one's words. */
interface Measures {
	readonly widths: readonly number[];
	readonly cells: readonly number[];
	readonly words: readonly number[];
}

/**
 * Whether fitted `widths` would break a word of a column of quoted words, cut a date, an amount or
 * a count, or leave the text that names a row too few cells to be read.
 */
function breaksWholeText(widths: readonly number[], natural: Measures, columns: readonly Column[], shown: readonly number[]): boolean {
	return shown.some((i) => {
		const column = columns[i]!;
		return (
			(column.wrap === true && widths[i]! < Math.min(natural.words[i]!, LONGEST_WHOLE_WORD)) ||
			(column.whole === true && widths[i]! < natural.cells[i]!) ||
			(column.names === true && unreadable(widths[i]!, natural.cells[i]!))
		);
	});
}

/**
 * The columns shown on a terminal `width` wide and the widths of all (0 for one left out), or
 * undefined where they would break whole text and `canStack` (a record at a time then, every cell
 * whole). An omittable column the fit leaves unreadable is left out first, the last such first, and
 * the others fitted again without it (at most once a column); only then is the table checked for
 * whole text, so a column of detail cut to a stub never sends it to a record at a time that its
 * room would have spared. A column left out only gives the others room, so none is cut shorter.
 */
function shownColumns(natural: Measures, columns: readonly Column[], width: number, canStack: boolean): {shown: number[]; widths: number[]} | undefined {
	let shown = columns.map((_, i) => i);
	for (;;) {
		const of = <T>(values: readonly T[]) => shown.map((i) => values[i]!);
		const fitted = fitWidths(of(natural.widths), of(natural.cells), of(natural.words), of(columns), width);
		const widths = columns.map(() => 0);
		shown.forEach((i, k) => (widths[i] = fitted[k]!));
		let leftOut: number | undefined;
		for (const i of shown) if (columns[i]!.omittable && unreadable(widths[i]!, natural.cells[i]!)) leftOut = i;
		if (leftOut === undefined) return canStack && breaksWholeText(widths, natural, columns, shown) ? undefined : {shown, widths};
		shown = shown.filter((i) => i !== leftOut);
	}
}

/**
 * The widest cell of each of the first `measured` columns (the header row first, when there is
 * one) and the widest of its cells alone, without spreading rows into a call; with the fitting, if
 * a cell needed it to be measured.
 */
async function naturalWidths(columns: readonly Column[], rows: RowSource, header: readonly string[] | undefined, measured: number): Promise<{widths: number[]; cells: number[]; words: number[]; fitting?: Fitting}> {
	let fitting: Fitting | undefined;
	// The widest of each column, header and cells; and of its cells alone.
	const widths = columns.map(() => 0);
	const cellWidths = columns.map(() => 0);
	// A wrapped column's longest word: what it can wrap to without breaking one.
	const wordWidths = columns.map(() => 0);
	const cells = measured < columns.length && rows.leading ? rows.leading.bind(rows) : rows.row.bind(rows);
	// Row -1 is the header. The loop awaits only to import the fitting, once: not a promise a row.
	for (let r = header ? -1 : 0; r < rows.count; r++) {
		const row = r < 0 ? header! : cells(r);
		for (let i = 0; i < measured; i++) {
			const text = row[i] ?? '';
			let width = plainWidth(text);
			if (width === undefined) width = (fitting ??= await loadFitting()).widthOf(text);
			if (width > widths[i]!) widths[i] = width;
			if (r >= 0 && width > cellWidths[i]!) cellWidths[i] = width;
			if (r >= 0 && columns[i]!.wrap) {
				for (const word of text.split(/\s+/u)) {
					const wordWidth = plainWidth(word) ?? (fitting ??= await loadFitting()).widthOf(word);
					if (wordWidth > wordWidths[i]!) wordWidths[i] = wordWidth;
				}
			}
		}
	}
	return fitting ? {widths, cells: cellWidths, words: wordWidths, fitting} : {widths, cells: cellWidths, words: wordWidths};
}

/** A cell of plain text padded to `width` (as fit pads it when it fits). */
const padded = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - roughWidth(text)));

/**
 * The table's lines (without line breaks): the rows are made twice, once to measure the columns
 * (before this resolves) and once to print them (as the lines are taken), so memory does not
 * grow with the table. With them, the headers of the columns left out to fit the terminal.
 */
export async function fittedTable(columns: readonly Column[], rows: RowSource, options: TableOptions = {}): Promise<FittedTable> {
	if (rows.count === 0) return {lines: [], leftOut: []};
	const header = options.header ? columns.map((column) => options.header!(column.header)) : undefined;
	// Unfitted, the last column is never cut and its padding is trimmed: it need not be measured.
	const last = columns.length - 1;
	const natural = await naturalWidths(columns, rows, header, options.width === undefined ? last : columns.length);
	// Where the columns would break a quoted word or cut a date or an amount, with a column of detail cut to a stub left out, a record at a time instead: every cell whole.
	const width = options.width;
	const fitted = width === undefined ? {shown: columns.map((_, i) => i), widths: natural.widths} : shownColumns(natural, columns, width, header !== undefined);
	if (fitted === undefined) {
		// Only a table with a header and a width is printed a record at a time (shownColumns' canStack).
		const labelWidth = Math.min(columns.reduce((most, column) => Math.max(most, column.header.length), 0), Math.floor(width! / 3));
		const fitting = natural.fitting ?? (await loadFitting());
		return {lines: stackedLines(rows, header!, labelWidth, width!, {fit: fitting.fitAtWord, wrap: datesKeptWhole(fitting.wrap)}), leftOut: []};
	}
	const {shown, widths} = fitted;
	// Every cell fitted below was measured above: without the fitting, each is plain and fits.
	const fitting = natural.fitting ?? (shown.some((i) => widths[i]! < natural.widths[i]!) ? await loadFitting() : undefined);
	const fit = fitting ? fitting.fitAtWord : padded;
	const cell = (row: readonly string[], i: number) => (i === last && options.width === undefined ? (row[i] ?? '') : fit(row[i] ?? '', widths[i]!));
	const line = (row: readonly string[]) => withoutTrailingSpaces(shown.map((i) => cell(row, i)).join(GAP));
	// Only a cell narrowed below its width is wrapped: a cell that fits is fitted as any other.
	const wrapped = fitting ? shown.filter((i) => columns[i]!.wrap && widths[i]! < natural.widths[i]!) : [];
	const wrap = wrapped.length === 0 ? undefined : datesKeptWhole(fitting!.wrap);
	const rowLines = wrap === undefined ? (row: readonly string[]) => [line(row)] : (row: readonly string[]) => wrappedRowLines(row, wrapped, widths, wrap, line);
	const lines = (function* () {
		if (header) yield line(header);
		for (let r = 0; r < rows.count; r++) yield* rowLines(rows.row(r));
	})();
	return {lines, leftOut: columns.flatMap((column, i) => (shown.includes(i) ? [] : [column.header]))};
}

/** The table's lines alone (see fittedTable). */
export async function tableLines(columns: readonly Column[], rows: RowSource, options: TableOptions = {}): Promise<Iterable<string>> {
	return (await fittedTable(columns, rows, options)).lines;
}

/**
 * A row whose cells in the `wrapped` columns are wrapped to their widths: its first line holds
 * every other cell, and each further line the next piece of those cells alone, under their column.
 */
function wrappedRowLines(row: readonly string[], wrapped: readonly number[], widths: readonly number[], wrap: Wrap, line: (row: readonly string[]) => string): string[] {
	const pieces = new Map(wrapped.map((i) => [i, wrap(row[i] ?? '', widths[i]!)]));
	const count = Math.max(1, ...[...pieces.values()].map((lines) => lines.length));
	return Array.from({length: count}, (_, k) => line(row.map((text, i) => (pieces.has(i) ? (pieces.get(i)![k] ?? '') : k === 0 ? text : ''))));
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
export async function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: TableOptions = {}): Promise<string[]> {
	return [...(await tableLines(columns, {count: rows.length, row: (index) => rows[index]!}, options))];
}
