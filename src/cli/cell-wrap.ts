/**
 * How a table's cell is wrapped onto lines of its own, in a column and in the record-at-a-time
 * view alike: at its spaces, a date kept on one line. The explorer wraps its panes with its own
 * text/fit wrap; only the CLI's tables keep dates whole.
 */

/** A wrap of `text` to lines of at most `width` columns (text/fit's, loaded only when a table needs it). */
export type Wrap = (text: string, width: number) => string[];

/** `wrap`, keeping each date that fits the width on one line ("2 Nov 2025", never "2 Nov" / "2025"). */
export function datesKeptWhole(wrap: Wrap): Wrap {
	return (text, width) => wrap(datesJoined(text, width), width).map((piece) => piece.replace(/\u00a0/gu, ' '));
}

/**
 * A day, month and year ("2 Nov 2025", "Nov 2025") as one word, with no-break spaces, for wrapping: a date broken over two lines reads as two.
 * Only one that fits `width`: a wider word is broken mid-word ("2 Nov 20" / "25"), worse than at its spaces.
 */
function datesJoined(text: string, width: number): string {
	// With what clings to it ("2–3 Nov 2025;"): the word the wrap sees.
	return text.replace(/(\S*)(?<![\p{L}\p{N}])(?:(\d{1,2}) )?(\p{Lu}\p{Ll}{2,8}) (\d{4})(?![\p{L}\p{N}])(\S*)/gu, (word: string, before: string, day: string | undefined, month: string, year: string, after: string) =>
		word.length > width ? word : `${before}${day === undefined ? '' : `${day}\u00a0`}${month}\u00a0${year}${after}`);
}
