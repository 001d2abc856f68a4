import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {detailItems} from '../../src/state/detail.js';
import {detailRef, filterCandidate, finderRows, focusedDetailItem, keyContext, modeOf, quoteToCopy} from '../../src/state/selectors.js';
import type {State} from '../../src/state/state.js';
import {BROWSING} from '../keys/context.js';
import {embedded, run, second, start, type} from './drive.js';

const downTo = (state: State, index: number) => run(state, embedded, ...Array<'cursor.down'>(index).fill('cursor.down'));
const rowNames = (state: State) => {
	const rows = finderRows(state, embedded);
	return Array.from({length: rows.length}, (_, i) => rows.at(i)!).flatMap((row) => (row.type === 'match' && row.kind === 'entity' ? [embedded.story.entityById(row.ref.id)!.name] : []));
};

/** The finder open on `query`, with the screen in `lang`. */
const finderFor = (query: string, lang: string) => run(start(embedded, {lang}), embedded, 'finder.open', type(query));
/** What the finder's row for an event shows as matched for `query`. */
const eventMatched = (query: string, id: string, lang: string) => {
	const rows = finderRows(finderFor(query, lang), embedded);
	const row = Array.from({length: rows.length}, (_, i) => rows.at(i)!).find((found) => found.type === 'match' && found.ref.id === id);
	return row?.type === 'match' ? row.matched : undefined;
};

describe('keyContext', () => {
	it('at the start: browsing the timeline, a quote to copy, nothing to filter or go back to', () => {
		expect(BROWSING).toMatchObject({mode: 'browse', focus: 'timeline', quoteAvailable: true, canFilter: false, canGoBack: false, canOpen: true});
		expect(keyContext(start(embedded), embedded)).toEqual(BROWSING);
	});

	it('on an entity: it can filter; with the filter on, filterActive', () => {
		const entities = run(start(embedded), embedded, 'focus.next');
		expect(keyContext(entities, embedded)).toMatchObject({focus: 'entities', canFilter: true, filterActive: false});
		expect(keyContext(run(entities, embedded, 'filter.toggle'), embedded)).toMatchObject({filterActive: true});
	});

	it('in the detail pane: Enter works on links and on evidence (in the reader); Backspace after following one', () => {
		const detail = run(start(embedded), embedded, 'selection.open');
		expect(keyContext(detail, embedded)).toMatchObject({focus: 'detail', canOpen: true, canGoBack: false});
		expect(keyContext(run(detail, embedded, 'cursor.last'), embedded).canOpen).toBe(true);
		expect(keyContext(run(detail, embedded, 'selection.open'), embedded).canGoBack).toBe(true);
	});

	it('with no quote in view, nothing to copy', () => {
		const publication = downTo(start(embedded), 3);
		expect(keyContext(publication, embedded).quoteAvailable).toBe(false);
	});

	it('reports the mode: finder, help, and tooSmall over both', () => {
		const finder = run(start(embedded), embedded, 'finder.open');
		expect(keyContext(finder, embedded).mode).toBe('finder');
		expect(keyContext(run(start(embedded), embedded, 'help.open'), embedded).mode).toBe('help');
		expect(modeOf(run(finder, embedded, {type: 'resize', columns: 40, rows: 10}))).toBe('tooSmall');
	});
});

describe('quoteToCopy', () => {
	it('prefers the highlighted quote over the record shown', () => {
		const meutya = run(start(embedded), embedded, 'focus.next', 'selection.open');
		const items = detailItems(embedded, meutya.detail.ref);
		const lastQuote = items.map((item) => item.section).lastIndexOf('quotes');
		const state = downTo(meutya, lastQuote);
		expect(focusedDetailItem(state, embedded)).toMatchObject({section: 'quotes', ref: {id: 'q-posts-staff'}});
		expect(quoteToCopy(state, embedded)?.id).toBe('q-posts-staff');
	});

	it('falls back to the quote shown, then the first of the event or the entity shown', () => {
		const quote = {...start(embedded), detail: {ref: {kind: 'quote', id: 'q-ai-centre'}, cursor: 0, top: 0, back: []}} satisfies State;
		expect(quoteToCopy(quote, embedded)?.id).toBe('q-ai-centre');
		expect(quoteToCopy(downTo(start(embedded), 2), embedded)?.id).toBe('q-posts-staff');
		expect(quoteToCopy(run(start(embedded), embedded, 'focus.next', 'cursor.down'), embedded)?.id).toBe('q-ai-centre');
	});

	it('ignores the highlighted item outside the detail pane', () => {
		// The detail cursor is remembered on the 4th item, but the timeline has the keyboard.
		const state = {...downTo(start(embedded), 3), detail: {ref: {kind: 'event', id: 'meeting-nanning'}, cursor: 6, top: 0, back: []}} satisfies State;
		expect(focusedDetailItem(state, embedded)).toBeUndefined();
		expect(quoteToCopy(state, embedded)?.id).toBe('q-infrastructure');
	});

	it('is nothing for nothing shown, and for an entity that said nothing', () => {
		expect(quoteToCopy({...start(embedded), detail: {ref: null, cursor: 0, top: 0, back: []}}, embedded)).toBeUndefined();
		expect(quoteToCopy(run(start(second), second, 'focus.next', 'cursor.down', 'cursor.down'), second)).toBeUndefined();
	});
});

