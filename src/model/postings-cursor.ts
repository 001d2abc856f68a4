/**
 * The postings of the pattern's bigrams (search-pass.ts), read a chunk at a time in step with the
 * windows of texts searched: a common bigram's postings pass 16 MB at 1,000,000 events. Each is
 * read once and counted twice: as a piece (the pattern cut into disjoint bigrams) and as one of
 * the pattern's overlapping bigrams (every two neighbouring characters).
 */
import {bigramOf, type PreparedPattern} from './search-bounds.js';
import type {TextTableParts} from './text-table-parts.js';

/** A bigram's postings read a chunk at a time, in step with the windows. */
export class PostingsCursor {
	private readonly buffer: Int32Array;
	private readonly length: number;
	private read = 0;
	private held = 0;
	private at = 0;

	constructor(
		private readonly parts: TextTableParts,
		private readonly bigram: number,
		/** How many of the pattern's pieces are this bigram… */
		private readonly weight: number,
		/** …and how many of its overlapping bigrams (0 when those are not counted). */
		private readonly overlapWeight: number,
		chunk: number,
	) {
		this.length = parts.bigramStart[bigram + 1]! - parts.bigramStart[bigram]!;
		this.buffer = new Int32Array(Math.min(chunk, this.length));
	}

	/** List every text t before `to` that holds the bigram, as t − from, into `into` (texts before `from` are behind); returns how many. */
	list(from: number, to: number, into: Int32Array): number {
		const {buffer} = this;
		let listed = 0;
		for (;;) {
			while (this.at < this.held) {
				const t = buffer[this.at]!;
				if (t >= to) return listed;
				into[listed++] = t - from;
				this.at++;
			}
			if (!this.readMore()) return listed;
		}
	}

	/**
	 * Add the weights to found[t − from] and overlaps[t − from] for every text t before `to` that
	 * holds the bigram (texts before `from` are behind).
	 */
	count(from: number, to: number, found: Uint8Array, overlaps: Uint8Array): void {
		const {buffer, weight, overlapWeight} = this;
		for (;;) {
			// Two loops, as this runs over every posting read: the overlapping bigrams are seldom counted.
			if (overlapWeight === 0) {
				while (this.at < this.held) {
					const t = buffer[this.at]!;
					if (t >= to) return;
					found[t - from]! += weight;
					this.at++;
				}
			} else {
				while (this.at < this.held) {
					const t = buffer[this.at]!;
					if (t >= to) return;
					found[t - from]! += weight;
					overlaps[t - from]! += overlapWeight;
					this.at++;
				}
			}
			if (!this.readMore()) return;
		}
	}

	/** Read the next chunk of postings, if any are left; returns whether it did. */
	private readMore(): boolean {
		if (this.read === this.length) return false;
		const next = Math.min(this.length, this.read + this.buffer.length);
		this.parts.postings(this.bigram, this.read, next, this.buffer);
		this.held = next - this.read;
		this.read = next;
		this.at = 0;
		return true;
	}
}

/**
 * The cursors over the postings of the pattern's pieces of two characters (the same bigram twice
 * counts twice) and, with `overlapping`, of every bigram of the pattern, each counted as often as
 * it occurs there.
 */
export function pieceCursors(parts: TextTableParts, pattern: PreparedPattern, chunk: number, overlapping: boolean): PostingsCursor[] {
	const weights = new Map<number, {piece: number; overlap: number}>();
	const weightsOf = (i: number) => {
		const bigram = bigramOf(pattern.codes[i]!, pattern.codes[i + 1]!);
		let known = weights.get(bigram);
		if (!known) weights.set(bigram, (known = {piece: 0, overlap: 0}));
		return known;
	};
	for (let i = 0; i + 1 < pattern.codes.length; i += 2) weightsOf(i).piece++;
	if (overlapping) for (let i = 0; i + 1 < pattern.codes.length; i++) weightsOf(i).overlap++;
	return Array.from(weights, ([bigram, {piece, overlap}]) => new PostingsCursor(parts, bigram, piece, overlap, chunk));
}
