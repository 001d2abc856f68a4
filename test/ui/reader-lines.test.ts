import {describe, expect, it} from 'vitest';
import type {Command} from '../../src/keys/commands.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {readerPage, type ReaderPage} from '../../src/state/reader-page.js';
import {update} from '../../src/state/reducer.js';
import {initialState, type State} from '../../src/state/state.js';
import {widthOf} from '../../src/text/fit.js';
import {hostileDataset, UNSAFE} from '../helpers/hostile.js';
import {lineText} from '../../src/ui/line.js';
import {MARKER, readerLines} from '../../src/ui/panes/reader-lines.js';
import {theme} from '../../src/ui/theme.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const line = (start: number, text: string) => ({start, end: start + Array.from(text).length, next: start + Array.from(text).length + 1, text});

const PAGE: ReaderPage = {
	rows: [
		{line: line(0, 'Posko siaga dibuka.'), marks: []},
		{line: line(20, 'Meutya Hafid\0 meninjau posko.'), marks: [{start: 20, end: 32, kind: 'anchor'}, {start: 43, end: 48, kind: 'match'}, {start: 43, end: 48, kind: 'currentMatch'}]},
		{line: line(50, 'Selasa (25/3).'), marks: [{start: 50, end: 63, kind: 'current'}]},
	],
	percent: 42,
	place: 'mention 2 of 5',
	prompt: null,
};

describe('the reader lines', () => {
	const lines = readerLines(PAGE, {title: 'Article: Judul', width: 60, measure: 58, rows: 5});

	it('are a title, a row per text line (blank past the end) and the bar', () => {
		expect(lines).toHaveLength(7);
		expect(lineText(lines[0]!)).toMatch(/^ Article: Judul/);
		expect(lines.slice(4, 6)).toEqual([[], []]);
		expect(lineText(lines[6]!)).toMatch(/^ mention 2 of 5 +42%$/);
	});

	it('mark lit lines in the gutter: the place with ▶, others with │; U+0000 draws as nothing', () => {
		expect(lineText(lines[1]!)).toBe('  Posko siaga dibuka.');
		expect(lineText(lines[2]!)).toBe(`${MARKER.current} Meutya Hafid meninjau posko.`);
		expect(lineText(lines[3]!)).toBe(`${MARKER.current} Selasa (25/3).`);
		const partial = readerLines({...PAGE, rows: [{...PAGE.rows[1]!, marks: [PAGE.rows[1]!.marks[0]!]}]}, {title: 't', width: 60, measure: 58, rows: 1});
		expect(lineText(partial[1]!)).toBe(`${MARKER.lit} Meutya Hafid meninjau posko.`);
	});

	it('style each span by the mark that wins there', () => {
		expect(lines[2]!.slice(1)).toEqual([
			{text: 'Meutya Hafid', style: theme.readerAnchor},
			{text: ' meninjau '},
			{text: 'posko', style: theme.readerCurrentMatch},
			{text: '.'},
		]);
	});

	it('centre the text column in a pane wider than it, and show the search being typed', () => {
		const wide = readerLines({...PAGE, prompt: 'posko'}, {title: 't', width: 200, measure: 100, rows: 3});
		expect(lineText(wide[1]!)).toBe(`${' '.repeat(49)}  Posko siaga dibuka.`);
		expect(lineText(wide.at(-1)!)).toBe('/posko▏');
	});
});

describe('the reader over a hostile article', () => {
	it('draws every page of it as text only: no sequence, control or bidi override reaches the screen, and lines fit', () => {
		const loaded = validateDatasetValue(hostileDataset(), {file: 'hostile.json'});
		if (!loaded.ok) throw new Error('expected the hostile dataset to load');
		const data = createExplorerData(loaded.story, measureDetail);
		const command = (state: State, name: Command) => update(state, {type: 'command', command: name}, data).state;
		let state = command(initialState({lang: 'id', columns: 60, rows: 16, firstEvent: data.story.events.at(0)?.id}), 'reader.open');
		state = command(state, 'cursor.first');
		for (let guard = 0; guard < 500; guard++) {
			const page = readerPage(state, data)!;
			for (const drawn of readerLines(page, {title: 't', width: 60, measure: 58, rows: state.layout.readerRows})) {
				expect(lineText(drawn)).not.toMatch(UNSAFE);
				expect(widthOf(lineText(drawn))).toBeLessThanOrEqual(60);
			}
			const next = command(state, 'cursor.pageDown');
			if (next.reader!.top === state.reader!.top) break;
			state = next;
		}
		expect(readerPage(state, data)!.percent).toBe(100);
	});
});
