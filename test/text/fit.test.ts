import stripAnsi from 'strip-ansi';
import {describe, expect, it} from 'vitest';
import {fit, fitAtWord, truncate, widthOf, wrap} from '../../src/text/fit.js';

const SAMPLES = ['农生文与默提雅会谈', '🌊🌊🌊 三百八十六个岗哨', 'abc农生文', 'Meutya Hafid bertemu Nong Shengwen', '南宁 🌆 city', '👍🏽👍🏽 ok'];

describe('widthOf', () => {
	it('counts CJK and emoji as two columns', () => {
		expect(widthOf('农生文')).toBe(6);
		expect(widthOf('🌊')).toBe(2);
		expect(widthOf('a–b…')).toBe(4);
	});
});

describe('truncate at word boundaries', () => {
	it('cuts between words, without a dangling comma or dash', () => {
		expect(truncate('Kementerian Komunikasi dan Digital', 30)).toBe('Kementerian Komunikasi dan…');
		expect(truncate('Menkomdigi, Meutya Hafid', 14)).toBe('Menkomdigi…');
		expect(truncate('26 Mar – 8 Apr 2025', 10)).toBe('26 Mar…');
		// A word longer than the width is cut inside it rather than leave the line empty.
		expect(truncate('Telekomunikasi', 8)).toBe('Telekom…');
		// So is one after words that fill less than a third of the width: a lone "Di…" would say nothing.
		expect(truncate('Di Telekomunikasi', 12)).toBe('Di Telekomu…');
		expect(truncate('农生文 与默提雅会谈', 9)).toBe('农生文…');
	});

	it('drops a number whose magnitude is cut off, so that no other sum is left', () => {
		expect(truncate('Rp 250 juta', 9)).toBe('Rp…');
		expect(truncate('Bantuan 250 juta rupiah', 14)).toBe('Bantuan…');
		expect(truncate('Anggaran Rp 1,5 miliar untuk', 17)).toBe('Anggaran Rp…');
		expect(truncate('250 juta', 5)).toBe('…');
		// A count whose noun is cut off goes too: "Korban 12…" could be 12 of anything.
		expect(truncate('Korban 12 orang meninggal', 11)).toBe('Korban…');
		expect(truncate('Rp 250 juta', 11)).toBe('Rp 250 juta');
		// As Indonesian writes them, joined to the currency.
		expect(truncate('Pemkot Tasikmalaya Siapkan Rp2 Miliar untuk', 32)).toBe('Pemkot Tasikmalaya Siapkan…');
		expect(truncate('anggaran Rp250 juta untuk korban', 16)).toBe('anggaran…');
		expect(truncate('Bantuan Rp1,5 triliun', 16)).toBe('Bantuan…');
	});

	it('never ends on a count, a sum or a date whose noun was cut off, nor on the dash or comma before it', () => {
		// "…dan 29…" reads as if 29 were the officers.
		expect(truncate('Pelepasan 1.500 petugas dan 29 kendaraan', 31)).toBe('Pelepasan 1.500 petugas dan…');
		expect(truncate('Pelepasan 1.500 petugas dan 29 kendaraan', 17)).toBe('Pelepasan…');
		expect(truncate('Pelepasan 1.500 petugas dan 29 kendaraan', 18)).toBe('Pelepasan…');
		expect(truncate('Dibuka 25 Maret, lalu', 11)).toBe('Dibuka…');
		expect(truncate('Korban: 12 orang', 11)).toBe('Korban…');
		expect(truncate('29 kendaraan dilepas', 3)).toBe('…');
		// A figure that ends its clause is whole ("tahun 2030,"), and an id with digits is no figure.
		expect(truncate('Target tahun 2030, kata menteri', 19)).toBe('Target tahun 2030…');
		expect(truncate('Kode ev-000123 dibuka lagi', 17)).toBe('Kode ev-000123…');
		expect(truncate('Pelepasan 1.500 petugas dan 29 kendaraan', 40)).toBe('Pelepasan 1.500 petugas dan 29 kendaraan');
	});

	it('in a table\'s cell, ends at a whole word wherever one fits', () => {
		expect(fitAtWord('Rute perjalanan mudik', 13)).toBe('Rute…        ');
		expect(fit('Rute perjalanan mudik', 13)).toBe('Rute perjala…');
		expect(fitAtWord('Di Telekomunikasi', 12)).toBe('Di…         ');
		// A word longer than the cell is still cut inside, rather than leave it empty.
		expect(fitAtWord('Telekomunikasi', 8)).toBe('Telekom…');
		expect(fitAtWord('Pelepasan 1.500 petugas dan 29 kendaraan', 31)).toBe('Pelepasan 1.500 petugas dan…   ');
	});

	it('never cuts inside a sum or a date written as one word, where an id is cut as any word', () => {
		expect(truncate('Rp250.000.000 bantuan', 12)).toBe('…');
		expect(truncate('Bantuan Rp250.000.000 tiba', 18)).toBe('Bantuan…');
		expect(truncate('Sabtu (1/11/2025) malam', 14)).toBe('Sabtu…');
		expect(truncate('ev-000123-panjang', 10)).toBe('ev-000123…');
		expect(truncate('Rp 250000 bantuan', 8)).toBe('Rp…');
		expect(truncate('Rp 2,5 M untuk korban', 8)).toBe('Rp…');
		// A URL or an id with figures in it is cut as any word.
		expect(truncate('https://koranuji.com/2025/12/10/banjir-bandang-sukaraya', 40)).toBe('https://koranuji.com/2025/12/10/banjir…');
		expect(truncate('ev-2025.12.10-banjir-sukaraya', 12)).toBe('ev-2025.12.…');
		expect(truncate('v1.2.3-beta rilis', 8)).toBe('v1.2.3…');
		// Joined to its unit, with hyphens or a dash, with a sign.
		expect(truncate('Rp2,5M untuk korban banjir', 6)).toBe('…');
		expect(truncate('Bantuan Rp10jt per keluarga', 13)).toBe('Bantuan…');
		expect(truncate('Harga Rp1.000/liter naik', 10)).toBe('Harga…');
		expect(truncate('Pada 8-12-2025 banjir', 13)).toBe('Pada…');
		expect(truncate('Di 2020–2025 rugi', 7)).toBe('Di…');
		expect(truncate('Naik +3,2% tahun ini', 9)).toBe('Naik…');
	});

	it('cuts styled text (a lit match) where its plain text would be cut, its styles kept', () => {
		const red = (text: string) => `\x1b[31m${text}\x1b[39m`;
		const lit = `Desa Cibeureum Hilir ${red('Rp2,5')} miliar bantuan`;
		expect(stripAnsi(truncate(lit, 26))).toBe(truncate(stripAnsi(lit), 26));
		expect(stripAnsi(truncate(lit, 26))).toBe('Desa Cibeureum Hilir…');
		const kept = truncate(`Bantuan ${red('Rp2,5 miliar')} tiba`, 22);
		expect(kept).toContain('\x1b[31m');
		expect(stripAnsi(kept)).toBe('Bantuan Rp2,5 miliar…');
		// Styled text that fits is whole, though its escapes make it longer than the width.
		expect(truncate(`\x1b[2m2 Nov 2025\x1b[22m`, 10)).toBe(`\x1b[2m2 Nov 2025\x1b[22m`);
		// An ellipsis after a whole lit word is not lit with it: the word was not cut.
		expect(truncate(`kerja sama dengan ${red('Tiongkok')}, dalam`, 28)).toBe(`kerja sama dengan ${red('Tiongkok')}…`);
	});

	it('ends at a whole word where the words kept fill a third of the width, not only half: a cut name reads as another', () => {
		expect(truncate('Sungai Cikawung Meluap, Warga Cibeureum Hilir Mengungsi', 15)).toBe('Sungai…');
		expect(truncate('Bupati Maya Lestari Tinjau Korban Banjir Sukaraya', 18)).toBe('Bupati Maya…');
		// An amount with a space in it is never left as a smaller sum.
		expect(truncate('Rp 250 juta', 6)).toBe('Rp…');
	});
});

