import {describe, expect, it} from 'vitest';
import type {ReaderPage} from '../../src/state/reader-page.js';
import {lineText} from '../../src/ui/line.js';
import {MARKER, readerLines} from '../../src/ui/panes/reader-lines.js';
import {theme} from '../../src/ui/theme.js';

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
