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