describe('truncate', () => {
	it('leaves text that fits as it is', () => {
		expect(truncate('Meutya Hafid', 12)).toBe('Meutya Hafid');
		expect(truncate('农生文', 6)).toBe('农生文');
	});

	it('cuts with an ellipsis to at most the width', () => {
		expect(truncate('Meutya Hafid', 8)).toBe('Meutya…');
		expect(truncate('Meutya Hafid', 11)).toBe('Meutya…');
		expect(truncate('农生文与默提雅会谈', 9)).toBe('农生文与…');
		expect(truncate('Meutya', 1)).toBe('…');
		expect(truncate('Meutya', 0)).toBe('');
		expect(truncate('Meutya', -3)).toBe('');
	});

	it('never lets a wide character straddle the cut: never a column too many', () => {
		expect(truncate('农生文与默提雅会谈', 10)).toBe('农生文与…');
		expect(truncate('农生文', 2)).toBe('…');
		for (const text of SAMPLES) {
			for (let width = 1; width <= widthOf(text); width++) {
				const cut = truncate(text, width);
				expect([text, width, widthOf(cut) <= width]).toEqual([text, width, true]);
				// A wide character at the cut may leave one column unused, a word boundary up to two thirds of the width.
				expect(widthOf(cut)).toBeGreaterThanOrEqual(Math.min(width - 1, Math.floor(width / 3)));
			}
		}
	});
});

