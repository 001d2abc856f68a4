/**
 * A seeded pseudo-random source for the dataset generator: the same seed gives the same sequence
 * on every machine and Node version (no Math.random), so generated datasets are byte-identical.
 */

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max] (both inclusive). */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
	/** A sampler of indices 0..n−1 weighted like a Zipf law (index 0 the most frequent). */
	zipf(n: number, exponent: number): () => number;
}

/** mulberry32: tiny, fast, and good enough to spread names and dates. */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (list) => list[Math.floor(next() * list.length)]!,
		zipf(n, exponent) {
			const cumulative = new Float64Array(n);
			let sum = 0;
			for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, exponent);
			return () => {
				const target = next() * sum;
				let lo = 0;
				let hi = n - 1;
				while (lo < hi) {
					const mid = (lo + hi) >>> 1;
					if (cumulative[mid]! < target) lo = mid + 1;
					else hi = mid;
				}
				return lo;
			};
		},
	};
}
