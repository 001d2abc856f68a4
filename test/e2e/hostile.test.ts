/**
 * A dataset whose text attacks the terminal (test/helpers/hostile.ts), shown by the real program:
 * nothing of it may reach the terminal as anything but text, in the explorer or in the timeline
 * printed as text, and the columns must stay where they belong.
 */
import {rmSync} from 'node:fs';
import {dirname} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {sanitizeInline} from '../../src/model/sanitize.js';
import {HOSTILE_QUOTE, writeHostileDataset} from '../helpers/hostile.js';
import {widthOf} from '../../src/text/fit.js';
import {run} from '../helpers/cli.js';
import {disposeSessions, startLinimasa, type TerminalSession} from './harness.js';
import {terminalTampering, unsafeOutput} from './terminal-safety.js';

afterEach(disposeSessions);

let dataset: string;
beforeAll(() => {
	dataset = writeHostileDataset();
});
afterAll(() => rmSync(dirname(dataset), {recursive: true, force: true}));

const QUOTE = sanitizeInline(HOSTILE_QUOTE);

/** The wide layout's invariants: the separator in one column after a blank one, entity counts right-aligned before that. */
function wideLayoutProblems(session: TerminalSession): string[] {
	const problems: string[] = [];
	const separator = Math.floor(session.cols * 0.55) + 1;
	for (let row = 2; row < session.rows - 3; row++) {
		const cells = session.cells(row);
		const bar = cells.find((cell) => cell.chars === '│');
		if (bar?.column !== separator) problems.push(`row ${row}: separator at ${bar?.column ?? 'nowhere'}, expected ${separator}: ${session.screen()[row]}`);
	}
	const entityTitle = session.screen().findIndex((line) => line.startsWith(' Orang, organisasi, tempat'));
	for (let row = entityTitle + 1; entityTitle > 0 && row <= entityTitle + 5; row++) {
		const count = session.cells(row).find((cell) => cell.column === separator - 2);
		const margin = session.cells(row).find((cell) => cell.column === separator - 1);
		if (!count || !/\d/.test(count.chars) || (margin && margin.chars.trim() !== '')) problems.push(`row ${row}: the entity's count is not a blank column before the separator: ${session.screen()[row]}`);
	}
	return problems;
}

/** Everything that must hold on every screen the hostile dataset gives. */
function expectSafe(session: TerminalSession, clipboard: readonly string[] = []): void {
	expect(terminalTampering(session, clipboard)).toEqual([]);
	expect(unsafeOutput(session.output, clipboard)).toEqual([]);
	const screen = session.screen();
	if (session.cols >= 100) expect(wideLayoutProblems(session)).toEqual([]);
	// Narrow, the brand gives way to the story's title.
	expect(screen[0]).toMatch(/^(linimasa {2})?Berita ⟨⟩ Berbahaya/);
	expect(screen[session.rows - 3]).toMatch(/^(j\/k|↑\/↓) /);
}

