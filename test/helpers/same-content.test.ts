/** The quick equality that runs before toEqual must never say "the same" where toEqual says they differ. */
import {describe, expect, it} from 'vitest';
import {sameContent, sameNumbers} from './same-content.js';

const record = () => ({id: 'a', names: ['Meutya', 'Hafid'], at: {start: 3, end: 7}, table: new Int32Array([1, 2, 3]), none: null});

describe('sameContent', () => {
	it('says the same for equal plain data built apart', () => {
		expect(sameContent([record(), record(), NaN], [record(), record(), NaN])).toBe(true);
	});

	const differing: [string, unknown, unknown][] = [
		['a value in a nested object', record(), {...record(), at: {start: 3, end: 8}}],
		['a missing key', record(), (({none: _none, ...rest}) => rest)(record())],
		['an extra key', record(), {...record(), more: 1}],
		['an array one longer', ['a'], ['a', 'b']],
		['undefined and null in an array', [undefined], [null]],
		['a number in a typed array', new Int32Array([1, 2]), new Int32Array([1, 3])],
		['typed arrays of different types', new Int32Array([1, 2]), new Uint32Array([1, 2])],
		['an array and an object with its indexes', ['a'], {0: 'a'}],
		['a number and its string', 1, '1'],
		['0 and -0', 0, -0],
	];
	it.each(differing)('says they differ for %s', (_what, a, b) => {
		expect(sameContent(a, b)).toBe(false);
		expect(sameContent(b, a)).toBe(false);
	});

	it('says they differ, so that toEqual decides, for what it does not look into (maps, dates, class instances)', () => {
		expect(sameContent(new Map([['a', 1]]), new Map([['a', 1]]))).toBe(false);
		expect(sameContent(new Date(0), new Date(0))).toBe(false);
		expect(sameContent({at: new Set([1])}, {at: new Set([1])})).toBe(false);
	});
});

describe('sameNumbers', () => {
	it('compares lists of numbers by length and each number', () => {
		expect(sameNumbers(new Float64Array([0.5, 2]), new Float64Array([0.5, 2]))).toBe(true);
		expect(sameNumbers(new Float64Array([0.5, 2]), new Float64Array([0.5]))).toBe(false);
		expect(sameNumbers(new Float64Array([NaN]), new Float64Array([NaN]))).toBe(true);
		expect(sameNumbers(new Float64Array([0]), new Float64Array([-0]))).toBe(false);
	});
});
