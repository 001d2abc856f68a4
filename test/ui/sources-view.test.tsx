import {afterEach, describe, expect, it} from 'vitest';
import {calculateLayout} from '../../src/state/layout.js';
import {lineText} from '../../src/ui/line.js';
import {headerLines} from '../../src/ui/chrome.js';
import {detailLines} from '../../src/ui/panes/detail-lines.js';
import {sourceColumns, sourceEntry} from '../../src/ui/panes/source-lines.js';
import {timelineRows} from '../../src/ui/panes/timeline-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {EMBEDDED_DATASET, loadStory, SOURCES_DATASET} from '../helpers/datasets.js';
import {KEYS, openExplorer, type Explorer} from '../helpers/explorer.js';
import {embedded, sourced} from '../state/drive.js';

const story = sourced.story;

describe('the lines of a story of several sources', () => {
	it('the header counts the sources and names the filter source; a story of one source counts none', () => {
		const header = (data: typeof sourced, sourceFilter: string | null = null) => headerLines({data, events: data.eventsInView(null, sourceFilter), filter: null, sourceFilter, lang: 'en', width: 120}).map(lineText);
		expect(header(sourced)[1]).toBe('1 – 3 Nov 2025 · 3 events · 3 sources · 4 entities · 2 quotes · EN');
		expect(header(sourced)[0]).toMatch(/Warta Priangan \+2 · 2 Nov 2025$/);
		// Kabar Sukaraya dates the flood 2 Nov: its events run 1 – 2 Nov at its own dates.
		expect(header(sourced, 'kabar-sukaraya')[1]).toBe('1 – 2 Nov 2025 · 2 events · EN · source: Kabar Sukaraya');
		expect(header(embedded).join('\n')).not.toMatch(/source/);
	});

	it('a timeline row whose sources disagree is marked ≠, and a story of one source has no such column', () => {
		const rows = timelineRows({events: story.events, cursor: {index: 0, top: 0}, rows: 5, width: 60, focused: true, lang: 'id', articleLang: 'id', disputed: (id) => story.claimComparison().disputed({event: id})});
		expect(rows.map((row) => lineText(row).trimEnd())).toEqual([
			'› 1 Nov 2025   ≠ Banjir bandang melanda Cibeureum Hilir',
			'  1 Nov 2025  ~  BPBD mengerahkan personel dan perahu karet',
			'  3 Nov 2025     Bupati meninjau pengungsian',
		]);
		expect(rows.every((row) => widthOf(lineText(row)) <= 60)).toBe(true);
	});

	it('a source shows its whole outlet, day and figures in words, then its whole title, at the 64 columns of a 120-column terminal', () => {
		const entry = (index: number, width: number, lang = 'en') =>
			sourceEntry(story, story.articles.at(index)!, {selected: false, focused: false, width, lang, columns: sourceColumns(story, width, lang)}).map((line) => lineText(line).trimEnd());
		// On one line the title was cut to "Bupati Maya…" and the outlet to "Jurnal Nusantara…", beside an unlabelled "2 ≠1".
		expect(entry(2, 64)).toEqual(['  Jurnal Nusantara Daring  3 Nov 2025  2 events  ≠ 1 claim', '    Bupati Maya Lestari Tinjau Korban Banjir Sukaraya']);
		expect(entry(0, 64, 'id')).toEqual(['  Warta Priangan           2 Nov 2025  2 peristiwa  ≠ 2 klaim', '    Banjir Bandang Terjang Cibeureum Hilir, 12 Rumah Rusak Berat']);
		// At 60 columns the outlet gives way, not the figures: a cut figure says nothing.
		expect(entry(2, 60, 'id')[0]).toBe('  Jurnal Nusantara…       3 Nov 2025  2 peristiwa  ≠ 1 klaim');
		for (const width of [60, 64, 80, 110]) {
			for (let index = 0; index < story.articles.length; index++) for (const line of entry(index, width, 'id')) expect(widthOf(line)).toBeLessThanOrEqual(width);
		}
	});

	it('a wide terminal gives the lists room for every source\'s whole title on its line', () => {
		const layout = calculateLayout(200, 50, sourced.listWidth);
		for (let index = 0; index < story.articles.length; index++) {
			const [, title] = sourceEntry(story, story.articles.at(index)!, {selected: false, focused: false, width: layout.entities.width, lang: 'id', columns: sourceColumns(story, layout.entities.width, 'id')});
			expect(lineText(title).trim()).toBe(story.articles.at(index)!.title);
		}
	});

	it('a source\'s title in a narrow pane ends at a whole word', () => {
		const [, title] = sourceEntry(story, story.articles.at(1)!, {selected: false, focused: false, width: 40, lang: 'id', columns: sourceColumns(story, 40, 'id')});
		expect(lineText(title)).toBe('    Sungai Cikawung Meluap, Warga…');
	});

	it("a source's detail keeps its URL on one line, its host and its end shown either side of an ellipsis when the pane is narrower", () => {
		const urlLines = (id: string, width: number) => detailLines(sourced, {kind: 'source', id}, {lang: 'en', width, cursor: -1, focused: false}).lines.map(lineText).filter((line) => /^https?:|example|meluap|hilir/.test(line));
		expect(urlLines('warta-priangan', 60)).toEqual(['https://warta-priangan.example/banjir-cibeureum-hilir']);
		expect(urlLines('warta-priangan', 44)).toEqual(['https://warta-priangan.example/…-hilir']);
		expect(urlLines('kabar-sukaraya', 48)).toEqual(['https://kabarsukaraya.example/…/cikawung-meluap']);
		expect(urlLines('kabar-sukaraya', 40)).toEqual(['https://kabarsukaraya.example/…-meluap']);
		for (const width of [20, 30, 44]) {
			const [line, ...more] = urlLines('jurnal-nusantara', width);
			expect(more).toEqual([]);
			expect(widthOf(line!)).toBeLessThanOrEqual(width);
		}
	});

	it("a source's detail lines up the words of all its claims, whatever their subjects", () => {
		for (const id of ['warta-priangan', 'jurnal-nusantara']) {
			const text = detailLines(sourced, {kind: 'source', id}, {lang: 'en', width: 80, cursor: -1, focused: false}).lines.map(lineText);
			const worded = text.filter((line) => / “/.test(line) && /^ {4}\S/.test(line));
			expect(worded.length, id).toBeGreaterThan(1);
			const starts = new Set(worded.map((line) => line.search(/(Warta|Kabar|Jurnal) /)));
			expect([...starts], `${id}: ${worded.join(' | ')}`).toHaveLength(1);
		}
	});

	it("an event's detail shows the values side by side, each beside the words of its sources", () => {
		const text = detailLines(sourced, {kind: 'event', id: 'banjir'}, {lang: 'en', width: 60, cursor: -1, focused: false}).lines.map(lineText);
		expect(text).toContain('Sources Warta Priangan, Kabar Sukaraya, Jurnal Nusantara');
		expect(text).toContain('≠ Sources disagree on date, rumah rusak');
		const at = text.indexOf('  ≠ rumah rusak');
		// The value column is as wide as the widest value of any claim (the dates), so the words start in one column throughout.
		expect(text.slice(at, at + 4)).toEqual([
			'  ≠ rumah rusak',
			'    12 rumah    Warta Priangan “12 rumah rusak berat”',
			'                Jurnal Nusantara Daring “merusak 12 rumah”',
			'    15 rumah    Kabar Sukaraya “15 rumah rusak”',
		]);
		const starts = new Set(text.filter((line) => line.includes(' “')).map((line) => line.search(/(Warta|Kabar|Jurnal) /)));
		expect([...starts]).toEqual([16]);
		// Narrower, the words wrap under themselves: a quote is never cut.
		const narrow = detailLines(sourced, {kind: 'event', id: 'banjir'}, {lang: 'en', width: 40, cursor: -1, focused: false}).lines.map(lineText);
		const from = narrow.indexOf('  ≠ rumah rusak');
		expect(narrow.slice(from, from + 5).map((line) => line.trimEnd())).toEqual([
			'  ≠ rumah rusak',
			'    12 rumah    Warta Priangan “12',
			'                rumah rusak berat”',
			'                Jurnal Nusantara',
			'                Daring “merusak 12',
		]);
		expect(narrow.join('\n')).not.toMatch(/“[^”\n]*…/);
		expect(text).toContain('Evidence from the sources');
		expect(text).toContain('  Kabar Sukaraya · 2 Nov 2025');
	});
});

