/** The date column event rows share, in the detail pane and the finder. */

/** An event row as its date column is measured: its date's width, whether it is a span, its title's width (Infinity: it takes all the room it gets). */
export interface DatedRow {
	readonly date: number;
	readonly span: boolean;
	readonly title: number;
}

/**
 * As wide as the rows' widest date when every title then fits whole (rows line up, as in the
 * timeline); else as wide as their widest one-day date, a span ("19 Mei – 6 Jun 2024") pushing its
 * own row's title along: one wide date would otherwise cut every title beside it to its first words.
 * `titleRoom` is the room a title has beside a column that wide.
 */
export function sharedDateColumn(rows: Iterable<DatedRow>, titleRoom: (column: number) => number): number {
	let widest = 0;
	let widestDay = 0;
	let widestTitle = 0;
	for (const row of rows) {
		widest = Math.max(widest, row.date);
		if (!row.span) widestDay = Math.max(widestDay, row.date);
		widestTitle = Math.max(widestTitle, row.title);
	}
	return widestTitle <= titleRoom(widest) || widestDay === 0 ? widest : widestDay;
}
