/**
 * string-width with a shortcut for the text a screen is mostly made of. string-width finds the
 * width of anything but ASCII by splitting it into graphemes (Intl.Segmenter) and testing each
 * against emoji and Unicode property expressions; a screen of Indonesian text, dashes, quotes and
 * box-drawing characters went through that on every line. Characters in SIMPLE are one column
 * wide and never join a neighbour into one grapheme (test/text/string-width.test.ts checks every
 * one of them against string-width itself), so a text of only those is as wide as it is long,
 * and is cut by columns where it is cut by characters.
 */
import stripAnsi from 'strip-ansi';
import stringWidth from 'string-width';

/**
 * Printable ASCII; Latin-1 and Latin Extended letters and spacing modifiers (not U+00AD, the
 * invisible soft hyphen, nor the combining marks from U+0300); dashes, quotes, bullets and the
 * ellipsis (not the invisible U+2028/U+2029 or U+202A–U+202E); arrows; box drawing, blocks and
 * geometric shapes (not ◽◾, which are emoji).
 */
const SIMPLE = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc\u25ff]*$/;

/** Whether every character of a text (without escape codes) takes one column and stands alone. */
export function isSimpleText(text: string): boolean {
	return SIMPLE.test(text);
}

/** Columns a string takes on screen, as string-width counts them (escape codes take none). */
export function fastStringWidth(text: string): number {
	const plain = text.includes('\x1b') || text.includes('\x9b') ? stripAnsi(text) : text;
	return SIMPLE.test(plain) ? plain.length : stringWidth(plain);
}
