/**
 * A listing at a terminal too narrow for a column of free text that tells more about a row (an
 * entity's description) leaves that column out rather than cut it to a stub, gives its room to the
 * columns that name the row and says so once on stderr; the text that names a row (a source's
 * title too) is never left out. Piped, nothing changes. Cuts end at a word, never on a number whose
 * noun was cut off.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {EMBEDDED_DATASET, LEBAK_DATASET, loadStory, SOURCES_DATASET} from '../helpers/datasets.js';
import {atTerminal, runMain} from '../helpers/cli.js';

/** The cells of a table's line (columns are two or more spaces apart; no cell here holds two spaces). */
const cells = (row: string) => row.split(/ {2,}/);

/** Whether `cell` is `text`, or `text` cut at the end of a whole word with an ellipsis. */
function wholeOrCutAtWord(cell: string, text: string): boolean {
	if (cell === text) return true;
	if (!cell.endsWith('…')) return false;
	const kept = cell.slice(0, -1);
	return text.startsWith(kept) && /^[\s,;:.]/u.test(text.slice(kept.length));
}

const story = loadStory(EMBEDDED_DATASET);

describe('a listing too narrow for a column of free text', () => {
	it('entities at 80 and 100 columns leave DESCRIPTION out, their names whole, and say so once on stderr', async () => {
		for (const columns of [80, 100]) {
			const {code, rows, stderr} = await atTerminal(['entities'], columns);
			expect(code).toBe(0);
			expect(cells(rows[0]!), `${columns}`).toEqual(['ID', 'TYPE', 'NAME', 'EVENTS', 'QUOTES']);
			for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(columns);
			// Before, 80 columns showed "DESCR…" over "Mente…" and "Ibu…", and cut NAME to "Komite Partai Kota…".
			const names = rows.slice(1).map((row) => cells(row)[2]);
			expect(names).toContain('Komite Partai Kota Nanning');
			expect(rows.join('\n')).not.toMatch(/Mente…|Ibu…|DESCR…/u);
			expect(stderr).toBe(`linimasa: DESCRIPTION left out at ${columns} columns: see it wider, piped or with --json\n`);
		}
		// 100 columns have room for every name whole.
		const {rows} = await atTerminal(['entities'], 100);
		expect(rows.slice(1).map((row) => cells(row)[2])).toEqual(story.entities.map((entity) => entity.name));
	});

	it('entities at 120 and 200 columns keep DESCRIPTION, each cut at a whole word after 20 cells or more, and say nothing', async () => {
		for (const columns of [120, 200]) {
			const {rows, stderr} = await atTerminal(['entities'], columns);
			expect(cells(rows[0]!), `${columns}`).toEqual(['ID', 'TYPE', 'NAME', 'EVENTS', 'QUOTES', 'DESCRIPTION']);
			expect(stderr).toBe('');
			const at = rows[0]!.indexOf('DESCRIPTION');
			expect(columns - at).toBeGreaterThanOrEqual(20);
			for (const [i, entity] of story.entities.entries()) {
				const description = rows[i + 1]!.slice(at);
				expect(wholeOrCutAtWord(description, entity.description.id!), `${columns}: ${description}`).toBe(true);
			}
		}
	});

	it('sources at 80 columns keep every title whole, a record at a time, never leaving TITLE out while ID stays; at 100 a table', async () => {
		// A title names its article as a name its entity does (an outlet prints many): it is never left out.
		for (const dataset of [SOURCES_DATASET, LEBAK_DATASET]) {
			const titles: string[] = JSON.parse((await runMain(['sources', '--json', '--data', dataset])).stdout).map((source: {title: string}) => source.title);
			const narrow = await atTerminal(['sources', '--data', dataset], 80);
			expect(narrow.stderr, dataset).toBe('');
			for (const row of narrow.rows) expect(stringWidth(row), row).toBeLessThanOrEqual(80);
			// Before: "ID OUTLET PUBLISHED EVENTS DISAGREES" and "TITLE left out at 80 columns".
			const read = narrow.rows.join('\n').replace(/\n {2,}/g, ' ');
			for (const title of titles) expect(read, dataset).toContain(`TITLE      ${title}`);
		}
		const wide = await atTerminal(['sources', '--data', SOURCES_DATASET], 100);
		expect(cells(wide.rows[0]!)).toEqual(['ID', 'OUTLET', 'PUBLISHED', 'EVENTS', 'DISAGREES', 'TITLE']);
		expect(wide.stderr).toBe('');
		const titles = JSON.parse((await runMain(['sources', '--json', '--data', SOURCES_DATASET])).stdout).map((source: {title: string}) => source.title);
		const at = wide.rows[0]!.indexOf('TITLE');
		for (const [i, title] of titles.entries()) expect(wholeOrCutAtWord(wide.rows[i + 1]!.slice(at), title)).toBe(true);
	});

	it('entities at 72 to 78 columns leave DESCRIPTION out and keep a table, as at 80, rather than print a record at a time', async () => {
		// The record-at-a-time check ran on the table with DESCRIPTION cut to 6 cells, which squeezed NAME under 20.
		for (const columns of [72, 78]) {
			const {rows, stderr} = await atTerminal(['entities'], columns);
			expect(cells(rows[0]!), `${columns}`).toEqual(['ID', 'TYPE', 'NAME', 'EVENTS', 'QUOTES']);
			for (const [i, entity] of story.entities.entries()) expect(wholeOrCutAtWord(cells(rows[i + 1]!)[2]!, entity.name), `${columns}`).toBe(true);
			expect(rows[0]!.indexOf('EVENTS') - rows[0]!.indexOf('NAME')).toBeGreaterThanOrEqual(20 + 2);
			expect(stderr).toBe(`linimasa: DESCRIPTION left out at ${columns} columns: see it wider, piped or with --json\n`);
		}
	});

	it('piped, prints every column whole and says nothing on stderr', async () => {
		const {stdout, stderr} = await runMain(['entities']);
		expect(stderr).toBe('');
		const rows = stdout.trimEnd().split('\n');
		for (const [i, entity] of story.entities.entries()) expect(rows[i]!.endsWith(`  ${entity.description.id!}`), rows[i]).toBe(true);
	});

	it('where a name would be cut under 20 cells, prints a record at a time as before, DESCRIPTION too, and nothing left out', async () => {
		const {rows, stderr} = await atTerminal(['entities'], 60);
		expect(stderr).toBe('');
		expect(rows.slice(0, 6).map((row) => row.split(/ {2,}/)[0])).toEqual(['ID', 'TYPE', 'NAME', 'EVENTS', 'QUOTES', 'DESCRIPTION']);
	});
});

describe('a title cut to a terminal', () => {
	it('never ends on a number whose noun was cut off ("…dan 29…"), in events or search', async () => {
		const title = (rows: readonly string[]) => rows.find((row) => row.includes('release-officers'))!;
		// Before: "Pelepasan 1.500…" at 75 columns and "Pelepasan 1.500 petugas dan 29…" at 90.
		expect(cells(title((await atTerminal(['events'], 75)).rows)).at(-1)).toBe('Pelepasan…');
		expect(cells(title((await atTerminal(['events'], 90)).rows)).at(-1)).toBe('Pelepasan 1.500 petugas dan…');
		expect(cells(title((await atTerminal(['search', 'petugas'], 64)).rows))[0]).toBe('Pelepasan 1.500 petugas dan…');
		for (let columns = 60; columns <= 200; columns += 5) {
			for (const args of [['events'], ['quotes'], ['search', 'petugas']]) {
				const {rows} = await atTerminal(args, columns);
				for (const row of rows) expect(row, `${args.join(' ')} at ${columns}`).not.toMatch(/\p{N}…/u);
			}
		}
	});
});
