import {describe, expect, it} from 'vitest';
import {sanitizeBlock, sanitizeDeep, sanitizeInline} from '../../src/model/sanitize.js';

describe('sanitizeInline makes dataset text safe for a terminal', () => {
	it.each([
		['CSI clear screen and colours', 'a\x1b[2J\x1b[31mred\x1b[0m b', 'ared b'],
		['CSI cursor moves with parameters', 'x\x1b[10;20Hy\x1b[?25l', 'xy'],
		['OSC 0/2 window title with BEL', 'before\x1b]0;pwned\x07after', 'beforeafter'],
		['OSC with ST', 'a\x1b]2;title\x1b\\b', 'ab'],
		['OSC 52 clipboard write', 'x\x1b]52;c;ZXZpbA==\x07y', 'xy'],
		['DCS passthrough', 'a\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\b', 'ab'],
		['8-bit CSI and OSC', 'a\u009b31mb\u009d0;t\u009cc', 'abc'],
		['unterminated OSC eats to the end', 'safe\x1b]0;title never ends', 'safe'],
		['bare ESC and other escapes', 'a\x1bcb\x1b7c', 'abc'],
		['C0 controls, bell, backspace, DEL', 'a\x07b\x08c\x7fd\x00e', 'abcde'],
		['C1 controls', 'a\u0085b\u0084c', 'abc'],
		['8-bit DCS up to its terminator', 'a\u0090q1\u009cb', 'ab'],
		['bidi overrides and isolates', 'abc\u202edcba\u202c\u2066x\u2069', 'abcdcbax'],
		['zero-width space, BOM and word joiner', 'a\u200bb\ufeffc\u2060d', 'abcd'],
		['bidi marks', 'a\u200eb\u200fc\u061cd', 'abcd'],
		['line breaks and tabs become spaces', 'one\ntwo\r\nthree\tfour', 'one two three four'],
		['a run of them, and the spaces around it, one space: a quotation over two paragraphs', '… bulan puasa. \n\n“Anak-anak\t \t lansia\u2028\u2029dulu', '… bulan puasa. “Anak-anak lansia dulu'],
	])('%s', (_name, input, expected) => {
		expect(sanitizeInline(input)).toBe(expected);
	});

	it('leaves ordinary text, wide characters and emoji alone', () => {
		for (const text of ['Meutya Hafid', 'Kementerian “Komdigi”', '农生文', 'banjir 🌊', 'café', 'smart\u00a0city']) {
			expect(sanitizeInline(text)).toBe(text);
		}
	});

	it('keeps the zero-width joiner and non-joiner: parts of emoji sequences and of scripts', () => {
		const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}';
		for (const text of [`Keluarga ${family} aman`, 'می\u200cخواهم', 'क्\u200dष', '\u{1f3f3}\ufe0f\u200d\u{1f308}']) {
			expect(sanitizeInline(text)).toBe(text);
			expect(sanitizeBlock(text)).toBe(text);
			expect(sanitizeDeep({name: text, list: [text]})).toEqual({name: text, list: [text]});
		}
		// Beside a joiner, an override is still removed.
		expect(sanitizeInline(`${family}\u202e!`)).toBe(`${family}!`);
	});

	it('never lets an ESC or C1 byte through, whatever the input', () => {
		const nasty = '\x1b[\x1b]\x1bP\x9b\x9d\x1b\x1b\\\x07' + 'z'.repeat(3) + '\x1b';
		expect(sanitizeInline(nasty)).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
	});
});

describe('sanitizeBlock', () => {
	it('keeps line feeds, normalizes CR LF, strips sequences', () => {
		expect(sanitizeBlock('a\r\nb\rc\n\x1b[2Jd')).toBe('a\nb\nc\nd');
	});
});

describe('sanitizeDeep', () => {
	it('returns clean values themselves, and copies only the way to what it cleans', () => {
		const clean = {a: ['x', {b: 'y'}], c: {d: 'z'}};
		expect(sanitizeDeep(clean)).toBe(clean);
		const dirty = {a: ['x', {b: 'y\x07'}], c: {d: 'z'}};
		const out = sanitizeDeep(dirty);
		expect(out).toEqual({a: ['x', {b: 'y'}], c: {d: 'z'}});
		expect(out).not.toBe(dirty);
		expect(out.c).toBe(dirty.c);
		expect(dirty.a[1]).toEqual({b: 'y\x07'});
	});

	it('walks own fields only, as they were given', () => {
		const inherited = Object.create({bell: 'ring\x07'}) as Record<string, unknown>;
		inherited.name = 'Meutya';
		expect(sanitizeDeep(inherited)).toBe(inherited);
		const parsed = JSON.parse('{"z":"a\\u0007","__proto__":"b\\u0007","a":"c"}') as Record<string, unknown>;
		const out = sanitizeDeep(parsed);
		expect(Object.keys(out)).toEqual(['z', '__proto__', 'a']);
		expect(Object.values(out)).toEqual(['a', 'b', 'c']);
	});

	it('cleans every string in nested data', () => {
		expect(sanitizeDeep({a: ['x\x1b[31m', {b: 'y\x07'}], n: 1, z: null})).toEqual({a: ['x', {b: 'y'}], n: 1, z: null});
	});
});

describe('Unicode line and paragraph separators', () => {
	it('become spaces inline and line feeds in blocks, even with nothing else to clean', () => {
		expect(sanitizeInline('a\u2028b\u2029c')).toBe('a b c');
		expect(sanitizeBlock('a\u2028b')).toBe('a\nb');
	});
});
