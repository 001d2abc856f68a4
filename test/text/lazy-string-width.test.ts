import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {lazyStringWidth} from '../../src/text/lazy-string-width.js';

/** The wrapper over the real string-width, counting how often it had to load it. */
function counted(): {width: ReturnType<typeof lazyStringWidth>; loads: () => number} {
	let loads = 0;
	const width = lazyStringWidth(() => {
		loads++;
		return stringWidth;
	});
	return {width, loads: () => loads};
}

describe('string-width as the bundle gives it to Ink', () => {
	it('measures a screen of Indonesian text, dashes and box drawing without loading string-width', () => {
		const {width, loads} = counted();
		const screen = ['25 Mar 2025 – 2030 · 8 peristiwa · 19 entitas', '●──┼────┤ → 2030│PERISTIWA', '› “Kami berharap…” — Meutya Hafid', '\x1b[1mtebal\x1b[22m', ''];
		expect(screen.map((line) => width(line))).toEqual(screen.map((line) => stringWidth(line)));
		expect(loads()).toBe(0);
	});

	it('loads string-width once, at the first text that needs it, and then agrees with it', () => {
		const {width, loads} = counted();
		expect(width('中文')).toBe(4);
		expect(width('👍🏽 e\u0301')).toBe(stringWidth('👍🏽 e\u0301'));
		expect(loads()).toBe(1);
	});

	it('leaves options other than the defaults to string-width', () => {
		const {width, loads} = counted();
		expect(width('\x1b[1mab\x1b[22m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\x1b[1mab\x1b[22m', {countAnsiEscapeCodes: true}));
		expect(width('±', {ambiguousIsNarrow: false})).toBe(stringWidth('±', {ambiguousIsNarrow: false}));
		expect(loads()).toBe(1);
	});

	it('agrees with string-width on any text', () => {
		const {width} = counted();
		fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 20}), (text) => {
			expect(width(text)).toBe(stringWidth(text));
		}), {numRuns: 500});
	});
});
