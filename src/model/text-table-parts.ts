/**
 * The finder's table of texts (search-table.ts builds it) as a search reads it: a range of texts at
 * a time. A store keeps the table so that a search in a fresh process does not fold and index every
 * text again, and a search reads of it only windows of texts (at 1,000,000 events its arrays pass
 * 400 MB) and, of the postings, only those of the query's bigrams, a chunk at a time.
 */

/** The table as the build makes it and a store writes it: whole arrays. */
export interface TextTableArrays {
	/** Each text's characters as codes: text t is codes[start[t] .. start[t + 1]). */
	readonly codes: Uint8Array;
	readonly start: Int32Array;
	/** Which character codes occur in each text, in two 32-bit halves. */
	readonly charsLow: Uint32Array;
	readonly charsHigh: Uint32Array;
	/** Where each bigram's postings start among all of them (one more than the bigrams). */
	readonly bigramStart: Int32Array;
	/** The texts holding each bigram, in text order, bigram after bigram. */
	readonly bigramTexts: Int32Array;
	/** Each text's exponent, as an index into `exponents` (and `norms`). */
	readonly exponentOf: Uint16Array;
	readonly exponents: Float64Array;
	readonly norms: Float64Array;
	/** The keys' weights the exponents were computed with. */
	readonly weights: Float64Array;
}

/**
 * The table read by ranges. Each range read gives a view that stays valid until the next read of
 * the same part (a store reads into one buffer per part), so a window's parts can be used together.
 */
export interface TextTableParts {
	/** How many texts. */
	readonly count: number;
	/** Where each bigram's postings start among all of them (one more than the bigrams). */
	readonly bigramStart: Int32Array;
	readonly exponents: Float64Array;
	readonly norms: Float64Array;
	/** The keys' weights the exponents were computed with. */
	readonly weights: Float64Array;
	/** Where texts from .. to start among the codes: start[from .. to], to − from + 1 values. */
	starts(from: number, to: number): Int32Array;
	/** The character codes occurring in texts from .. to − 1, codes 0–31 as bits… */
	charsLow(from: number, to: number): Uint32Array;
	/** …and codes 32–63. */
	charsHigh(from: number, to: number): Uint32Array;
	/** The exponents of texts from .. to − 1, as indexes into `exponents` and `norms`. */
	exponentOf(from: number, to: number): Uint16Array;
	/** The codes from offset `from` to offset `to` (as `starts` gives them). */
	codes(from: number, to: number): Uint8Array;
	/** Entries from .. to − 1 of a bigram's postings (the texts holding it, ascending), written into `into`. */
	postings(bigram: number, from: number, to: number, into: Int32Array): void;
	/**
	 * Read every part whole now and answer from memory from then on, if the table is small enough to
	 * keep (a store's; the explorer asks, as it searches again at every keystroke).
	 */
	keep?(): void;
}

/** The parts of the table read by ranges of texts or codes. */
export type TextRanges = Pick<TextTableParts, 'starts' | 'charsLow' | 'charsHigh' | 'exponentOf' | 'codes'>;

/** Ranges of arrays held in memory: views of them, nothing copied. */
export function rangesOfArrays(arrays: Pick<TextTableArrays, 'codes' | 'start' | 'charsLow' | 'charsHigh' | 'exponentOf'>): TextRanges {
	const {codes, start, charsLow, charsHigh, exponentOf} = arrays;
	return {
		starts: (from, to) => start.subarray(from, to + 1),
		charsLow: (from, to) => charsLow.subarray(from, to),
		charsHigh: (from, to) => charsHigh.subarray(from, to),
		exponentOf: (from, to) => exponentOf.subarray(from, to),
		codes: (from, to) => codes.subarray(from, to),
	};
}

/** The parts of a table held in memory. */
export function partsOfArrays(arrays: TextTableArrays): TextTableParts {
	const {bigramStart, bigramTexts} = arrays;
	return {
		count: arrays.start.length - 1,
		bigramStart,
		exponents: arrays.exponents,
		norms: arrays.norms,
		weights: arrays.weights,
		...rangesOfArrays(arrays),
		postings: (bigram, from, to, into) => into.set(bigramTexts.subarray(bigramStart[bigram]! + from, bigramStart[bigram]! + to)),
	};
}
