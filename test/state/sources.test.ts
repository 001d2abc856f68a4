import {describe, expect, it} from 'vitest';
import {detailItems} from '../../src/state/detail.js';
import {keyContext, selectedEvent, visibleEvents} from '../../src/state/selectors.js';
import {footerHints} from '../../src/keys/keymap.js';
import {readerText} from '../../src/state/reader.js';
import {embedded, ids, onDetailItem, run, sourced, start} from './drive.js';

describe('the sources pane', () => {
	it('s focuses it and shows the source under its cursor in detail; j moves through the articles', () => {
		const state = run(start(sourced), sourced, 'sources.show', 'cursor.down');
		expect(state).toMatchObject({focus: 'sources', list: 'sources', lower: 'sources', sources: {index: 1, top: 0}});
		expect(state.detail.ref).toEqual({kind: 'source', id: 'kabar-sukaraya'});
	});

	it('is in the Tab cycle after the entities, only when the story has several sources', () => {
		const panes = (data: typeof sourced) => {
			const seen: string[] = [];
			let state = start(data);
			for (let i = 0; i < 5; i++) seen.push((state = run(state, data, 'focus.next')).focus);
			return seen;
		};
		expect(panes(sourced)).toEqual(['entities', 'sources', 'detail', 'timeline', 'entities']);
		expect(panes(embedded)).toEqual(['entities', 'detail', 'timeline', 'entities', 'detail']);
	});

	it('is offered by the footer only for a story of several sources; on one source s says so', () => {
		expect(footerHints(keyContext(start(sourced), sourced)).map((hint) => hint.hint)).toContain('sources');
		expect(footerHints(keyContext(start(embedded), embedded)).map((hint) => hint.hint)).not.toContain('sources');
		// Listed in the help, it answers on a story of one source too, saying so, and moves nothing.
		const once = run(start(embedded), embedded, 'sources.show');
		expect({...once, status: undefined}).toEqual({...start(embedded), status: undefined});
		expect(once.status).toMatchObject({text: 'Cerita ini hanya punya satu sumber: Koran Jakarta'});
	});
});

describe('the timeline filtered to one source', () => {
	it('f on a source shows the events it reports, keeping the selected event; f again or Esc clears it', () => {
		const filtered = run(start(sourced), sourced, 'cursor.last', 'sources.show', 'cursor.last', 'filter.toggle');
		expect(filtered.sourceFilter).toBe('jurnal-nusantara');
		expect(filtered.filter).toBeNull();
		expect(filtered.status).toEqual({text: 'Linimasa disaring ke Jurnal Nusantara Daring: 2 peristiwa', tone: 'info'});
		expect(ids(visibleEvents(filtered, sourced))).toEqual(['banjir', 'kunjungan-bupati']);
		expect(selectedEvent(filtered, sourced)?.id).toBe('kunjungan-bupati');
		expect(keyContext(filtered, sourced).filterActive).toBe(true);
		expect(run(filtered, sourced, 'filter.toggle').sourceFilter).toBeNull();
		const cleared = run(filtered, sourced, 'filter.clear');
		expect(cleared.sourceFilter).toBeNull();
		expect(selectedEvent(cleared, sourced)?.id).toBe('kunjungan-bupati');
	});

	it("shows each event at that source's date, in the order its dates give, keeping the selected event", () => {
		// The flood: Warta Priangan dates it 1 Nov, Kabar Sukaraya 2 Nov (after the evacuation of 1 Nov).
		const filtered = run(start(sourced), sourced, 'sources.show', 'cursor.down', 'filter.toggle');
		expect(filtered.sourceFilter).toBe('kabar-sukaraya');
		expect(ids(visibleEvents(filtered, sourced))).toEqual(['evakuasi', 'banjir']);
		expect(selectedEvent(filtered, sourced)).toMatchObject({id: 'banjir', start: '2025-11-02', certainty: 'stated'});
		expect(filtered.timeline.index).toBe(1);
		// Unfiltered, the story's date and place again, the same event selected.
		const cleared = run(filtered, sourced, 'filter.clear');
		expect(selectedEvent(cleared, sourced)).toMatchObject({id: 'banjir', start: '2025-11-01'});
		// The outlet whose date the story gives keeps it.
		const warta = run(start(sourced), sourced, 'sources.show', 'filter.toggle');
		expect(ids(visibleEvents(warta, sourced))).toEqual(['banjir', 'evakuasi']);
		expect(selectedEvent(warta, sourced)).toMatchObject({id: 'banjir', start: '2025-11-01'});
	});

	it('an entity filter and a source filter never hold at once: f on a source replaces the entity filter', () => {
		const byEntity = run(start(sourced), sourced, 'focus.next', 'filter.toggle');
		expect(byEntity.filter).toBe('ridwan-hakim');
		const bySource = run(byEntity, sourced, 'sources.show', 'filter.toggle');
		expect([bySource.filter, bySource.sourceFilter]).toEqual([null, 'warta-priangan']);
		expect(run(bySource, sourced, 'filter.toggle').sourceFilter).toBeNull();
	});

	it('f on another source moves the filter to it, as going through the sources one by one', () => {
		const warta = run(start(sourced), sourced, 'sources.show', 'filter.toggle');
		expect(warta.sourceFilter).toBe('warta-priangan');
		const kabar = run(warta, sourced, 'cursor.down', 'filter.toggle');
		expect(kabar.sourceFilter).toBe('kabar-sukaraya');
		expect(kabar.status?.text).toBe('Linimasa disaring ke Kabar Sukaraya: 2 peristiwa');
		expect(ids(visibleEvents(kabar, sourced))).toEqual(['evakuasi', 'banjir']);
		// Back on the one filtered to, f clears.
		expect(run(kabar, sourced, 'filter.toggle').sourceFilter).toBeNull();
	});
});

