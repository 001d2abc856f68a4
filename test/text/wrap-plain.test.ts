import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import {describe, expect, it} from 'vitest';
import {wrap} from '../../src/text/fit.js';
import {wrapPlainLine} from '../../src/text/wrap-plain.js';

/** wrap-ansi's rows for `text`, as wrap() asks for them. */
const wrapAnsiRows = (text: string, width: number) => wrapAnsi(text, width, {hard: true, trim: true}).split('\n');

// Spaces in runs and at the ends, no-break spaces (which trim() takes and wrap-ansi does not split
// at), long and short words, Latin letters past ASCII, dashes and box drawing: one column each.
const piece = fc.constantFrom(' ', ' ', '  ', '\u00a0', 'a', 'kata', 'Meutya', 'Telekomunikasi', 'Kementerian-Komunikasi', 'é', 'Nguyễn', '—', '“x”', '…', '│', '1.500', '.');
const simpleLine = fc.array(piece, {maxLength: 25}).map((pieces) => pieces.join(''));

describe('a line of simple characters wrapped without measuring', () => {
	it('gives the rows wrap-ansi gives, at any width', () => {
		fc.assert(
			fc.property(simpleLine, fc.integer({min: 1, max: 40}), (line, width) => {
				expect(wrapPlainLine(line, width)).toEqual(wrapAnsiRows(line, width));
			}),
			{numRuns: 3000},
		);
	});

	it('gives them for the cases its branches are for', () => {
		const cases: [string, number][] = [
			['', 5],
			['   ', 5],
			['\u00a0', 3],
			['Menteri Komunikasi dan Digital', 10],
			// A word longer than the row: on this row when that saves a break, on its own when not.
			['ab Telekomunikasi', 6],
			['abcd Telekomunikasi', 6],
			['Telekomunikasi', 7],
			['Telekomunikasi', 1],
			['  kata  kata  ', 4],
			['a\u00a0b c', 3],
		];
		for (const [line, width] of cases) expect(wrapPlainLine(line, width), JSON.stringify([line, width])).toEqual(wrapAnsiRows(line, width));
	});

	it('leaves wrap() as it was for text of several lines, simple or not', () => {
		const text = fc.array(fc.oneof(simpleLine, fc.constantFrom('农生文 与默提雅会谈', '🌊 posko', 'e\u0301 kata', '\x1b[1mtebal\x1b[22m kata')), {minLength: 1, maxLength: 4});
		fc.assert(
			fc.property(text, fc.constantFrom('\n', '\r\n'), fc.integer({min: 2, max: 30}), (lines, newline, width) => {
				const joined = lines.join(newline);
				expect(wrap(joined, width)).toEqual(wrapAnsiRows(joined, width));
			}),
			{numRuns: 500},
		);
	});
});
