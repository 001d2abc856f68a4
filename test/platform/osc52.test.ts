import {describe, expect, it} from 'vitest';
import {
	OSC52_MAX_SEQUENCE_BYTES,
	osc52,
	osc52Sequences,
	SCREEN_CHUNK_BYTES,
	wrapForScreen,
	wrapForTmux,
} from '../../src/platform/osc52.js';

const ESC = '\x1b';
const BEL = '\x07';

describe('the OSC 52 sequence', () => {
	it.each([
		['ASCII', 'hello', 'aGVsbG8='],
		[
			'Indonesian with curly quotes',
			'“Kami terbuka untuk bekerja sama,” kata Meutya.',
			'4oCcS2FtaSB0ZXJidWthIHVudHVrIGJla2VyamEgc2FtYSzigJ0ga2F0YSBNZXV0eWEu',
		],
		['emoji (a flag and a thumb)', 'Siap 🇮🇩👍', 'U2lhcCDwn4eu8J+HqfCfkY0='],
		['CJK', '人工智能合作', '5Lq65bel5pm66IO95ZCI5L2c'],
	])('is ESC ] 52 ; c ; base64 of the UTF-8 BEL for %s', (_name, text, base64) => {
		expect(Buffer.from(text).toString('base64')).toBe(base64);
		expect(osc52(text)).toBe(`${ESC}]52;c;${base64}${BEL}`);
		expect(Buffer.from(osc52(text), 'utf8')).toEqual(
			Buffer.concat([Buffer.from([0x1b, 0x5d, 0x35, 0x32, 0x3b, 0x63, 0x3b]), Buffer.from(base64), Buffer.from([0x07])]),
		);
	});

	it('decodes back to the exact text, surrogate pairs and all', () => {
		const text = '“Kerja sama” 🇮🇩 人工智能\nbaris kedua\tdan tab';
		const body = osc52(text).slice('\x1b]52;c;'.length, -1);
		expect(Buffer.from(body, 'base64').toString('utf8')).toBe(text);
	});
});

describe('the tmux passthrough form', () => {
	it('wraps the sequence in ESC P tmux; … ESC \\ and doubles its ESC', () => {
		expect(wrapForTmux(osc52('hi'))).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=${BEL}${ESC}\\`);
	});

	it('doubles every ESC inside, including a String Terminator', () => {
		expect(wrapForTmux(`${ESC}]52;c;aGk=${ESC}\\`)).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=${ESC}${ESC}\\${ESC}\\`);
	});
});

describe('the GNU screen form', () => {
	it('is the sequence itself in one DCS string when it is short', () => {
		expect(wrapForScreen(osc52('hi'))).toBe(`${ESC}P${ESC}]52;c;aGk=${BEL}${ESC}\\`);
	});

	it('cuts a long sequence into DCS strings of at most 240 bytes that join back into it', () => {
		const sequence = osc52('Kerja sama di bidang infrastruktur digital antara Indonesia dan Tiongkok. '.repeat(14));
		const wrapped = wrapForScreen(sequence);
		const pieces = wrapped.split(`${ESC}\\`);
		expect(pieces.pop()).toBe('');
		expect(pieces).toHaveLength(Math.ceil(sequence.length / SCREEN_CHUNK_BYTES));
		expect(pieces.length).toBeGreaterThan(4);
		for (const piece of pieces) {
			expect(piece.startsWith(`${ESC}P`)).toBe(true);
			expect(piece.length - 2).toBeLessThanOrEqual(SCREEN_CHUNK_BYTES);
		}
		expect(pieces.slice(0, -1).every((piece) => piece.length - 2 === SCREEN_CHUNK_BYTES)).toBe(true);
		expect(pieces.map((piece) => piece.slice(2)).join('')).toBe(sequence);
	});
});

describe('choosing the sequences from the environment', () => {
	const plain = osc52('hi');

	it('sends the plain sequence outside any multiplexer', () => {
		expect(osc52Sequences('hi', {})).toEqual({ok: true, sequences: [plain]});
	});

	it('sends the plain sequence and the passthrough form inside tmux', () => {
		expect(osc52Sequences('hi', {TMUX: '/tmp/tmux-0/default,123,0'})).toEqual({
			ok: true,
			sequences: [plain, wrapForTmux(plain)],
		});
	});

	it('sends the screen form inside GNU screen', () => {
		expect(osc52Sequences('hi', {STY: '4242.pts-0.host'})).toEqual({ok: true, sequences: [wrapForScreen(plain)]});
	});
});

describe('the OSC 52 size cap', () => {
	// Header ESC ] 52 ; c ; is 7 bytes and BEL 1, so 74,994 bytes of text make 99,992 of base64.
	it('takes a text whose sequence is exactly 100,000 bytes', () => {
		const text = 'a'.repeat(74_994);
		expect(Buffer.byteLength(osc52(text))).toBe(OSC52_MAX_SEQUENCE_BYTES);
		expect(osc52Sequences(text, {}).ok).toBe(true);
	});

	it('refuses one byte more and says why, instead of cutting the text', () => {
		expect(osc52Sequences('a'.repeat(74_995), {})).toEqual({
			ok: false,
			problem: {kind: 'too-long', bytes: 100004, limit: 100000},
		});
	});

	it('counts UTF-8 bytes, not characters', () => {
		// 25,000 CJK characters are 75,000 bytes: under the cap in characters, over it in bytes.
		expect(osc52Sequences('人'.repeat(25_000), {}).ok).toBe(false);
		expect(osc52Sequences('人'.repeat(24_998), {}).ok).toBe(true);
	});
});
