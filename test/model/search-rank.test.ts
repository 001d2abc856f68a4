/**
 * Choosing what fuse.js ranks: whatever the candidates and however far below fuse.js's scores the
 * scores given are (floors, as a long query's), the results are the first `limit` of every
 * candidate in fuse.js's order, and among many candidates only their best are ranked when nothing
 * else can enter.
 */
import fc from 'fast-check';
import type {FuseResult} from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {moveBestToFront, rankNarrowed} from '../../src/model/search-rank.js';

/** fuse.js's order: score, then position. */
const inFuseOrder = (a: FuseResult<number>, b: FuseResult<number>) => a.score! - b.score! || a.refIndex - b.refIndex;

/** Candidates 0 .. scores − 1, each ranked (as fuse.js would) at its true score, given only its floor. */
function ranking(trueScores: readonly number[], floors: readonly number[], limit: number) {
	const ranked: number[] = [];
	const rank = (positions: readonly number[]) => {
		for (const position of positions) ranked.push(position);
		return positions.map((position): FuseResult<number> => ({item: position, refIndex: position, score: trueScores[position]!})).sort(inFuseOrder).slice(0, limit);
	};
	return {ranking: {candidates: Int32Array.from(trueScores, (_, i) => i), score: Float64Array.from(floors), rank, limit}, ranked};
}

/** The first `limit` of every candidate in fuse.js's order, computed outright. */
function expected(trueScores: readonly number[], limit: number): FuseResult<number>[] {
	return trueScores.map((score, position): FuseResult<number> => ({item: position, refIndex: position, score})).sort(inFuseOrder).slice(0, limit);
}

// Few distinct scores, so that ties (broken by position) are common, as among fuse.js's scores.
const scores = fc.array(fc.integer({min: 1, max: 12}).map((n) => n / 16), {minLength: 0, maxLength: 300});

describe('choosing which matches fuse.js ranks', () => {
	it('gives the first results of every candidate when the scores are exact', () => {
		fc.assert(
			fc.property(scores, fc.integer({min: 1, max: 40}), (trueScores, limit) => {
				const {ranking: given} = ranking(trueScores, trueScores, limit);
				expect(rankNarrowed(given)).toEqual(expected(trueScores, limit));
			}),
			{numRuns: 300},
		);
	});

	it('gives the first results of every candidate when the scores are only floors of fuse.js\'s', () => {
		fc.assert(
			fc.property(
				scores.chain((trueScores) => fc.tuple(fc.constant(trueScores), fc.array(fc.integer({min: 0, max: 8}), {minLength: trueScores.length, maxLength: trueScores.length}))),
				fc.integer({min: 1, max: 40}),
				([trueScores, below], limit) => {
					const floors = trueScores.map((score, i) => Math.max(0, score - below[i]! / 16));
					const {ranking: given} = ranking(trueScores, floors, limit);
					expect(rankNarrowed(given)).toEqual(expected(trueScores, limit));
				},
			),
			{numRuns: 300},
		);
	});

	it('ranks only the best `limit` of many candidates whose scores are exact', () => {
		const trueScores = Array.from({length: 5000}, (_, i) => ((i * 7919) % 997) / 997);
		const {ranking: given, ranked} = ranking(trueScores, trueScores, 20);
		expect(rankNarrowed(given)).toEqual(expected(trueScores, 20));
		expect(ranked.sort((a, b) => a - b)).toEqual(expected(trueScores, 20).map((result) => result.refIndex).sort((a, b) => a - b));
	});

	it('moves the best candidates to the front, ties by position', () => {
		fc.assert(
			fc.property(scores, fc.integer({min: 1, max: 40}), (given, count) => {
				fc.pre(count <= given.length);
				const candidates = Int32Array.from(given, (_, i) => i);
				moveBestToFront(candidates, Float64Array.from(given), count);
				const best = expected(given, count).map((result) => result.refIndex).sort((a, b) => a - b);
				expect(Array.from(candidates.subarray(0, count)).sort((a, b) => a - b)).toEqual(best);
				expect(Array.from(candidates).sort((a, b) => a - b)).toEqual(given.map((_, i) => i));
			}),
			{numRuns: 300},
		);
	});
});
