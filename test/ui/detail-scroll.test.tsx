import {afterEach, describe, expect, it} from 'vitest';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {finderShows, KEYS, openExplorer, type Explorer} from '../helpers/explorer.js';

const story = loadStory(EMBEDDED_DATASET);
let ui: Explorer | undefined;
afterEach(() => ui?.unmount());

/** The detail pane's title line. */
const detailTitle = (explorer: Explorer) => explorer.lines().find((line) => line.includes(' Rincian'))!;

/** The explorer at a size, Nong Shengwen's quote opened from the finder. */
async function quoteFromFinder(size: {columns: number; rows: number}): Promise<Explorer> {
	const explorer = await openExplorer(story, size);
	await explorer.press('/', 'kami berharap');
	await explorer.until(finderShows('kami berharap'));
	await explorer.press(KEYS.enter);
	await explorer.until((frame) => expect(frame).toContain('KUTIPAN · Nong Shengwen'));
	return explorer;
}

describe('the detail pane on a short terminal', () => {
	it('shows a quote opened from the finder at 60x16 from its top: its heading and its own words', async () => {
		ui = await quoteFromFinder({columns: 60, rows: 16});
		expect(ui.text()).toContain('“Kami berharap dapat');
		expect(detailTitle(ui)).toContain('↓ lagi');
	});

	it('shows the entity from its top when the pane takes the focus at 80x24', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press(KEYS.tab, KEYS.tab);
		await ui.until((frame) => expect(frame).toMatch(/per ORANG/));
		expect(ui.text()).toContain('Meutya Hafid');
	});

	it('scrolls back to the top of a quote with k, Home and PgUp at 80x24, marking the lines above with ↑', async () => {
		ui = await quoteFromFinder({columns: 80, rows: 24});
		// j brings the first item (the speaker) in, scrolling the heading away.
		await ui.press('j');
		await ui.until((frame) => expect(frame).toContain('› per Nong Shengwen'));
		expect(ui.text()).not.toContain('KUTIPAN · Nong Shengwen');
		expect(detailTitle(ui)).toContain('↑');
		for (const key of ['k', KEYS.home, KEYS.pageUp]) {
			await ui.press('j');
			await ui.until((frame) => expect(frame).not.toContain('KUTIPAN · Nong Shengwen'));
			await ui.press(...Array<string>(12).fill(key));
			await ui.until((frame) => expect(frame).toContain('KUTIPAN · Nong Shengwen'));
			expect(detailTitle(ui)).not.toContain('↑');
		}
	});
});

describe('Enter in the detail pane', () => {
	it('brings an item out of sight into view at the first press and follows it at the second, at 80x24', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('PERISTIWA'));
		expect(ui.text()).not.toContain('› per Meutya Hafid');
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('› per Meutya Hafid'));
		await ui.press(KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('per ORANG'));
		expect(ui.text()).toContain('Rincian (1 langkah kembali)');
	});
});

describe('the help overlay', () => {
	it('pages with the lists\' keys: G and End to its end, g and Home to its top, PgDn a page down and PgUp back', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press('?');
		await ui.until((frame) => expect(frame).toContain(' Tombol'));
		expect(ui.text()).toContain('Bergerak');
		for (const [down, up] of [['G', 'g'], [KEYS.end, KEYS.home], [KEYS.pageDown, KEYS.pageUp]] as const) {
			await ui.press(down);
			await ui.until((frame) => expect(frame).not.toContain('Bergerak'));
			expect(ui.lines().find((line) => line.includes(' Tombol'))).toContain('↑');
			await ui.press(up);
			await ui.until((frame) => expect(frame).toContain('Bergerak'));
		}
		await ui.press('G');
		await ui.until((frame) => expect(frame).toContain('Tutup bantuan'));
	});
});
