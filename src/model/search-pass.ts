/**
 * One search of a kind's texts for a pattern: which texts match, each with exactly the errors
 * fuse.js counts, and the score of every record that matches. The table is read a window of
 * records at a time, and of the postings only the query's bigrams', a chunk at a time: at
 * 1,000,000 events the table passes 400 MB, and a search in a fresh process must not hold it.
 *
 * In each window, a text that holds too few of the pattern's pieces is passed over without being
 * read (for a pattern of one or two characters, holding its piece is holding it: holders); the
 * others are bounded from below (search-bounds.ts) by what the window's small arrays and the
 * postings tell; only those the bounds cannot rule out have their codes read (those close together
 * at once) and their errors counted. A record's score is computed from its texts' errors factor by factor,
 * in fuse.js's order, so it is fuse.js's own, bit for bit.
 */
import {EQUAL, fewestErrors, fewestErrorsInText, hasInexactCodes, holdsCodes, missingCharacters, type PreparedPattern} from './search-bounds.js';
import {pieceCursors, type PostingsCursor} from './postings-cursor.js';
import {drain, type Steps} from './steps.js';
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
/** Texts to search past one in this many of a window are searched through the postings (fewToSearch). */
const SPARSE = 8;
/** The slots of a factor per exponent: the errors a pattern of at most 32 characters can take, and EQUAL. */
const SLOTS = 32 + 2;

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
	/**
	 * Whether to count the pattern's overlapping bigrams too, a tighter bound where errors are
	 * allowed: worth their postings only where `known` leaves many texts to count (none known, or
	 * learnt for a pattern allowed fewer errors); else the pieces alone.
	 */
	readonly overlapping?: boolean;
	/** Receives this pattern's bound of every text's errors, exact where they were counted (for the next keystroke; not where `only` leaves a text out). */
	readonly learnt: Int8Array;
	/** When given, only the texts marked 1 here are searched: the others are taken as not matching. */
	readonly only?: Uint8Array | null;
	/** Arrays a search works in, kept for the next (a keystroke's few searches then make no garbage of them). */
	readonly scratch?: WindowScratch;
	/** Receives each text's errors: EQUAL, a count up to maxErrors, or NONE. */
	readonly errors: Int8Array;
	/** Receives the records that match, in order… */
	readonly matched: Int32Array;
	/** …and the score of each, at its index. */
	readonly score: Float64Array;
}

/**
 * Search every text for the pattern; returns how many records match. Each record's score is
 * the product of score^(weight · norm) over its texts that match, as fuse.js computes it.
 */
export function searchTexts(search: TextSearch, sizes: ReadSizes = READ_SIZES): number {
	return drain(searchTextsInSteps(search, sizes));
}

/** searchTexts a window of records at a time: a step a window. */
export function searchTextsInSteps(search: TextSearch, sizes: ReadSizes = READ_SIZES): Steps<number> {
	return new WindowedSearch(search, sizes).steps();
}

/** The arrays a search works in for a window of texts; `found` is all zeros between windows. */
export class WindowScratch {
	found = new Uint8Array(0);
	overlaps = new Uint8Array(0);
	pending = new Int32Array(0);
	hits = new Int32Array(0);

	/** Room for `texts` texts. */
	fit(texts: number): this {
		if (this.found.length < texts) {
			this.found = new Uint8Array(texts);
			this.overlaps = new Uint8Array(texts);
			this.pending = new Int32Array(texts);
			this.hits = new Int32Array(texts);
		}
		return this;
	}
}

/** A search going through the records a window at a time, with what it works out once and the scratch it reuses. */
class WindowedSearch {
	private readonly m: number;
	private readonly pieces: number;
	/** How many pieces a text that matches holds at least (none read when it is not above 0). */
	private readonly needed: number;
	private readonly cursors: PostingsCursor[];
	/** Whether the pattern's overlapping bigrams are counted too (see bound). */
	private readonly overlapping: boolean;
	/** The code of the last character when it is a piece of its own, else −1. */
	private readonly single: number;
	/** For one or two exactly coded characters, holding every piece is holding the pattern (see holders). */
	private readonly piecesAreThePattern: boolean;
	/** factors[exponent · SLOTS + errors + 1]: a text's factor in its record's score, once per query and value (NaN: not yet). */
	private readonly factors: Float64Array;
	/**
	 * found: how many pieces each text of the window holds, and overlaps: how many of the pattern's
	 * overlapping bigrams (when counted); pending: the texts of the window to be read, each as its
	 * index in the window · 2, + 1 if it may hold the pattern; hits: the texts of the window that
	 * match, by index in the window, in order.
	 */
	private readonly scratch: WindowScratch;
	private total = 0;

