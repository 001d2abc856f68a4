import {describe, expect, it} from 'vitest';
import {sliceOf, type EventList} from '../../src/model/catalog.js';
import {eventListOf} from '../../src/model/story-catalog.js';
import type {Event} from '../../src/model/story.js';
import type {ListCursor} from '../../src/state/state.js';
import {lineText, type Line} from '../../src/ui/line.js';
import {axisBase, axisLines, timelineRows} from '../../src/ui/panes/timeline-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {theme} from '../../src/ui/theme.js';
import {embedded, second} from '../state/drive.js';
import {wide, wideEvent} from './wide-story.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const events = embedded.story.events;

function rows(list: EventList, cursor: ListCursor, options: {width?: number; rows?: number; focused?: boolean; lang?: string} = {}): Line[] {
	return timelineRows({events: list, cursor, rows: options.rows ?? 16, width: options.width ?? 66, focused: options.focused ?? true, lang: options.lang ?? 'id', articleLang: 'id'});
}
const texts = (lines: readonly Line[]) => lines.map(lineText);

describe('timelineRows', () => {
	it('writes each event\'s date or range, ~ for an inferred date, and its title', () => {
		const lines = texts(rows(events, {index: 0, top: 0}));
		expect(lines.map((line) => line.trimEnd())).toEqual([
			'› 25 Mar 2025           Meutya Hafid bertemu Nong Shengwen',
			'  25 Mar 2025         ~ Komitmen pusat inovasi AI Asean',
			'  25 Mar 2025         ~ Pelepasan 1.500 petugas dan 29 kendaraan',
			'  26 Mar 2025           Artikel terbit di Koran Jakarta',
			'  26 Mar – 8 Apr 2025   386 posko siaga Lebaran',
			'  26 Mar – 8 Apr 2025 ~ Kendaraan pemantau di jalur mudik',
			'  26 Mar – 8 Apr 2025 ~ Pusat pengendali di PMT lantai 8',
			'  2030                  Target 9 juta talenta digital AI',
		]);
	});

	it('marks the inferred dates in their own style', () => {
		const marks = rows(events, {index: 7, top: 0}).map((line) => line[2]!);
		expect(marks.map((mark) => mark.text)).toEqual(['   ', ' ~ ', ' ~ ', '   ', '   ', ' ~ ', ' ~ ', '   ']);
		expect(marks[1]!.style).toEqual(theme.inferred);
	});

	it('puts the cursor mark on the selected row only, lit in the focused style or the blurred one', () => {
		const focused = rows(events, {index: 4, top: 0});
		expect(texts(focused).filter((line) => line.startsWith('›'))).toEqual([texts(focused)[4]]);
		expect(focused[4]!.every((segment) => segment.style?.inverse === true)).toBe(true);
		expect(focused[3]!.some((segment) => segment.style?.inverse)).toBe(false);
		const blurred = rows(events, {index: 4, top: 0}, {focused: false});
		expect(blurred[4]!.every((segment) => segment.style?.underline === true && !segment.style.inverse)).toBe(true);
	});

	it('builds only the rows in the window', () => {
		const window = texts(rows(events, {index: 5, top: 3}, {rows: 3}));
		expect(window.map((line) => line.trimEnd())).toEqual([
			'  26 Mar 2025           Artikel terbit di Koran Jakarta',
			'  26 Mar – 8 Apr 2025   386 posko siaga Lebaran',
			'› 26 Mar – 8 Apr 2025 ~ Kendaraan pemantau di jalur mudik',
		]);
		expect(rows(eventListOf([]), {index: 0, top: 0})).toEqual([]);
	});

	it('writes titles in the language asked for, falling back to the article\'s', () => {
		expect(lineText(rows(events, {index: 0, top: 0}, {lang: 'en'})[0]!)).toContain('Meutya Hafid meets Nong Shengwen');
		expect(lineText(rows(events, {index: 0, top: 0}, {lang: 'fr'})[0]!)).toContain('Meutya Hafid bertemu Nong Shengwen');
	});

	it('writes month precision and ranges in the second story', () => {
		const lines = texts(rows(second.story.events, {index: 0, top: 0}, {lang: 'en'}));
		expect(lines.map((line) => line.trimEnd())).toEqual([
			'› Feb 2025        ~ Extra pumps at Tambak Lorok',
			'  3 – 5 Feb 2025    Tidal flood covers three wards',
			'  6 Feb 2025      ~ Mayor visits the shelters',
			'  6 – 10 Feb 2025   Tidal floods possible until 10 February',
		]);
	});

	it('makes every line exactly the width, CJK and emoji titles included', () => {
		for (const width of [20, 29, 30, 41, 42, 66, 120]) {
			for (const list of [events, wide.story.events]) {
				for (const line of rows(list, {index: 1, top: 0}, {width})) {
					expect([width, lineText(line), widthOf(lineText(line))]).toEqual([width, lineText(line), width]);
				}
			}
		}
	});
});

