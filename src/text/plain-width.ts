/**
 * The width of plain text, told without string-width. Most of what a screen or a listing shows is
 * Indonesian or English with dashes, quotes and box drawing: every such character takes one column
 * and never joins a neighbour into one grapheme (test/text/string-width.test.ts checks every one of
 * them against string-width itself), so the text is as wide as it is long and is cut by columns
 * where it is cut by characters. This module loads nothing heavy: string-width builds its
 * segmenter and emoji expressions as it is imported, a fifth of a listing's start-up.
 */
import stripAnsi from 'strip-ansi';

/**
 * Printable ASCII; Latin-1 and Latin Extended letters and spacing modifiers (not U+00AD, the
 * invisible soft hyphen, nor the combining marks from U+0300); the precomposed letters of Latin
 * Extended Additional (Vietnamese names: Nguyễn, Trần); dashes, quotes, bullets and the ellipsis
 * (not the invisible U+2028/U+2029 or U+202A–U+202E); arrows; box drawing, blocks and geometric
 * shapes (not ◽◾, which are emoji).
 */
const SIMPLE = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc\u25ff]*$/;

/** Whether every character of a text (without escape codes) takes one column and stands alone. */
export function isSimpleText(text: string): boolean {
	return SIMPLE.test(text);
}

/** The text without its escape codes (colours), as the terminal shows it. */
export function visibleText(text: string): string {
	return text.includes('\x1b') || text.includes('\x9b') ? stripAnsi(text) : text;
}

/** Columns a string takes on screen when its characters (escape codes aside) are simple; undefined when string-width must tell. */
export function plainWidth(text: string): number | undefined {
	const plain = visibleText(text);
	return SIMPLE.test(plain) ? plain.length : undefined;
}

/** Columns of plain text, or its length where string-width must tell: close enough to pad a plain cell or to choose where a snippet starts, without loading it. */
export const roughWidth = (text: string): number => plainWidth(text) ?? text.length;
