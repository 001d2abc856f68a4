import {describe, expect, it} from 'vitest';
import {dateRange} from '../../src/ui/chrome.js';
import {keyContext, selectedEvent, visibleEvents} from '../../src/state/selectors.js';
import {embedded, ids, run, second, start} from './drive.js';

const MEUTYA_EVENTS = ['meeting-nanning', 'ai-centre-commitment', 'release-officers', 'talent-target-2030'];

describe('the timeline filter', () => {
	it('f on an entity filters the timeline to its events and keeps the selected event in view', () => {
		// The 2030 target is the 8th event of all and the 4th of Meutya Hafid's.
		const before = run(start(embedded), embedded, 'cursor.last', 'focus.next');
		expect(before.timeline.index).toBe(7);
		const state = run(before, embedded, 'filter.toggle');
		expect(state.filter).toBe('meutya-hafid');
		expect(state.status).toEqual({text: 'Linimasa disaring ke Meutya Hafid: 4 peristiwa', tone: 'info'});
		expect(state.timeline).toEqual({index: 3, top: 0});
		expect(selectedEvent(state, embedded)?.id).toBe('talent-target-2030');
		expect(state.detail).toEqual(before.detail);
		expect(state.focus).toBe('entities');
	});

	it('the header data reflect the filter', () => {
		const state = run(start(embedded), embedded, 'focus.next', 'filter.toggle');
		expect(ids(visibleEvents(state, embedded))).toEqual(MEUTYA_EVENTS);
		expect(dateRange(visibleEvents(state, embedded), state.lang)).toBe('25 Mar 2025 – 2030');
		expect(keyContext(state, embedded).filterActive).toBe(true);
		const nong = run(start(embedded), embedded, 'focus.next', 'cursor.down', 'filter.toggle');
		expect(nong.status?.text).toBe('Linimasa disaring ke Nong Shengwen: 2 peristiwa');
		expect(dateRange(visibleEvents(nong, embedded), nong.lang)).toBe('25 Mar 2025');
	});

	it('puts the timeline on the entity\'s event nearest in date when the selected one is not the entity\'s', () => {
		// The 4th event (the publication, 26 Mar 2025) does not involve Meutya Hafid: her last of 25 Mar is
		// a day before it, her 2030 target years after (the first of hers was where the cursor went).
		const state = run(start(embedded), embedded, 'cursor.down', 'cursor.down', 'cursor.down', 'focus.next', 'filter.toggle');
		expect(state.timeline.index).toBe(2);
		expect(selectedEvent(state, embedded)?.id).toBe('release-officers');
		// Cleared at once, the timeline is back beside where it was, not at the start of the story.
		const cleared = run(state, embedded, 'filter.toggle');
		expect(cleared.filter).toBeNull();
		expect(selectedEvent(cleared, embedded)?.id).toBe('release-officers');
		// Past every event of the entity's, the last of them.
		const late = run(start(embedded), embedded, 'cursor.last', 'focus.next', 'cursor.down', 'filter.toggle');
		expect(late.filter).toBe('nong-shengwen');
		expect(selectedEvent(late, embedded)?.id).toBe(ids(visibleEvents(late, embedded)).at(-1));
	});

	it('f again clears it, the timeline staying on the same event', () => {
		const filtered = run(start(embedded), embedded, 'focus.next', 'filter.toggle', 'focus.previous', 'cursor.last');
		expect(filtered.timeline.index).toBe(3);
		const cleared = run(filtered, embedded, 'focus.next', 'filter.toggle');
		expect(cleared.filter).toBeNull();
		expect(cleared.status).toEqual({text: 'Saringan dihapus', tone: 'info'});
		expect(selectedEvent(cleared, embedded)?.id).toBe('talent-target-2030');
		expect(cleared.timeline.index).toBe(7);
		expect(visibleEvents(cleared, embedded)).toHaveLength(8);
	});

	it('f on another entity moves the filter to it; one in no event warns and keeps the filter', () => {
		const meutya = run(start(embedded), embedded, 'focus.next', 'filter.toggle');
		const nong = run(meutya, embedded, 'cursor.down', 'filter.toggle');
		expect(nong.filter).toBe('nong-shengwen');
		expect(nong.status?.text).toBe('Linimasa disaring ke Nong Shengwen: 2 peristiwa');
		expect(visibleEvents(nong, embedded)).toHaveLength(2);
		const prabowo = run(nong, embedded, 'cursor.down', 'cursor.down', 'filter.toggle');
		expect(prabowo.detail.ref).toEqual({kind: 'entity', id: 'prabowo-subianto'});
		expect(prabowo.filter).toBe('nong-shengwen');
		expect(prabowo.status?.tone).toBe('warning');
	});

	it('Esc clears it too, and does nothing without one', () => {
		const filtered = run(start(embedded), embedded, 'focus.next', 'filter.toggle');
		const cleared = run(filtered, embedded, 'filter.clear');
		expect(cleared.filter).toBeNull();
		expect(cleared.status?.text).toBe('Saringan dihapus');
		const plain = start(embedded);
		expect(run(plain, embedded, 'filter.clear')).toEqual(plain);
	});

	it('clears even when the focus is on the timeline, where nothing could be filtered by', () => {
		const filtered = run(start(embedded), embedded, 'focus.next', 'filter.toggle', 'focus.previous');
		expect(filtered.focus).toBe('timeline');
		expect(run(filtered, embedded, 'filter.toggle').filter).toBeNull();
	});

	it('f with no entity in view warns and filters nothing', () => {
		const state = run(start(embedded), embedded, 'filter.toggle');
		expect(state.filter).toBeNull();
		expect(state.status).toEqual({text: 'Pilih orang, organisasi, atau tempat untuk menyaring linimasa', tone: 'warning'});
	});

	it('f on an entity that takes part in no event warns', () => {
		const prabowo = run(start(embedded), embedded, 'focus.next', 'cursor.down', 'cursor.down', 'cursor.down');
		expect(prabowo.detail.ref).toEqual({kind: 'entity', id: 'prabowo-subianto'});
		const state = run(prabowo, embedded, 'filter.toggle');
		expect(state.filter).toBeNull();
		expect(state.status).toEqual({text: 'Prabowo Subianto tidak terlibat dalam peristiwa apa pun', tone: 'warning'});
		// In the second story, Endro speaks but takes part in no event.
		const endro = run(start(second), second, 'focus.next', 'cursor.down', 'filter.toggle');
		expect(endro.status).toEqual({text: 'Endro Pudyo Martanto tidak terlibat dalam peristiwa apa pun', tone: 'warning'});
	});

	it('in the detail pane, f filters by the highlighted entity rather than the record shown', () => {
		// The meeting's third item is Nong Shengwen.
		const state = run(start(embedded), embedded, 'selection.open', 'cursor.down', 'cursor.down', 'filter.toggle');
		expect(state.filter).toBe('nong-shengwen');
		expect(ids(visibleEvents(state, embedded))).toEqual(['meeting-nanning', 'ai-centre-commitment']);
	});

	it('says "1 event" for a single one in English, in the second story', () => {
		const state = run(start(second, {lang: 'en'}), second, 'focus.next', 'cursor.down', 'cursor.down', 'filter.toggle');
		expect(state.filter).toBe('bpbd-semarang');
		expect(state.status?.text).toBe('Timeline filtered to BPBD Kota Semarang: 1 event');
		expect(ids(visibleEvents(state, second))).toEqual(['rob-starts']);
	});
});