describe('fit', () => {
	it('pads or cuts to exactly the width, left or right aligned', () => {
		expect(fit('12', 5)).toBe('12   ');
		expect(fit('12', 5, 'right')).toBe('   12');
		expect(fit('农生文', 7)).toBe('农生文 ');
		expect(fit('农生文', 7, 'right')).toBe(' 农生文');
		for (const text of SAMPLES) {
			for (let width = 0; width <= widthOf(text) + 2; width++) {
				expect([text, width, widthOf(fit(text, width))]).toEqual([text, width, width]);
			}
		}
	});
});

describe('wrap', () => {
	it('wraps at spaces, trims them, and breaks words longer than the width', () => {
		expect(wrap('Meutya Hafid bertemu Nong', 12)).toEqual(['Meutya Hafid', 'bertemu Nong']);
		expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('keeps every line of wide characters within the width', () => {
		const lines = wrap('农生文与默提雅会谈 🤝 人工智能合作中心', 7);
		expect(lines.join('').replaceAll(' ', '')).toBe('农生文与默提雅会谈🤝人工智能合作中心');
		for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(7);
	});

	it('keeps every line within the width where wrap-ansi measures a character narrower (found by the random sessions)', () => {
		const text = "⤷𐬝𝅘𝅥𝅰𐍕ම𑂚(, zH`M^'4W{)yF&|@ &`'$%*~?Rk|x! J+5& |y\"qK_'3@$z'ax7p#C!<bbQ}}|Z8+V)7~+Z#e";
		for (const width of [82, 40, 9, 3]) {
			const lines = wrap(text, width);
			for (const line of lines) expect(widthOf(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
			expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
		}
	});

	it('gives one empty line for empty text and none for no width', () => {
		expect(wrap('', 10)).toEqual(['']);
		expect(wrap('abc', 0)).toEqual([]);
	});
});

describe('truncateStart', () => {
	it('keeps the end of a text, wide characters counted by columns', async () => {
		const {truncateStart, widthOf} = await import('../../src/text/fit.js');
		expect(truncateStart('kementerian komunikasi', 10)).toBe('…omunikasi');
		expect(truncateStart('short', 10)).toBe('short');
		const cut = truncateStart('农生文与默提雅会谈', 7);
		expect(cut).toBe('…雅会谈');
		expect(widthOf(cut)).toBeLessThanOrEqual(7);
	});
});

describe('truncate and fit of very long texts', () => {
	// A 10,000-character title is cut from its head: what comes after the cut never changes it.
	const long = `${'👩‍👩‍👧‍👦 🇮🇩 农生文 Meutya '.repeat(600)}`;

	it('cuts a long text as it cuts its start, to at most the width, with an ellipsis', () => {
		for (const width of [1, 2, 7, 40, 120]) {
			const cut = truncate(long, width);
			expect(cut.endsWith('…')).toBe(true);
			expect(widthOf(cut)).toBeLessThanOrEqual(width);
			expect(truncate(`${long}${'tail '.repeat(2000)}`, width)).toBe(cut);
			expect(fit(long, width)).toBe(cut + ' '.repeat(width - widthOf(cut)));
		}
	});

	it('still cuts a text whose start is thousands of stacked marks, wider than nothing', () => {
		const stacked = `a${'\u0301'.repeat(5000)} bcdefghijklmnop`;
		const cut = truncate(stacked, 8);
		expect(cut.endsWith('…')).toBe(true);
		expect(widthOf(cut)).toBeLessThanOrEqual(8);
		expect(fit(stacked, 8).length).toBeGreaterThan(0);
		expect(widthOf(fit(stacked, 8))).toBe(8);
	});

	it('pads a long text that fits its width without cutting it', () => {
		const wide = 'x'.repeat(9000);
		expect(fit(wide, 9001)).toBe(`${wide} `);
	});
});