describe('the day axis', () => {
	const base = axisBase(events, 66, 'id');
	// The selected event's position in the list, as the pane passes it with the event.
	const positionOf = (selected: Event | undefined) => (selected ? embedded.story.eventPosition(selected.id)! : -1);
	const strip = (selected: Event | undefined) => axisLines(base, selected, positionOf(selected), 66, 'id')[0];
	const cells = (line: Line) => line.filter((segment) => segment.text.length === 1).map((segment) => segment.text).join('');
	const byId = (id: string) => embedded.story.eventById(id)!;

	it('names the 2030 target off its right end, with the first and last days below it', () => {
		expect(base.afterLabel).toBe(' → 2030');
		expect(base.beforeLabel).toBe('');
		expect([...base.after]).toEqual([embedded.story.eventPosition('talent-target-2030')]);
		expect([...base.after].map((position) => events.at(position)!.id)).toEqual(['talent-target-2030']);
		const [line, labels] = axisLines(base, undefined, -1, 66, 'id');
		expect(widthOf(lineText(line))).toBe(66);
		expect(lineText(line).endsWith(' → 2030')).toBe(true);
		expect(lineText(labels)).toMatch(/^25 Mar 2025 +8 Apr 2025$/);
	});

	it('lights the 2030 label when the target is selected, and not otherwise', () => {
		expect(strip(byId('talent-target-2030')).at(-1)).toEqual({text: ' → 2030', style: theme.axisSelected});
		expect(strip(byId('meeting-nanning')).at(-1)).toEqual({text: ' → 2030', style: theme.muted});
		expect(cells(strip(byId('talent-target-2030')))).not.toMatch(/[●━]/);
	});

	it('draws a one-day event as ● at its day', () => {
		const line = cells(strip(byId('meeting-nanning')));
		expect(line.match(/●/g)).toHaveLength(1);
		expect(line.indexOf('●')).toBe(base.column(base.range!.first));
		expect(line).not.toContain('━');
	});

	it('draws a range as ━ across its columns, from its first day through the whole of its last', () => {
		const posts = byId('lebaran-posts');
		const line = cells(strip(posts));
		const from = base.column(base.range!.first + 1);
		// 8 April is the axis's last day: the range runs to the strip's end.
		const to = line.length - 1;
		expect(line.indexOf('━')).toBe(from);
		expect(line.lastIndexOf('━')).toBe(to);
		expect(line.slice(from, to + 1)).toBe('━'.repeat(to - from + 1));
		expect(line).not.toContain('●');
	});

	it('ticks each day an event starts on', () => {
		// 25 March starts the axis and 26 March has a tick; nothing else is marked.
		expect(cells(strip(undefined)).replace(/─+/g, '─')).toBe('┼─┼─┤');
	});

	it('names events far before the axis at its left end', () => {
		const early = eventListOf([wideEvent('old', '2019-06-01', null, 'old'), ...sliceOf(wide.story.events)]);
		const farBase = axisBase(early, 60, 'en');
		expect(farBase.beforeLabel).toBe('2019 ← ');
		expect([...farBase.before]).toEqual([0]);
		const [line] = axisLines(farBase, early.at(0), 0, 60, 'en');
		expect(line[0]).toEqual({text: '2019 ← ', style: theme.axisSelected});
		expect(widthOf(lineText(line))).toBe(60);
	});

	it('says so when no event has a day to lay on the axis, and writes the selected one\'s date', () => {
		const coarse = eventListOf([wideEvent('year', '2030', null, 'x'), wideEvent('month', '2025-02', null, 'y')]);
		const [line, label] = axisLines(axisBase(coarse, 40, 'en'), coarse.at(1), 1, 40, 'en');
		expect(lineText(line)).toBe('no day-precise dates to lay on an axis');
		expect(lineText(label)).toBe('Feb 2025');
	});
});

describe('merged lines', () => {
	it('join neighbouring segments of one style, keeping the text and the styles', async () => {
		const {merged, lineText} = await import('../../src/ui/line.js');
		const line = [{text: 'a', style: {bold: true}}, {text: 'b', style: {bold: true}}, {text: 'c'}, {text: 'd'}, {text: 'e', style: {dimColor: true}}];
		expect(merged(line)).toEqual([{text: 'ab', style: {bold: true}}, {text: 'cd'}, {text: 'e', style: {dimColor: true}}]);
		expect(lineText(merged(line))).toBe(lineText(line));
	});
});

describe('an axis of a single day', () => {
	it('names that day once', async () => {
		const {axisBase} = await import('../../src/ui/panes/timeline-lines.js');
		const {lineText} = await import('../../src/ui/line.js');
		const {createExplorerData} = await import('../../src/state/data.js');
		const {loadStory, EMBEDDED_DATASET} = await import('../helpers/datasets.js');
		const data = createExplorerData(loadStory(EMBEDDED_DATASET), measureDetail);
		const base = axisBase(data.eventsInView('nong-shengwen'), 60, 'en');
		// The day itself beside its mark, not a bar that reads as a span of time.
		expect(base.mode).toBe('day');
		expect(lineText(axisLines(base, undefined, -1, 60, 'en')[0]).trim()).toBe('┼ 25 Mar 2025');
		expect(widthOf(lineText(axisLines(base, undefined, -1, 60, 'en')[0]))).toBe(60);
	});
});

describe('the axis of 10,000 events', () => {
	it('shows how many events start in each column, the busiest full, not a solid bar of ticks', async () => {
		const {generateDataset, withInlineText} = await import('../bench/generator/dataset.js');
		const {validateDatasetValue} = await import('../../src/model/load.js');
		const {createExplorerData} = await import('../../src/state/data.js');
		const loaded = validateDatasetValue(withInlineText(generateDataset({events: 10_000, seed: 5})), {file: 'generated.json'});
		if (!loaded.ok) throw new Error('the generated dataset is invalid');
		const list = createExplorerData(loaded.story, measureDetail).story.events;
		const base = axisBase(list, 80, 'en');
		expect(base.mode).toBe('density');
		const strip = base.cells.map((cell) => cell.char).join('');
		expect(strip).toContain('█');
		expect(strip).not.toContain('┼');
		expect(new Set(strip).size).toBeGreaterThan(2);
		// The selection is still marked.
		const [line] = axisLines(base, list.at(0), 0, 80, 'en');
		expect(lineText(line)).toContain('●');
		expect(widthOf(lineText(line))).toBe(80);
	});

	it('keeps ticks for a handful of events', () => {
		expect(axisBase(events, 66, 'id').mode).toBe('ticks');
	});
});
