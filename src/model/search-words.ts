/**
 * What a query of several words is, for the finder (search-candidates.ts searches by them): its
 * words, which of them must be held as written, and how the places each matched are put together.
 * A record is found when it holds every word (each forgiving a typo, a number only as written), or
 * when the whole query matches it as a phrase with one error at most.
 */
import type {FuseResultMatch} from 'fuse.js';

/** Matches of the same text (key and index in it) as one, their ranges together. */
export function joinedMatches(matches: readonly FuseResultMatch[]): FuseResultMatch[] {
	const byText = new Map<string, FuseResultMatch>();
	for (const match of matches) {
		const at = `${match.key ?? ''}\u0000${match.refIndex ?? 0}`;
		const known = byText.get(at);
		byText.set(at, known ? {...known, indices: [...known.indices, ...match.indices]} : match);
	}
	return [...byText.values()];
}

/**
 * The most words a query is searched by one by one. Each word searched keeps a score for every
 * record (8 MB a word at a million records, kept for the next keystrokes): more words than a
 * reader types to narrow a search are a passage pasted, found by its longest words.
 */
const MOST_WORDS = 8;
/** Bitap patterns longer than this are cut into pieces by fuse.js (bitapPieces). */
export const MAX_PATTERN = 32;
/** What makes a typed token a word: a letter or a digit. "-", "/" or "&" between words only joins them. */
const WORD = /[\p{L}\p{N}]/u;
/** Brackets and quotation marks before or after a word's letters and digits. */
const EDGE_PUNCTUATION = /^[()[\]{}"'“”‘’«»]+|[()[\]{}"'“”‘’«»]+$/gu;

/**
 * The words a pattern of several is searched by, each once, in the order typed: its tokens with a
 * letter or a digit; of more than MOST_WORDS (a passage pasted), the MOST_WORDS longest (the
 * short ones, "dan", "di", are in every text). None when it is a single token other than a
 * number (the phrase is the word) or when a word is past 32 characters (fuse.js cuts it into
 * pieces; no word a reader types): then the phrase alone.
 */
export function queryWords(pattern: string): string[] {
	// A comma, a semicolon or a slash between words parts them as a space does ("meutya/nong"), but
	// not a decimal comma ("Rp1,2 miliar", "1,5 meter"); a bracket or quotation mark around a word is
	// no part of it ("Minggu (2/3/2025)", "“kerja").
	const tokens = new Set(pattern.split(/(?:[\s;/]|,(?!\p{Nd})|(?<!\p{Nd}),)+/u).map(withoutEdgePunctuation).filter((token) => token !== ''));
	const words = [...tokens].filter((token) => WORD.test(token));
	// One token is the phrase itself, unless a number, which is found only as written.
	if ((tokens.size < 2 && !(words.length === 1 && isNumberWord(words[0]!))) || words.some((word) => word.length > MAX_PATTERN)) return [];
	if (words.length <= MOST_WORDS) return words;
	const longest = new Set(words.map((word, i) => ({word, i})).sort((a, b) => b.word.length - a.word.length || a.i - b.i).slice(0, MOST_WORDS).map(({word}) => word));
	return words.filter((word) => longest.has(word));
}

/** A token without the brackets and quotation marks around it ("(komdigi)", "“kerja"). */
export function withoutEdgePunctuation(token: string): string {
	return token.replace(EDGE_PUNCTUATION, '');
}

/** The threshold under which fuse.js allows a pattern of m characters one error at most (none where `threshold` allows none). */
export function nearThreshold(m: number, threshold: number): number {
	return Math.min(1 / m, threshold);
}

/**
 * The words a document found near a query's phrase (one error at most) must still hold as
 * written: its numbers, and its words of fewer than four characters, where one error is a
 * quarter of the word or more ("ix" against "iv" is another commission).
 */
export function nearWordsRequired(words: readonly string[]): string[] {
	return words.filter((word) => isNumberWord(word) || word.length < 4);
}

/** Whether a word holds a digit: a number is a fact, found only as written ("25" is not "26", nor "1.500" "1.00"). */
export function isNumberWord(word: string): boolean {
	return /\p{N}/u.test(word);
}

/**
 * Whether `text` holds `word` as written: a number (a word with a digit) only where it is not part
 * of a longer one, "2" not in "2025" or "12", "500" or "1" not in "1.500", "1,5" not in "1,50";
 * "25" is in "25/3", "2025" in "2025-03-02" and "14" in "pukul 14.30" (a time's minutes are no
 * thousands). Other words anywhere, as fuse.js finds them.
 */
export function holdsAsWritten(text: string, word: string): boolean {
	if (!isNumberWord(word)) return text.includes(word);
	const startsWithDigit = isDigitAt(word, 0);
	const endsWithDigit = isDigitAt(word, word.length - 1);
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
		const end = at + word.length;
		const joinedBefore = startsWithDigit && (isDigitAt(text, at - 1) || (isSeparatorAt(text, at - 1) && isDigitAt(text, at - 2)));
		const joinedAfter = endsWithDigit && (isDigitAt(text, end) || (text.charAt(end) === ',' && isDigitAt(text, end + 1)) || (text.charAt(end) === '.' && isThousandsGroupAt(text, end + 1)));
		if (!joinedBefore && !joinedAfter) return true;
	}
	return false;
}

const isDigitAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	// ASCII digits by their codes: this runs for every text of every document a number is looked for in.
	return (code >= 0x30 && code <= 0x39) || (code > 0x7f && /\p{Nd}/u.test(text.charAt(at)));
};
/** A dot or comma between digits is inside a number ("1.500", "1,5"). */
const isSeparatorAt = (text: string, at: number) => text.charAt(at) === '.' || text.charAt(at) === ',';
/** Three digits and no fourth: a group of thousands after a dot ("1.500"), not a time's minutes ("pukul 14.30"). */
const isThousandsGroupAt = (text: string, at: number) => isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && !isDigitAt(text, at + 3);
