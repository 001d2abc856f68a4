/**
 * How few errors each searchable text could take for a pattern, found for a hundred thousand
 * texts within a keystroke. fuse.js's bitap scores a text max(0.001, errors / m), where errors is
 * the fewest insertions, deletions and substitutions that turn the pattern (m characters) into some
 * substring of the text; 0 when the text equals the pattern; no match past maxErrors = ⌊t·m⌋.
 *
 * The errors are bounded from below three ways, each cheap for every text (search-pass.ts):
 * - pigeonhole: cut the pattern into p disjoint pieces (bigrams, and a last single character); an
 *   error breaks at most one piece, so a text holding only f of them needs at least p − f errors;
 * - characters: each pattern character the text lacks altogether is an error;
 * - length: a text of L characters leaves at least m − L of the pattern unmatched;
 * - overlapping bigrams (the q-gram lemma): an error breaks at most two of the pattern's m − 1
 *   bigrams, so a text holding only g of them needs at least ⌈(m − 1 − g) / 2⌉ errors.
 * A text whose bound passes maxErrors cannot match; a text holding the whole pattern takes 0.
 * fewestErrors counts the errors exactly, with Myers' bit-parallel algorithm, where that matters.
 *
 * Characters are compared as 6-bit codes, exact for a–z, 0–9 and space; other characters share
 * codes, which can only make a text look closer than it is. So every count here is at most
 * fuse.js's (a lower bound of the score), and equal to it for plain Latin text.
 */

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
/** How many bigrams of codes there are (bigramOf numbers them). */
export const BIGRAMS = 64 * 64;

/** A bigram's number: its first code · 64 + its second. */
export function bigramOf(first: number, second: number): number {
	return first * 64 + second;
}

/** The texts holding bigram c: bigramTexts[bigramStart[c] .. bigramStart[c + 1]), and each text's characters as a set. */
export interface CodeIndex {
	readonly charsLow: Uint32Array;
	readonly charsHigh: Uint32Array;
	readonly bigramStart: Int32Array;
	readonly bigramTexts: Int32Array;
}

/** Index texts given as codes (text t is codes[start[t] .. start[t + 1])): the sets of their characters, the postings of their bigrams. */
export function indexCodes(codes: Uint8Array, start: Int32Array): CodeIndex {
	const count = start.length - 1;
	const charsLow = new Uint32Array(count);
	const charsHigh = new Uint32Array(count);
	const bigramStart = new Int32Array(BIGRAMS + 1);
	const lastSeen = new Int32Array(BIGRAMS).fill(-1);
	countBigrams(codes, 0, start, 0, count, charsLow, charsHigh, bigramStart, lastSeen);
	for (let c = 0; c < BIGRAMS; c++) bigramStart[c + 1]! += bigramStart[c]!;
	const bigramTexts = new Int32Array(bigramStart[BIGRAMS]!);
	lastSeen.fill(-1);
	fillPostings(codes, 0, start, 0, count, bigramStart.slice(0, BIGRAMS), bigramTexts, lastSeen);
	return {charsLow, charsHigh, bigramStart, bigramTexts};
}

/*
 * The two passes of indexing, over texts from .. to − 1 whose codes are `codes` from offset
 * `codeBase` on (text t is codes[start[t] − codeBase .. start[t + 1] − codeBase)): a whole table's
 * in one call, a store build's a few MB of codes at a time (store/search-file.ts). Each pass
 * goes over every code (a million events' texts are some 300 million): each text's bounds and sets
 * in locals, the first code apart, so that the loops read and write little else. `lastSeen` holds,
 * per bigram, the last text that counted it (-1 for none), so successive calls continue each other.
 */

/** Pass one: each text's characters as sets (into charsLow/charsHigh[t − from]), and how many texts hold each bigram (added to counts[bigram + 1]). */
export function countBigrams(codes: Uint8Array, codeBase: number, start: Int32Array, from: number, to: number, charsLow: Uint32Array, charsHigh: Uint32Array, counts: Int32Array, lastSeen: Int32Array): void {
	for (let t = from; t < to; t++) {
		const first = start[t]! - codeBase;
		const end = start[t + 1]! - codeBase;
		if (first === end) continue;
		let previous = codes[first]!;
		let low = previous < 32 ? 1 << previous : 0;
		let high = previous < 32 ? 0 : 1 << (previous - 32);
		for (let at = first + 1; at < end; at++) {
			const code = codes[at]!;
			if (code < 32) low |= 1 << code;
			else high |= 1 << (code - 32);
			const bigram = bigramOf(previous, code);
			previous = code;
			if (lastSeen[bigram] !== t) {
				lastSeen[bigram] = t;
				counts[bigram + 1]!++;
			}
		}
		charsLow[t - from] = low;
		charsHigh[t - from] = high;
	}
}