describe('the explorer on a story of several sources', () => {
	let explorer: Explorer | undefined;
	afterEach(() => explorer?.unmount());

	it('at 80×24: s shows the sources, f filters the timeline to one, Tab reaches the timeline', async () => {
		explorer = await openExplorer(loadStory(SOURCES_DATASET), {columns: 80, rows: 24});
		expect(explorer.text()).toContain('3 sumber');
		await explorer.press('s');
		await explorer.until((text) => expect(text).toMatch(/Sumber {2}· {2}entitas: S-Tab/));
		await explorer.press('j', 'f');
		await explorer.until((text) => expect(text).toContain('Linimasa disaring ke Kabar Sukaraya: 2 peristiwa'));
		await explorer.press(KEYS.shiftTab, KEYS.shiftTab);
		await explorer.until((text) => expect(text).toMatch(/Linimasa · Kabar Sukaraya/));
		expect(explorer.lines().every((line) => widthOf(line) <= 80)).toBe(true);
	});

	it('the embedded story of one source shows no sources at all', async () => {
		explorer = await openExplorer(loadStory(EMBEDDED_DATASET), {columns: 120, rows: 36});
		expect(explorer.text()).not.toMatch(/\bsumber\b|sources?\b|≠/i);
		await explorer.press('s');
		expect(explorer.text()).not.toMatch(/Sumber|Sources/);
	});
});
