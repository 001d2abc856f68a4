import {isUtf8} from 'node:buffer';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {firstInvalidUtf8} from '../../src/model/utf8.js';

describe('where UTF-8 goes wrong', () => {
	it('is found as a strict decoder finds it: overlong forms, surrogates, past U+10FFFF, cut sequences', () => {
		const cases: [number[], number][] = [
			[[0x61, 0xed, 0xa0, 0x80], 1], // an encoded surrogate
			[[0xe0, 0x80, 0xaf], 0], // an overlong form
			[[0x61, 0x62, 0xf0, 0x80, 0x80, 0x80], 2],
			[[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
			[[0x61, 0xc3], 1], // cut at the end
			[[0xc0, 0xaf], 0],
			[[0xe2, 0x82, 0x61], 0],
		];
		for (const [bytes, at] of cases) {
			expect(isUtf8(Uint8Array.from(bytes))).toBe(false);
			expect(firstInvalidUtf8(Uint8Array.from(bytes)), bytes.map((b) => b.toString(16)).join(' ')).toBe(at);
		}
	});

	it('finds the start of the first bad sequence, after which the bytes before it are UTF-8', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 40}), (bytes) => {
				if (isUtf8(bytes)) return;
				const at = firstInvalidUtf8(bytes);
				expect(isUtf8(bytes.subarray(0, at))).toBe(true);
			}),
			{numRuns: 2000},
		);
	});
});
