/**
 * Choosing which matches fuse.js ranks, best score first, so it ranks as few as possible while the
 * result stays exactly its own: a match is left out only when its score proves it cannot enter the
 * first `limit` (worse than the last result's score, or equal to it and later in the list).
 *
 * Matches are taken best score first from a heap and ranked `limit` at a time, then a few at a time;
 * once `limit` are ranked, the next on the heap is compared with the last result: if it cannot beat
 * it, neither can anything behind it.
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

/** fuse.js's first `limit` results over all candidates, ranking only those that can be among them. */
export function rankNarrowed<T>(ranking: NarrowedRanking<T>): FuseResult<T>[] {
	const {candidates: heap, score, rank, limit} = ranking;
	// A binary min-heap over (score, position), in the candidates array itself; fuse.js breaks ties by position.
	const before = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a < b);
	let size = heap.length;
	const sink = (from: number) => {
		let at = from;
		for (;;) {
			const left = 2 * at + 1;
			const right = left + 1;
			let best = at;
			if (left < size && before(heap[left]!, heap[best]!)) best = left;
			if (right < size && before(heap[right]!, heap[best]!)) best = right;
			if (best === at) return;
			const swap = heap[at]!;
			heap[at] = heap[best]!;
			heap[best] = swap;
			at = best;
		}
	};
	for (let at = (size >>> 1) - 1; at >= 0; at--) sink(at);
	const pop = () => {
		const top = heap[0]!;
		heap[0] = heap[--size]!;
		sink(0);
		return top;
	};

	let results: FuseResult<T>[] = [];
	const canEnter = (position: number) => {
		if (results.length < limit) return true;
		const last = results[limit - 1]!;
		const lastScore = last.score ?? 0;
		return score[position]! < lastScore || (score[position] === lastScore && position < last.refIndex);
	};
	let batch: number[] = [];
	const flush = () => {
		if (batch.length > 0) results = mergeResults(results, rank(batch), limit);
		batch = [];
	};
	while (size > 0) {
		// The next best can enter only if the results are not yet full or it beats the last of them.
		if (results.length >= limit && !canEnter(heap[0]!)) break;
		batch.push(pop());
		// Rank once `limit` wait (the best of them are the results), then in small steps for the rest.
		if (batch.length >= Math.max(16, limit - results.length)) flush();
	}
	flush();
	return results;
}
