/**
 * Text as the finder compares it: lower case, without diacritics ("Nguyễn" → "nguyen",
 * "Łukasz" → "lukasz"). Names are normalized once when the index is built and the query once per
 * keystroke, so fuse.js and the candidate filter both compare exactly the same strings.
 */

// Letters that carry a stroke rather than a combining mark, so NFD does not take them apart
// (the same mapping fuse.js applies for ignoreDiacritics).
const NON_DECOMPOSABLE: Readonly<Record<string, string>> = {ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss'};
const NON_DECOMPOSABLE_CHARS = /[łđøħŧıß]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The form of a name or query the finder searches: lower-cased, diacritics removed. */
export function searchText(text: string): string {
	const lower = text.toLowerCase();
	if (!NON_ASCII.test(lower)) return lower;
	return lower.normalize('NFD').replace(MARKS, '').replace(NON_DECOMPOSABLE_CHARS, (char) => NON_DECOMPOSABLE[char] ?? char);
}
