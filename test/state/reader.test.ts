/** The article reader, driven through the reducer: opening at the selection, n/N, scrolling, search, leaving. */
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {createExplorerData, type ExplorerData} from '../../src/state/data.js';
import {detailItems} from '../../src/state/detail.js';
import {readerPage} from '../../src/state/reader-page.js';
import {anchorsOf} from '../../src/state/reader.js';
import type {State} from '../../src/state/state.js';
import {openDataset} from '../../src/store/open.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {temporaryFolder, wholeCatalog, writeGeneratedDataset} from '../helpers/catalogs.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';
import {embedded, onDetailItem, run, start} from './drive.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const typeIn = (text: string) => ({type: 'reader.type', text}) as const;
const text = embedded.story.articleText().slice(0, embedded.story.articleText().length);

/** The kinds of marks on the page, and the code points they light. */
function lit(state: State, data: ExplorerData = embedded): {kind: string; text: string}[] {
	const page = readerPage(state, data)!;
	return page.rows.flatMap((row) => row.marks.map((mark) => ({kind: mark.kind, text: Array.from(row.line.text).slice(mark.start - row.line.start, mark.end - row.line.start).join('')})));
}

/** What the reader's bar says about where it is. */
const place = (state: State, data: ExplorerData = embedded) => readerPage(state, data)!.place;

/** The state with the entity pane's cursor on an entity. */
function onEntity(id: string): State {
	const position = embedded.story.entityOrderPosition(id)!;
	const entities = run(start(embedded), embedded, 'focus.next');
	return run({...entities, entities: {index: position, top: 0}}, embedded, 'cursor.down', 'cursor.up');
}

describe('opening the article', () => {
	it('a on an event lights its date evidence and evidence, at the first, and says where the reader is', async () => {
		const opened = run(start(embedded), embedded, 'reader.open');
		const event = embedded.story.events.at(0)!;
		expect(opened.reader?.anchors).toEqual(anchorsOf(embedded, {kind: 'event', id: event.id}));
		expect(opened.reader?.anchors.length).toBe(3);
		expect(opened.reader?.current).toBe(0);
		expect(place(opened)).toBe('bukti 1 dari 3 · Meutya Hafid bertemu Nong Shengwen');
		expect(opened.status).toBeNull();
		expect(lit(opened).filter((mark) => mark.kind === 'current').map((mark) => mark.text).join(' ')).toContain(event.dateEvidence!.exact);
	});

	it('a on an entity lights every mention; n and N move between them, around the ends', async () => {
		const opened = run(onEntity('meutya-hafid'), embedded, 'reader.open', 'language.next');
		const mentions = embedded.story.entityById('meutya-hafid')!.mentions;
		expect(opened.reader?.anchors).toHaveLength(mentions.length);
		expect(place(opened)).toBe(`mention 1 of ${mentions.length} · Meutya Hafid`);
		const second = run(opened, embedded, 'reader.next');
		expect(place(second)).toBe(`mention 2 of ${mentions.length} · Meutya Hafid`);
		expect(lit(second).find((mark) => mark.kind === 'current')?.text).toBe(mentions[1]!.exact);
		const last = run(opened, embedded, 'reader.previous');
		expect(last.status?.text).toBe(`mention ${mentions.length} of ${mentions.length} (from the end)`);
		expect(run(last, embedded, 'reader.next').status?.text).toBe(`mention 1 of ${mentions.length} (from the top)`);
	});

	it('Enter (or a) on evidence in the detail pane opens at that evidence', async () => {
		const detail = run(start(embedded), embedded, 'focus.previous');
		const items = detailItems(embedded, detail.detail.ref);
		const index = items.length - 1 - [...items].reverse().findIndex((item) => item.section === 'evidence');
		const item = items[index]!;
		if (item.section !== 'evidence') throw new Error('expected evidence');
		const onEvidence = onDetailItem(detail, embedded, detail.detail.ref!, index);
		for (const command of ['selection.open', 'reader.open'] as const) {
			const opened = run(onEvidence, embedded, command);
			const {anchors, current} = opened.reader!;
			expect(anchors[current]).toEqual({start: item.anchor.start, end: item.anchor.end});
			const words = (text: string) => text.split(/\s+/).join(' ');
			expect(words(lit(opened).filter((mark) => mark.kind === 'current').map((mark) => mark.text).join(' '))).toBe(words(item.anchor.exact));
		}
	});

	it('a on a quote item lights the quote and its attribution', async () => {
		const detail = run(start(embedded), embedded, 'focus.previous');
		const index = detailItems(embedded, detail.detail.ref).findIndex((item) => item.section === 'quotes');
		const opened = run({...detail, detail: {...detail.detail, cursor: index}}, embedded, 'reader.open');
		const quote = embedded.story.quotesAt(embedded.story.events.at(0)!.id).at(0)!;
		expect(opened.reader?.subject).toEqual({kind: 'quote', id: quote.id});
		expect(opened.reader?.anchors).toEqual([quote.evidence, quote.attribution].map((anchor) => ({start: anchor!.start, end: anchor!.end})));
	});

	it('says so when the selection has no anchors, and opens at the top with nothing for n/N', async () => {
		const dataset = embeddedDatasetInline();
		dataset.entities.find((entity: {id: string}) => entity.id === 'meutya-hafid').mentions = [];
		const loaded = validateDatasetValue(dataset, {file: 'unanchored.json'});
		if (!loaded.ok) throw new Error('expected the dataset to load');
		const data = createExplorerData(loaded.story, measureDetail);
		const entities = run(start(data), data, 'focus.next');
		const position = data.story.entityOrderPosition('meutya-hafid')!;
		const opened = run({...entities, entities: {index: position, top: 0}}, data, 'cursor.down', 'cursor.up', 'reader.open');
		expect(opened.reader).toMatchObject({subject: {kind: 'entity', id: 'meutya-hafid'}, anchors: [], current: -1, top: 0});
		expect(opened.status).toEqual({text: 'Meutya Hafid tidak tertaut ke teks artikel', tone: 'warning'});
		expect(run(opened, data, 'reader.next').reader).toEqual(opened.reader);
	});

	it('Esc (reader.close) returns to the selection, pane and scroll as they were', async () => {
		const before = run(start(embedded), embedded, 'cursor.down', 'cursor.down', 'focus.previous', 'cursor.down');
		const after = run(before, embedded, 'reader.open', 'reader.next', 'cursor.pageDown', 'reader.close');
		expect({...after, status: null}).toEqual({...before, status: null});
	});
});

