import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {colorLevel} from '../../src/cli/style.js';
import {renderTable} from '../../src/cli/table.js';

const columns = [{header: 'ID'}, {header: 'NAME'}, {header: 'NOTE', flex: true}];
const rows = [
	['a', '农生文', 'a long note that will not fit in a narrow terminal'],
	['bb', 'Dave 🌊', 'short'],
	['ccc', 'Meutya Hafid', 'Menteri Komunikasi dan Digital'],
];

describe('renderTable', () => {
	it('aligns columns by display width, so CJK and emoji do not push later columns', () => {
		const lines = renderTable(columns, rows);
		const noteStarts = lines.map((line, i) => stringWidth(line.slice(0, line.indexOf(rows[i]![2]!))));
		expect(new Set(noteStarts)).toEqual(new Set([3 + 2 + 12 + 2]));
	});

	it('fits a terminal by truncating the flexible column with an ellipsis', () => {
		const lines = renderTable(columns, rows, {width: 30});
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
		expect(lines[0]).toMatch(/…$/);
		expect(lines[1]).toMatch(/short$/);
	});

	it('shrinks other columns too when the flexible one alone cannot make the table fit', () => {
		const lines = renderTable([{header: 'A'}, {header: 'B', flex: true}], [['农生文农生文农生文农生文', 'x']], {width: 12});
		expect(stringWidth(lines[0]!)).toBeLessThanOrEqual(12);
		expect(lines[0]).toContain('…');
	});

	it('prints a styled header row only when asked', () => {
		expect(renderTable(columns, rows)).toHaveLength(3);
		const withHeader = renderTable(columns, rows, {header: (text) => `*${text}*`});
		expect(withHeader[0]).toMatch(/^\*ID\*/);
		expect(renderTable(columns, [], {header: (text) => text})).toEqual([]);
	});
});

describe('colorLevel', () => {
	it('colours a terminal, not a pipe', () => {
		expect(colorLevel({}, true)).toBe(1);
		expect(colorLevel({}, false)).toBe(0);
		expect(colorLevel({TERM: 'dumb'}, true)).toBe(0);
	});

	it('honours NO_COLOR when it is not empty, and FORCE_COLOR above it', () => {
		expect(colorLevel({NO_COLOR: '1'}, true)).toBe(0);
		expect(colorLevel({NO_COLOR: ''}, true)).toBe(1);
		expect(colorLevel({FORCE_COLOR: '1'}, false)).toBe(1);
		expect(colorLevel({FORCE_COLOR: '3', NO_COLOR: '1'}, false)).toBe(3);
		expect(colorLevel({FORCE_COLOR: '0'}, true)).toBe(0);
		expect(colorLevel({FORCE_COLOR: 'false'}, true)).toBe(0);
		expect(colorLevel({FORCE_COLOR: ''}, false)).toBe(1);
	});
});
