/**
 * Fitting text into terminal columns, for the explorer and the command line alike. Widths are
 * measured as the terminal draws them (CJK and emoji take two columns), so truncation and padding
 * keep columns aligned whatever the data.
 */
import cliTruncate from 'cli-truncate';
import wrapAnsi from 'wrap-ansi';
import {fastStringWidth, isSimpleText} from './string-width.js';

/** Columns a string takes on screen. */
export function widthOf(text: string): number {
	return fastStringWidth(text);
}

/** The text cut to at most `width` columns, ending in "…" when cut: at a word boundary where one keeps at least half the width. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	// Measuring first keeps the common short case cheap.
	if (text.length <= width && widthOf(text) <= width) return text;
	let kept: string;
	// One column a character: cut where cli-truncate would, without measuring every prefix.
	if (isSimpleText(text)) kept = text.slice(0, width - 1);
	else {
		const cut = cliTruncate(text, width, {position: 'end'});
		// cli-truncate keeps a wide character that straddles the cut (one column too many); one
		// column less moves the cut to that character's start.
		const fitted = widthOf(cut) <= width ? cut : cliTruncate(text, width - 1, {position: 'end'});
		// Styled text (a table's coloured header) is cut where cli-truncate cuts it: its escapes are not words.
		if (text.includes('\x1b') || !fitted.endsWith('…')) return fitted;
		kept = fitted.slice(0, -1);
	}
	return `${atWordBoundary(kept, text.charAt(kept.length), width)}…`;
}

const SPACE = /\s/;
/** What may end a cut before its ellipsis: not a space, nor a comma or colon that leads on. */
const DANGLING = /[\s,;:–—-]+$/u;

/** A cut prefix moved back to the end of its last whole word (`next` is the first character cut off). */
function atWordBoundary(kept: string, next: string, width: number): string {
	let end = kept.length;
	if (!SPACE.test(next)) {
		// Within a word: back to the space before it, unless that leaves less than half the width.
		const space = Math.max(kept.lastIndexOf(' '), kept.lastIndexOf('\u00a0'));
		if (space > 0 && widthOf(kept.slice(0, space)) >= width / 2) end = space;
	}
	const whole = kept.slice(0, end).replace(DANGLING, '');
	return whole === '' ? kept : whole;
}

/** The text cut to at most `width` columns from its start, beginning with "…" when cut. */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) return '';
	if (widthOf(text) <= width) return text;
	const chars = Array.from(text);
	let kept = '';
	// Take characters from the end while they fit beside the ellipsis.
	for (let i = chars.length - 1, used = 1; i >= 0; i--) {
		const w = widthOf(chars[i]!);
		if (used + w > width) break;
		kept = chars[i] + kept;
		used += w;
	}
	return `…${kept}`;
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
