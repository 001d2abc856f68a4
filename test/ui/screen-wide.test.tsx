import {afterEach, describe, expect, it} from 'vitest';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {openExplorer, type Explorer} from '../helpers/explorer.js';

const story = loadStory(EMBEDDED_DATASET);
let ui: Explorer | undefined;
afterEach(() => ui?.unmount());

describe('a wide terminal (200x50)', () => {
	it('gives the extra width to the detail pane: the timeline is as wide as its rows, not padded to half the screen', async () => {
		ui = await openExplorer(story, {columns: 200, rows: 50});
		const row = ui.lines().find((line) => line.includes('Pelepasan 1.500 petugas dan 29 kendaraan'))!;
		const separator = row.indexOf('│');
		// The separator follows the titles closely (at most a few columns), where at 55% it stood at column 110.
		expect(separator).toBeLessThan(75);
		expect(separator - row.indexOf('kendaraan') - 'kendaraan'.length).toBeLessThanOrEqual(25);
		// The detail pane's prose runs in the width it gained.
		const detailLine = ui.lines().find((line) => line.includes('Menkomdigi Meutya Hafid'))!;
		expect(detailLine.length).toBeGreaterThan(150);
	});

	it('keeps a blank column on each side of the rule, so the longest rows and the detail text never touch it', async () => {
		ui = await openExplorer(story, {columns: 200, rows: 50});
		const lines = ui.lines();
		const row = lines.find((line) => line.includes('Pelepasan 1.500 petugas dan 29 kendaraan'))!;
		const rule = row.indexOf('│');
		const body = lines.filter((line) => line[rule] === '│');
		expect(body.length).toBeGreaterThan(40);
		for (const line of body) {
			expect(line[rule - 1], line).toBe(' ');
			expect(line[rule + 1] ?? ' ', line).toBe(' ');
		}
		// Some row of the list runs up to its gutter: the list is as wide as its rows want.
		expect(body.some((line) => line[rule - 2] !== ' ')).toBe(true);
	});
});
