import {describe, expect, it} from 'vitest';
import type {Command} from '../../src/keys/commands.js';
import {itemShows, moveDetail, revealCursor, type CursorMove, type DetailGeometry, type DetailWindow, type ItemLines} from '../../src/state/detail-window.js';
import {filterCandidate, focusedDetailItem, quoteChoice, quoteToCopy} from '../../src/state/selectors.js';
import type {State} from '../../src/state/state.js';
import {embedded, run, start, type} from './drive.js';

/** A record's content: a head of 10 lines, a section title, three one-line items, then a passage of 6 lines. */
const ITEMS: readonly ItemLines[] = [
	{first: 12, last: 12},
	{first: 13, last: 13},
	{first: 14, last: 14},
	{first: 17, last: 22},
];
const geometry: DetailGeometry = {total: 23, items: ITEMS.length, itemLines: (i) => ITEMS[i]!};
const ROWS = 4;

/** The window after each move in turn. */
const after = (window: DetailWindow, ...moves: CursorMove[]) => moves.reduce((current, move) => moveDetail(current, move, geometry, ROWS), window);
const OPENED: DetailWindow = {cursor: 0, top: 0};

describe('scrolling the detail pane (pure)', () => {
	it('j first brings the selected item into view when the record opened at its top, then moves the cursor', () => {
		// Item 0 (line 12) shows on the last row once the top is 9.
		expect(after(OPENED, 'cursor.down')).toEqual({cursor: 0, top: 9});
		expect(after(OPENED, 'cursor.down', 'cursor.down')).toEqual({cursor: 1, top: 10});
	});

	it('k on the first item scrolls the lines above it back into view, up to the top', () => {
		const onFirst: DetailWindow = {cursor: 0, top: 12};
		expect(after(onFirst, 'cursor.up')).toEqual({cursor: 0, top: 11});
		expect(after(onFirst, ...Array<CursorMove>(20).fill('cursor.up'))).toEqual({cursor: 0, top: 0});
	});

	it('k and j move between items that show, with the least scrolling', () => {
		expect(after({cursor: 2, top: 11}, 'cursor.up')).toEqual({cursor: 1, top: 11});
		expect(after({cursor: 0, top: 12}, 'cursor.down', 'cursor.down')).toEqual({cursor: 2, top: 12});
	});

	it('a passage taller than the window opens at its start, and j reads down it before the window stops at the end', () => {
		const moved = after({cursor: 2, top: 12}, 'cursor.down');
		expect(moved).toEqual({cursor: 3, top: 17});
		expect(after(moved, 'cursor.down', 'cursor.down', 'cursor.down')).toEqual({cursor: 3, top: 19});
		// Reached from below, k reads back up it.
		expect(after({cursor: 3, top: 19}, 'cursor.up')).toEqual({cursor: 3, top: 18});
	});

	it('g goes to the very top and the first item, G to the end and the last item', () => {
		expect(after({cursor: 2, top: 12}, 'cursor.first')).toEqual({cursor: 0, top: 0});
		expect(after(OPENED, 'cursor.last')).toEqual({cursor: 3, top: 19});
	});

	it('PgDn and PgUp turn a page of lines, the cursor on an item that shows, or kept while only the head does', () => {
		// A page is the window less a line: 3 lines.
		expect(after(OPENED, 'cursor.pageDown')).toEqual({cursor: 0, top: 3});
		expect(after({cursor: 0, top: 9}, 'cursor.pageDown')).toEqual({cursor: 0, top: 12});
		expect(after({cursor: 0, top: 9}, 'cursor.pageDown', 'cursor.pageDown')).toEqual({cursor: 3, top: 15});
		expect(after({cursor: 2, top: 12}, 'cursor.pageUp')).toEqual({cursor: 0, top: 9});
		expect(after({cursor: 0, top: 9}, 'cursor.pageUp', 'cursor.pageUp', 'cursor.pageUp')).toEqual({cursor: 0, top: 0});
		expect(after({cursor: 0, top: 19}, 'cursor.pageDown')).toEqual({cursor: 3, top: 19});
	});

	it('brings the cursor\'s item into view when it does not show, and leaves a window that shows it', () => {
		expect(revealCursor(OPENED, geometry, ROWS)).toEqual({cursor: 0, top: 9});
		expect(revealCursor({cursor: 1, top: 20}, geometry, ROWS)).toEqual({cursor: 1, top: 13});
		expect(revealCursor({cursor: 0, top: 9}, geometry, ROWS)).toBeUndefined();
		// A passage taller than the window shows while it fills the window (it is being read down).
		expect(revealCursor({cursor: 3, top: 18}, geometry, ROWS)).toBeUndefined();
		expect(revealCursor({cursor: 3, top: 21}, geometry, ROWS)).toEqual({cursor: 3, top: 17});
	});

	it('counts an item as showing whole, from its first line, or filling the window when taller', () => {
		expect(itemShows({first: 12, last: 12}, 9, ROWS)).toBe(true);
		expect(itemShows({first: 12, last: 12}, 8, ROWS)).toBe(false);
		expect(itemShows({first: 17, last: 22}, 16, ROWS)).toBe(true);
		expect(itemShows({first: 17, last: 22}, 19, ROWS)).toBe(true);
		expect(itemShows({first: 17, last: 22}, 20, ROWS)).toBe(false);
		expect(itemShows({first: 10, last: 11}, 11, ROWS)).toBe(false);
	});

	it('never scrolls past either end of the content', () => {
		expect(after(OPENED, 'cursor.up', 'cursor.pageUp')).toEqual(OPENED);
		expect(after({cursor: 3, top: 19}, 'cursor.down', 'cursor.pageDown')).toEqual({cursor: 3, top: 19});
		const short: DetailGeometry = {total: 3, items: 1, itemLines: () => ({first: 2, last: 2})};
		expect(moveDetail({cursor: 0, top: 0}, 'cursor.down', short, ROWS)).toEqual({cursor: 0, top: 0});
	});
});