describe('filterCandidate', () => {
	it('prefers the highlighted entity in the detail pane, then the entity shown', () => {
		const meeting = run(start(embedded), embedded, 'selection.open');
		expect(filterCandidate(meeting, embedded)?.id).toBe('meutya-hafid');
		expect(filterCandidate(downTo(meeting, 5), embedded)?.id).toBe('komisi-i-dpr-ri');
		expect(filterCandidate(downTo(meeting, 6), embedded)?.id).toBe('kantor-kemkomdigi');
		const entity = run(start(embedded), embedded, 'focus.next', 'cursor.down', 'selection.open', 'cursor.down');
		expect(focusedDetailItem(entity, embedded)?.section).toBe('events');
		expect(filterCandidate(entity, embedded)?.id).toBe('nong-shengwen');
	});

	it('is nothing for an event or a quote with no entity highlighted', () => {
		expect(filterCandidate(start(embedded), embedded)).toBeUndefined();
		const meetingEvidence = run(start(embedded), embedded, 'selection.open', 'cursor.last');
		expect(filterCandidate(meetingEvidence, embedded)).toBeUndefined();
	});
});

describe('finderRows', () => {
	it('lists every entity in list order for an empty or blank query, with nothing matched', () => {
		const empty = run(start(embedded), embedded, 'finder.open');
		expect(rowNames(empty)).toEqual(sliceOf(embedded.entityOrder).map((entity) => entity.name));
		expect(finderRows(empty, embedded).at(0)).toMatchObject({type: 'match', matched: null});
		expect(finderRows(empty, embedded).at(19)).toBeUndefined();
		expect(rowNames(run(empty, embedded, type('   ')))).toHaveLength(19);
	});

	it('ranks the matches for a query: "meutia" → Meutya Hafid first', () => {
		const state = run(start(embedded), embedded, 'finder.open', type('meutia'));
		expect(rowNames(state)[0]).toBe('Meutya Hafid');
		expect(finderRows(state, embedded).at(0)).toMatchObject({type: 'group', kind: 'entity'});
		expect(finderRows(state, embedded).at(1)).toMatchObject({matched: {field: 'name', text: 'Meutya Hafid'}});
		expect(rowNames(run(state, embedded, 'finder.clear', type('china')))[0]).toBe('Tiongkok');
	});

	it('shows a record by the text in the screen\'s language that matched: "dave lakson" by the Indonesian summary in Indonesian, the English in English', () => {
		const event = embedded.story.eventById('meeting-nanning')!;
		expect(eventMatched('dave lakson', 'meeting-nanning', 'id')).toMatchObject({field: 'summary', text: event.summary.id});
		expect(eventMatched('dave lakson', 'meeting-nanning', 'en')).toMatchObject({field: 'summary', text: event.summary.en});
		// Its title matched in both languages: the one on screen is the one lit.
		expect(eventMatched('meutia', 'meeting-nanning', 'id')).toMatchObject({field: 'title', text: event.title.id});
		expect(eventMatched('meutia', 'meeting-nanning', 'en')).toMatchObject({field: 'title', text: event.title.en});
	});

	it('keeps a text in the other language where nothing in the screen\'s matched, and the records and their order as found', () => {
		const target = embedded.story.eventById('talent-target-2030')!;
		// It carries the language it is written in, for the view to name; a text in the screen's carries none.
		expect(eventMatched('government', 'talent-target-2030', 'id')).toMatchObject({field: 'summary', text: target.summary.en, language: 'en'});
		expect(eventMatched('dave lakson', 'meeting-nanning', 'id')).not.toHaveProperty('language');
		for (const query of ['meutia', 'government', 'dave lakson', 'posko', 'kerja sama']) {
			const refs = (lang: string) => {
				const rows = finderRows(finderFor(query, lang), embedded);
				return Array.from({length: rows.length}, (_, i) => rows.at(i)!).map((row) => (row.type === 'match' ? row.ref : row));
			};
			expect(refs('id')).toEqual(refs('en'));
		}
	});

	it('puts the people first in list order: busiest first within a type', () => {
		expect(sliceOf(embedded.entityOrder, 0, 4).map((entity) => entity.id)).toEqual(['meutya-hafid', 'nong-shengwen', 'dave-laksono', 'prabowo-subianto']);
		expect(sliceOf(embedded.entityOrder).map((entity) => entity.type).join(' ')).toMatch(/^(person )+(organization )+(place ?)+$/);
	});
});

describe('detailRef', () => {
	it('previews the finder\'s highlighted match while it is open', () => {
		const finder = run(start(embedded), embedded, 'finder.open');
		expect(detailRef(finder, embedded)).toEqual({kind: 'entity', id: 'meutya-hafid'});
		expect(detailRef(run(finder, embedded, 'finder.down'), embedded)).toEqual({kind: 'entity', id: 'nong-shengwen'});
		expect(detailRef(run(finder, embedded, type('guangxi')), embedded)).toEqual({kind: 'entity', id: 'guangxi'});
	});

	it('shows nothing when the finder has no match, and the selection once it is closed', () => {
		const none = run(start(embedded), embedded, 'finder.open', type('xyzzy'));
		expect(detailRef(none, embedded)).toBeNull();
		expect(detailRef(run(none, embedded, 'finder.close'), embedded)).toEqual({kind: 'event', id: 'meeting-nanning'});
		expect(detailRef(start(embedded), embedded)).toEqual({kind: 'event', id: 'meeting-nanning'});
	});
});