	constructor(
		private readonly search: TextSearch,
		private readonly sizes: ReadSizes,
	) {
		const {pattern, parts} = search;
		this.m = pattern.text.length;
		this.pieces = Math.ceil(this.m / 2);
		this.needed = this.pieces - pattern.maxErrors;
		// So lenient a threshold that a text without any piece may match: every text is a candidate.
		this.overlapping = this.needed > 0 && pattern.maxErrors > 0 && search.overlapping === true;
		this.cursors = this.needed > 0 ? pieceCursors(parts, pattern, sizes.postingsChunk, this.overlapping) : [];
		this.single = this.needed > 0 && this.m % 2 === 1 ? pattern.codes[this.m - 1]! : -1;
		this.piecesAreThePattern = this.needed > 0 && this.m <= 2 && pattern.exactCodes;
		this.factors = new Float64Array(parts.exponents.length * SLOTS).fill(Number.NaN);
		this.scratch = (search.scratch ?? new WindowScratch()).fit(sizes.windowTexts);
	}

	*steps(): Steps<number> {
		const {recordStart, known, learnt, pattern} = this.search;
		// A text holding no piece takes at least one error per piece; with earlier bounds at hand, those
		// are copied whole instead (a copy is far cheaper than a pass that would raise them).
		if (known === null) learnt.fill(Math.min(127, this.needed <= 0 ? pattern.maxErrors + 1 : this.pieces));
		else learnt.set(known);
		const records = recordStart.length - 1;
		for (let r0 = 0; r0 < records; ) {
			const r1 = this.windowEnd(r0);
			this.searchWindow(r0, r1);
			r0 = r1;
			yield;
		}
		return this.total;
	}

	/**
	 * Where the window of records from r0 ends: as many records as fit windowTexts, one at least.
	 * Found by halving (record starts only grow): stepping through them cost every search a pass
	 * over all the records. (Out of the generator, which V8 optimizes less.)
	 */
	private windowEnd(r0: number): number {
		const {recordStart} = this.search;
		const records = recordStart.length - 1;
		const last = recordStart[r0]! + this.sizes.windowTexts;
		// The first r1 > r0 whose records r0 .. r1 − 1 fit, and r1 + 1 .. does not: lo fits, hi is past.
		let lo = r0 + 1;
		let hi = records + 1;
		while (hi - lo > 1) {
			const mid = (lo + hi) >>> 1;
			if (recordStart[mid]! <= last) lo = mid;
			else hi = mid;
		}
		return Math.min(lo, records);
	}

	/** Search records r0 .. r1 − 1. */
	private searchWindow(r0: number, r1: number): void {
		const {parts, recordStart, errors} = this.search;
		const t0 = recordStart[r0]!;
		const t1 = recordStart[r1]!;
		this.scratch.fit(t1 - t0);
		errors.fill(NONE, t0, t1);
		const {only} = this.search;
		// A window with no text to search is not read at all.
		if (only && only.subarray(t0, t1).indexOf(1) === -1) return;
		const window: Window = {t0, t1, starts: parts.starts(t0, t1), low: null, high: null};
		let hitCount: number;
		const few = only ? this.fewToSearch(window, only) : 0;
		if (few > 0) hitCount = this.countErrors(window, few);
		else if (this.piecesAreThePattern) hitCount = this.holders(window);
		else {
			this.countPieces(window);
			hitCount = this.countErrors(window, this.bound(window));
		}
		if (hitCount > 0) this.score(window, r0, hitCount);
	}

