/**
 * Text as the finder compares it: lower case, without diacritics ("Nguyễn" → "nguyen",
 * "Łukasz" → "lukasz"), every space character a plain space. Names are normalized once when the index is built and the query once per
 * keystroke, so fuse.js and the candidate filter both compare exactly the same strings.
 */

// Letters that carry a stroke rather than a combining mark, so NFD does not take them apart
// (the same mapping fuse.js applies for ignoreDiacritics).
const NON_DECOMPOSABLE: Readonly<Record<string, string>> = {ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss'};
const NON_DECOMPOSABLE_CHARS = /[łđøħŧıß]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

// Space separators other than U+0020: no-break (U+00A0), narrow no-break (U+202F), the typographic
// (U+2000–200A), ideographic and others. Articles join words with them ("kendaraan monitoring"
// typeset with U+00A0) where a reader types a space.
const OTHER_SPACES = /[^\P{Zs} ]/gu;

/**
 * The text with every space character a plain space. Each is one UTF-16 unit, as the space is,
 * so offsets into the result are offsets into the text.
 */
export function plainSpaces(text: string): string {
	return text.replace(OTHER_SPACES, ' ');
}

/** The form of a name or query the finder searches: lower-cased, diacritics removed, spaces plain. */
export function searchText(text: string): string {
	const lower = text.toLowerCase();
	if (!NON_ASCII.test(lower)) return lower;
	return plainSpaces(lower).normalize('NFD').replace(MARKS, '').replace(NON_DECOMPOSABLE_CHARS, (char) => NON_DECOMPOSABLE[char] ?? char);
}
