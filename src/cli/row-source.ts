/**
 * The rows of a table, given by position: what the table and its record-at-a-time form both read,
 * in a file of its own so that neither imports the other for it.
 */

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
