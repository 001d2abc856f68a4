/**
 * Choosing which matches fuse.js ranks, best score first, so it ranks as few as possible while the
 * result stays exactly its own: a match is left out only when its score proves it cannot enter the
 * first `limit` (worse than the last result's score, or equal to it and later in the list).
 *
 * Matches are taken best score first from a heap and ranked `limit` at a time, then a few at a time;
 * once `limit` are ranked, the next on the heap is compared with the last result: if it cannot beat
 * it, neither can anything behind it. Among many matches (a first keystroke's ninety thousand at
 * 100,000 entities) the best `limit` are picked first, in one pass, and the rest are put on a heap
 * only if one of them can still enter.
 */
import type {FuseResult} from 'fuse.js';

export interface NarrowedRanking<T> {
	/** The matches, by position in the list; reordered in place. */
	readonly candidates: Int32Array;
	/** Each position's score as fuse.js computes it (indexed by position). */
	readonly score: Float64Array;
	/** fuse.js's results over these positions. */
	readonly rank: (positions: readonly number[]) => FuseResult<T>[];
	readonly limit: number;
}

/** fuse.js's own order: score, then position in the list. */
function fuseOrder(a: FuseResult<unknown>, b: FuseResult<unknown>): number {
	const sa = a.score ?? 0;
	const sb = b.score ?? 0;
	return sa === sb ? a.refIndex - b.refIndex : sa - sb;
}

/** The first `limit` of two lists of fuse.js's results, in its order. */
export function mergeResults<T>(results: readonly FuseResult<T>[], more: readonly FuseResult<T>[], limit: number): FuseResult<T>[] {
	return [...results, ...more].sort(fuseOrder).slice(0, limit);
}

/** Whether position a comes before position b in fuse.js's order of their scores (ties by position). */
function before(score: Float64Array, a: number, b: number): boolean {
	return score[a]! < score[b]! || (score[a] === score[b] && a < b);
}

/** Candidates past this many times `limit` are first narrowed to their best `limit` (moveBestToFront). */
const SELECT_PAST = 4;

/**
 * fuse.js's first `limit` results over all candidates, ranking only those that can be among them.
 * Among many candidates (a first keystroke matches most records) the best `limit` by score are
 * picked in one pass and ranked first: where scores are exact nothing else can enter, and the rest
 * is never ordered. Else, or if one of the rest can still enter, the rest are ranked as before.
 * Either way the results are the first `limit` of every candidate in fuse.js's order.
 */
export function rankNarrowed<T>(ranking: NarrowedRanking<T>): FuseResult<T>[] {
	const {candidates, score, limit} = ranking;
	if (limit <= 0 || candidates.length <= SELECT_PAST * limit) return rankInOrder(ranking, candidates, []);
	moveBestToFront(candidates, score, limit);
	const results = rankInOrder(ranking, candidates.subarray(0, limit), []);
	const rest = candidates.subarray(limit);
	let best = rest[0]!;
	for (let at = 1; at < rest.length; at++) if (before(score, rest[at]!, best)) best = rest[at]!;
	return canEnter(results, score, best, limit) ? rankInOrder(ranking, rest, results) : results;
}

/** Reorder `candidates` so that their best `count` (by score, ties by position) come first, in no order. */
export function moveBestToFront(candidates: Int32Array, score: Float64Array, count: number): void {
	// A max-heap of the best so far in the first `count` slots: its top is the worst of them.
	const worse = (a: number, b: number) => before(score, b, a);
	const sink = (from: number) => siftDown(candidates, count, from, worse);
	for (let at = (count >>> 1) - 1; at >= 0; at--) sink(at);
	for (let at = count; at < candidates.length; at++) {
		if (!before(score, candidates[at]!, candidates[0]!)) continue;
		const swap = candidates[0]!;
		candidates[0] = candidates[at]!;
		candidates[at] = swap;
		sink(0);
	}
}

/** Move heap[from] down a binary heap of `size` until no child of it comes `first`. */
function siftDown(heap: Int32Array, size: number, from: number, first: (a: number, b: number) => boolean): void {
	let at = from;
	for (;;) {
		const left = 2 * at + 1;
		const right = left + 1;
		let top = at;
		if (left < size && first(heap[left]!, heap[top]!)) top = left;
		if (right < size && first(heap[right]!, heap[top]!)) top = right;
		if (top === at) return;
		const swap = heap[at]!;
		heap[at] = heap[top]!;
		heap[top] = swap;
		at = top;
	}
}

/** Whether the candidate at `position` could still enter the results: they are not full, or it beats the last. */
function canEnter(results: readonly FuseResult<unknown>[], score: Float64Array, position: number, limit: number): boolean {
	if (results.length < limit) return true;
	const last = results[limit - 1]!;
	const lastScore = last.score ?? 0;
	return score[position]! < lastScore || (score[position] === lastScore && position < last.refIndex);
}

/** Rank `candidates` best score first, after `results` ranked already, while one of them can still enter. */
function rankInOrder<T>(ranking: NarrowedRanking<T>, heap: Int32Array, ranked: FuseResult<T>[]): FuseResult<T>[] {
	const {score, rank, limit} = ranking;
	// A binary min-heap over (score, position), in the candidates array itself; fuse.js breaks ties by position.
	let size = heap.length;
	const first = (a: number, b: number) => before(score, a, b);
	const sink = (from: number) => siftDown(heap, size, from, first);
	for (let at = (size >>> 1) - 1; at >= 0; at--) sink(at);
	const pop = () => {
		const top = heap[0]!;
		heap[0] = heap[--size]!;
		sink(0);
		return top;
	};

	let results = ranked;
	let batch: number[] = [];
	const flush = () => {
		if (batch.length > 0) results = mergeResults(results, rank(batch), limit);
		batch = [];
	};
	while (size > 0) {
		// The next best can enter only if the results are not yet full or it beats the last of them.
		if (results.length >= limit && !canEnter(results, score, heap[0]!, limit)) break;
		batch.push(pop());
		// Rank once `limit` wait (the best of them are the results), then in small steps for the rest.
		if (batch.length >= Math.max(16, limit - results.length)) flush();
	}
	flush();
	return results;
}
