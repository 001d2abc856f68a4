/** The reader on screen (ink-testing-library): opened with a, n/N, search, and back, at several sizes. */
import chalk from 'chalk';
import {afterEach, describe, expect, it} from 'vitest';
import {widthOf} from '../../src/text/fit.js';
import {MARKER} from '../../src/ui/panes/reader-lines.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {KEYS, openExplorer, type Explorer} from '../helpers/explorer.js';

const story = loadStory(EMBEDDED_DATASET);
let ui: Explorer | undefined;
const level = chalk.level;
afterEach(() => {
	ui?.unmount();
	chalk.level = level;
});

/** The lines of the frame that carry the current-place marker in the gutter. */
const markedLines = (lines: string[]) => lines.filter((line) => line.trimStart().startsWith(MARKER.current));

describe.each([
	[60, 16],
	[80, 24],
	[120, 36],
	[200, 50],
])('the reader at %ix%i', (columns, rows) => {
	it('a opens the article at the selected event, n moves on, Esc returns to the same screen', async () => {
		ui = await openExplorer(story, {columns, rows});
		const before = ui.text();
		await ui.press('a');
		await ui.until((frame) => expect(frame).toContain('bukti 1 dari 3'));
		const lines = ui.lines();
		expect(lines).toHaveLength(rows - 1);
		for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(columns);
		// The event's date evidence, "Selasa (25/3)", is on a marked line.
		expect(markedLines(lines).join(' ')).toContain('Selasa (25/3)');
		expect(lines.at(-2)).toContain('gulir');
		await ui.press('n');
		await ui.until((frame) => expect(frame).toContain('bukti 2 dari 3'));
		await ui.press(KEYS.escape);
		await ui.until((frame) => expect(frame.split('\n').slice(0, -1)).toEqual(before.split('\n').slice(0, -1)));
	});
});

describe('the reader', () => {
	it('searches the text with /, lights the matches, and Backspace leaves it', async () => {
		chalk.level = 1;
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press('a', '/');
		await ui.until((frame) => expect(frame).toContain('/▏'));
		await ui.press('posko', KEYS.enter);
		await ui.until((frame) => expect(frame).toMatch(/temuan 1 dari 4: “posko”/));
		// The match it is at is in inverse video; the others underlined.
		expect(ui.raw()).toMatch(/\x1b\[7m(?:\x1b\[[0-9;]*m)*posko/);
		await ui.press('n');
		await ui.until((frame) => expect(frame).toMatch(/temuan 2 dari 4/));
		await ui.press(KEYS.backspace);
		await ui.until((frame) => expect(frame).toContain('Linimasa'));
	});

	it('takes keys that come one straight after another each in the mode the last one left: a then / searches the article', async () => {
		ui = await openExplorer(story, {columns: 80, rows: 24});
		ui.burst('a', '/', 'p', 'o', 's', 'k', 'o', KEYS.enter);
		await ui.until((frame) => expect(frame).toMatch(/temuan 1 dari 4: “posko”/));
		ui.burst('n', KEYS.escape);
		await ui.until((frame) => expect(frame).toContain('Linimasa'));
		expect(ui.text()).not.toContain('temuan');
	});

	it('opens an entity at its mentions from the entity list, and j/k, PgDn and G scroll', async () => {
		ui = await openExplorer(story, {columns: 120, rows: 36});
		await ui.press(KEYS.tab, 'a');
		await ui.until((frame) => expect(frame).toMatch(/sebutan 1 dari \d+ · Meutya Hafid/));
		const top = ui.lines()[3];
		await ui.press('j');
		await ui.until((frame) => expect(frame.split('\n')[3]).not.toBe(top));
		await ui.press('k');
		await ui.until((frame) => expect(frame.split('\n')[3]).toBe(top));
		await ui.press('G');
		await ui.until((frame) => expect(frame).toMatch(/100%/));
		await ui.press(KEYS.pageUp);
		await ui.until((frame) => expect(frame).not.toMatch(/100%/));
	});

	it('Enter on evidence in the detail pane opens the article there', async () => {
		ui = await openExplorer(story, {columns: 120, rows: 36});
		await ui.press(KEYS.shiftTab, 'G', KEYS.enter);
		await ui.until((frame) => expect(frame).toContain('bukti 3 dari 3'));
	});

	it('without colour (chalk level 0, as under NO_COLOR) the place still shows: a marker and the bar', async () => {
		chalk.level = 0;
		ui = await openExplorer(story, {columns: 80, rows: 24});
		await ui.press('a');
		await ui.until((frame) => expect(frame).toContain('bukti 1 dari 3'));
		expect(ui.raw()).not.toMatch(/\x1b\[/);
		expect(markedLines(ui.lines()).length).toBeGreaterThan(0);
	});
});
