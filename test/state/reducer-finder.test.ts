import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {update} from '../../src/state/reducer.js';
import {detailRef, finderRows, modeOf, selectedEvent} from '../../src/state/selectors.js';
import {embedded, run, second, start, type} from './drive.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';

const opened = () => run(start(embedded), embedded, 'finder.open');
const names = (state: ReturnType<typeof opened>, data = embedded) => {
	const rows = finderRows(state, data);
	return Array.from({length: rows.length}, (_, i) => rows.at(i)!).flatMap((row) => (row.type === 'match' && row.kind === 'entity' ? [data.story.entityById(row.ref.id)!.name] : []));
};

describe('the finder', () => {
	it('opens with an empty query over every entity, the rest of the state untouched', () => {
		const before = start(embedded);
		const state = run(before, embedded, 'finder.open');
		expect(state.finder).toEqual({query: '', cursor: {index: 0, top: 0}});
		expect(modeOf(state)).toBe('finder');
		expect({...state, finder: null}).toEqual(before);
	});

	it('takes a paste of many characters at once and starts its cursor over', () => {
		const state = run(opened(), embedded, 'finder.down', type('meutia hafid'));
		// Row 0 is the heading of the entities found; the cursor starts on the first of them.
		expect(state.finder).toEqual({query: 'meutia hafid', cursor: {index: 1, top: 0}});
		expect(finderRows(state, embedded).at(0)).toMatchObject({type: 'group', kind: 'entity'});
		expect(names(state)[0]).toBe('Meutya Hafid');
	});

	it('strips control characters and escape sequences from typed text', () => {
		const state = run(opened(), embedded, type('a\x1b[31mb\tc\x07'));
		expect(state.finder?.query).toBe('ab c');
		const onlyControls = run(state, embedded, type('\x01\x7f'));
		expect(onlyControls).toBe(state);
	});

	it('erases by code point, so an emoji goes whole', () => {
		const typed = run(opened(), embedded, type('rob 🌊'));
		const erased = run(typed, embedded, 'finder.erase');
		expect(erased.finder?.query).toBe('rob ');
		expect(run(erased, embedded, 'finder.erase', 'finder.erase', 'finder.erase', 'finder.erase').finder?.query).toBe('');
		expect(run(opened(), embedded, 'finder.erase').finder?.query).toBe('');
	});

	it('C-u clears the query and its cursor', () => {
		const state = run(opened(), embedded, type('n'), 'finder.down', 'finder.clear');
		expect(state.finder).toEqual({query: '', cursor: {index: 0, top: 0}});
	});

	it('moves down and up within the results, clamped to them', () => {
		const all = opened();
		expect(run(all, embedded, 'finder.up').finder?.cursor).toEqual({index: 0, top: 0});
		expect(run(all, embedded, 'finder.down', 'finder.down').finder?.cursor).toEqual({index: 2, top: 0});
		expect(run(all, embedded, 'finder.down', 'finder.down', 'finder.up').finder?.cursor).toEqual({index: 1, top: 0});
		// "meutia": her entity, then the events and quotes that name her, each kind under its heading.
		const found = run(all, embedded, type('meutia'));
		const rows = finderRows(found, embedded);
		const last = rows.length - 1;
		expect(run(found, embedded, ...Array<'finder.down'>(rows.length + 3).fill('finder.down')).finder?.cursor.index).toBe(last);
		// Moving up never rests on a heading: from the first record of the second group it skips to the first group's last.
		const second = Array.from({length: rows.length}, (_, i) => rows.at(i)!).findIndex((row, i) => i > 0 && row.type === 'group');
		const onSecond = run(found, embedded, ...Array<'finder.down'>(second - 1).fill('finder.down'));
		expect(onSecond.finder?.cursor.index).toBe(second + 1);
		expect(run(onSecond, embedded, 'finder.up').finder?.cursor.index).toBe(second - 1);
		expect(run(found, embedded, 'finder.up').finder?.cursor.index).toBe(1);
	});

	it('pages through many results a screen at a time (PgDn, PgUp), and goes to the first and the last (Home, End)', () => {
		// 60x16: the finder shows 4 rows; "ka" lists 21, three kinds' headings among them (rows 0, 9, 17).
		const small = run(start(embedded, {rows: 16, columns: 60}), embedded, 'finder.open', type('ka'));
		expect(small.layout.finderRows).toBe(4);
		const cursorAfter = (...commands: Parameters<typeof run>[2][]) => run(small, embedded, ...commands).finder!.cursor;
		// A page is the rows shown less one, so the row at the bottom is at the top next.
		expect(cursorAfter('finder.pageDown')).toEqual({index: 4, top: 1});
		expect(cursorAfter('finder.pageDown', 'finder.pageDown')).toEqual({index: 7, top: 4});
		expect(cursorAfter('finder.last')).toEqual({index: 20, top: 17});
		// A heading is never the cursor's row: up from the last a page lands on the record before it.
		expect(cursorAfter('finder.last', 'finder.pageUp')).toEqual({index: 16, top: 16});
		expect(cursorAfter('finder.last', 'finder.first')).toEqual({index: 1, top: 0});
	});

	it('scrolls its results in a small terminal', () => {
		// 60×16: four result rows.
		const small = run(start(embedded, {columns: 60, rows: 16}), embedded, 'finder.open');
		const down = run(small, embedded, ...Array<'finder.down'>(5).fill('finder.down'));
		expect(down.finder?.cursor).toEqual({index: 5, top: 2});
		const end = run(small, embedded, ...Array<'finder.down'>(30).fill('finder.down'));
		expect(end.finder?.cursor).toEqual({index: 18, top: 15});
	});

	it('previews the highlighted match in the detail pane without changing the selection', () => {
		const state = run(opened(), embedded, type('laksno'));
		expect(detailRef(state, embedded)).toEqual({kind: 'entity', id: 'dave-laksono'});
		expect(state.detail.ref).toEqual({kind: 'event', id: 'meeting-nanning'});
	});

	it('Enter selects the match: the entity pane gets focus and its cursor, the detail shows it', () => {
		const state = run(opened(), embedded, type('guangxi'), 'finder.accept');
		expect(state.finder).toBeNull();
		expect(state.focus).toBe('entities');
		expect(state.list).toBe('entities');
		expect(state.entities).toEqual({index: 18, top: 8});
		expect(state.detail).toEqual({ref: {kind: 'entity', id: 'guangxi'}, cursor: 0, top: 0, back: []});
		expect(state.timeline).toEqual({index: 0, top: 0});
	});

	it('puts the cursor on the first result when the results come, even where keys moved it over the last ones', () => {
		// Without the edge: the reducer alone, as the keys come before the search has run. On screen
		// meanwhile: the results of the query searched last, here one with many.
		embedded.find('an');
		const typed = update(update(opened(), {type: 'finder.type', text: 'pem'}, embedded).state, {type: 'command', command: 'finder.down'}, embedded).state;
		expect(typed.finder?.cursor.index).toBeGreaterThan(1);
		embedded.find('pem');
		expect(update(typed, {type: 'finder.found'}, embedded).state.finder?.cursor).toEqual({index: 1, top: 0});
	});

	it("Enter on a quote opens it and puts the timeline's cursor on its occasion", () => {
		const typed = run(opened(), embedded, type('operator seluler yang hadir'));
		const rows = finderRows(typed, embedded);
		const at = Array.from({length: rows.length}, (_, i) => rows.at(i)!).findIndex((row) => row.type === 'match' && row.ref.kind === 'quote' && row.ref.id === 'q-posts-staff');
		expect(at).toBeGreaterThan(0);
		const state = run(typed, embedded, ...Array<'finder.down'>(at - typed.finder!.cursor.index).fill('finder.down'), 'finder.accept');
		expect(state.detail.ref).toEqual({kind: 'quote', id: 'q-posts-staff'});
		expect(state.focus).toBe('detail');
		expect(selectedEvent(state, embedded)?.id).toBe('release-officers');
		expect(state.timeline.index).not.toBe(0);
	});

	it("Enter on a quote whose occasion ran after the article leaves the timeline's cursor where it was", () => {
		const data = embeddedDatasetInline();
		data.quotes.find((each: {id: string}) => each.id === 'q-talent-target').event = 'talent-target-2030';
		const loaded = validateDatasetValue(data, {file: 'future-occasion.json', baseDir: '.'});
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const story = createExplorerData(loaded.story, measureDetail);
		const typed = run(run(start(story), story, 'finder.open'), story, type('kami terbuka untuk bekerja'));
		const rows = finderRows(typed, story);
		const at = Array.from({length: rows.length}, (_, i) => rows.at(i)!).findIndex((row) => row.type === 'match' && row.ref.kind === 'quote' && row.ref.id === 'q-talent-target');
		expect(at).toBeGreaterThan(0);
		const state = run(typed, story, ...Array<'finder.down'>(at - typed.finder!.cursor.index).fill('finder.down'), 'finder.accept');
		expect(state.detail.ref).toEqual({kind: 'quote', id: 'q-talent-target'});
		// The 2030 target is what it is about, not where it was said (25 March): the cursor stays on the first event.
		expect(state.timeline.index).toBe(0);
	});

	it('Enter takes the highlighted row, not always the first', () => {
		const state = run(opened(), embedded, 'finder.down', 'finder.down', 'finder.accept');
		expect(state.detail.ref).toEqual({kind: 'entity', id: embedded.entityOrder.at(2)!.id});
		expect(state.entities.index).toBe(2);
	});

	it('Esc closes it with the selection as it was', () => {
		const before = run(start(embedded), embedded, 'cursor.down', 'cursor.down', 'selection.open', 'cursor.down');
		const after = run(before, embedded, 'finder.open', type('nong'), 'finder.down', 'finder.close');
		expect(after).toEqual({...before, status: null});
	});

	it('Enter with no results warns and stays open', () => {
		const state = run(opened(), embedded, type('xyzzy'), 'finder.accept');
		expect(state.status).toEqual({text: 'Tidak ada yang cocok dengan “xyzzy”', tone: 'warning'});
		expect(state.finder).toEqual({query: 'xyzzy', cursor: {index: 0, top: 0}});
		expect(state.focus).toBe('timeline');
	});

	it('ignores typed text when it is closed', () => {
		const closed = start(embedded);
		expect(run(closed, embedded, type('abc'))).toBe(closed);
		expect(run(closed, embedded, 'finder.erase').finder).toBeNull();
	});

	it('finds in the second story too', () => {
		const state = run(start(second), second, 'finder.open', type('agustna'), 'finder.accept');
		expect(state.detail.ref).toEqual({kind: 'entity', id: 'agustina'});
		expect(state.entities.index).toBe(0);
		expect(names(run(start(second), second, 'finder.open'), second)).toEqual(sliceOf(second.entityOrder).map((entity) => entity.name));
	});
});
