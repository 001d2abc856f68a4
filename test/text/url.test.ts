import {describe, expect, it} from 'vitest';
import {widthOf} from '../../src/text/fit.js';
import {shortUrl} from '../../src/text/url.js';

const URLS = ['https://jurnalnusantara.example/daerah/bupati-tinjau-banjir-sukaraya', 'http://contoh.example/berita?id=1204&hal=2', 'https://例子.example/新闻/农生文与默提雅会谈', 'mailto:redaksi@contoh.example', 'contoh.example/tanpa-skema/berita-panjang'];

describe('shortUrl', () => {
	it('leaves a URL that fits as it is', () => {
		expect(shortUrl('https://contoh.example/a', 24)).toBe('https://contoh.example/a');
	});

	it('keeps the site and the end of the path either side of an ellipsis, the end starting at a separator', () => {
		expect(shortUrl(URLS[0]!, 50)).toBe('https://jurnalnusantara.example/…-banjir-sukaraya');
		expect(shortUrl(URLS[1]!, 36)).toBe('http://contoh.example/…=1204&hal=2');
	});

	it('never starts the end inside a number, where the rest of an id reads as another id', () => {
		const url = 'https://contoh.example/berita/2025/11/02/1234567';
		expect(shortUrl(url, 30)).toBe('https://contoh.example/…');
		expect(shortUrl(url, 31)).toBe('https://contoh.example/…1234567');
		expect(shortUrl(url, 32)).toBe('https://contoh.example/…/1234567');
		// The end starts at the separator after the cut number, however little it keeps.
		expect(shortUrl('https://contoh.example/baca/98765432101234-ab', 40)).toBe('https://contoh.example/…-ab');
		// A word cut inside still shows its rest, as before.
		expect(shortUrl(URLS[0]!, 40)).toBe('https://jurnalnusantara.example/…ukaraya');
		// Nor at a dot that groups an amount's digits: ".250.000" of "1.250.000" reads as another sum.
		const amount = 'https://contoh.example/berita/harga-beras-rp1.250.000';
		for (let width = 24; width < amount.length; width++) {
			const shown = shortUrl(amount, width).split('…')[1]!;
			expect(shown === '' || shown.startsWith('1.250.000') || /^[^\d.,]/.test(shown), `${width}: ${shown}`).toBe(true);
		}
		expect(shortUrl(amount, 33)).toBe('https://contoh.example/…1.250.000');
		expect(shortUrl(amount, 32)).toBe('https://contoh.example/…');
	});

	it('shows the site alone when it leaves too little room for the end, the start of the URL when not even that fits, and is never wider than the width', () => {
		expect(shortUrl(URLS[0]!, 34)).toBe('https://jurnalnusantara.example/…');
		expect(shortUrl(URLS[0]!, 20)).toBe('https://jurnalnusan…');
		for (const url of URLS) {
			for (let width = 1; width <= widthOf(url) + 1; width++) {
				const shown = shortUrl(url, width);
				expect([url, width, widthOf(shown) <= width, shown.includes('\n')]).toEqual([url, width, true, false]);
			}
		}
	});
});
