/**
 * The postings of the pattern's pieces (search-pass.ts), read a chunk at a time in step with the
 * windows of texts searched: a common bigram's postings pass 16 MB at 1,000,000 events.
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
export function pieceCursors(parts: TextTableParts, pattern: PreparedPattern, chunk: number): PostingsCursor[] {
	const weights = new Map<number, number>();
	for (let i = 0; i + 1 < pattern.codes.length; i += 2) {
		const bigram = bigramOf(pattern.codes[i]!, pattern.codes[i + 1]!);
		weights.set(bigram, (weights.get(bigram) ?? 0) + 1);
	}
	return [...weights].map(([bigram, weight]) => new PostingsCursor(parts, bigram, weight, chunk));
}