describe("an event's detail in a story of several sources", () => {
	const items = detailItems(sourced, {kind: 'event', id: 'banjir'});

	it('lists the claim groups, disagreements first, then the evidence of each source in turn, each headed once', () => {
		expect(items.filter((item) => item.section === 'claims').map((item) => item.section === 'claims' && item.measure)).toEqual(['date', 'rumah rusak', 'pengungsi']);
		const evidence = items.flatMap((item) => (item.section === 'evidence' ? [[item.source?.article, item.source?.first, item.label ?? '', item.anchor.exact]] : []));
		expect(evidence).toEqual([
			['warta-priangan', true, 'date', 'Sabtu (1/11/2025) malam'],
			['warta-priangan', false, '', 'Banjir bandang menerjang Desa Cibeureum Hilir'],
			['kabar-sukaraya', true, 'date', 'Minggu (2/11/2025) dini hari'],
			['kabar-sukaraya', false, '', 'Sungai Cikawung meluap dan merendam permukiman di Desa Cibeureum Hilir'],
			['jurnal-nusantara', true, '', 'Banjir yang terjadi Sabtu malam itu merusak 12 rumah'],
		]);
	});

	it('Enter does not follow a claim or a passage', () => {
		const claim = items.findIndex((item) => item.section === 'claims');
		const onClaim = {...run(start(sourced), sourced, 'selection.open'), detail: {ref: {kind: 'event' as const, id: 'banjir'}, cursor: claim, top: 0, back: []}};
		expect(keyContext(onClaim, sourced).canOpen).toBe(false);
		expect(run(onClaim, sourced, 'selection.open')).toEqual({...onClaim, status: null});
	});

	it("a quote's detail shows each printing, in its own article", () => {
		const quote = detailItems(sourced, {kind: 'quote', id: 'ridwan-personel'}).flatMap((item) => (item.section === 'evidence' ? [[item.source?.article, item.source?.wording ?? item.label]] : []));
		expect(quote).toEqual([['warta-priangan', 'same'], ['warta-priangan', 'attribution'], ['kabar-sukaraya', 'part'], ['kabar-sukaraya', 'attribution']]);
	});

	it('a story of one source names no source on its evidence', () => {
		const evidence = detailItems(embedded, {kind: 'event', id: 'meeting-nanning'}).filter((item) => item.section === 'evidence');
		expect(evidence.length).toBeGreaterThan(0);
		expect(evidence.every((item) => item.section === 'evidence' && item.source === undefined)).toBe(true);
	});
});

describe('the reader in a story of several sources', () => {
	it('opens the article the chosen evidence is in, its own anchors lit', () => {
		const items = detailItems(sourced, {kind: 'event', id: 'banjir'});
		const kabar = items.findIndex((item) => item.section === 'evidence' && item.source?.article === 'kabar-sukaraya' && item.label === undefined);
		const onEvidence = onDetailItem(run(start(sourced), sourced, 'selection.open'), sourced, {kind: 'event', id: 'banjir'}, kabar);
		const reading = run(onEvidence, sourced, 'selection.open');
		expect(reading.reader?.article).toBe('kabar-sukaraya');
		const text = readerText(sourced, reading.reader!);
		expect(reading.reader!.anchors.map((span) => text.slice(span.start, span.end))).toEqual(['Minggu (2/11/2025) dini hari', 'Sungai Cikawung meluap dan merendam permukiman di Desa Cibeureum Hilir']);
		expect(text.slice(reading.reader!.anchors[reading.reader!.current]!.start, reading.reader!.anchors[reading.reader!.current]!.end)).toMatch(/^Sungai Cikawung meluap/);
	});

	it('a on a source reads that source, from its top, with no warning', () => {
		for (const steps of [0, 1, 2]) {
			const onSource = run(start(sourced), sourced, 'sources.show', ...Array<'cursor.down'>(steps).fill('cursor.down'));
			const id = sourced.story.articles.at(steps)!.id;
			expect(onSource.detail.ref).toEqual({kind: 'source', id});
			const reading = run(onSource, sourced, 'reader.open');
			expect(reading.reader?.article, id).toBe(id);
			expect(reading.reader?.top).toBe(0);
			expect(reading.status).toBeNull();
		}
	});

	it('a story of one source reads its one article without naming it', () => {
		const reading = run(start(embedded), embedded, 'reader.open');
		expect(reading.reader).not.toBeNull();
		expect(reading.reader!.article).toBeUndefined();
	});
});
