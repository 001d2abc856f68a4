import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {codePointText, utf8CodePointText} from '../../src/model/codepoints.js';

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