/** Meutya Hafid's quote opened from her entry in the detail pane, at a terminal size. */
function quoteOpened(columns: number, rows: number): State {
	let state = run(start(embedded, {columns, rows}), embedded, 'focus.next', 'focus.next');
	expect(state.detail.ref).toEqual({kind: 'entity', id: 'meutya-hafid'});
	for (let keys = 0; focusedDetailItem(state, embedded)?.section !== 'quotes' && keys < 50; keys++) state = run(state, embedded, 'cursor.down');
	return run(state, embedded, 'selection.open');
}

describe('the detail pane in the reducer', () => {
	it('shows the entity from its top when it takes the focus at 80x24, its first item below', () => {
		const focused = run(start(embedded, {columns: 80, rows: 24}), embedded, 'focus.next', 'focus.next');
		expect(focused.detail).toMatchObject({cursor: 0, top: 0});
	});

	it('opens a followed quote at its top at 80x24 and 60x16, and k, g, PgUp bring the top back', () => {
		for (const [columns, rows] of [[80, 24], [60, 16], [120, 18]] as const) {
			const opened = quoteOpened(columns, rows);
			expect(opened.detail).toMatchObject({ref: {kind: 'quote'}, cursor: 0, top: 0});
			const {total} = embedded.detailGeometry(opened.detail.ref, opened.lang, opened.layout.detail.width);
			const down = run(opened, embedded, ...Array<Command>(total).fill('cursor.down'));
			expect(down.detail.top).toBeGreaterThan(0);
			expect(run(down, embedded, ...Array<Command>(total).fill('cursor.up')).detail).toMatchObject({cursor: 0, top: 0});
			expect(run(down, embedded, 'cursor.first').detail).toMatchObject({cursor: 0, top: 0});
			expect(run(down, embedded, ...Array<Command>(total).fill('cursor.pageUp')).detail).toMatchObject({cursor: 0, top: 0});
		}
	});

	it('Enter on an item below the window shows it first, and follows it only once it shows', () => {
		const focused = run(start(embedded, {columns: 80, rows: 24}), embedded, 'focus.next', 'focus.next');
		const shown = run(focused, embedded, 'selection.open');
		expect(shown.detail.ref).toEqual(focused.detail.ref);
		expect(shown.detail.top).toBeGreaterThan(0);
		const followed = run(shown, embedded, 'selection.open');
		expect(followed.detail.ref).not.toEqual(focused.detail.ref);
		expect(followed.detail.back.at(-1)).toMatchObject({ref: focused.detail.ref, top: shown.detail.top});
	});

	it('a, f and y act on the record shown while its selected item is out of sight, on the item once it shows', () => {
		const focused = run(start(embedded, {columns: 80, rows: 24}), embedded, 'focus.next', 'focus.next');
		expect(focusedDetailItem(focused, embedded)).toBeUndefined();
		// a reads Meutya Hafid's own mentions, not the event that is her first item (below the window).
		expect(run(focused, embedded, 'reader.open').reader!.subject).toEqual({kind: 'entity', id: 'meutya-hafid'});
		const shown = run(focused, embedded, 'cursor.down');
		const item = focusedDetailItem(shown, embedded);
		if (item?.section !== 'events') throw new Error(`expected an event, got ${JSON.stringify(item)}`);
		expect(run(shown, embedded, 'reader.open').reader!.subject).toEqual(item.ref);
		// A quote opened at 60x16: f filters by its speaker only when the speaker's row shows.
		const quote = quoteOpened(60, 16);
		expect(focusedDetailItem(quote, embedded)).toBeUndefined();
		expect(run(quote, embedded, 'reader.open').reader!.subject).toEqual(quote.detail.ref);
		expect(filterCandidate(quote, embedded)).toBeUndefined();
		const speakerShown = run(quote, embedded, 'cursor.down');
		expect(filterCandidate(speakerShown, embedded)?.id).toBe(embedded.story.quoteById(quote.detail.ref!.id)!.speaker);
		// y copies the quote shown; on Meutya Hafid's page, the quote under a cursor out of sight is not the one.
		expect(quoteToCopy(quote, embedded)?.id).toBe(quote.detail.ref!.id);
		let onQuote = run(start(embedded, {columns: 80, rows: 24}), embedded, 'focus.next', 'focus.next');
		for (let keys = 0; focusedDetailItem(onQuote, embedded)?.section !== 'quotes' && keys < 50; keys++) onQuote = run(onQuote, embedded, 'cursor.down');
		const chosen = focusedDetailItem(onQuote, embedded);
		if (chosen?.section !== 'quotes') throw new Error('expected a quote item');
		expect(quoteToCopy(onQuote, embedded)?.id).toBe(chosen.ref.id);
		const hidden = {...onQuote, detail: {...onQuote.detail, top: 0}};
		expect(focusedDetailItem(hidden, embedded)).toBeUndefined();
		expect(quoteChoice(hidden, embedded)?.position).toBeDefined();
	});

	it('Backspace brings back the record followed from with its item in sight, whatever the size now', () => {
		const onEvent = ([columns, rows]: readonly [number, number]) => {
			let state = run(start(embedded, {columns, rows}), embedded, 'focus.next', 'focus.next', 'cursor.last');
			for (let keys = 0; keys < 60; keys++) {
				const item = focusedDetailItem(state, embedded);
				if (item?.section === 'events' && item.ref.id === 'talent-target-2030') break;
				state = run(state, embedded, 'cursor.up');
			}
			expect(focusedDetailItem(state, embedded)).toMatchObject({section: 'events'});
			return state;
		};
		for (const [from, to] of [[[60, 16], [200, 50]], [[200, 50], [60, 16]]] as const) {
			const chosen = onEvent(from);
			const item = focusedDetailItem(chosen, embedded);
			const back = run(chosen, embedded, 'selection.open', {type: 'resize', columns: to[0], rows: to[1]}, 'detail.back');
			expect(back.detail.ref).toEqual(chosen.detail.ref);
			expect(focusedDetailItem(back, embedded), `${from} -> ${to}`).toEqual(item);
			const {total} = embedded.detailGeometry(back.detail.ref, back.lang, back.layout.detail.width);
			expect(back.detail.top).toBeLessThanOrEqual(Math.max(0, total - back.layout.detailRows));
		}
	});

	it('l keeps the selected item in sight and the window within the content, in the other language', () => {
		for (const [columns, rows] of [[60, 16], [80, 24]] as const) {
			let state = run(start(embedded, {columns, rows}), embedded, 'focus.next', 'focus.next');
			for (let keys = 0; keys < 30; keys++) {
				state = run(state, embedded, 'cursor.down');
				const item = focusedDetailItem(state, embedded);
				if (!item) continue;
				for (const switched of [run(state, embedded, 'language.next'), run(state, embedded, 'language.next', 'language.next')]) {
					expect(focusedDetailItem(switched, embedded), `${columns}x${rows}, key ${keys}, ${switched.lang}`).toEqual(item);
					const {total} = embedded.detailGeometry(switched.detail.ref, switched.lang, switched.layout.detail.width);
					expect(switched.detail.top).toBeLessThanOrEqual(Math.max(0, total - switched.layout.detailRows));
				}
			}
		}
	});

	it('Enter inside a passage taller than the pane opens it, as it fills the window', () => {
		let state = run(start(embedded, {columns: 60, rows: 16}), embedded, 'selection.open');
		expect(state).toMatchObject({focus: 'detail', detail: {ref: {kind: 'event'}}});
		const lines = (at: State) => embedded.detailGeometry(at.detail.ref, at.lang, at.layout.detail.width).itemLines(at.detail.cursor);
		const tall = (at: State) => focusedDetailItem(at, embedded)?.section === 'evidence' && lines(at).last - lines(at).first >= at.layout.detailRows;
		for (let keys = 0; !tall(state) && keys < 80; keys++) state = run(state, embedded, 'cursor.down');
		const {first, last} = lines(state);
		expect(last - first).toBeGreaterThanOrEqual(state.layout.detailRows);
		const inside = run(state, embedded, 'cursor.down');
		expect(inside.detail.top).toBeGreaterThan(first);
		expect(run(inside, embedded, 'selection.open').reader).not.toBeNull();
	});

	it('keeps the selected item in sight through a resize, and the window within the content', () => {
		let state = run(start(embedded, {columns: 80, rows: 24}), embedded, 'focus.next', 'focus.next', 'cursor.last', 'cursor.up', 'cursor.up', 'cursor.up');
		expect(focusedDetailItem(state, embedded)).toBeDefined();
		for (const [columns, rows] of [[60, 16], [120, 18], [60, 17], [200, 50], [80, 24]] as const) {
			state = run(state, embedded, {type: 'resize', columns, rows});
			expect(focusedDetailItem(state, embedded), `${columns}x${rows}`).toBeDefined();
			const {total} = embedded.detailGeometry(state.detail.ref, state.lang, state.layout.detail.width);
			expect(state.detail.top).toBeLessThanOrEqual(Math.max(0, total - state.layout.detailRows));
		}
	});

	it('keeps a record opened at its top at its top through a resize: a quotation opened from the finder stays in sight', () => {
		const opened = run(start(embedded, {columns: 120, rows: 36}), embedded, 'finder.open', type('kerja sama di'), 'finder.accept');
		expect(opened.detail.ref?.kind).toBe('quote');
		expect(opened.detail.top).toBe(0);
		const small = run(opened, embedded, {type: 'resize', columns: 60, rows: 16});
		expect(small.detail.top).toBe(0);
		// The first j brings the selected item in, as after opening a record.
		expect(focusedDetailItem(run(small, embedded, 'cursor.down'), embedded)).toBeDefined();
	});

	it('Backspace returns to the record followed from, where it was scrolled', () => {
		const focused = run(start(embedded, {columns: 60, rows: 16}), embedded, 'focus.next', 'focus.next', 'cursor.down', 'cursor.down');
		const back = run(focused, embedded, 'selection.open', 'detail.back');
		expect(back.detail).toEqual(focused.detail);
	});

	it('the help overlay pages with the lists\' keys: G and End to its end, g and Home to its top, PgDn and PgUp a page', () => {
		const help = run(start(embedded, {columns: 80, rows: 24}), embedded, 'help.open');
		const end = run(help, embedded, 'cursor.last');
		expect(end.help!.top).toBeGreaterThan(help.layout.helpRows);
		expect(run(end, embedded, 'cursor.first').help).toEqual({top: 0});
		expect(run(help, embedded, 'cursor.pageDown').help).toEqual({top: help.layout.helpRows - 1});
		expect(run(help, embedded, 'cursor.pageDown', 'cursor.pageUp').help).toEqual({top: 0});
	});
});
