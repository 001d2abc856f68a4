/**
 * Scrolling the detail pane. Its content is a head (what the record is, its words) above a list of
 * items the cursor moves over. The window follows the cursor, but a record opens at its top (the
 * first j brings the first item in), k on the first item scrolls the lines above it back a line at
 * a time, and PgUp/PgDn turn pages of lines: the head is never out of reach because an item is selected.
 */
import type {Command} from '../keys/commands.js';

/** The lines of one item of the content: first and last, inclusive. */
export interface ItemLines {
	readonly first: number;
	readonly last: number;
}

/** Where the detail pane's content puts its lines, for one record at one width and language. */
export interface DetailGeometry {
	/** How many lines the whole content has. */
	readonly total: number;
	/** How many items the cursor moves over. */
	readonly items: number;
	/** The lines of an item. */
	itemLines(index: number): ItemLines;
}

/** The detail pane's cursor (an item) and its window (the first line shown). */
export interface DetailWindow {
	readonly cursor: number;
	readonly top: number;
}

export type CursorMove = Extract<Command, 'cursor.down' | 'cursor.up' | 'cursor.first' | 'cursor.last' | 'cursor.pageDown' | 'cursor.pageUp'>;

/** The first line shown, kept within the content: no blank rows after its end. */
export function clampDetailTop(top: number, total: number, rows: number): number {
	return Math.max(0, Math.min(top, total - rows));
}

/** The window scrolled least to show an item, its first line when it is taller than the window. */
function revealStart(top: number, item: ItemLines, rows: number): number {
	const shown = item.last >= top + rows ? item.last - rows + 1 : top;
	return Math.min(shown, item.first);
}

/** The window scrolled least to show an item, its last line when it is taller (reached from below). */
function revealEnd(top: number, item: ItemLines, rows: number): number {
	const shown = Math.min(top, item.first);
	return item.last >= shown + rows ? item.last - rows + 1 : shown;
}

/**
 * Whether an item shows in a window: whole; or, taller than the window, from its first line, or
 * filling the window (a passage being read down).
 */
export function itemShows(item: ItemLines, top: number, rows: number): boolean {
	const bottom = top + rows;
	if (item.first >= top && item.last < bottom) return true;
	const taller = item.last - item.first >= rows;
	return taller && ((item.first >= top && item.first < bottom) || (item.first <= top && item.last >= bottom - 1));
}

/**
 * The nearest item from `from` on, towards `step`, that shows in the window, else the nearest that
 * reaches into it (a passage taller than the window); the search stops where the window does.
 */
function itemInWindow(geometry: DetailGeometry, from: number, step: 1 | -1, top: number, rows: number): number | undefined {
	let reaching: number | undefined;
	for (let i = from; i >= 0 && i < geometry.items; i += step) {
		const item = geometry.itemLines(i);
		if (itemShows(item, top, rows)) return i;
		if (step === 1 ? item.first >= top + rows : item.last < top) break;
		if (item.last >= top && item.first < top + rows) reaching ??= i;
	}
	return reaching;
}

/**
 * The window with the cursor's item brought into view, or undefined when it shows already. Enter
 * on an item the reader cannot see (a record opens at its top, its first item below) shows it
 * first instead of following it.
 */
export function revealCursor(window: DetailWindow, geometry: DetailGeometry, rows: number): DetailWindow | undefined {
	if (window.cursor >= geometry.items) return undefined;
	const item = geometry.itemLines(window.cursor);
	if (itemShows(item, window.top, rows)) return undefined;
	return {cursor: window.cursor, top: clampDetailTop(revealStart(window.top, item, rows), geometry.total, rows)};
}

/** The window after a move: the cursor goes from item to item, and the window scrolls over the lines between. */
export function moveDetail(window: DetailWindow, move: CursorMove, geometry: DetailGeometry, rows: number): DetailWindow {
	const {total, items} = geometry;
	const page = Math.max(1, rows - 1);
	const scrolled = (top: number, cursor = window.cursor): DetailWindow => ({cursor, top: clampDetailTop(top, total, rows)});
	const {cursor, top} = window;
	switch (move) {
		case 'cursor.first':
			return {cursor: 0, top: 0};
		case 'cursor.last':
			return scrolled(total, Math.max(0, items - 1));
		case 'cursor.down': {
			if (items === 0) return scrolled(top + 1);
			const item = geometry.itemLines(cursor);
			if (item.last >= top + rows) {
				// The selected item is not all in view (the record opened at its top): it is brought in,
				// or, taller than the window, read a line at a time.
				const shown = revealStart(top, item, rows);
				return scrolled(shown > top ? shown : top + 1);
			}
			// After the last item, the lines left below scroll into view.
			if (cursor === items - 1) return scrolled(top + 1);
			return scrolled(revealStart(top, geometry.itemLines(cursor + 1), rows), cursor + 1);
		}
		case 'cursor.up': {
			if (items === 0) return scrolled(top - 1);
			const item = geometry.itemLines(cursor);
			// The selected item's own lines above the window are read back first, a line at a time; above
			// the first item (or with the cursor left below the window), the lines above scroll into view.
			if (item.first < top || item.first >= top + rows || cursor === 0) return scrolled(top - 1);
			return scrolled(revealEnd(top, geometry.itemLines(cursor - 1), rows), cursor - 1);
		}
		case 'cursor.pageDown': {
			const next = clampDetailTop(top + page, total, rows);
			if (items === 0) return scrolled(next);
			// At the end already: the last item is the one left to go to.
			if (next === top) return scrolled(top, items - 1);
			if (itemShows(geometry.itemLines(cursor), next, rows)) return scrolled(next);
			return scrolled(next, itemInWindow(geometry, cursor, 1, next, rows) ?? cursor);
		}
		case 'cursor.pageUp': {
			const next = clampDetailTop(top - page, total, rows);
			if (items === 0) return scrolled(next);
			if (next === top) return scrolled(top, 0);
			if (itemShows(geometry.itemLines(cursor), next, rows)) return scrolled(next);
			// A window of head lines alone leaves the cursor on the first item, just below.
			return scrolled(next, itemInWindow(geometry, cursor, -1, next, rows) ?? 0);
		}
	}
}
