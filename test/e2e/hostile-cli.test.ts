/**
 * The command line's output to a terminal, from a dataset (and a TimelineJS3 file) whose text
 * attacks the terminal: listings, search, exports and import print nothing but text, their tables
 * keep their columns, and the imported timeline opens safely in the explorer.
 */
import {rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {runMain} from '../helpers/cli.js';
import {writeHostileDataset, writeHostileTimelineJs} from '../helpers/hostile.js';
import {disposeSessions, startLinimasa, type TerminalSession} from './harness.js';
import {terminalTampering, unsafeOutput} from './terminal-safety.js';

afterEach(disposeSessions);

let dataset: string;
let timeline: string;
let imported: string;
beforeAll(async () => {
	dataset = writeHostileDataset();
	timeline = writeHostileTimelineJs();
	imported = join(timeline, '..', 'imported.json');
	// Only made here, for the tests to open: in process.
	const result = await runMain(['import', '--format', 'timelinejs', timeline, '-o', imported, '--published', '2025-03-26T01:00+07:00']);
	expect(result.code, result.stderr).toBe(0);
});
afterAll(() => {
	for (const file of [dataset, timeline]) rmSync(dirname(file), {recursive: true, force: true});
});

/** Run a command at a terminal to its end; fails unless it ended well and wrote nothing but text. */
async function atTerminal(args: readonly string[], cols = 120, stdinFromNull = false): Promise<TerminalSession> {
	const session = startLinimasa({args, cols, rows: 36, stdinFromNull});
	const ending = await session.ending();
	expect(ending.status, session.text()).toBe(0);
	expect(unsafeOutput(session.programOutput())).toEqual([]);
	expect(terminalTampering(session)).toEqual([]);
	return session;
}

/**
 * A table's rows as the terminal shows them, checked against its header: exactly `count` rows,
 * none wrapped onto a second line by the terminal, and two blank cells before each column the
 * header names. A table whose last column wraps its cells (`lastWraps`: the quotations) may go on
 * under that column alone, every cell before it blank.
 */
function tableProblems(session: TerminalSession, headerPattern: RegExp, count: number, lastWraps = false): string[] {
	const screen = session.screen();
	const header = screen.findIndex((line) => headerPattern.test(line));
	if (header < 0) return [`no header ${headerPattern} on screen:\n${session.text()}`];
	const starts = session.cells(header).filter((cell, i, cells) => cell.chars !== ' ' && i > 0 && cells[i - 1]!.chars === ' ').map((cell) => cell.column);
	// The rows end at a blank line, or at the line under them that says which column was left out.
	const lines = screen.slice(header + 1).findIndex((line) => line === '' || line.startsWith('linimasa: '));
	const lastAt = starts.at(-1) ?? 0;
	const goesOn = (line: string) => lastWraps && line.slice(0, lastAt).trim() === '';
	const rows = screen.slice(header + 1, header + 1 + lines).filter((line) => !goesOn(line)).length;
	const problems = rows === count ? [] : [`${rows} rows under the header for ${count} records (a wrapped row?)`];
	for (let row = header + 1; row <= header + lines; row++) {
		const cells = new Map(session.cells(row).map((cell) => [cell.column, cell.chars]));
		for (const column of starts) {
			if ((cells.get(column - 1) ?? ' ') !== ' ' || (cells.get(column - 2) ?? ' ') !== ' ') problems.push(`row ${row} runs into the column at ${column}: ${screen[row]}`);
		}
	}
	return problems;
}

describe('listings of a hostile dataset, at a terminal', () => {
	it.each([
		{command: 'events', header: /^ID +DATE +CERTAINTY +TITLE/, rows: 3},
		{command: 'entities', header: /^ID +TYPE +NAME/, rows: 5},
		// A quotation wraps under its column, never cut (a cut puts other words in the speaker's mouth).
		{command: 'quotes', header: /^ID +SPEAKER +SAID +QUOTE/, rows: 1, lastWraps: true},
	])('$command prints nothing but text, in columns, no row wrapped by the terminal', async ({command, header, rows, lastWraps}) => {
		for (const cols of [120, 80, 101]) {
			const session = await atTerminal([command, '--data', dataset], cols);
			expect(tableProblems(session, header, rows, lastWraps)).toEqual([]);
			expect(session.text()).not.toMatch(/PWNED|evil\.example/);
		}
	});

	it('search prints the hostile name cleaned, matched characters lit, nothing else', async () => {
		const session = await atTerminal(['search', 'ratu', '--data', dataset]);
		expect(session.text()).toMatch(/^Ratu⟨⟩Jahat +person +ratu/m);
	});

	it('the timeline in English (stdin not a terminal) prints the hostile titles as text', async () => {
		const session = await atTerminal(['--data', dataset, '--lang', 'en'], 120, true);
		expect(session.text()).toContain('Secret ⟨⟩ meeting');
	});
});

describe('exports of a hostile dataset, to a terminal', () => {
	it.each(['markdown', 'ics', 'timelinejs'])('as %s write the cleaned text, nothing else', async (format) => {
		const session = await atTerminal(['export', '--format', format, '--data', dataset]);
		expect(session.programOutput()).not.toMatch(/PWNED-TITLE|PWNED-C1|evil\.example/);
	});

	it('as the dataset JSON keep the text as it was, every control written as a \\u escape', async () => {
		const session = await atTerminal(['export', '--format', 'json', '--data', dataset]);
		expect(session.programOutput()).toContain('Pertemuan ⟨\\u001b]0;PWNED-TITLE-0\\u0007⟩ rahasia');
	});

	it('validate names the file and says it is valid, in plain text', async () => {
		const session = await atTerminal(['validate', dataset]);
		expect(session.text()).toContain(dataset);
	});
});

describe('a hostile TimelineJS3 file', () => {
	it('imports to a terminal as text', async () => {
		const session = await atTerminal(['import', '--format', 'timelinejs', timeline, '--published', '2025-03-26T01:00+07:00']);
		expect(session.programOutput()).toContain('"version": 1');
	});

	it('gives a dataset whose events list as text, in columns', async () => {
		const session = await atTerminal(['events', '--data', imported]);
		expect(tableProblems(session, /^ID +DATE +CERTAINTY +TITLE/, 3)).toEqual([]);
		expect(session.text()).toContain('Rapat ⟨⟩ 中华人民共和国');
	});

	it('gives a dataset the explorer shows safely', async () => {
		const session = startLinimasa({args: ['--data', imported]});
		await session.waitFor('People, organizations, places');
		expect(session.text()).toContain('Rapat ⟨⟩ 中华人民共和国');
		session.type('jjG');
		await session.waitFor(/Timeline +3\/3/);
		session.type('q');
		expect((await session.ending()).status).toBe(0);
		expect(unsafeOutput(session.programOutput())).toEqual([]);
		expect(terminalTampering(session)).toEqual([]);
	});
});
