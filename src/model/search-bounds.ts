/**
 * How few errors each searchable text could take for a pattern, found for a hundred thousand
 * texts within a keystroke. fuse.js's bitap scores a text max(0.001, errors / m), where errors is
 * the fewest insertions, deletions and substitutions that turn the pattern (m characters) into some
 * substring of the text; 0 when the text equals the pattern; no match past maxErrors = ⌊t·m⌋.
 *
 * candidateTexts bounds the errors from below three ways, each cheap for every text:
 * - pigeonhole: cut the pattern into p disjoint pieces (bigrams, and a last single character); an
 *   error breaks at most one piece, so a text holding only f of them needs at least p − f errors;
 * - characters: each pattern character the text lacks altogether is an error;
 * - length: a text of L characters leaves at least m − L of the pattern unmatched.
 * A text whose bound passes maxErrors cannot match; a text holding the whole pattern takes 0.
 * fewestErrors counts the errors exactly, with Myers' bit-parallel algorithm, where that matters.
 *
 * Characters are compared as 6-bit codes, exact for a–z, 0–9 and space; other characters share
 * codes, which can only make a text look closer than it is. So every count here is at most
 * fuse.js's (a lower bound of the score), and equal to it for plain Latin text.
 */

import type {TextTableParts} from './text-table-parts.js';

/** A UTF-16 unit's code: a–z, 0–9 and space exactly; anything else folded into the remaining codes. */
export function charCode(unit: number): number {
	if (unit >= 97 && unit <= 122) return unit - 97;
	if (unit >= 48 && unit <= 57) return unit - 22;
	if (unit === 32) return 36;
	return 37 + (unit % 27);
}
const EXACT_CODES = 37;
// The codes from EXACT_CODES up, as bits of charsHigh: a text without any holds only a–z, 0–9, space.
const INEXACT_HIGH_BITS = ~((1 << (EXACT_CODES - 32)) - 1);
const BIGRAMS = 64 * 64;

/** The texts as codes, with the postings of their bigrams and the set of their characters. */
export interface TextCodes extends Pick<TextTableParts, 'codes' | 'start' | 'charsLow' | 'charsHigh' | 'bigramStart' | 'postings'> {
	readonly count: number;
	/** Text t as fuse.js compares it: where codes are folded, only the text itself can tell. */
	textAt(t: number): string;
}

/** The texts holding bigram code c: bigramTexts[bigramStart[c] .. bigramStart[c + 1]). */
export interface CodeIndex {
	readonly charsLow: Uint32Array;
	readonly charsHigh: Uint32Array;
	readonly bigramStart: Int32Array;
	readonly bigramTexts: Int32Array;
}

/** Index texts given as codes (text t is codes[start[t] .. start[t + 1])) for candidateTexts and fewestErrors. */
export function indexCodes(codes: Uint8Array, start: Int32Array): CodeIndex {
	const count = start.length - 1;
	const charsLow = new Uint32Array(count);
	const charsHigh = new Uint32Array(count);
	const bigramStart = new Int32Array(BIGRAMS + 1);
	const lastSeen = new Int32Array(BIGRAMS).fill(-1);
	for (let t = 0; t < count; t++) {
		for (let at = start[t]!; at < start[t + 1]!; at++) {
			const code = codes[at]!;
			if (code < 32) charsLow[t]! |= 1 << code;
			else charsHigh[t]! |= 1 << (code - 32);
			if (at > start[t]!) {
				const bigram = codes[at - 1]! * 64 + code;
				if (lastSeen[bigram] !== t) {
					lastSeen[bigram] = t;
					bigramStart[bigram + 1]!++;
				}
			}
		}
	}
	for (let c = 0; c < BIGRAMS; c++) bigramStart[c + 1]! += bigramStart[c]!;
	const fill = bigramStart.slice(0, BIGRAMS);
	const bigramTexts = new Int32Array(bigramStart[BIGRAMS]!);
	lastSeen.fill(-1);
	for (let t = 0; t < count; t++) {
		for (let at = start[t]! + 1; at < start[t + 1]!; at++) {
			const bigram = codes[at - 1]! * 64 + codes[at]!;
			if (lastSeen[bigram] !== t) {
				lastSeen[bigram] = t;
				bigramTexts[fill[bigram]!++] = t;
			}
		}
	}
	return {charsLow, charsHigh, bigramStart, bigramTexts};
}

