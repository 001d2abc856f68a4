/**
 * One search of a kind's texts for a pattern: which texts match, each with exactly the errors
 * fuse.js counts, and the score of every record that matches. The table is read a window of
 * records at a time, and of the postings only the query's bigrams', a chunk at a time: at
 * 1,000,000 events the table passes 400 MB, and a search in a fresh process must not hold it.
 *
 * In each window, a text that holds too few of the pattern's pieces is passed over without being
 * read; the others are bounded from below (search-bounds.ts) by what the window's small arrays
 * tell; only those the bounds cannot rule out have their codes read (those close together at once)
 * and their errors counted. A record's score is computed from its texts' errors factor by factor,
 * in fuse.js's order, so it is fuse.js's own, bit for bit.
 */
import {EQUAL, fewestErrors, fewestErrorsInText, hasInexactCodes, holdsCodes, missingCharacters, type PreparedPattern} from './search-bounds.js';
import type {TextTableParts} from './text-table-parts.js';

/** Marks a text that cannot match (its errors pass maxErrors) in `errors`. */
export const NONE = -2;

/** How much of the table a search reads at once (a test makes them small, to cross every edge). */
export interface ReadSizes {
	/** How many texts a window holds at most (more only for a record that has more on its own). */
	readonly windowTexts: number;
	/** How many postings of a bigram are read at once. */
	readonly postingsChunk: number;
	/** Codes to be read that lie closer than this are read at once, the gap with them. */
	readonly readGap: number;
}

/** A window of a few MB of codes, read in a few reads. */
const READ_SIZES: ReadSizes = {windowTexts: 32 * 1024, postingsChunk: 16 * 1024, readGap: 16 * 1024};
/** The most errors a pattern can take, and so the slots of a factor per exponent. */
const MAX_PATTERN = 32;

/** What a search of a kind's texts reads and where it leaves its answer. */
export interface TextSearch {
	readonly parts: TextTableParts;
	/** Record r's texts are recordStart[r] .. recordStart[r + 1] − 1. */
	readonly recordStart: Int32Array;
	/** Texts from .. to − 1 as the finder compares them, read together (for a pattern with folded codes). */
	readonly comparedTexts: (from: number, to: number) => (t: number) => string;
	readonly pattern: PreparedPattern;
	/** Bounds learnt for a pattern this one contains (it takes at least as many errors), or null. */
	readonly known: Int8Array | null;
	/** Receives this pattern's bound of every text's errors, exact where they were counted (for the next keystroke). */
	readonly learnt: Int8Array;
	/** Receives each text's errors: EQUAL, a count up to maxErrors, or NONE. */
	readonly errors: Int8Array;
	/** Receives the records that match, in order… */
	readonly matched: Int32Array;
	/** …and the score of each, at its index. */
	readonly score: Float64Array;
}

/** A bigram's postings read a chunk at a time, in step with the windows. */
class PostingsCursor {
	private readonly buffer: Int32Array;
	private readonly length: number;
	private read = 0;
	private held = 0;
	private at = 0;

	constructor(
		private readonly parts: TextTableParts,
		private readonly bigram: number,
		/** How many of the pattern's pieces are this bigram. */
		private readonly weight: number,
		chunk: number,
	) {
		this.length = parts.bigramStart[bigram + 1]! - parts.bigramStart[bigram]!;
		this.buffer = new Int32Array(Math.min(chunk, this.length));
	}

	/** Add the weight to found[t − from] for every text t before `to` that holds the bigram (texts before `from` are behind). */
	count(from: number, to: number, found: Uint8Array): void {
		const {buffer, weight} = this;
		for (;;) {
			while (this.at < this.held) {
				const t = buffer[this.at]!;
				if (t >= to) return;
				found[t - from]! += weight;
				this.at++;
			}
			if (this.read === this.length) return;
			const next = Math.min(this.length, this.read + buffer.length);
			this.parts.postings(this.bigram, this.read, next, buffer);
			this.held = next - this.read;
			this.read = next;
			this.at = 0;
		}
	}
}

