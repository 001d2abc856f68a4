/**
 * Quick equality for large test data, run before vitest's `toEqual`, which takes seconds over a
 * million values: the assertion is still `toEqual`, made (with its report) only on a difference.
 */
import {expect} from 'vitest';

/**
 * Whether two pieces of plain data are the same, a tenth of the time a deep `toEqual` takes. It is
 * stricter than `toEqual` (an undefined member differs from a missing one, -0 from 0) and says "not
 * the same" for anything but primitives, arrays, typed arrays and plain objects: callers assert
 * with `toEqual` whenever it says no.
 */
export function sameContent(a: unknown, b: unknown): boolean {
	// A stack of pairs still to compare, not recursion: content nests shallowly but its lists are long.
	const pending: unknown[] = [a, b];
	while (pending.length > 0) {
		const y = pending.pop();
		const x = pending.pop();
		if (Object.is(x, y)) continue;
		if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
		const prototype = Object.getPrototypeOf(x) as unknown;
		if (prototype !== Object.getPrototypeOf(y)) return false;
		if (Array.isArray(x)) {
			const other = y as unknown[];
			if (x.length !== other.length) return false;
			for (let i = 0; i < x.length; i++) pending.push(x[i], other[i]);
		} else if (ArrayBuffer.isView(x) && !(x instanceof DataView)) {
			if (!sameNumbers(x as unknown as ArrayLike<number>, y as unknown as ArrayLike<number>)) return false;
		} else {
			if (prototype !== Object.prototype && prototype !== null) return false;
			if (Object.getOwnPropertySymbols(x).length > 0 || Object.getOwnPropertySymbols(y).length > 0) return false;
			const keys = Object.keys(x);
			if (keys.length !== Object.keys(y).length) return false;
			for (const key of keys) {
				if (!Object.hasOwn(y, key)) return false;
				pending.push((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]);
			}
		}
	}
	return true;
}

/** Assert that two pieces of plain data are equal, as `toEqual` does, quickly when they are. */
export function expectSameContent(actual: unknown, expected: unknown, label?: string): void {
	if (!sameContent(actual, expected)) expect(actual, label).toEqual(expected);
}

/** Whether two typed arrays (or other lists of numbers) hold the same numbers, in order. */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
	return true;
}

/**
 * Assert that two typed arrays (or Buffers) are equal: of one type, with the same numbers. `toEqual`
 * over typed arrays takes about a millisecond per thousand elements; it runs only on a difference, for its report.
 */
export function expectSameNumbers<T extends ArrayBufferView & ArrayLike<number>>(actual: T, expected: T, label: string): void {
	if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected) || !sameNumbers(actual, expected)) expect(actual, label).toEqual(expected);
}
