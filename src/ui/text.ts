/**
 * Fitting text into terminal columns. Widths are measured as the terminal draws them (CJK and
 * emoji take two columns), so truncation and padding keep columns aligned whatever the data.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Columns a string takes on screen. */
export function widthOf(text: string): number {
	return stringWidth(text);
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** The text cut to at most `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	// No character is wider than two columns: the common short case needs no measuring.
	if (text.length * 2 <= width) return text;
	// Whole characters up to one column short of the edge, then "…": a wide character that would
	// straddle the edge is left out. Only the first `width` columns are ever measured.
	let used = 0;
	let cut = 0;
	for (const {segment, index} of graphemes.segment(text)) {
		used += widthOf(segment);
		if (used > width) return `${text.slice(0, cut)}…`;
		if (used <= width - 1) cut = index + segment.length;
	}
	return text;
}

/** The text cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const cut = truncate(text, width);
	const pad = ' '.repeat(Math.max(0, width - widthOf(cut)));
	return align === 'left' ? cut + pad : pad + cut;
}

/** The text wrapped to lines of at most `width` columns (long words are broken). */
export function wrap(text: string, width: number): string[] {
	if (width <= 0) return [];
	if (text === '') return [''];
	return wrapAnsi(text, width, {hard: true, trim: true}).split('\n');
}
