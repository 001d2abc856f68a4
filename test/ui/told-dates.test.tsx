import {afterEach, describe, expect, it} from 'vitest';
import {lineText} from '../../src/ui/line.js';
import {detailLines} from '../../src/ui/panes/detail-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {loadStory, SOURCES_DATASET} from '../helpers/datasets.js';
import {KEYS, openExplorer, type Explorer} from '../helpers/explorer.js';
import {sourced} from '../state/drive.js';

/** The detail's "When" line of an event, at a width where it fits on one line. */
function whenLine(id: string, lang: string, source: string | null = null): string {
	const lines = detailLines(sourced, {kind: 'event', id}, {lang, width: 100, cursor: -1, focused: false, source}).lines.map(lineText);
	return lines.find((line) => /^(Waktu|When) /.test(line))!.trimEnd();
}

describe("an event's date where its sources disagree on it", () => {
	it('says whose date the timeline gives and what the others say, in either language', () => {
		expect(whenLine('banjir', 'id')).toBe('Waktu  1 Nov 2025 (tertulis: Warta Priangan; Kabar Sukaraya 2 Nov 2025)');
		expect(whenLine('banjir', 'en')).toBe('When    1 Nov 2025 (stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025)');
		// Where the sources agree, or only one dates it, nothing more is said.
		expect(whenLine('kunjungan-bupati', 'en')).toBe('When    3 Nov 2025 (stated)');
	});

	it("in one source's view, gives that source's date as its own and the story's as another's", () => {
		expect(whenLine('banjir', 'id', 'kabar-sukaraya')).toBe('Waktu  2 Nov 2025 (tertulis: Kabar Sukaraya; Warta Priangan 1 Nov 2025)');
		expect(whenLine('banjir', 'en', 'kabar-sukaraya')).toBe('When    2 Nov 2025 (stated: Kabar Sukaraya; Warta Priangan 1 Nov 2025)');
		// A source that gives no date of its own sees the story's, with whose it is.
		expect(whenLine('banjir', 'en', 'jurnal-nusantara')).toBe('When    1 Nov 2025 (stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025)');
	});

	it("a source's detail lists its events at its own dates, in their order, the disputed one marked", () => {
		const lines = detailLines(sourced, {kind: 'source', id: 'kabar-sukaraya'}, {lang: 'en', width: 70, cursor: -1, focused: false}).lines.map(lineText);
		const at = lines.indexOf('Events');
		expect(lines.slice(at + 1, at + 3).map((line) => line.trimEnd())).toEqual([
			'  1 Nov 2025 ~ Disaster agency deploys crews and rubber boats',
			'  2 Nov 2025 ≠ Flash flood hits Cibeureum Hilir',
		]);
	});
});

describe('the explorer filtered to one source', () => {
	let explorer: Explorer | undefined;
	afterEach(() => explorer?.unmount());

	it("shows the flood at Kabar Sukaraya's date in the timeline row and the detail, still marked ≠", async () => {
		explorer = await openExplorer(loadStory(SOURCES_DATASET), {columns: 120, rows: 36});
		await explorer.until((text) => expect(text).toContain('Waktu  1 Nov 2025 (tertulis: Warta Priangan; Kabar'));
		await explorer.press('s', 'j', 'f');
		await explorer.until((text) => expect(text).toContain('Linimasa disaring ke Kabar Sukaraya: 2 peristiwa'));
		await explorer.press(KEYS.shiftTab, KEYS.shiftTab);
		await explorer.until((text) => expect(text).toMatch(/Linimasa · Kabar Sukaraya/));
		const text = explorer.text();
		expect(text).toMatch(/› 2 Nov 2025 {3}≠ Banjir bandang melanda Cibeureum Hilir/);
		expect(text).toMatch(/ {2}1 Nov 2025 {2}~ {2}BPBD mengerahkan/);
		expect(text).toContain('Waktu  2 Nov 2025 (tertulis: Kabar Sukaraya; Warta');
		expect(text).not.toMatch(/› 1 Nov 2025/);
		expect(explorer.lines().every((line) => widthOf(line) <= 120)).toBe(true);
		await explorer.press('l');
		await explorer.until((text) => expect(text).toContain('When    2 Nov 2025 (stated: Kabar Sukaraya; Warta'));
		expect(explorer.text()).toMatch(/› 2 Nov 2025 {3}≠ Flash flood hits Cibeureum Hilir/);
	});
});
