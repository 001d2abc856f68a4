import {describe, expect, it} from 'vitest';
import {AXIS_LINES, calculateLayout, MIN_LIST_COLUMNS, SEPARATOR_COLUMNS} from '../../src/state/layout.js';

const SIZES = [
	{columns: 120, rows: 36, mode: 'wide', tooSmall: false},
	{columns: 100, rows: 30, mode: 'wide', tooSmall: false},
	{columns: 99, rows: 30, mode: 'narrow', tooSmall: false},
	{columns: 80, rows: 24, mode: 'narrow', tooSmall: false},
	{columns: 60, rows: 16, mode: 'narrow', tooSmall: false},
	{columns: 59, rows: 16, mode: 'narrow', tooSmall: true},
	{columns: 60, rows: 15, mode: 'narrow', tooSmall: true},
] as const;

describe('calculateLayout', () => {
	it.each(SIZES)('at $columns×$rows is $mode, tooSmall $tooSmall', ({columns, rows, mode, tooSmall}) => {
		const layout = calculateLayout(columns, rows);
		expect(layout).toMatchObject({columns, rows, mode, tooSmall});
		// One line short of the terminal, so Ink never clears the screen on a frame.
		expect(layout.frameHeight).toBe(rows - 1);
		// Two header lines and two footer lines around the body.
		expect(layout.bodyHeight).toBe(rows - 1 - 4);
		if (mode === 'wide') {
			expect(layout.timeline.height + layout.entities.height).toBe(layout.bodyHeight);
			expect(layout.detail.height).toBe(layout.bodyHeight);
			expect(layout.timeline.width).toBe(layout.entities.width);
			expect(layout.timeline.width + SEPARATOR_COLUMNS + layout.detail.width).toBe(columns);
		} else {
			// One list at a time above the detail pane, all full width.
			expect(layout.timeline.height).toBe(layout.entities.height);
			expect(layout.timeline.height + layout.detail.height).toBe(layout.bodyHeight);
			expect([layout.timeline.width, layout.entities.width, layout.detail.width]).toEqual([columns, columns, columns]);
		}
		expect(layout.timelineRows).toBe(Math.max(1, layout.timeline.height - 1 - AXIS_LINES));
		expect(layout.entityRows).toBe(Math.max(1, layout.entities.height - 1));
		// A source takes two lines (its outlet and figures, then its title) in the entities' place.
		expect(layout.sourceRows).toBe(Math.max(1, Math.floor(layout.entityRows / 2)));
		if (layout.entityRows >= 2) expect(layout.sourceRows * 2).toBeLessThanOrEqual(layout.entityRows);
		expect(layout.detailRows).toBe(Math.max(1, layout.detail.height - 1));
		expect(layout.helpRows).toBe(layout.bodyHeight - 1);
		for (const rowsOfPane of [layout.timelineRows, layout.entityRows, layout.detailRows, layout.finderRows, layout.helpRows]) {
			expect(rowsOfPane).toBeGreaterThanOrEqual(1);
		}
	});

	it('gives the finder the whole left column when wide, and the list\'s place when narrow', () => {
		expect(calculateLayout(120, 36).finderRows).toBe(31 - 2);
		expect(calculateLayout(80, 24).finderRows).toBe(calculateLayout(80, 24).timeline.height - 2);
	});

	it('gives the timeline the larger share of the left column when wide', () => {
		const {timeline, entities} = calculateLayout(120, 36);
		expect(timeline.height).toBe(19);
		expect(entities.height).toBe(12);
	});

	it('keeps every count at least 1 in a terminal of one cell, and reads nonsense sizes as 80×24', () => {
		const tiny = calculateLayout(1, 1);
		expect(tiny.tooSmall).toBe(true);
		expect(tiny.frameHeight).toBe(0);
		expect(Math.min(tiny.timelineRows, tiny.entityRows, tiny.detailRows, tiny.finderRows, tiny.helpRows)).toBe(1);
		expect(calculateLayout(Number.NaN, Number.NaN)).toMatchObject({columns: 80, rows: 24});
		expect(calculateLayout(0, 0)).toMatchObject({columns: 80, rows: 24});
	});

	it('gives a wide terminal\'s extra width to the detail pane: the lists take what their rows want', () => {
		const wide = calculateLayout(200, 50, 68);
		expect(wide.timeline.width).toBe(68);
		expect(wide.detail.width).toBe(200 - 68 - SEPARATOR_COLUMNS);
		// Never past 55% of the width, never under the minimum; without a measure, the share.
		expect(calculateLayout(200, 50, 500).timeline.width).toBe(110);
		expect(calculateLayout(200, 50, 10).timeline.width).toBe(MIN_LIST_COLUMNS);
		expect(calculateLayout(120, 36, 68).timeline.width).toBe(66);
		expect(calculateLayout(200, 50).timeline.width).toBe(110);
		// Narrow layouts stay full width.
		expect(calculateLayout(80, 24, 40).timeline.width).toBe(80);
	});
});
