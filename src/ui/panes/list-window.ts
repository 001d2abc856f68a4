/** The slice of a long list that fits on screen: only these rows are ever built or drawn. */
import type {ListCursor} from '../../state/state.js';

/** Indices [from, to) of the rows to draw for a cursor in a list of `length` with `rows` visible. */
export function visibleRange(cursor: ListCursor, length: number, rows: number): {from: number; to: number} {
	const from = Math.max(0, Math.min(cursor.top, Math.max(0, length - rows)));
	return {from, to: Math.min(length, from + rows)};
}
