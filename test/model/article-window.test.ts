import {describe, expect, it} from 'vitest';
import {codePointText, utf8CodePointText, type CodePointText} from '../../src/model/codepoints.js';
import {lastTop, lineStartAt, lineStartsBefore, linesFrom, paragraphStart, scrollTop, topShowing, wrapString} from '../../src/model/article-window.js';
import {maskBlock} from '../../src/model/sanitize.js';
import {widthOf} from '../../src/text/fit.js';

const SENTENCE = 'Menteri Komunikasi dan Digital Meutya Hafid meninjau posko siaga di Jakarta pada Selasa (25/3). ';

/** A long text of paragraphs of varying length, some with emoji and wide characters. */
function article(paragraphs: number): string {
	const out: string[] = [];
	for (let i = 0; i < paragraphs; i++) out.push(`${i}: ${SENTENCE.repeat((i % 7) + 1)}${i % 5 === 0 ? '👩‍👩‍👧 漢字 ' : ''}akhir.`);
	return out.join('\n\n');
}

/** A text that records how many code points each read asked for. */
function counting(text: CodePointText): CodePointText & {read: number; largest: number} {
	const counted = {
		length: text.length,
		read: 0,
		largest: 0,
		slice(start: number, end: number) {
			const size = Math.max(0, Math.min(end, text.length) - Math.max(0, start));
			counted.read += size;
			counted.largest = Math.max(counted.largest, size);
			return text.slice(start, end);
		},
		holds(start: number, end: number, expected: string) {
			return this.slice(start, end) === expected;
		},
	};
	return counted;
}

describe('wrapString', () => {
	it('breaks lines at spaces, never wider than the width, keeping every word in order', () => {
		const text = SENTENCE.repeat(3).trim();
		const lines = wrapString(text, 30);
		for (const line of lines) expect(widthOf(line.text)).toBeLessThanOrEqual(30);
		expect(lines.map((line) => line.text).join(' ')).toBe(text.replace(/ +/g, ' '));
		// Each line ends at a word's end: the next character is a space, or the text ends.
		for (const line of lines) expect([' ', undefined]).toContain(text[line.end]);
	});

	it('keeps paragraphs: a line feed ends a line, a blank line stays blank', () => {
		const lines = wrapString('Satu dua.\n\nTiga.', 40);
		expect(lines.map((line) => line.text)).toEqual(['Satu dua.', '', 'Tiga.']);
		expect(lines.map((line) => [line.start, line.next])).toEqual([[0, 10], [10, 11], [11, 16]]);
	});

	it('breaks a word wider than the line between graphemes, and counts offsets in code points', () => {
		const lines = wrapString('😀😀😀 https://example.com/a/very/long/path', 10);
		expect(lines[0]).toMatchObject({start: 0, end: 3, text: '😀😀😀'});
		expect(lines.slice(1).map((line) => line.text).join('')).toBe('https://example.com/a/very/long/path');
		for (const line of lines) expect(widthOf(line.text)).toBeLessThanOrEqual(10);
	});

	it('measures wide characters by their columns', () => {
		const lines = wrapString('漢字 漢字 漢字', 10);
		expect(lines.map((line) => line.text)).toEqual(['漢字 漢字', '漢字']);
	});
});

describe('windows of a long text', () => {
	const whole = article(400);
	const text = codePointText(whole);
	const width = 57;
	// As the screen shows it: what the sanitizer removes is masked, its offsets kept.
	const all = wrapString(maskBlock(whole), width);

	it('read forward from any line start, gives the lines the whole text wraps to', () => {
		expect(linesFrom(text, width, 0, all.length + 5)).toEqual(all);
		expect(linesFrom(text, width, all[333]!.start, 40)).toEqual(all.slice(333, 373));
	});

	it('finds the line of any offset, and the lines before a line', () => {
		for (const k of [0, 1, 57, 500, 1234, all.length - 1]) {
			const line = all[k]!;
			expect(lineStartAt(text, width, line.start + Math.floor((line.end - line.start) / 2))).toBe(line.start);
			expect(lineStartsBefore(text, width, line.start, 10)).toEqual(all.slice(Math.max(0, k - 10), k).map((l) => l.start));
		}
	});

	it('scrolls down and back up to the same line, and stops at the last full page', () => {
		const top = all[800]!.start;
		const down = scrollTop(text, width, 20, top, 37);
		expect(down).toBe(all[837]!.start);
		expect(scrollTop(text, width, 20, down, -37)).toBe(top);
		expect(lastTop(text, width, 20)).toBe(all[all.length - 20]!.start);
		expect(scrollTop(text, width, 20, lastTop(text, width, 20), 5)).toBe(all[all.length - 20]!.start);
		expect(scrollTop(text, width, 20, 0, -3)).toBe(0);
	});

	it('shows an offset a third of the way down, or leaves the page where it shows it already', () => {
		const target = all[900]!;
		const top = topShowing(text, width, 15, 0, target.start + 2);
		expect(top).toBe(all[895]!.start);
		expect(topShowing(text, width, 15, all[890]!.start, target.start)).toBe(all[890]!.start);
		expect(topShowing(text, width, 15, 0, whole.length - 1)).toBe(lastTop(text, width, 15));
	});

	it('reads a store-like UTF-8 text by windows, never the whole of it', () => {
		const big = article(20_000);
		const utf8 = counting(utf8CodePointText(Buffer.from(big)));
		expect(utf8.length).toBeGreaterThan(2_000_000);
		const middle = lineStartAt(utf8, 80, Math.floor(utf8.length / 2));
		const page = linesFrom(utf8, 80, middle, 30);
		expect(page).toHaveLength(30);
		scrollTop(utf8, 80, 30, middle, -200);
		topShowing(utf8, 80, 30, 0, utf8.length - 10);
		expect(utf8.largest).toBeLessThan(40_000);
		// Two hundred lines back and a jump to the end read a few paragraphs each, not the text.
		expect(utf8.read).toBeLessThan(utf8.length / 5);
	});

	it('takes a paragraph longer than it looks back to start at its reach', () => {
		const endless = codePointText('kata '.repeat(20_000));
		expect(paragraphStart(endless, 99_000)).toBe(99_000 - 32_768);
		expect(linesFrom(endless, 40, lineStartAt(endless, 40, 99_000), 3)).toHaveLength(3);
	});
});
