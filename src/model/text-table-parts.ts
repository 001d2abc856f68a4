/**
 * The finder's table of texts as typed arrays (search-table.ts builds it): what a store keeps so a
 * search in a fresh process does not fold and index every text again. The postings of a bigram
 * are asked for one bigram at a time, so a store reads only those of the query's bigrams.
 */
export interface TextTableParts {
	/** Each text's characters as codes: text t is codes[start[t] .. start[t + 1]). */
	readonly codes: Uint8Array;
	readonly start: Int32Array;
	/** Which character codes occur in each text, in two 32-bit halves. */
	readonly charsLow: Uint32Array;
	readonly charsHigh: Uint32Array;
	/** Where each bigram's postings start among all of them (one more than the bigrams). */
	readonly bigramStart: Int32Array;
	/** The texts holding bigram code c, in order. */
	postings(bigram: number): Int32Array;
	/** The record each text belongs to. */
	readonly ownerOf: Int32Array;
	/** Each text's exponent, as an index into `exponents` (and `norms`). */
	readonly exponentOf: Uint16Array;
	readonly exponents: Float64Array;
	readonly norms: Float64Array;
	/** The keys' weights the exponents were computed with. */
	readonly weights: Float64Array;
}