/** A pattern (at most 32 characters) made ready for one search. */
export interface PreparedPattern {
	readonly text: string;
	readonly maxErrors: number;
	/** For each character code, the pattern positions holding it (Myers' Peq). */
	readonly positions: Int32Array;
	/** The pattern's characters as codes. */
	readonly codes: Uint8Array;
	/** Whether every character has an exact code, so codes alone decide containment. */
	readonly exactCodes: boolean;
	/** The pattern's distinct character codes, and how often each occurs in it. */
	readonly distinctCodes: readonly number[];
	readonly occurrences: readonly number[];
}

/** Prepare a pattern of 1 to 32 characters. */
export function preparePattern(text: string, maxErrors: number): PreparedPattern {
	const positions = new Int32Array(64);
	const codes = new Uint8Array(text.length);
	const occurrences = new Map<number, number>();
	let exactCodes = true;
	for (let i = 0; i < text.length; i++) {
		const code = charCode(text.charCodeAt(i));
		codes[i] = code;
		positions[code]! |= 1 << i;
		occurrences.set(code, (occurrences.get(code) ?? 0) + 1);
		if (code >= EXACT_CODES) exactCodes = false;
	}
	return {text, maxErrors, positions, codes, exactCodes, distinctCodes: [...occurrences.keys()], occurrences: [...occurrences.values()]};
}

/** Marks a text equal to the pattern (fuse.js scores it 0) in CandidateScratch.errors. */
export const EQUAL = -1;

/** Scratch space reused from one keystroke to the next, and where candidateTexts leaves its answer. */
export interface CandidateScratch {
	readonly found: Uint8Array;
	readonly touched: Int32Array;
	/** The texts that could match (the first `count` returned by candidateTexts)… */
	readonly hits: Int32Array;
	/** …the fewest errors each could take (EQUAL for the pattern itself)… */
	readonly errors: Int8Array;
	/** …and whether that count is exact (1) or only a lower bound (0: fewestErrors can tell). */
	readonly exact: Uint8Array;
}

/** Scratch space for an index. */
export function candidateScratch(index: TextCodes): CandidateScratch {
	const size = index.count;
	return {found: new Uint8Array(size), touched: new Int32Array(size), hits: new Int32Array(size), errors: new Int8Array(size), exact: new Uint8Array(size)};
}

/** Whether text t holds the pattern, compared by codes (exact when the pattern's codes are). */
function holdsCodes(index: TextCodes, t: number, pattern: Uint8Array): boolean {
	const {codes, start} = index;
	const m = pattern.length;
	const first = pattern[0]!;
	for (let at = start[t]!, last = start[t + 1]! - m; at <= last; at++) {
		if (codes[at] !== first) continue;
		let i = 1;
		while (i < m && codes[at + i] === pattern[i]) i++;
		if (i === m) return true;
	}
	return false;
}

/** Whether text t holds a pattern that has a folded code: only a text with one of those can. */
function holdsText(index: TextCodes, t: number, pattern: string): boolean {
	return (index.charsHigh[t]! & INEXACT_HIGH_BITS) !== 0 && index.textAt(t).includes(pattern);
}

/**
 * Finds every text that could match the pattern within maxErrors, with the fewest errors it
 * could take (exact when it holds the whole pattern, else a lower bound). Leaves the texts in the
 * scratch and returns how many; texts not listed cannot match. `known`, when given, holds bounds
 * learnt for a pattern this one contains (a longer pattern takes at least as many errors); `learnt`
 * receives this pattern's bounds for every text, to be made exact later where they are counted.
 */