/** The cursors over the postings of the pattern's pieces of two characters (the same bigram twice counts twice). */
function pieceCursors(parts: TextTableParts, pattern: PreparedPattern, chunk: number): PostingsCursor[] {
	const weights = new Map<number, number>();
	for (let i = 0; i + 1 < pattern.codes.length; i += 2) {
		const bigram = pattern.codes[i]! * 64 + pattern.codes[i + 1]!;
		weights.set(bigram, (weights.get(bigram) ?? 0) + 1);
	}
	return [...weights].map(([bigram, weight]) => new PostingsCursor(parts, bigram, weight, chunk));
}

/**
 * Search every text for the pattern; returns how many records match. Each record's score is
 * the product of score^(weight · norm) over its texts that match, as fuse.js computes it.
 */
export function searchTexts(search: TextSearch, sizes: ReadSizes = READ_SIZES): number {
	const {parts, recordStart, pattern, known, learnt, errors, matched, score} = search;
	const {maxErrors} = pattern;
	const m = pattern.text.length;
	const pieces = Math.ceil(m / 2);
	const needed = pieces - maxErrors;
	// A text holding no piece takes at least one error per piece; with earlier bounds at hand, those
	// are copied whole instead (a copy is far cheaper than a pass that would raise them).
	if (known === null) learnt.fill(Math.min(127, needed <= 0 ? maxErrors + 1 : pieces));
	else learnt.set(known);
	// So lenient a threshold that a text without any piece may match: every text is a candidate.
	const cursors = needed > 0 ? pieceCursors(parts, pattern, sizes.postingsChunk) : [];
	const single = needed > 0 && m % 2 === 1 ? pattern.codes[m - 1]! : -1;
	// For one or two exactly coded characters, holding every piece (counted) is holding the pattern.
	const piecesAreThePattern = needed > 0 && m <= 2 && pattern.exactCodes;

	// factors[exponent · SLOTS + errors + 1]: a text's factor in its record's score, once per query and value.
	const SLOTS = MAX_PATTERN + 2;
	const factors = new Float64Array(parts.exponents.length * SLOTS).fill(Number.NaN);
	const factor = (exponent: number, count: number) => {
		const slot = exponent * SLOTS + count + 1;
		let value = factors[slot]!;
		if (Number.isNaN(value)) {
			value = Math.pow(count === EQUAL ? Number.EPSILON : Math.max(0.001, count / m), parts.exponents[exponent]!);
			factors[slot] = value;
		}
		return value;
	};

	let found = new Uint8Array(sizes.windowTexts);
	// The texts of a window to be read, each as its index in the window · 2, + 1 if it may hold the pattern.
	let pending = new Int32Array(sizes.windowTexts);
	// The texts of a window that match, by index in the window, in order.
	let hits = new Int32Array(sizes.windowTexts);
	const records = recordStart.length - 1;
	let total = 0;
	for (let r0 = 0; r0 < records; ) {
		const t0 = recordStart[r0]!;
		let r1 = r0 + 1;
		while (r1 < records && recordStart[r1 + 1]! - t0 <= sizes.windowTexts) r1++;
		const t1 = recordStart[r1]!;
		const size = t1 - t0;
		if (size > found.length) {
			found = new Uint8Array(size);
			pending = new Int32Array(size);
			hits = new Int32Array(size);
		}
		errors.fill(NONE, t0, t1);
		// The window's sets of characters, read when first wanted.
		let low: Uint32Array | null = null;
		let high: Uint32Array | null = null;

		// How many pieces each text holds.
		for (const cursor of cursors) cursor.count(t0, t1, found);
		if (single >= 0) {
			const set = single < 32 ? (low = parts.charsLow(t0, t1)) : (high = parts.charsHigh(t0, t1));
			const bit = 1 << (single % 32);
			for (let i = 0; i < size; i++) if ((set[i]! & bit) !== 0) found[i]!++;
		}

		// Bounds from the pieces, the length, what was learnt and the characters; what they cannot rule out waits to be read.
		const starts = parts.starts(t0, t1);
		let pendingCount = 0;
		for (let i = 0; i < size; i++) {
			const pieceCount = found[i]!;
			if (needed > 0 && pieceCount === 0) continue;
			found[i] = 0;
			const t = t0 + i;
			const length = starts[i + 1]! - starts[i]!;
			// Without postings read (every text a candidate), the pieces bound nothing.
			const fewest = Math.max(needed > 0 ? pieces - pieceCount : 0, m - length, known === null ? 0 : known[t]!);
			if (fewest === 0) {
				pending[pendingCount++] = i * 2 + 1;
				continue;
			}
			let bound = fewest;
			if (bound <= maxErrors) {
				low ??= parts.charsLow(t0, t1);
				high ??= parts.charsHigh(t0, t1);
				bound = Math.max(bound, missingCharacters(pattern, low[i]!, high[i]!));
			}
			learnt[t] = Math.min(127, bound);
			if (bound <= maxErrors) pending[pendingCount++] = i * 2;
		}

		// The texts waiting, read a group of neighbours at a time: whether they hold the pattern, else their errors counted.
		let hitCount = 0;
		for (let p = 0; p < pendingCount; ) {
			let q = p + 1;
			while (q < pendingCount && starts[pending[q]! >> 1]! - starts[(pending[q - 1]! >> 1) + 1]! <= sizes.readGap) q++;
			const first = pending[p]! >> 1;
			const last = pending[q - 1]! >> 1;
			const from = starts[first]!;
			let codes: Uint8Array | null = null;
			const codesRead = () => (codes ??= parts.codes(from, starts[last + 1]!));
			let texts: ((t: number) => string) | null = null;
			const textAt = (t: number) => (texts ??= search.comparedTexts(t0 + first, t0 + last + 1))(t);
			for (let n = p; n < q; n++) {
				const i = pending[n]! >> 1;
				const t = t0 + i;
				const a = starts[i]! - from;
				const b = starts[i + 1]! - from;
				if ((pending[n]! & 1) === 1) {
					low ??= parts.charsLow(t0, t1);
					high ??= parts.charsHigh(t0, t1);
					const holds = piecesAreThePattern || (pattern.exactCodes ? holdsCodes(codesRead(), a, b, pattern.codes) : hasInexactCodes(high[i]!) && textAt(t).includes(pattern.text));
					if (holds) {
						errors[t] = b - a === m ? EQUAL : 0;
						learnt[t] = 0;
						hits[hitCount++] = i;
						continue;
					}
					// Not the pattern itself: at least one error, and one per pattern character it lacks.
					const bound = maxErrors === 0 ? 1 : Math.max(1, missingCharacters(pattern, low[i]!, high[i]!));
					learnt[t] = Math.min(127, bound);
					if (bound > maxErrors) continue;
				}
				// A text lacking the whole pattern takes at least one error.
				const count = Math.max(1, pattern.exactCodes ? fewestErrors(codesRead(), a, b, pattern) : fewestErrorsInText(textAt(t), pattern.text));
				learnt[t] = Math.min(127, count);
				if (count <= maxErrors) {
					errors[t] = count;
					hits[hitCount++] = i;
				}
			}
			p = q;
		}

		// The scores of the records that match, from their texts that match (in order).
		const exponentOf = hitCount > 0 ? parts.exponentOf(t0, t1) : null;
		for (let h = 0, r = r0; h < hitCount; r++) {
			while (recordStart[r + 1]! <= t0 + hits[h]!) r++;
			let product = 1;
			for (; h < hitCount && t0 + hits[h]! < recordStart[r + 1]!; h++) product *= factor(exponentOf![hits[h]!]!, errors[t0 + hits[h]!]!);
			matched[total++] = r;
			score[r] = product;
		}
		r0 = r1;
	}
	return total;
}
