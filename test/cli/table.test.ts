import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {fit, widthOf} from '../../src/text/fit.js';
import {colorLevel} from '../../src/platform/colour-level.js';
import {fittedTable, renderTable, tableLines} from '../../src/cli/table.js';

const columns = [{header: 'ID'}, {header: 'NAME'}, {header: 'NOTE', flex: true}];
const rows = [
	['a', '农生文', 'a long note that will not fit in a narrow terminal'],
	['bb', 'Dave 🌊', 'short'],
	['ccc', 'Meutya Hafid', 'Menteri Komunikasi dan Digital'],
];

describe('renderTable', () => {
	it('aligns columns by display width, so CJK and emoji do not push later columns', async () => {
		const lines = await renderTable(columns, rows);
		const noteStarts = lines.map((line, i) => stringWidth(line.slice(0, line.indexOf(rows[i]![2]!))));
		expect(new Set(noteStarts)).toEqual(new Set([3 + 2 + 12 + 2]));
	});

	it('fits a terminal by truncating the flexible column with an ellipsis', async () => {
		const lines = await renderTable(columns, rows, {width: 30});
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
		expect(lines[0]).toMatch(/…$/);
		expect(lines[1]).toMatch(/short$/);
	});

	it('shrinks other columns too when the flexible one alone cannot make the table fit', async () => {
		const lines = await renderTable([{header: 'A'}, {header: 'B', flex: true}], [['农生文农生文农生文农生文', 'x']], {width: 12});
		expect(stringWidth(lines[0]!)).toBeLessThanOrEqual(12);
		expect(lines[0]).toContain('…');
	});

	it('cuts a date or an amount only when nothing else can give, an id before it', async () => {
		const dated = [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'TITLE', flex: true}];
		const row = ['ai-centre-commitment', '26 Mar – 8 Apr 2025', 'Komitmen pusat inovasi AI Asean'];
		const [line] = await renderTable(dated, [row], {width: 40});
		expect(stringWidth(line!)).toBeLessThanOrEqual(40);
		expect(line).toMatch(/^ai-centre… +26 Mar – 8 Apr 2025  \S+…$/);
		// Narrower than the date and the others at their least: the date gives too, never past the terminal.
		const [narrow] = await renderTable(dated, [row], {width: 24});
		expect(stringWidth(narrow!)).toBeLessThanOrEqual(24);
		expect(narrow).toMatch(/^ai-ce… +26 Mar… +\S+…$/);
	});

	it('is never wider than the terminal, however narrow, nor slow to fit over cells of one width', async () => {
		const whole = [{header: 'A', whole: true}, {header: 'B', whole: true}, {header: 'C', whole: true}];
		for (const width of [20, 10, 7]) {
			const [line] = await renderTable(whole, [['26 Mar – 8 Apr 2025', 'Rp250 juta', '1.204']], {width});
			expect(stringWidth(line!), `${width}`).toBeLessThanOrEqual(width);
		}
		// (Below one cell a column and its gap, 7 here, a line cannot be cut narrower.)
		// Six tied columns of 200,000 cells give together, down to the width, in a few rounds.
		const wide = Array.from({length: 6}, (_, i) => ({header: `C${i}`}));
		const [line] = await renderTable(wide, [wide.map(() => 'x'.repeat(200_000))], {width: 80});
		expect(stringWidth(line!)).toBeLessThanOrEqual(80);
		expect(line!.split(/ {2}/).map((cell) => stringWidth(cell))).toEqual([11, 11, 12, 12, 12, 12]);
	});

	it('cuts a whole column\'s header before its cells', async () => {
		const columns = [{header: 'ID'}, {header: 'PUBLISHED', whole: true}, {header: 'DISAGREES', whole: true}, {header: 'TITLE', flex: true}];
		const lines = await renderTable(columns, [['warta-priangan', '2 Nov 2025', '2', 'Banjir']], {width: 36, header: (text) => text});
		expect(lines[1]).toMatch(/ 2 Nov 2025 +2 +\S/);
		expect(lines[0]).toMatch(/PUBLISHED +DISAG\S*… +TITLE/);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(36);
	});

	it('shares the cut between free-text columns, the widest giving first', async () => {
		const claims = [{header: 'SUBJECT', flex: true}, {header: 'VALUE', whole: true}, {header: 'WORDS', flex: true}];
		const row = ['Banjir bandang melanda Cibeureum Hilir', 'Rp250 juta', 'Warta Priangan “bantuan sebesar Rp250 juta diserahkan langsung”'];
		const [line] = await renderTable(claims, [row], {width: 70});
		expect(stringWidth(line!)).toBeLessThanOrEqual(70);
		const [subject, value, words] = line!.split(/ {2,}/);
		expect(value).toBe('Rp250 juta');
		expect(Math.abs(stringWidth(subject!) - stringWidth(words!))).toBeLessThanOrEqual(2);
		expect(words).toMatch(/^Warta Priangan “/);
	});

	it('wraps the cells of a column of quoted words under it when the terminal is too narrow, and keeps a row a line piped', async () => {
		const claims = [{header: 'VALUE', whole: true}, {header: 'WORDS', flex: true, wrap: true}, {header: 'N', whole: true}];
		const rows = [['12 rumah', 'Warta Priangan “12 rumah rusak berat”; Jurnal Nusantara Daring “merusak 12 rumah”', '2'], ['15 rumah', 'Kabar Sukaraya “15 rumah”', '1']];
		const lines = await renderTable(claims, rows, {width: 40});
		expect(lines).toEqual([
			'12 rumah  Warta Priangan “12 rumah     2',
			'          rusak berat”; Jurnal',
			'          Nusantara Daring “merusak',
			'          12 rumah”',
			'15 rumah  Kabar Sukaraya “15 rumah”    1',
		]);
		expect(await renderTable(claims, rows)).toHaveLength(2);
	});

	it('narrows a column of quoted words to its longest word before the other columns give, so that no word is broken', async () => {
		const claims = [{header: 'SUBJECT'}, {header: 'VALUE', whole: true}, {header: 'WORDS', flex: true, wrap: true}];
		const words = 'Warta Priangan “Sabtu (1/11/2025) malam”';
		const lines = await renderTable(claims, [['Banjir bandang Cibeureum', '1 Nov 2025', words]], {width: 40});
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(lines[0]).toContain('1 Nov 2025');
		const at = lines[0]!.indexOf('1 Nov 2025') + '1 Nov 2025  '.length;
		const column = lines.map((line) => line.slice(at).trim());
		// Read down the column, the words are the cell's, none broken across lines.
		expect(column.join(' ')).toBe(words);
		expect(column).toContain('(1/11/2025)');
	});

	it('lets the headers of short whole columns give before a date beside them is cut', async () => {
		const sources = [{header: 'PUBLISHED', whole: true}, {header: 'EVENTS', whole: true}, {header: 'DISAGREES', whole: true}];
		const lines = await renderTable(sources, [['2 Nov 2025', '4', '2']], {width: 22, header: (text) => text});
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(22);
		expect(lines[1]).toMatch(/^2 Nov 2025 /);
	});

	it('wraps a date in a cell whole, never "2 Nov" on one line and "2025" on the next', async () => {
		const columns = [{header: 'ID'}, {header: 'CERTAINTY', wrap: true}, {header: 'TITLE', flex: true}];
		const rows = [['banjir', 'stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025', 'Banjir bandang melanda Cibeureum Hilir']];
		for (const width of [50, 55, 60, 65]) {
			const lines = (await renderTable(columns, rows, {width})).map((line) => line.trim());
			const text = lines.join('\n');
			expect(text, `${width}`).toMatch(/2 Nov 2025/);
			expect(text, `${width}`).not.toMatch(/\u00a0/);
		}
	});

	it('keeps a date whole where a cell wraps in a record at a time, as in the table', async () => {
		const events = [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'CERTAINTY', flex: true, wrap: true}, {header: 'TITLE', flex: true, names: true}];
		const rows = [['putus', '13 Nov 2025', 'stated: Lebak Terkini, Banten Sepekan; Kabar Selatan 12 Nov 2025', 'Jembatan gantung Sukamaju putus']];
		// 40 and 44 columns leave the value 29 cells: before, "…Kabar Selatan 12 Nov" and "2025" on the next line.
		for (const width of [40, 44]) {
			const lines = await renderTable(events, rows, {width, header: (text) => text});
			expect(lines[0], `${width}`).toBe('ID         putus');
			expect(lines, `${width}`).toEqual(expect.arrayContaining(['           12 Nov 2025']));
			expect(lines.join('\n'), `${width}`).not.toMatch(/\u00a0/u);
		}
	});

	it('breaks a date too wide for its wrapped cell at its spaces, never inside a word', async () => {
		const columns = [{header: 'ID'}, {header: 'CERTAINTY', wrap: true}, {header: 'TITLE', flex: true}];
		const rows = [['banjir', 'stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025', 'Banjir bandang melanda Cibeureum Hilir'], ['rob', 'disputed: Warta 2–3 Nov 2025', 'Rob merendam pesisir']];
		for (const width of [24, 26, 28]) {
			const words = (await renderTable(columns, rows, {width})).flatMap((line) => line.trim().split(/ +/u));
			for (const piece of ['Nov', '2025']) expect(words.filter((word) => word === piece).length, `${width} ${piece}`).toBeGreaterThan(0);
			expect(words.filter((word) => /^(?:20|25|No|v)$/u.test(word)), `${width}`).toEqual([]);
		}
	});

	it('narrows a column of quoted words to a few cells before it cuts an amount', async () => {
		const claims = [{header: 'VALUE', whole: true}, {header: 'WORDS', flex: true, wrap: true}];
		const rows = [['Rp250.000.000', 'Warta Priangan “bantuan Rp250 juta”']];
		const lines = await renderTable(claims, rows, {width: 20});
		expect(lines[0]).toMatch(/^Rp250\.000\.000  \S/);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
		expect(lines.join('')).not.toContain('…');
	});

	it('prints a record at a time, each cell beside its header, where the columns would break a quoted word or cut an amount', async () => {
		const claims = [{header: 'SUBJECT', flex: true}, {header: 'VALUE', whole: true}, {header: 'WORDS', flex: true, wrap: true}];
		const rows = [
			['Banjir bandang melanda Cibeureum Hilir', '12 rumah', 'Warta Priangan “12 rumah rusak berat”; Jurnal Nusantara Daring “merusak 12 rumah”'],
			['', '15 rumah', 'Kabar Sukaraya “15 rumah rusak”'],
			['Bupati meninjau pengungsian', 'Rp250.000.000', 'Jurnal Nusantara Daring “Rp250 juta” (1/11/2025)'],
		];
		const lines = await renderTable(claims, rows, {width: 32, header: (text) => text});
		expect(lines).toEqual([
			'SUBJECT  Banjir bandang melanda',
			'         Cibeureum Hilir',
			'VALUE    12 rumah',
			'WORDS    Warta Priangan “12',
			'         rumah rusak berat”;',
			'         Jurnal Nusantara Daring',
			'         “merusak 12 rumah”',
			// The second value of the same subject goes on without a blank line or an empty SUBJECT.
			'VALUE    15 rumah',
			'WORDS    Kabar Sukaraya “15',
			'         rumah rusak”',
			'',
			'SUBJECT  Bupati meninjau',
			'         pengungsian',
			'VALUE    Rp250.000.000',
			'WORDS    Jurnal Nusantara Daring',
			'         “Rp250 juta”',
			'         (1/11/2025)',
		]);
		// Wide enough for the columns, it stays a table; piped, a row a line.
		expect((await renderTable(claims, rows, {width: 140, header: (text) => text}))[0]).toMatch(/^SUBJECT +VALUE +WORDS$/);
		expect(await renderTable(claims, rows, {header: (text) => text})).toHaveLength(4);
	});

	it('prints a record at a time where a date would be cut or a title left under 20 cells, and a table where the title keeps them or the text cut names nothing', async () => {
		const events = [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'TITLE', flex: true, names: true}];
		const rows = [['lebaran-posts', '26 Mar – 8 Apr 2025', '386 posko siaga Lebaran']];
		const record = ['ID     lebaran-posts', 'DATE   26 Mar – 8 Apr 2025', 'TITLE  386 posko siaga Lebaran'];
		expect(await renderTable(events, rows, {width: 30, header: (text) => text})).toEqual(record);
		// 46 columns leave the title 10 cells ("386 posko…"), 55 leave it 19, 56 leave it 20.
		expect(await renderTable(events, rows, {width: 46, header: (text) => text})).toEqual(record);
		expect(await renderTable(events, rows, {width: 55, header: (text) => text})).toEqual(record);
		const table = await renderTable(events, rows, {width: 56, header: (text) => text});
		expect(table[0]).toMatch(/^ID +DATE +TITLE$/);
		expect(table[1]).toMatch(/^lebaran-posts +26 Mar – 8 Apr 2025 +386 posko siaga…$/);
		// A column of free text that does not name the row is cut as before.
		const described = [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'NOTE', flex: true}];
		expect((await renderTable(described, rows, {width: 46, header: (text) => text}))[0]).toMatch(/^ID +DATE +NOTE$/);
	});

	it('leaves out a column of detail the fit would cut under 20 cells, its room going to the others, and names it', async () => {
		const entities = [{header: 'ID'}, {header: 'NAME', names: true}, {header: 'DESCRIPTION', flex: true, omittable: true}];
		const rows = [['jalur-mudik', 'Jalur mudik', 'Rute perjalanan pulang kampung'], ['kemkomdigi', 'Kementerian Komunikasi dan Digital', 'Kementerian Indonesia']];
		// 60 columns leave the description 11 cells: left out, the name whole.
		const narrow = await fittedTable(entities, {count: rows.length, row: (i) => rows[i]!}, {width: 60, header: (text) => text});
		expect([...narrow.lines]).toEqual(['ID           NAME', 'jalur-mudik  Jalur mudik', 'kemkomdigi   Kementerian Komunikasi dan Digital']);
		expect(narrow.leftOut).toEqual(['DESCRIPTION']);
		// 70 leave it 21: kept, and cut at a whole word however short ("Rute…", never "Rute perjala…").
		const wide = await fittedTable(entities, {count: rows.length, row: (i) => rows[i]!}, {width: 70, header: (text) => text});
		expect([...wide.lines][1]).toMatch(/^jalur-mudik +Jalur mudik +Rute perjalanan…$/);
		expect(wide.leftOut).toEqual([]);
		// The edge: 69 columns leave it 20 cells, 68 leave it 19.
		expect((await renderTable(entities, rows, {width: 69}))[0]).toMatch(/^jalur-mudik +Jalur mudik +Rute perjalanan…$/);
		expect((await renderTable(entities, rows, {width: 68}))[0]).toBe('jalur-mudik  Jalur mudik');
		// Piped, nothing is left out.
		expect((await renderTable(entities, rows))[0]).toBe(`jalur-mudik  Jalur mudik${' '.repeat(25)}Rute perjalanan pulang kampung`);
	});

	it('cuts a cell at a whole word wherever one fits, where a lone short word would otherwise be cut inside the next', async () => {
		const [line] = await renderTable([{header: 'ID'}, {header: 'NOTE', flex: true}], [['jalur-mudik', 'Rute perjalanan mudik']], {width: 26});
		expect(line).toBe('jalur-mudik  Rute…');
	});

	it('prints a styled header row only when asked', async () => {
		expect(await renderTable(columns, rows)).toHaveLength(3);
		const withHeader = await renderTable(columns, rows, {header: (text) => `*${text}*`});
		expect(withHeader[0]).toMatch(/^\*ID\*/);
		expect(await renderTable(columns, [], {header: (text) => text})).toEqual([]);
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

describe('tableLines over 200,000 generated rows', () => {
	it('lays them out a row at a time, with nothing spread into a call or held', async () => {
		const count = 200_000;
		const row = (i: number) => [`ev-${String(i).padStart(6, '0')}`, i % 7 === 0 ? 'inferred' : 'stated', `Peristiwa nomor ${i} di Jakarta`];
		let made = 0;
		let lines = 0;
		let last = '';
		for (const line of await tableLines(columns, {count, row: (i) => (made++, row(i))}, {width: 60})) {
			lines++;
			last = line;
		}
		expect(lines).toBe(count);
		// Each row is made twice: once to measure the columns, once to print it.
		expect(made).toBe(2 * count);
		expect(last).toBe('ev-199999  stated    Peristiwa nomor 199999 di Jakarta');
	});
});

describe('a table whose rows give their leading cells apart', () => {
	const source = (asked: string[]) => ({
		count: rows.length,
		row: (index: number) => {
			asked.push('row');
			return rows[index]!;
		},
		leading: (index: number) => {
			asked.push('leading');
			return rows[index]!.slice(0, -1);
		},
	});

	it('measures piped output by the leading cells alone and prints what whole rows print', async () => {
		const asked: string[] = [];
		expect([...(await tableLines(columns, source(asked)))]).toEqual(await renderTable(columns, rows));
		expect(asked).toEqual([...rows.map(() => 'leading'), ...rows.map(() => 'row')]);
	});

	it('measures whole rows when a terminal fits the last column too', async () => {
		const asked: string[] = [];
		expect([...(await tableLines(columns, source(asked), {width: 30}))]).toEqual(await renderTable(columns, rows, {width: 30}));
		expect(asked.includes('leading')).toBe(false);
	});
});

describe('a table of plain text, laid out without string-width', () => {
	/** The table as text/fit.ts lays it out: the reference for the plain-text shortcut. */
	const reference = (rows: readonly (readonly string[])[], header?: (text: string) => string) => {
		const all = header ? [columns.map((column) => header(column.header)), ...rows] : rows;
		const widths = columns.map((_, i) => Math.max(0, ...all.map((row) => widthOf(row[i]!))));
		return all.map((row) => row.map((cell, i) => (i === columns.length - 1 ? cell : fit(cell, widths[i]!))).join('  ').replace(/ +$/, ''));
	};
	const plainCell = fc.oneof(
		fc.string({unit: fc.constantFrom(...'abc XYZ-—“”é·│…'), maxLength: 12}),
		fc.string({unit: fc.constantFrom(...'ab -'), maxLength: 6}).map((text) => `\x1b[2m${text}\x1b[22m`),
	);

	it('pads every cell as fit pads it, styled or not, header or not', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(plainCell, plainCell, plainCell), {minLength: 1, maxLength: 8}), fc.boolean(), async (rows, withHeader) => {
				const header = withHeader ? (text: string) => `\x1b[1m${text}\x1b[22m` : undefined;
				expect(await renderTable(columns, rows, header ? {header} : {})).toEqual(reference(rows, header));
			}),
			{numRuns: 300},
		);
	});
});