export function candidateTexts(index: TextCodes, scratch: CandidateScratch, pattern: PreparedPattern, known: Int8Array | null, learnt: Int8Array): number {
	const {text: pat, maxErrors, distinctCodes, occurrences} = pattern;
	const m = pat.length;
	const {found, touched, hits, errors, exact} = scratch;
	const pieces = Math.ceil(m / 2);
	const needed = pieces - maxErrors;
	// A text holding no piece takes at least one error per piece; with earlier bounds at hand, those
	// are copied whole instead (a copy is far cheaper than a pass that would raise them).
	if (known === null) learnt.fill(Math.min(127, needed <= 0 ? maxErrors + 1 : pieces));
	else learnt.set(known);
	let touchedCount = 0;
	if (needed <= 0) {
		// So lenient a threshold that a text without any piece may match: every text is a candidate.
		for (let t = 0; t < index.count; t++) touched[touchedCount++] = t;
	} else {
		for (let i = 0; i + 1 < m; i += 2) {
			const bigram = charCode(pat.charCodeAt(i)) * 64 + charCode(pat.charCodeAt(i + 1));
			const postings = index.postings(bigram);
			for (let at = 0; at < postings.length; at++) {
				const t = postings[at]!;
				if (found[t]!++ === 0) touched[touchedCount++] = t;
			}
		}
		if (m % 2 === 1) {
			const code = charCode(pat.charCodeAt(m - 1));
			const chars = code < 32 ? index.charsLow : index.charsHigh;
			const bit = 1 << (code % 32);
			for (let t = 0; t < index.count; t++) {
				if ((chars[t]! & bit) !== 0 && found[t]!++ === 0) touched[touchedCount++] = t;
			}
		}
	}
	// For one or two exactly coded characters, holding every piece is holding the pattern.
	const piecesAreThePattern = m <= 2 && pattern.exactCodes;
	let count = 0;
	for (let n = 0; n < touchedCount; n++) {
		const t = touched[n]!;
		const pieceCount = found[t]!;
		found[t] = 0;
		const length = index.start[t + 1]! - index.start[t]!;
		let fewest = Math.max(pieces - pieceCount, m - length, known === null ? 0 : known[t]!);
		let certain = 0;
		// The codes are compared in one contiguous buffer: much faster than reaching every string.
		if (fewest === 0 && (pattern.exactCodes ? piecesAreThePattern || holdsCodes(index, t, pattern.codes) : holdsText(index, t, pat))) {
			fewest = length === m ? EQUAL : 0;
			certain = 1;
		} else {
			// Not the pattern itself: at least one error, and one per pattern character it lacks.
			fewest = Math.max(1, fewest);
			if (fewest <= maxErrors) {
				let missing = 0;
				for (let c = 0; c < distinctCodes.length; c++) {
					const code = distinctCodes[c]!;
					const chars = code < 32 ? index.charsLow[t]! : index.charsHigh[t]!;
					if ((chars & (1 << (code % 32))) === 0) missing += occurrences[c]!;
				}
				fewest = Math.max(fewest, missing);
			}
			learnt[t] = Math.min(127, fewest);
			if (fewest > maxErrors) continue;
		}
		if (certain === 1) learnt[t] = 0;
		hits[count] = t;
		errors[count] = fewest;
		exact[count++] = certain;
	}
	return count;
}

/** The fewest errors the pattern takes in text t (Myers 1999, semi-global: a match may start anywhere). */
export function fewestErrors(index: TextCodes, t: number, pattern: PreparedPattern): number {
	return myersErrors(index.codes, index.start[t]!, index.start[t + 1]!, pattern.positions, pattern.text.length);
}

/**
 * The fewest errors `pattern` (1 to 32 UTF-16 units) takes in `text`, compared unit by unit as
 * fuse.js compares them: exact where the codes of fewestErrors fold characters together. Each
 * pattern unit gets a code of its own here, and every other unit one code more.
 */
export function fewestErrorsInText(text: string, pattern: string): number {
	const local = new Map<number, number>();
	for (let i = 0; i < pattern.length; i++) if (!local.has(pattern.charCodeAt(i))) local.set(pattern.charCodeAt(i), local.size);
	const positions = new Int32Array(local.size + 1);
	for (let i = 0; i < pattern.length; i++) positions[local.get(pattern.charCodeAt(i))!]! |= 1 << i;
	const codes = new Uint8Array(text.length);
	for (let j = 0; j < text.length; j++) codes[j] = local.get(text.charCodeAt(j)) ?? local.size;
	return myersErrors(codes, 0, codes.length, positions, pattern.length);
}

/** Myers' bit-parallel edit distance of a pattern of m ≤ 32 (positions: its Peq by code) against codes[from..to). */
function myersErrors(codes: Uint8Array, from: number, to: number, positions: Int32Array, m: number): number {
	const high = 1 << (m - 1);
	let positive = -1;
	let negative = 0;
	let score = m;
	let best = m;
	for (let j = from; j < to; j++) {
		const equal = positions[codes[j]!]!;
		const vertical = equal | negative;
		const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
		let up = negative | ~(horizontal | positive);
		let down = positive & horizontal;
		if ((up & high) !== 0) score++;
		else if ((down & high) !== 0) score--;
		// No carry into the first row: a match may start anywhere in the text.
		up <<= 1;
		down <<= 1;
		positive = down | ~(vertical | up);
		negative = up & vertical;
		if (score < best) best = score;
	}
	return best;
}