	/**
	 * When `only` leaves few texts of the window to search (one in SPARSE or fewer), each is listed in
	 * `pending` to have its errors counted, the postings and bounds passed over: reading the bigrams'
	 * postings of the whole window would cost more than counting a few texts. Returns how many, or 0
	 * when there are more (and the window is searched as usual).
	 */
	private fewToSearch(window: Window, only: Uint8Array): number {
		const {t0, t1} = window;
		const most = Math.floor((t1 - t0) / SPARSE);
		let count = 0;
		for (let i = 0; i < t1 - t0; i++) {
			if (only[t0 + i] !== 1) continue;
			if (count === most) return 0;
			this.scratch.pending[count++] = i * 2 + 1;
		}
		return count;
	}

	/**
	 * For a pattern of one or two exactly coded characters, the texts holding its piece hold the
	 * pattern: each is a hit, with no error (EQUAL when it is the pattern), found in one pass over
	 * the character sets or the bigram's postings. (A first keystroke matches most texts: this is
	 * what countPieces, bound and countErrors find for them, without their passes over every text.)
	 * Lists the hits in `hits`; returns how many.
	 */
	private holders(window: Window): number {
		const {t0, t1, starts} = window;
		const {learnt, errors} = this.search;
		const {m, single} = this;
		const {hits} = this.scratch;
		let hitCount: number;
		if (single >= 0) {
			const set = single < 32 ? charsLow(this.search.parts, window) : charsHigh(this.search.parts, window);
			const bit = 1 << (single % 32);
			hitCount = 0;
			for (let i = 0; i < t1 - t0; i++) if ((set[i]! & bit) !== 0) hits[hitCount++] = i;
		} else hitCount = this.cursors[0]!.list(t0, t1, hits);
		const {only} = this.search;
		if (only) {
			let kept = 0;
			for (let h = 0; h < hitCount; h++) if (only[t0 + hits[h]!] === 1) hits[kept++] = hits[h]!;
			hitCount = kept;
		}
		for (let h = 0; h < hitCount; h++) {
			const i = hits[h]!;
			errors[t0 + i] = starts[i + 1]! - starts[i]! === m ? EQUAL : 0;
			learnt[t0 + i] = 0;
		}
		return hitCount;
	}

	/** How many of the pattern's pieces each text of the window holds, into `found`. */
	private countPieces(window: Window): void {
		const {t0, t1} = window;
		const {single} = this;
		const {found, overlaps} = this.scratch;
		if (this.overlapping) overlaps.fill(0, 0, t1 - t0);
		for (const cursor of this.cursors) cursor.count(t0, t1, found, overlaps);
		if (single >= 0) {
			const set = single < 32 ? charsLow(this.search.parts, window) : charsHigh(this.search.parts, window);
			const bit = 1 << (single % 32);
			for (let i = 0; i < t1 - t0; i++) if ((set[i]! & bit) !== 0) found[i]!++;
		}
	}

	/** Bounds from the pieces, the length, what was learnt and the characters; what they cannot rule out is listed in `pending`. Returns how many. */
	private bound(window: Window): number {
		const {t0, t1, starts} = window;
		const {parts, pattern, known, learnt, only} = this.search;
		const {maxErrors} = pattern;
		const {overlapping, needed, pieces, m} = this;
		const {found, overlaps, pending} = this.scratch;
		let pendingCount = 0;
		for (let i = 0; i < t1 - t0; i++) {
			const pieceCount = found[i]!;
			if (needed > 0 && pieceCount === 0) continue;
			found[i] = 0;
			const t = t0 + i;
			if (only && only[t] !== 1) continue;
			// Without postings read (every text a candidate), the pieces bound nothing.
			let fewest = Math.max(needed > 0 ? pieces - pieceCount : 0, m - (starts[i + 1]! - starts[i]!), known === null ? 0 : known[t]!);
			// An error breaks at most two of the m − 1 overlapping bigrams: each two missing are an error.
			if (overlapping) fewest = Math.max(fewest, (m - overlaps[i]!) >> 1);
			if (fewest === 0) {
				pending[pendingCount++] = i * 2 + 1;
				continue;
			}
			let bound = fewest;
			if (bound <= maxErrors) bound = Math.max(bound, missingCharacters(pattern, charsLow(parts, window)[i]!, charsHigh(parts, window)[i]!));
			learnt[t] = Math.min(127, bound);
			if (bound <= maxErrors) pending[pendingCount++] = i * 2;
		}
		return pendingCount;
	}

