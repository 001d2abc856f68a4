import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import cliTruncate from 'cli-truncate';
import {truncate} from '../../src/text/fit.js';
import {fastStringWidth} from '../../src/text/string-width.js';

/** The ranges the shortcut counts one column per character (as in src/text/plain-width.ts). */
const RANGES: readonly (readonly [number, number])[] = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff], [0x2500, 0x25fc], [0x25ff, 0x25ff]];
const SIMPLE_CHARS = RANGES.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, i) => String.fromCodePoint(from + i)));

describe('the shortcut to string-width', () => {
	it('counts one column for every character it takes, as string-width does', () => {
		const wrong = SIMPLE_CHARS.filter((char) => stringWidth(char) !== 1).map((char) => char.codePointAt(0)!.toString(16));
		expect(wrong).toEqual([]);
	});

	it('agrees with string-width on any mix of those characters (none joins its neighbour)', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...SIMPLE_CHARS), {maxLength: 30}), (chars) => {
				const text = chars.join('');
				expect(fastStringWidth(text)).toBe(stringWidth(text));
			}),
			{numRuns: 2000},
		);
	});

	it('agrees with string-width on everything else: wide, emoji, combining, invisible, styled', () => {
		const samples = ['中文', '🌊', '👍🏽', 'é', 'e\u0301', 'a\u00adb', 'a\u200bb', '\u2028', '◽', '\x1b[1mtebal\x1b[22m', '\x1b[31m│ ─┼\x1b[39m', '', 'Kementerian Komunikasi dan Digital — “kata” · 25 Mar…'];
		for (const sample of samples) expect(fastStringWidth(sample)).toBe(stringWidth(sample));
		fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 20}), (text) => {
			expect(fastStringWidth(text)).toBe(stringWidth(text));
		}), {numRuns: 500});
	});

	it('cuts a text of those characters where cli-truncate cuts it', () => {
		fc.assert(
			// Without spaces or the punctuation a cut drops, so that no word boundary moves the cut, nor
			// digits, so that no figure does (a sum is never cut inside: "£8!" at 2 columns is "…").
			fc.property(fc.array(fc.constantFrom(...SIMPLE_CHARS.filter((char) => !/[\s,;:·–—\-\p{N}]/u.test(char))), {maxLength: 40}), fc.integer({min: 1, max: 45}), (chars, width) => {
				const text = chars.join('');
				expect(truncate(text, width)).toBe(cliTruncate(text, width, {position: 'end'}));
			}),
			{numRuns: 2000},
		);
	});
});
