import {describe, expect, it} from 'vitest';
import {detailItems} from '../../src/state/detail.js';
import {selectedEntity, selectedEvent} from '../../src/state/selectors.js';
import {initialState} from '../../src/state/state.js';
import {embedded, ids, run, second, start} from './drive.js';

const SMALL = {columns: 80, rows: 24}; // 7 timeline rows for 8 events, 9 entity rows for 19 entities

describe('the explorer starts', () => {
	it('on the timeline, its first event shown in the detail pane, nothing open', () => {
		expect(start(embedded)).toMatchObject({
			focus: 'timeline',
			list: 'timeline',
			timeline: {index: 0, top: 0},
			entities: {index: 0, top: 0},
			detail: {ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 0, top: 0, back: []},
			filter: null,
			finder: null,
			help: null,
			lang: 'id',
			status: null,
		});
		expect(start(second).detail.ref).toEqual({kind: 'event', id: 'pumps'});
	});

	it('with nothing in the detail pane for a story without events, where Enter does nothing', () => {
		const empty = initialState({lang: 'id', columns: 120, rows: 36});
		expect(empty.detail.ref).toBeNull();
		expect(run(empty, embedded, 'selection.open')).toEqual(empty);
	});
});

describe('focus cycling', () => {
	it('Tab goes timeline → entities → detail → timeline, the detail pane following the focused list', () => {
		const entities = run(start(embedded), embedded, 'focus.next');
		expect(entities).toMatchObject({focus: 'entities', list: 'entities', detail: {ref: {kind: 'entity', id: 'meutya-hafid'}, cursor: 0, top: 0, back: []}});
		const detail = run(entities, embedded, 'focus.next');
		expect(detail).toMatchObject({focus: 'detail', list: 'entities', detail: entities.detail});
		const timeline = run(detail, embedded, 'focus.next');
		expect(timeline).toMatchObject({focus: 'timeline', list: 'timeline', detail: {ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 0, top: 0, back: []}});
	});

	it('Shift-Tab goes timeline → detail → entities, the detail keeping what the last list showed', () => {
		const detail = run(start(embedded), embedded, 'focus.previous');
		expect(detail).toMatchObject({focus: 'detail', list: 'timeline', detail: {ref: {kind: 'event', id: 'meeting-nanning'}}});
		const entities = run(detail, embedded, 'focus.previous');
		expect(entities).toMatchObject({focus: 'entities', list: 'entities', detail: {ref: {kind: 'entity', id: 'meutya-hafid'}}});
		expect(run(entities, embedded, 'focus.previous').focus).toBe('timeline');
	});

	it('focusing a list shows its own selection, not the one followed in the detail pane', () => {
		const followed = run(start(embedded), embedded, 'focus.previous', 'cursor.down', 'cursor.down', 'selection.open');
		expect(followed.detail.ref).toEqual({kind: 'entity', id: 'nong-shengwen'});
		const back = run(followed, embedded, 'focus.next');
		expect(back.detail).toEqual({ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 0, top: 0, back: []});
	});
});

describe('moving in the timeline', () => {
	it('j and k move one event, stop at both ends, and scroll `top` just enough', () => {
		const first = start(embedded, SMALL);
		expect(run(first, embedded, 'cursor.up').timeline).toEqual({index: 0, top: 0});
		const sixth = run(first, embedded, ...Array<'cursor.down'>(6).fill('cursor.down'));
		expect(sixth.timeline).toEqual({index: 6, top: 0});
		const last = run(sixth, embedded, 'cursor.down');
		expect(last.timeline).toEqual({index: 7, top: 1});
		expect(run(last, embedded, 'cursor.down').timeline).toEqual({index: 7, top: 1});
		// Going back up inside the window does not scroll until the cursor reaches its top.
		expect(run(last, embedded, ...Array<'cursor.up'>(6).fill('cursor.up')).timeline).toEqual({index: 1, top: 1});
		expect(run(last, embedded, ...Array<'cursor.up'>(7).fill('cursor.up')).timeline).toEqual({index: 0, top: 0});
	});

	it('G and g jump to the last and the first event', () => {
		const last = run(start(embedded, SMALL), embedded, 'cursor.last');
		expect(last.timeline).toEqual({index: 7, top: 1});
		expect(selectedEvent(last, embedded)?.id).toBe('talent-target-2030');
		expect(run(last, embedded, 'cursor.first').timeline).toEqual({index: 0, top: 0});
	});

	it('PgDn and PgUp move a page less one row and clamp at the ends', () => {
		const down = run(start(embedded, SMALL), embedded, 'cursor.pageDown');
		expect(down.timeline).toEqual({index: 6, top: 0});
		const end = run(down, embedded, 'cursor.pageDown');
		expect(end.timeline).toEqual({index: 7, top: 1});
		const up = run(end, embedded, 'cursor.pageUp');
		expect(up.timeline).toEqual({index: 1, top: 1});
		expect(run(up, embedded, 'cursor.pageUp').timeline).toEqual({index: 0, top: 0});
	});

	it('the detail pane shows each event the cursor reaches, afresh', () => {
		const moved = run(start(embedded), embedded, 'cursor.down', 'cursor.down');
		expect(moved.detail).toEqual({ref: {kind: 'event', id: 'release-officers'}, cursor: 0, top: 0, back: []});
		expect(run(start(second), second, 'cursor.last').detail.ref).toEqual({kind: 'event', id: 'rob-forecast'});
	});
});

