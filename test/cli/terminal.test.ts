/** The command line as a person at a terminal sees it, run in-process with an Io that claims a TTY. */
import {PassThrough, Writable} from 'node:stream';
import stringWidth from 'string-width';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import type {Io} from '../../src/cli/io.js';
import {main} from '../../src/cli/main.js';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Catalog} from '../../src/model/catalog.js';

const CACHE = mkdtempSync(join(tmpdir(), 'linimasa-cache-'));
afterAll(() => rmSync(CACHE, {recursive: true, force: true}));

function terminal(options: {columns: number; env?: NodeJS.ProcessEnv; stdinIsTTY?: boolean; openExplorer?: (story: Catalog, options: {lang: string; colour: boolean}) => Promise<number>}) {
	let stdout = '';
	let stderr = '';
	const sink = (append: (text: string) => void) =>
		new Writable({
			write(chunk: Buffer, _encoding, done) {
				append(chunk.toString());
				done();
			},
		});
	const io: Io = {
		stdout: Object.assign(sink((text) => (stdout += text)), {columns: options.columns}),
		stderr: sink((text) => (stderr += text)),
		stdin: new PassThrough(),
		// Stores the explorer builds go to a folder of the test's own, not the home folder.
		env: {LINIMASA_CACHE: CACHE, ...options.env},
		stdoutIsTTY: true,
		stdinIsTTY: options.stdinIsTTY ?? false,
		cwd: process.cwd(),
		...(options.openExplorer ? {openExplorer: options.openExplorer} : {}),
	};
	return {io, output: () => ({stdout, stderr})};
}

describe('listings on a terminal', () => {
	it('fit the terminal\'s width, with a header row and colour', async () => {
		const {io, output} = terminal({columns: 60});
		expect(await main(['events', '--lang', 'en'], io)).toBe(0);
		const {stdout} = output();
		expect(stdout).toMatch(/\x1b\[/);
		const rows = stripAnsi(stdout).trimEnd().split('\n');
		expect(rows[0]).toMatch(/^ID +DATE +CERTAINTY +TITLE$/);
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(60);
		expect(rows.some((row) => row.endsWith('…'))).toBe(true);
	});

	it('carry no colour under NO_COLOR', async () => {
		const {io, output} = terminal({columns: 120, env: {NO_COLOR: '1'}});
		expect(await main(['entities'], io)).toBe(0);
		expect(output().stdout).not.toMatch(/\x1b\[/);
		expect(output().stdout).toMatch(/^ID +TYPE +NAME/);
	});
});

describe('the default command', () => {
	it('opens the explorer on the story when stdin and stdout are terminals, and returns its exit code', async () => {
		const opened: Catalog[] = [];
		const {io, output} = terminal({columns: 80, stdinIsTTY: true, openExplorer: async (story) => (opened.push(story), 0)});
		expect(await main([], io)).toBe(0);
		expect(opened.map((story) => story.article.outlet)).toEqual(['Koran Jakarta']);
		expect(output().stdout).toBe('');
	});

	it('opens the explorer in the language --lang asks for', async () => {
		const languages: string[] = [];
		const {io} = terminal({columns: 80, stdinIsTTY: true, openExplorer: async (_story, options) => (languages.push(options.lang), 0)});
		expect(await main(['--lang', 'en'], io)).toBe(0);
		expect(await main([], io)).toBe(0);
		expect(languages).toEqual(['en', 'id']);
	});

	it('opens the explorer without colour under NO_COLOR or FORCE_COLOR=0, with it otherwise', async () => {
		const cases: [NodeJS.ProcessEnv, boolean][] = [[{}, true], [{NO_COLOR: '1'}, false], [{NO_COLOR: ''}, true], [{FORCE_COLOR: '0'}, false], [{NO_COLOR: '1', FORCE_COLOR: '1'}, true]];
		for (const [env, colour] of cases) {
			const asked: boolean[] = [];
			const {io} = terminal({columns: 80, stdinIsTTY: true, env, openExplorer: async (_story, options) => (asked.push(options.colour), 0)});
			expect(await main([], io)).toBe(0);
			expect({env, asked}).toEqual({env, asked: [colour]});
		}
	});

	it('prints the timeline when no explorer can be opened', async () => {
		const {io, output} = terminal({columns: 80, stdinIsTTY: true});
		expect(await main([], io)).toBe(0);
		expect(stripAnsi(output().stdout)).toContain('386 posko siaga Lebaran');
	});
});