describe('a dataset whose text attacks the terminal', () => {
	it('is shown by the explorer as text: no sequence, control or invisible character gets through, columns stay put', async () => {
		const session = startLinimasa({args: ['--data', dataset]});
		await session.waitFor('Orang, organisasi, tempat');
		expectSafe(session);
		expect(session.text()).toContain('› 25 Mar 2025           Pertemuan ⟨⟩ rahasia ⟨⟩');
		expect(session.text()).toContain('“Kami ⟨⟩ tidak ⟨⟩ takut ⟨ ⟩… — Ratu⟨⟩Jahat');

		// Every event (one titled with 10,000 characters), every entity, the detail items of each.
		for (const position of ['2/3', '3/3']) {
			session.type('j');
			await session.waitFor(new RegExp(`Linimasa +${position}`));
			expectSafe(session);
		}
		session.press('tab');
		await session.waitFor(/tempat +1\/5/);
		for (const position of ['2/5', '3/5', '4/5', '5/5']) {
			session.type('j');
			await session.waitFor(new RegExp(`tempat +${position}`));
			expectSafe(session);
		}
		session.type('g');
		await session.waitFor(/tempat +1\/5/);
		// Into the detail pane: follow Ratu's first event, then the event's fifth item (its place).
		session.press('tab', 'enter');
		await session.waitFor('Rincian (1 langkah kembali)');
		expectSafe(session);
		session.type('jjjj');
		session.press('enter');
		await session.waitFor('Rincian (2 langkah kembali)');
		expect(session.columns(69).join('\n')).toContain('tmp TEMPAT · 1 peristiwa · 0 kutipan\nKota ⟨⟩ Bahaya');
		expectSafe(session);

		// The finder lists and lights matches in hostile names.
		session.type('/');
		await session.waitFor('Cari orang');
		session.type('ratu');
		await session.waitFor('/ ratu');
		expectSafe(session);
		session.press('enter');
		await session.waitFor((s) => !s.text().includes('Cari orang'));

		// The other language, the help, and the copy of a hostile quote.
		session.type('l');
		await session.waitFor('Language: English');
		expectSafe(session);
		session.type('?');
		await session.waitFor(' Keys');
		session.press('esc');
		await session.waitFor((s) => !s.text().includes(' Keys'));
		session.type('gy');
		await session.waitFor('quote by Ratu⟨⟩Jahat');
		expectSafe(session, [QUOTE]);
		expect(session.clipboardWrites).toHaveLength(1);

		// Widths where a wide character meets the edge of a cut name or title somewhere.
		for (let cols = 100; cols <= 108; cols++) {
			session.resize(cols, 36);
			await session.waitFor((s) => s.screen()[2]!.startsWith(' Timeline') && s.cells(2).some((cell) => cell.chars === '│' && cell.column === Math.floor(cols * 0.55) + 1));
			expectSafe(session, [QUOTE]);
		}

		// Narrow, then wide again: the stacked layout draws the same text.
		session.resize(80, 24);
		await session.waitFor(/(entities|timeline): S?-?Tab/);
		expectSafe(session, [QUOTE]);
		expect(session.screen().every((line) => line.length <= 80)).toBe(true);
		session.resize(120, 36);
		await session.waitFor(/Timeline +\d\/3 {2}│ {2}Detail/);
		expectSafe(session, [QUOTE]);

		session.type('q');
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(unsafeOutput(session.programOutput(), [QUOTE])).toEqual([]);
		expect(terminalTampering(session, [QUOTE])).toEqual([]);
	});

	it('is printed as text to a terminal when stdin is not one: one screen line per event, nothing but text', async () => {
		const session = startLinimasa({args: ['--data', dataset], stdinFromNull: true});
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(unsafeOutput(session.programOutput())).toEqual([]);
		expect(terminalTampering(session)).toEqual([]);
		const screen = session.screen();
		const header = screen.findIndex((line) => /^DATE +EVENT +PLACE$/.test(line));
		// Fitted to the terminal: every row on one screen line, cut with "…", none wrapped onto the next.
		expect(screen.slice(header + 1, header + 4)).toEqual([
			expect.stringMatching(/^25 Mar 2025 +Pertemuan ⟨⟩ rahasia ⟨⟩ +Kota ⟨⟩ Bahaya$/),
			expect.stringMatching(/^26 Mar – 8 Apr 2025 +中华人民共和国 .* ⟨⟩$/),
			expect.stringMatching(/^2026 ~ +Judul yang tidak pernah selesai .*…$/),
		]);
		expect(screen[header + 4]).toBe('');
	});

	it('is printed as text into a pipe: nothing but text, and every title starts in the same column', async () => {
		const result = await run(['--data', dataset]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(unsafeOutput(result.stdout)).toEqual([]);
		expect(result.stdout).not.toContain('\x1b');
		const titles = ['Pertemuan ⟨⟩ rahasia ⟨⟩', '中华人民共和国 한국어', 'Judul yang tidak pernah selesai'];
		// The rows follow the story's title, its byline and a blank line.
		const rows = result.stdout.split('\n').slice(3);
		const columns = titles.map((title) => {
			const line = rows.find((candidate) => candidate.includes(title))!;
			return widthOf(line.slice(0, line.indexOf(title)));
		});
		expect(new Set(columns).size).toBe(1);
	});
});
