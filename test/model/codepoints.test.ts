import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CHECKPOINT_EVERY, codePointLength, codePointOffsets, codePointText, utf8Checkpoints, utf8CodePointText} from '../../src/model/codepoints.js';

const utf8 = (text: string) => utf8CodePointText(Buffer.from(text, 'utf8'));

describe('a text held as UTF-8 bytes', () => {
	it('counts and slices by code points as the string form does, across checkpoints and past either end', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 400}), fc.integer({min: -5, max: 420}), fc.integer({min: -5, max: 420}), (text, start, end) => {
				const bytes = utf8(text);
				const string = codePointText(text);
				expect(bytes.length).toBe(string.length);
				expect(bytes.slice(start, end)).toBe(string.slice(Math.max(0, start), Math.max(0, end)));
			}),
			{numRuns: 300},
		);
	});

	it('finds each character of a long mixed text, astral ones included', () => {
		const text = 'Banjir 🌊 di Semarang — “kata” 中文 é '.repeat(40);
		const bytes = utf8(text);
		const chars = [...text];
		expect(bytes.length).toBe(chars.length);
		chars.forEach((char, i) => expect(bytes.slice(i, i + 1)).toBe(char));
		expect(bytes.slice(0, chars.length)).toBe(text);
	});
});

describe('the checkpoints of a UTF-8 text', () => {
	/** Every CHECKPOINT_EVERY-th code point's byte, found a byte at a time. */
	const byteByByte = (bytes: Uint8Array) => {
		const starts: number[] = [];
		let count = 0;
		bytes.forEach((byte, i) => {
			if ((byte & 0xc0) === 0x80) return;
			if (count % CHECKPOINT_EVERY === 0) starts.push(i);
			count++;
		});
		return {starts, count};
	};

	it('are where a byte-by-byte walk finds them, whatever the text and wherever its bytes start in their buffer', () => {
		// Runs of ASCII long enough to be taken four bytes at a time, between characters of 2, 3 and 4 bytes.
		const piece = fc.oneof(fc.string({unit: 'grapheme', maxLength: 8}), fc.string({unit: fc.constantFrom('a', ' ', '.'), minLength: 1, maxLength: 200}));
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 30}), fc.integer({min: 0, max: 7}), (pieces, offset) => {
				const text = Buffer.from(pieces.join(''), 'utf8');
				const bytes = new Uint8Array(new ArrayBuffer(text.length + offset), offset, text.length);
				bytes.set(text);
				const found = utf8Checkpoints(bytes);
				const expected = byteByByte(bytes);
				expect([...found.starts]).toEqual(expected.starts);
				expect(found.count).toBe(expected.count);
				expect(found.bytes).toBe(text.length);
			}),
			{numRuns: 400},
		);
	});
});

describe('the length of a text in code points', () => {
	it('counts as for…of does: a surrogate pair once, a lone surrogate of either half once', () => {
		for (const text of ['', 'posko', 'né', '👩‍👩‍👧‍👦', '\ud800', '\udc00', 'a\ud800', '\ud800\ud800\udc00', '\udc00\ud800', 'x\ud83d\ude00y\ud83d']) {
			expect(codePointLength(text), JSON.stringify(text)).toBe([...text].length);
		}
	});
});

describe('UTF-16 offsets as counts of code points', () => {
	it('counts as spreading the text before each offset would, in any order, inside a pair or past the end', () => {
		const text = fc.array(fc.constantFrom('a', 'é', '🌊', '\ud83c', '\udf0a', '农', ' '), {maxLength: 30}).map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, fc.array(fc.integer({min: -2, max: 70}), {maxLength: 8}), (sample, units) => {
				expect(codePointOffsets(sample, units)).toEqual(units.map((unit) => [...sample.slice(0, Math.max(0, unit))].length));
			}),
			{numRuns: 1000},
		);
		expect(codePointOffsets('a🌊b', [4, 2, 1, 3])).toEqual([3, 2, 1, 2]);
	});
});

describe('whether a text held as UTF-8 holds an expected string between two code points', () => {
	it('answers as comparing its slice does, for any range and any string, lone surrogates included', () => {
		// Runs of ASCII long enough to fill whole blocks of checkpoints, and the characters that do not.
		const piece = fc.constantFrom('a', 'é', '東', '😀', '\n', ' ', '\ud800', '\udc00', '\ufffd', 'posko siaga '.repeat(6), 'x'.repeat(64));
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 60}), fc.nat(1200), fc.nat(80), fc.array(piece, {maxLength: 3}), (chars, start, length, other) => {
				const text = chars.join('');
				const held = utf8(text);
				const end = start + length;
				for (const expected of [held.slice(start, end), other.join(''), `${held.slice(start, end)}x`, '']) {
					expect(held.holds!(start, end, expected)).toBe(held.slice(start, end) === expected);
				}
			}),
			{numRuns: 300},
		);
	});
});

describe('whether a text held as UTF-8 holds a string as long in units as the span is in bytes', () => {
	it('compares past a matching ASCII start: "aé" (3 bytes) does not hold "aéx" (3 units)', () => {
		const held = utf8('posko aé siaga é');
		for (const [start, end, expected, holds] of [
			[6, 8, 'aéx', false],
			[6, 8, 'aé', true],
			[0, 8, 'posko aéx', false],
			[6, 10, 'aé s', true],
			[6, 10, 'aéx s', false],
			[15, 16, 'éx', false],
			[14, 16, ' éx', false],
		] as const) {
			expect(held.holds!(start, end, expected)).toBe(holds);
			expect(held.slice(start, end) === expected).toBe(holds);
		}
	});
});

describe('a text held as UTF-8 whose last block of code points is short', () => {
	it('slices it as the string does, though its bytes fill a whole block (32 é, 64 bytes)', () => {
		const text = `${'x'.repeat(64)}${'é'.repeat(32)}`;
		const held = utf8(text);
		for (let start = 60; start <= 96; start++) {
			expect(held.slice(start, start + 3)).toBe(text.slice(start, start + 3));
			expect(held.holds!(start, start + 3, text.slice(start, start + 3))).toBe(true);
		}
	});
});