describe('scrolling the article', () => {
	const opened = run(start(embedded, {columns: 80, rows: 24}), embedded, 'reader.open', 'cursor.first');
	const page = (state: State) => readerPage(state, embedded)!.rows.map((row) => row.line.text);

	it('j moves a line down and k back; PgDn a page less a line; g and G to the ends', async () => {
		expect(opened.reader?.top).toBe(0);
		const down = run(opened, embedded, 'cursor.down');
		expect(page(down)).toEqual([...page(opened).slice(1), expect.any(String)]);
		expect(run(down, embedded, 'cursor.up').reader?.top).toBe(0);
		const paged = run(opened, embedded, 'cursor.pageDown');
		expect(page(paged)[0]).toBe(page(opened).at(-1));
		const end = run(opened, embedded, 'cursor.last');
		expect(readerPage(end, embedded)!.percent).toBe(100);
		expect(page(end).at(-1)).toBe(text.trimEnd().split('\n').at(-1));
		expect(run(end, embedded, 'cursor.down').reader?.top).toBe(end.reader?.top);
		expect(run(end, embedded, 'cursor.first').reader?.top).toBe(0);
	});

	it('every line fits the measure and the pages together read the whole text, word for word', async () => {
		const lines = new Map<number, string>();
		let state = opened;
		for (let guard = 0; guard < 100; guard++) {
			for (const {line} of readerPage(state, embedded)!.rows) {
				expect([...line.text].length).toBeLessThanOrEqual(state.layout.readerMeasure);
				lines.set(line.start, line.text);
			}
			const next = run(state, embedded, 'cursor.pageDown');
			if (next.reader?.top === state.reader?.top) break;
			state = next;
		}
		const read = [...lines].sort(([a], [b]) => a - b).map(([, line]) => line);
		expect(read.join(' ').split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
	});
});

describe('searching the article', () => {
	const opened = run(start(embedded), embedded, 'reader.open');
	const total = text.toLowerCase().split('posko').length - 1;

	it('/ then a word and Enter goes to the first match from the page on, counting every match, all lit', async () => {
		const found = run(opened, embedded, 'reader.search', typeIn('posko'), 'readerSearch.accept');
		expect(found.reader?.search).toMatchObject({query: 'posko', total, ordinal: expect.any(Number)});
		expect(place(found)).toMatch(new RegExp(`^temuan \\d dari ${total}: “posko”$`));
		const marks = lit(found);
		expect(marks.filter((mark) => mark.kind === 'currentMatch').map((mark) => mark.text)).toEqual(['posko']);
		expect(marks.filter((mark) => mark.kind === 'match').every((mark) => mark.text.toLowerCase() === 'posko')).toBe(true);
		const next = run(found, embedded, 'reader.next');
		expect(next.reader?.search?.ordinal).toBe((found.reader!.search!.ordinal % total) + 1);
		expect(next.reader?.search?.match.start).toBeGreaterThan(found.reader!.search!.match.start);
	});

	it('n and N go on from the page once it was scrolled away from the match, as in less', async () => {
		const found = run(opened, embedded, 'reader.search', typeIn('posko'), 'readerSearch.accept');
		const starts: number[] = [];
		for (let at = text.toLowerCase().indexOf('posko'); at >= 0; at = text.toLowerCase().indexOf('posko', at + 1)) starts.push(Array.from(text.slice(0, at)).length);
		// Back to the top, away from a later match: n is the first match below the top, numbered so.
		const later = run(found, embedded, 'reader.next', 'reader.next');
		expect(later.reader!.search!.ordinal).toBeGreaterThan(1);
		const fromTop = run(later, embedded, 'cursor.first', 'reader.next');
		expect(fromTop.reader!.search).toMatchObject({ordinal: 1, match: {start: starts[0]}});
		expect(place(fromTop)).toBe(`temuan 1 dari ${total}: “posko”`);
		// At the top, with none above the page: N is the last match, from the bottom.
		const back = run(later, embedded, 'cursor.first', 'reader.previous');
		expect(back.reader!.search).toMatchObject({ordinal: total, match: {start: starts.at(-1)}});
		expect(back.status?.text).toContain('(dari akhir)');
		// With the match on the page, n goes on from it.
		expect(run(fromTop, embedded, 'reader.next').reader!.search).toMatchObject({ordinal: 2, match: {start: starts[1]}});
	});

	it('says so when nothing matches, and an empty search clears the last one', async () => {
		const missing = run(opened, embedded, 'reader.search', typeIn('zzzz'), 'readerSearch.accept');
		expect(missing.status).toEqual({text: 'Tidak ditemukan: “zzzz”', tone: 'warning'});
		expect(missing.reader?.search).toBeNull();
		const found = run(opened, embedded, 'reader.search', typeIn('posko'), 'readerSearch.accept');
		const cleared = run(found, embedded, 'reader.search', 'readerSearch.accept');
		expect(cleared.reader?.search).toBeNull();
		// n is back to the event's evidence.
		expect(place(run(cleared, embedded, 'reader.next'))).toBe('bukti 2 dari 3 · Meutya Hafid bertemu Nong Shengwen');
	});

	it('Backspace erases the search text, and leaves the prompt when it is empty; Esc cancels it', async () => {
		const typing = run(opened, embedded, 'reader.search', typeIn('po'));
		expect(run(typing, embedded, 'readerSearch.erase').reader?.prompt).toBe('p');
		expect(run(typing, embedded, 'readerSearch.erase', 'readerSearch.erase', 'readerSearch.erase').reader?.prompt).toBeNull();
		expect(run(typing, embedded, 'readerSearch.cancel').reader).toEqual({...opened.reader, prompt: null});
	});
});

describe('the reader at other sizes', () => {
	it('keeps the mention it is at in view as the terminal changes size', async () => {
		let state = run(onEntity('meutya-hafid'), embedded, 'reader.open', 'reader.previous');
		for (const [columns, rows] of [[60, 16], [200, 50], [80, 24], [120, 36]] as const) {
			state = run(state, embedded, {type: 'resize', columns, rows});
			expect(readerPage(state, embedded)!.rows).toHaveLength(state.layout.readerRows);
			expect(lit(state).some((mark) => mark.kind === 'current')).toBe(true);
		}
	});
});

describe('the reader over a store', () => {
	const root = temporaryFolder('reader-store');
	afterAll(() => rmSync(root, {recursive: true, force: true}));

	it('shows the same pages as the story loaded whole, read a window at a time', async () => {
		const path = writeGeneratedDataset(join(root, 'generated'), {events: 400, seed: 11});
		const opened = await openDataset(path, 'dataset.json', join(root, 'cache'));
		if (!opened.ok) throw new Error('expected the store to open');
		const stored = createExplorerData(opened.catalog, measureDetail);
		const whole = createExplorerData(wholeCatalog(path, 'dataset.json'), measureDetail);
		const busiest = sliceOf(whole.story.entityOrder, 0, 1)[0]!;
		const pages = (data: ExplorerData) => {
			const entities = run(start(data, {columns: 80, rows: 24}), data, 'focus.next');
			const at = run({...entities, entities: {index: 0, top: 0}}, data, 'cursor.down', 'cursor.up', 'reader.open');
			const states = [at, run(at, data, 'reader.next', 'reader.next'), run(at, data, 'cursor.last', 'cursor.up'), run(at, data, 'reader.search', typeIn(busiest.name), 'readerSearch.accept', 'reader.previous')];
			return states.map((state) => ({status: state.status, page: readerPage(state, data)}));
		};
		expect(pages(stored)).toEqual(pages(whole));
		expect(pages(whole)[0]!.page?.place).toMatch(new RegExp(`^sebutan 1 dari \\d+ · ${busiest.name}$`));
	});
});
