/** Moving a cursor through a scrolling list, keeping it on screen with the least scrolling. */
import type {ListCursor} from './state.js';

/** The cursor at `index` (clamped to the list), its window scrolled just enough to show it. */
export function cursorAt(cursor: ListCursor, index: number, length: number, rows: number): ListCursor {
	if (length <= 0) return {index: 0, top: 0};
	const visible = Math.max(1, rows);
	const clamped = Math.max(0, Math.min(length - 1, index));
	let top = Math.min(cursor.top, Math.max(0, length - visible));
	if (clamped < top) top = clamped;
	else if (clamped >= top + visible) top = clamped - visible + 1;
	return {index: clamped, top: Math.max(0, top)};
}

/** The cursor clamped to a list that may have shrunk, or a window that may have changed. */
export function clampCursor(cursor: ListCursor, length: number, rows: number): ListCursor {
	return cursorAt(cursor, cursor.index, length, rows);
}
