/**
 * Choosing which candidates fuse.js ranks, best bound first, so it ranks as few as possible while
 * the result stays exactly its own: a candidate is left out only when its bound proves it cannot
 * enter the first `limit` (worse than the last result's score, or equal to it and later in the list).
 */
import type {FuseResult} from 'fuse.js';

/** Candidates given to fuse.js at a time once the first `limit` are ranked. */
const CHUNK = 256;

export interface NarrowedRanking<T> {
	/** Positions of the candidates (records that could match). */
	readonly candidates: Int32Array;
	/** Each position's lower bound of its score (indexed by position); refine raises it to a tighter one. */
	readonly bound: Float64Array;
	/** The document index fuse.js breaks ties with. */
	readonly listIndex: (position: number) => number;
	/** Replaces a position's bound by a tighter one; false if it cannot match after all. */
	readonly refine: (position: number) => boolean;
	/** fuse.js's results over these positions. */
	readonly rank: (positions: readonly number[]) => FuseResult<T>[];
	readonly limit: number;
	/** Scratch as long as the list of records, zeroed: marks of the positions ranked first (left zeroed). */
	readonly marks: Uint8Array;
	/** Scratch as long as the list of records. */
	readonly values: Float64Array;
}

/** fuse.js's own order: score, then position in the list. */
function fuseOrder(a: FuseResult<unknown>, b: FuseResult<unknown>): number {
	const sa = a.score ?? 0;
	const sb = b.score ?? 0;
	return sa === sb ? a.refIndex - b.refIndex : sa - sb;
}

/** fuse.js's first `limit` results over all candidates, ranking only those that can be among them. */
export function rankNarrowed<T>(ranking: NarrowedRanking<T>): FuseResult<T>[] {
	const {candidates, bound, listIndex, refine, rank, limit, marks} = ranking;
	if (candidates.length === 0) return [];
	const byBound = (a: number, b: number) => bound[a]! - bound[b]! || listIndex(a) - listIndex(b);

	// The first ranking: the best by bound, their bounds tightened, the best of those ranked.
	const pool = smallest(candidates, bound, 2 * limit, byBound, ranking.values).filter(refine).sort(byBound);
	const first = pool.slice(0, limit);
	let results = rank(first);
	for (const position of first) marks[position] = 1;

	const canEnter = (position: number) => {
		if (results.length < limit) return true;
		const last = results[limit - 1]!;
		const score = last.score ?? 0;
		return bound[position]! < score || (bound[position] === score && listIndex(position) < last.refIndex);
	};
	// Then whatever could still enter, tightened, best first, until the next cannot.
	const rest: number[] = [];
	for (const position of candidates) {
		if (marks[position] === 0 && canEnter(position) && refine(position) && canEnter(position)) rest.push(position);
	}
	for (const position of first) marks[position] = 0;
	rest.sort(byBound);
	for (let at = 0; at < rest.length && canEnter(rest[at]!); ) {
		const batch: number[] = [];
		while (at < rest.length && batch.length < CHUNK && canEnter(rest[at]!)) batch.push(rest[at++]!);
		results = [...results, ...rank(batch)].sort(fuseOrder).slice(0, limit);
	}
	return results;
}

/** The `count` positions with the smallest bounds (ties at the cut broken by `order`), without sorting them all. */
function smallest(candidates: Int32Array, bound: Float64Array, count: number, order: (a: number, b: number) => number, scratch: Float64Array): number[] {
	if (candidates.length <= count) return Array.from(candidates);
	// A plain loop: Float64Array.from with a mapping function is many times slower in V8.
	const values = scratch.subarray(0, candidates.length);
	for (let c = 0; c < candidates.length; c++) values[c] = bound[candidates[c]!]!;
	const cut = nthSmallest(values, count - 1);
	const chosen: number[] = [];
	const tied: number[] = [];
	for (const position of candidates) {
		if (bound[position]! < cut) chosen.push(position);
		else if (bound[position] === cut) tied.push(position);
	}
	tied.sort(order);
	return [...chosen, ...tied.slice(0, Math.max(0, count - chosen.length))];
}

/** The n-th smallest value (0-based) by quickselect; reorders `values`. */
function nthSmallest(values: Float64Array, n: number): number {
	let lo = 0;
	let hi = values.length - 1;
	while (lo < hi) {
		const pivot = values[(lo + hi) >>> 1]!;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i]! < pivot) i++;
			while (values[j]! > pivot) j--;
			if (i <= j) {
				const swap = values[i]!;
				values[i++] = values[j]!;
				values[j--] = swap;
			}
		}
		if (n <= j) hi = j;
		else if (n >= i) lo = i;
		else return values[n]!;
	}
	return values[lo]!;
}
