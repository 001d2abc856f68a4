/** Finding a page's boxes of other stories without reading every element's whole text as a line. */
import {parseHTML} from 'linkedom';
import {describe, expect, it, vi} from 'vitest';

const linesRead: string[] = [];
vi.mock('../../src/ingest/chrome.js', async (original) => {
	const actual = await original<typeof import('../../src/ingest/chrome.js')>();
	return {...actual, chromeLine: (text: string) => (linesRead.push(text), actual.chromeLine(text))};
});
const {removeRelatedBoxes} = await import('../../src/ingest/relatedBoxes.js');

describe('the boxes of other stories in a saved page', () => {
	it('reads as a possible box head only an element of a head\'s length, not each wrapper of the whole story', () => {
		const story = Array.from({length: 40}, () => '<p>Warga Desa Sukamaju mengungsi ke balai desa setelah banjir merendam rumah mereka sejak Minggu malam.</p>').join('');
		const {document} = parseHTML(`<html><body><div><div><article>${story}<div><span>Baca Juga</span><ul><li><a>Judul lain</a></li></ul></div>${story}</article></div></div></body></html>`);
		removeRelatedBoxes(document as unknown as Parameters<typeof removeRelatedBoxes>[0]);
		expect(document.body.textContent).not.toContain('Judul lain');
		expect(document.body.textContent).toContain('Warga Desa Sukamaju');
		// Each wrapper's text is the whole story, thousands of characters: reading each as a line costs the page's size times its depth.
		expect(linesRead.filter((text) => text.length > 41)).toEqual([]);
	});
});
