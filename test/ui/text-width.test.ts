import {describe, expect, it} from 'vitest';
import {fit, truncate, widthOf} from '../../src/ui/text.js';

const WIDE = '中华人民共和国 한국어 Ｆｕｌｌ 😀🎉 👩💻 🇮🇩 and more';

describe('fitting text with wide characters into columns', () => {
	it('truncate never gives more columns than asked, even when a wide character meets the edge', () => {
		const tooWide = Array.from({length: 50}, (_, i) => i + 1).filter((width) => widthOf(truncate(WIDE, width)) > width);
		expect(tooWide).toEqual([]);
	});

	it('truncate keeps whole characters and ends a cut text with "…"', () => {
		expect(truncate(WIDE, 4)).toBe('中…');
		expect(truncate(WIDE, 5)).toBe('中华…');
		expect(truncate('Meutya Hafid', 8)).toBe('Meutya …');
		expect(truncate('Meutya Hafid', 12)).toBe('Meutya Hafid');
	});

	it('fit pads or cuts to exactly the width asked', () => {
		const wrong = Array.from({length: 50}, (_, i) => i + 1).filter((width) => widthOf(fit(WIDE, width)) !== width);
		expect(wrong).toEqual([]);
	});
});
