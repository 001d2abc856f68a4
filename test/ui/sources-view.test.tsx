import {afterEach, describe, expect, it} from 'vitest';
import {lineText} from '../../src/ui/line.js';
import {headerLines} from '../../src/ui/chrome.js';
import {detailLines} from '../../src/ui/panes/detail-lines.js';
import {outletColumn, sourceRow} from '../../src/ui/panes/source-lines.js';
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
		expect(header(sourced, 'kabar-sukaraya')[1]).toBe('1 – 2 Nov 2025 · 2 events · 3 sources · 4 entities · 2 quotes · EN · source: Kabar Sukaraya');
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

	it('a source row shows outlet, publication day, events reported and its disagreements, cut to the width', () => {
		const row = (index: number, width: number) => lineText(sourceRow(story, story.articles.at(index)!, {selected: false, focused: false, width, lang: 'en', outletWidth: outletColumn(story, width)}));
		expect(row(1, 110).trimEnd()).toBe('  Kabar Sukaraya           2 Nov 2025     2 ≠2  Sungai Cikawung Meluap, Warga Cibeureum Hilir Mengungsi');
		// The outlet and the title are cut between words, so the row may end short of the width.
		expect(row(2, 66)).toBe('  Jurnal Nusantara…       3 Nov 2025     2 ≠1  Bupati Maya…');
		expect(widthOf(row(2, 66))).toBeLessThanOrEqual(66);
	});

	it('a source row in a narrow pane ends its title at a whole word, though the words before the cut fill less than half the cell', () => {
		const row = (index: number, width: number) => lineText(sourceRow(story, story.articles.at(index)!, {selected: false, focused: false, width, lang: 'id', outletWidth: outletColumn(story, width)}));
		// At 60 columns the title has 15: "Sungai" fills 6 of them, and "Cikawun…" would read as another river.
		expect(row(1, 60)).toMatch(/ {2}Sungai…$/);
		expect(widthOf(row(1, 60))).toBeLessThanOrEqual(60);
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