	/**
	 * The texts pending, read a group of neighbours at a time: whether each holds the pattern, else
	 * its errors counted. Those that match are listed in `hits`; returns how many.
	 */
	private countErrors(window: Window, pendingCount: number): number {
		const {t0, starts} = window;
		const {parts, pattern, learnt, errors} = this.search;
		const {maxErrors} = pattern;
		const {m} = this;
		const {pending, hits} = this.scratch;
		let hitCount = 0;
		for (let p = 0; p < pendingCount; ) {
			let q = p + 1;
			while (q < pendingCount && starts[pending[q]! >> 1]! - starts[(pending[q - 1]! >> 1) + 1]! <= this.sizes.readGap) q++;
			const first = pending[p]! >> 1;
			const last = pending[q - 1]! >> 1;
			const from = starts[first]!;
			let codes: Uint8Array | null = null;
			const codesRead = () => (codes ??= parts.codes(from, starts[last + 1]!));
			let texts: ((t: number) => string) | null = null;
			const textAt = (t: number) => (texts ??= this.search.comparedTexts(t0 + first, t0 + last + 1))(t);
			for (let n = p; n < q; n++) {
				const i = pending[n]! >> 1;
				const t = t0 + i;
				const a = starts[i]! - from;
				const b = starts[i + 1]! - from;
				if ((pending[n]! & 1) === 1) {
					const holds = pattern.exactCodes ? holdsCodes(codesRead(), a, b, pattern.codes) : hasInexactCodes(charsHigh(parts, window)[i]!) && textAt(t).includes(pattern.text);
					if (holds) {
						errors[t] = b - a === m ? EQUAL : 0;
						learnt[t] = 0;
						hits[hitCount++] = i;
						continue;
					}
					// Not the pattern itself: at least one error, and one per pattern character it lacks.
					const bound = maxErrors === 0 ? 1 : Math.max(1, missingCharacters(pattern, charsLow(parts, window)[i]!, charsHigh(parts, window)[i]!));
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
		return hitCount;
	}

	/** The scores of the records of the window that match, from their texts that match (listed in order). */
	private score(window: Window, r0: number, hitCount: number): void {
		const {t0, t1} = window;
		const {parts, recordStart, errors, matched, score} = this.search;
		const {factors, m} = this;
		const {hits} = this.scratch;
		const exponentOf = parts.exponentOf(t0, t1);
		for (let h = 0, r = r0; h < hitCount; r++) {
			while (recordStart[r + 1]! <= t0 + hits[h]!) r++;
			let product = 1;
			for (; h < hitCount && t0 + hits[h]! < recordStart[r + 1]!; h++) {
				const count = errors[t0 + hits[h]!]!;
				const exponent = exponentOf[hits[h]!]!;
				const slot = exponent * SLOTS + count + 1;
				if (Number.isNaN(factors[slot])) factors[slot] = Math.pow(count === EQUAL ? Number.EPSILON : Math.max(0.001, count / m), parts.exponents[exponent]!);
				product *= factors[slot]!;
			}
			matched[this.total++] = r;
			score[r] = product;
		}
	}
}

/** A window of texts t0 .. t1 − 1: where they start among the codes, and their sets of characters once read. */
interface Window {
	readonly t0: number;
	readonly t1: number;
	readonly starts: Int32Array;
	low: Uint32Array | null;
	high: Uint32Array | null;
}

/** The window's codes 0–31 of each text, read when first wanted. */
function charsLow(parts: TextTableParts, window: Window): Uint32Array {
	return (window.low ??= parts.charsLow(window.t0, window.t1));
}

/** The window's codes 32–63 of each text, read when first wanted. */
function charsHigh(parts: TextTableParts, window: Window): Uint32Array {
	return (window.high ??= parts.charsHigh(window.t0, window.t1));
}