describe('moving in the entity list', () => {
	it('pages through 19 entities in a 9-row window, clamping at the ends', () => {
		const entities = run(start(embedded, SMALL), embedded, 'focus.next');
		const pages = [
			run(entities, embedded, 'cursor.pageDown'),
			run(entities, embedded, 'cursor.pageDown', 'cursor.pageDown'),
			run(entities, embedded, 'cursor.pageDown', 'cursor.pageDown', 'cursor.pageDown'),
		];
		expect(pages.map((state) => state.entities)).toEqual([{index: 8, top: 0}, {index: 16, top: 8}, {index: 18, top: 10}]);
		const last = pages[2]!;
		expect(selectedEntity(last, embedded)?.id).toBe('guangxi');
		expect(last.detail.ref).toEqual({kind: 'entity', id: 'guangxi'});
		expect(run(last, embedded, 'cursor.last').entities).toEqual({index: 18, top: 10});
		expect(run(last, embedded, 'cursor.pageUp').entities).toEqual({index: 10, top: 10});
		expect(run(last, embedded, 'cursor.pageUp', 'cursor.pageUp').entities).toEqual({index: 2, top: 2});
		expect(run(last, embedded, 'cursor.first').entities).toEqual({index: 0, top: 0});
		expect(run(entities, embedded, 'cursor.up').entities).toEqual({index: 0, top: 0});
	});

	it('leaves the timeline cursor where it was', () => {
		const moved = run(start(embedded), embedded, 'cursor.down', 'focus.next', 'cursor.down');
		expect(moved.timeline.index).toBe(1);
		expect(moved.entities.index).toBe(1);
		expect(moved.detail.ref).toEqual({kind: 'entity', id: 'nong-shengwen'});
	});
});

describe('moving in the detail pane', () => {
	it('moves over the items of the record shown, clamped to them', () => {
		const detail = run(start(embedded, SMALL), embedded, 'focus.previous');
		const count = detailItems(embedded, {kind: 'event', id: 'meeting-nanning'}).length;
		// 7 entities (the place last), 3 quotes said there, the date anchor, 2 evidence passages.
		expect(count).toBe(13);
		expect(run(detail, embedded, 'cursor.up').detail).toMatchObject({cursor: 0, top: 0});
		// The event opened at its top, its first item below the 8 rows: j brings it in, then moves on.
		const {total, itemLines} = embedded.detailGeometry(detail.detail.ref, detail.lang, detail.layout.detail.width);
		expect(itemLines(0).first).toBeGreaterThanOrEqual(8);
		expect(run(detail, embedded, 'cursor.down').detail).toEqual({...detail.detail, top: itemLines(0).last - 7});
		expect(run(detail, embedded, 'cursor.down', 'cursor.down').detail.cursor).toBe(1);
		expect(run(detail, embedded, 'cursor.last').detail).toMatchObject({cursor: 12, top: total - 8});
		expect(run(detail, embedded, 'cursor.last', 'cursor.down').detail.cursor).toBe(12);
		expect(run(detail, embedded, 'cursor.last', 'cursor.first').detail).toMatchObject({cursor: 0, top: 0});
		// 8 detail rows: a page is 7 lines; the cursor stays on an item that shows.
		const page = run(detail, embedded, 'cursor.pageDown', 'cursor.pageDown');
		expect(page.detail.top).toBe(14);
		expect(itemLines(page.detail.cursor).first).toBeGreaterThanOrEqual(14);
		expect(itemLines(page.detail.cursor).last).toBeLessThan(22);
		expect(run(detail, embedded, ...Array<'cursor.pageDown'>(total).fill('cursor.pageDown')).detail).toMatchObject({cursor: 12, top: total - 8});
		expect(run(detail, embedded, 'cursor.last', ...Array<'cursor.pageUp'>(total).fill('cursor.pageUp')).detail).toMatchObject({cursor: 0, top: 0});
	});

	it('keeps the lists and the record shown as they were', () => {
		const detail = run(start(embedded), embedded, 'cursor.down', 'focus.previous');
		const moved = run(detail, embedded, 'cursor.down', 'cursor.down');
		expect(moved.timeline).toEqual(detail.timeline);
		expect(moved.detail.ref).toEqual({kind: 'event', id: 'ai-centre-commitment'});
	});
});