/** Pass two: each text's number written once under each bigram it holds, at postings[fill[bigram]++]. */
export function fillPostings(codes: Uint8Array, codeBase: number, start: Int32Array, from: number, to: number, fill: Int32Array, postings: Int32Array, lastSeen: Int32Array): void {
	for (let t = from; t < to; t++) {
		const first = start[t]! - codeBase;
		const end = start[t + 1]! - codeBase;
		if (first === end) continue;
		let previous = codes[first]!;
		for (let at = first + 1; at < end; at++) {
			const code = codes[at]!;
			const bigram = bigramOf(previous, code);
			previous = code;
			if (lastSeen[bigram] !== t) {
				lastSeen[bigram] = t;
				postings[fill[bigram]!++] = t;
			}
		}
	}
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
	/** The codes occurring once in the pattern, as sets (codes 0–31, 32–63)… */
	readonly onceLow: number;
	readonly onceHigh: number;
	/** …and those occurring more often, with how often each occurs. */
	readonly repeatedCodes: readonly number[];
	readonly repetitions: readonly number[];
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
	let onceLow = 0;
	let onceHigh = 0;
	const repeated = [...occurrences].filter(([code, times]) => {
		if (times > 1) return true;
		if (code < 32) onceLow |= 1 << code;
		else onceHigh |= 1 << (code - 32);
		return false;
	});
	return {text, maxErrors, positions, codes, exactCodes, onceLow, onceHigh, repeatedCodes: repeated.map(([code]) => code), repetitions: repeated.map(([, times]) => times)};
}

/**
 * At most how many texts can match the pattern, from its pieces' postings alone (`bigramStart`
 * says how many texts hold each bigram): a text that matches with e errors holds all but e of its
 * pieces, so one at least of any e + 1 of them; the e + 1 rarest bound it. A piece of one
 * character, or a code that stands for several characters, bounds nothing: then every text.
 */
export function matchBound(pattern: PreparedPattern, bigramStart: Int32Array, texts: number): number {
	const {codes, maxErrors} = pattern;
	if (!pattern.exactCodes || codes.length % 2 === 1) return texts;
	const holders: number[] = [];
	for (let i = 0; i + 1 < codes.length; i += 2) {
		const bigram = bigramOf(codes[i]!, codes[i + 1]!);
		holders.push(bigramStart[bigram + 1]! - bigramStart[bigram]!);
	}
	if (holders.length <= maxErrors) return texts;
	holders.sort((a, b) => a - b);
	let bound = 0;
	for (let k = 0; k <= maxErrors; k++) bound += holders[k]!;
	return Math.min(bound, texts);
}

/** How many bits of a 32-bit number are set. */
function bitCount(bits: number): number {
	let x = bits - ((bits >>> 1) & 0x55555555);
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Marks a text equal to the pattern (fuse.js scores it 0). */
export const EQUAL = -1;

/** Whether a text's characters (as a set of codes, two halves) include one of the codes that fold several characters. */
export function hasInexactCodes(charsHigh: number): boolean {
	return (charsHigh & INEXACT_HIGH_BITS) !== 0;
}

/** How many of the pattern's characters a text lacks altogether (each an error), from the set of its codes. */
export function missingCharacters(pattern: PreparedPattern, charsLow: number, charsHigh: number): number {
	let missing = bitCount(pattern.onceLow & ~charsLow) + bitCount(pattern.onceHigh & ~charsHigh);
	const {repeatedCodes, repetitions} = pattern;
	for (let c = 0; c < repeatedCodes.length; c++) {
		const code = repeatedCodes[c]!;
		const chars = code < 32 ? charsLow : charsHigh;
		if ((chars & (1 << (code % 32))) === 0) missing += repetitions[c]!;
	}
	return missing;
}

/** Whether codes[from .. to) hold the pattern, compared by codes (exact when the pattern's codes are). */
export function holdsCodes(codes: Uint8Array, from: number, to: number, pattern: Uint8Array): boolean {
	const m = pattern.length;
	const first = pattern[0]!;
	for (let at = from, last = to - m; at <= last; at++) {
		if (codes[at] !== first) continue;
		let i = 1;
		while (i < m && codes[at + i] === pattern[i]) i++;
		if (i === m) return true;
	}
	return false;
}

/** The fewest errors the pattern takes in codes[from .. to) (Myers 1999, semi-global: a match may start anywhere). */
export function fewestErrors(codes: Uint8Array, from: number, to: number, pattern: PreparedPattern): number {
	return myersErrors(codes, from, to, pattern.positions, pattern.text.length);
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
	const last = m - 1;
	let positive = -1;
	let negative = 0;
	let score = m;
	let best = m;
	for (let j = from; j < to; j++) {
		const equal = positions[codes[j]!]!;
		const vertical = equal | negative;
		const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
		const up = negative | ~(horizontal | positive);
		const down = positive & horizontal;
		// The last row's count goes up or down by the bits there (never both): without a branch, as
		// text makes it unpredictable (a quarter faster over real titles and summaries).
		score += ((up >>> last) & 1) - ((down >>> last) & 1);
		// No carry into the first row: a match may start anywhere in the text.
		const upShifted = up << 1;
		positive = (down << 1) | ~(vertical | upShifted);
		negative = upShifted & vertical;
		best = score < best ? score : best;
	}
	return best;
}