describe('Enter and Backspace', () => {
	it('Enter from a list focuses the detail pane on what it shows', () => {
		const fromTimeline = run(start(embedded), embedded, 'cursor.down', 'selection.open');
		expect(fromTimeline).toMatchObject({focus: 'detail', list: 'timeline', detail: {ref: {kind: 'event', id: 'ai-centre-commitment'}, cursor: 0, top: 0, back: []}});
		const fromEntities = run(start(embedded), embedded, 'focus.next', 'cursor.down', 'selection.open');
		expect(fromEntities).toMatchObject({focus: 'detail', list: 'entities', detail: {ref: {kind: 'entity', id: 'nong-shengwen'}, cursor: 0, top: 0, back: []}});
	});

	it('Enter on a detail item follows it and Backspace comes back', () => {
		// The meeting's third item is Nong Shengwen; his second item is the AI-centre event.
		const meeting = run(start(embedded), embedded, 'selection.open', 'cursor.down', 'cursor.down');
		const nong = run(meeting, embedded, 'selection.open');
		expect(nong.detail).toEqual({
			ref: {kind: 'entity', id: 'nong-shengwen'},
			cursor: 0,
			top: 0,
			back: [{ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 2, top: 0}],
		});
		expect(nong.focus).toBe('detail');
		expect(nong.entities).toEqual({index: 1, top: 0});
		expect(nong.timeline).toEqual({index: 0, top: 0});

		const centre = run(nong, embedded, 'cursor.down', 'selection.open');
		expect(centre.detail.ref).toEqual({kind: 'event', id: 'ai-centre-commitment'});
		expect(centre.detail.back).toEqual([
			{ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 2, top: 0},
			{ref: {kind: 'entity', id: 'nong-shengwen'}, cursor: 1, top: 0},
		]);
		expect(centre.timeline).toEqual({index: 1, top: 0});

		const backOnce = run(centre, embedded, 'detail.back');
		expect(backOnce.detail).toEqual({ref: {kind: 'entity', id: 'nong-shengwen'}, cursor: 1, top: 0, back: [{ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 2, top: 0}]});
		expect(backOnce.entities.index).toBe(1);
		const backTwice = run(backOnce, embedded, 'detail.back');
		expect(backTwice.detail).toEqual({ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 2, top: 0, back: []});
		expect(backTwice.timeline).toEqual({index: 0, top: 0});
		expect(run(backTwice, embedded, 'detail.back')).toEqual({...backTwice, status: null});
	});

	it('Enter follows a quote to its own record, and from it to its speaker', () => {
		const meeting = run(start(embedded), embedded, 'selection.open');
		const quoteAt = detailItems(embedded, meeting.detail.ref).findIndex((item) => item.section === 'quotes');
		const quote = run(meeting, embedded, ...Array<'cursor.down'>(quoteAt).fill('cursor.down'), 'selection.open');
		expect(quote.detail.ref).toEqual({kind: 'quote', id: 'q-infrastructure'});
		const speaker = run(quote, embedded, 'selection.open');
		expect(speaker.detail.ref).toEqual({kind: 'entity', id: 'meutya-hafid'});
		expect(speaker.detail.back).toHaveLength(2);
	});

	it('Enter on evidence reads it in the article, the detail pane left as it was', () => {
		const meeting = run(start(embedded), embedded, 'selection.open', 'cursor.last');
		const item = detailItems(embedded, meeting.detail.ref)[meeting.detail.cursor];
		if (item?.section !== 'evidence') throw new Error('expected evidence');
		const reading = run(meeting, embedded, 'selection.open');
		expect(reading.reader?.anchors[reading.reader.current]).toEqual({start: item.anchor.start, end: item.anchor.end});
		expect({...reading, reader: null, status: null}).toEqual({...meeting, status: null});
	});

	it('following an event under a filter puts the timeline on it within the filtered list', () => {
		// Meutya Hafid's fourth event is the 2030 target: 8th of all events, 4th of hers.
		const filtered = run(start(embedded), embedded, 'focus.next', 'filter.toggle', 'focus.next', 'cursor.down', 'cursor.down', 'cursor.down');
		expect(filtered.filter).toBe('meutya-hafid');
		const target = run(filtered, embedded, 'selection.open');
		expect(target.detail.ref).toEqual({kind: 'event', id: 'talent-target-2030'});
		expect(target.timeline.index).toBe(3);
		expect(ids([selectedEvent(target, embedded)!])).toEqual(['talent-target-2030']);
	});
});
