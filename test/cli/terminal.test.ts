/** The command line as a person at a terminal sees it, run in-process with an Io that claims a TTY. */
import {PassThrough, Readable, Writable} from 'node:stream';
import stringWidth from 'string-width';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import type {ExplorerOptions, Io} from '../../src/cli/io.js';
import {main} from '../../src/cli/main.js';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Catalog} from '../../src/model/catalog.js';
import type {ColorLevel} from '../../src/platform/colour-level.js';
import {embeddedDatasetInline, SOURCES_DATASET} from '../helpers/datasets.js';

const CACHE = mkdtempSync(join(tmpdir(), 'linimasa-cache-'));
afterAll(() => rmSync(CACHE, {recursive: true, force: true}));

function terminal(options: {
	columns: number;
	env?: NodeJS.ProcessEnv;
	stdinIsTTY?: boolean;
	/** What is piped into stdin. */
	stdin?: string;
	openExplorer?: (story: Catalog, options: ExplorerOptions) => Promise<number>;
	openTerminalKeys?: () => NodeJS.ReadStream | undefined;
}) {
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
		stdin: options.stdin === undefined ? new PassThrough() : Readable.from([Buffer.from(options.stdin)]),
		// Stores the explorer builds go to a folder of the test's own, not the home folder.
		env: {LINIMASA_CACHE: CACHE, ...options.env},
		stdoutIsTTY: true,
		stdinIsTTY: options.stdinIsTTY ?? false,
		cwd: process.cwd(),
		...(options.openExplorer ? {openExplorer: options.openExplorer} : {}),
		...(options.openTerminalKeys ? {openTerminalKeys: options.openTerminalKeys} : {}),
	};
	return {io, output: () => ({stdout, stderr})};
}

describe('listings on a terminal', () => {
	it('fit the terminal\'s width, with a header row and colour', async () => {
		const {io, output} = terminal({columns: 80});
		expect(await main(['events', '--lang', 'en'], io)).toBe(0);
		const {stdout} = output();
		expect(stdout).toMatch(/\x1b\[/);
		const rows = stripAnsi(stdout).trimEnd().split('\n');
		expect(rows[0]).toMatch(/^ID +DATE +CERTAINTY +TITLE$/);
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(80);
		expect(rows.some((row) => row.endsWith('…'))).toBe(true);
	});

	it('claims at 80 to 100 columns wrap every source\'s words under the WORDS column, none cut or hidden', async () => {
		for (const columns of [80, 90, 100]) {
			const {io, output} = terminal({columns, env: {NO_COLOR: '1'}});
			expect(await main(['claims', '--data', SOURCES_DATASET], io)).toBe(0);
			const rows = output().stdout.trimEnd().split('\n');
			for (const row of rows) expect(stringWidth(row), `${columns}: ${row}`).toBeLessThanOrEqual(columns);
			// The words, read down the column as a person reads them, are the sources' own and whole.
			const at = rows[0]!.indexOf('WORDS');
			const words = rows.slice(1).map((row) => row.slice(at)).join(' ');
			expect(words, `${columns}`).not.toContain('…');
			expect(words).toContain('Warta Priangan (2 Nov 2025 07:30 WIB) “12 rumah rusak berat”; Jurnal Nusantara Daring (3 Nov 2025 16:45 WIB) “merusak 12 rumah”');
			expect(words).toContain('Warta Priangan “35 personel”; Kabar Sukaraya “35 personel”');
		}
	});

	it('claims at 48, 40 and 30 columns print a claim at a time: every source\'s words and every value whole', async () => {
		for (const columns of [48, 40, 30]) {
			const {io, output} = terminal({columns, env: {NO_COLOR: '1'}});
			expect(await main(['claims', '--data', SOURCES_DATASET], io)).toBe(0);
			const lines = output().stdout.trimEnd().split('\n');
			for (const line of lines) expect(stringWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
			// A cell is its first line and the indented ones under it; read so, each is whole.
			const cells: string[] = [];
			for (const line of lines) {
				if (/^[A-Z]+ /.test(line)) cells.push(line);
				else if (line.trim() !== '') cells[cells.length - 1] += ` ${line.trim()}`;
			}
			expect(cells.join('\n'), `${columns}`).not.toContain('…');
			expect(cells).toContain('WORDS    Warta Priangan (2 Nov 2025 07:30 WIB) “12 rumah rusak berat”; Jurnal Nusantara Daring (3 Nov 2025 16:45 WIB) “merusak 12 rumah”');
			expect(cells).toContain('WORDS    Warta Priangan “Sabtu (1/11/2025) malam”');
			expect(cells).toContain('VALUE    Rp250.000.000');
			expect(cells.filter((cell) => cell.startsWith('SUBJECT '))).toHaveLength(5);
		}
	});

	it('claims at 100 and 120 columns keep the subjects readable: the quoted words, which wrap, give with them', async () => {
		for (const columns of [100, 120]) {
			const {io, output} = terminal({columns, env: {NO_COLOR: '1'}});
			expect(await main(['claims', '--data', SOURCES_DATASET], io)).toBe(0);
			expect(output().stdout, `${columns}`).toContain('Banjir bandang melanda');
		}
	});

	it('carry no colour under NO_COLOR', async () => {
		const {io, output} = terminal({columns: 120, env: {NO_COLOR: '1'}});
		expect(await main(['entities'], io)).toBe(0);
		expect(output().stdout).not.toMatch(/\x1b\[/);
		expect(output().stdout).toMatch(/^ID +TYPE +NAME/);
	});
});

describe('search on a terminal', () => {
	it('shows a long text beside a name from a word before its match, so the terminal\'s cut does not hide the match', async () => {
		const {io, output} = terminal({columns: 120, env: {NO_COLOR: '1'}});
		expect(await main(['search', 'hosts'], io)).toBe(0);
		const lines = output().stdout.split('\n');
		expect(lines.find((line) => line.includes('meeting-nanning'))).toMatch(/^Meutya Hafid bertemu Nong Shengwen \(EN …\S.*hosts/);
		// One that fits beside its name is shown whole, from its start.
		expect(lines.find((line) => line.includes('lebaran-posts'))).toMatch(/^386 posko siaga Lebaran \(EN 386 Lebaran standby posts\)/);
		// At 80 columns the name beside it gives way too, and a quotation itself starts near its match.
		const narrow = terminal({columns: 80, env: {NO_COLOR: '1'}});
		expect(await main(['search', 'laksono'], narrow.io)).toBe(0);
		expect(narrow.output().stdout.split('\n').find((line) => line.includes('meeting-nanning'))).toMatch(/\(….*Laksono/);
		const quoted = terminal({columns: 80, env: {NO_COLOR: '1'}});
		expect(await main(['search', 'digital'], quoted.io)).toBe(0);
		const quoteRows = quoted.output().stdout.split('\n').filter((line) => /q-(talent-target|infrastructure)$/.test(line));
		expect(quoteRows).toHaveLength(2);
		for (const row of quoteRows) expect(row).toMatch(/^….*digital/);
		// An event's title is read from its start, whatever matched in it.
		expect(quoted.output().stdout).toMatch(/^Target 9 juta talenta digital AI /m);
		// Wide enough for the whole text, or printed a record at a time (wrapped whole), nothing is left out.
		for (const columns of [300, 40]) {
			const wide = terminal({columns, env: {NO_COLOR: '1'}});
			expect(await main(['search', 'hosts'], wide.io)).toBe(0);
			expect(wide.output().stdout.replace(/\s+/g, ' '), `${columns}`).toContain('(EN Minister Meutya Hafid, with House Commission I deputy chair Dave Laksono, hosts Nanning');
		}
	});

	it('gives a quotation found by its speaker its whole column, the match lit in the SPEAKER column, not repeated', async () => {
		const {io, output} = terminal({columns: 120, env: {NO_COLOR: '1'}});
		expect(await main(['search', 'meutia'], io)).toBe(0);
		const row = output().stdout.split('\n').find((line) => line.endsWith('q-infrastructure'))!;
		expect(row).not.toContain('(Meutya Hafid)');
		const quotation = row.slice(0, row.indexOf('Meutya Hafid')).trimEnd();
		// About 90 columns of the quotation, not its first four words.
		expect(quotation.length, row).toBeGreaterThan(60);
		const lit = terminal({columns: 120, env: {FORCE_COLOR: '1'}});
		expect(await main(['search', 'meutia'], lit.io)).toBe(0);
		const litRow = lit.output().stdout.split('\n').find((line) => line.includes('q-infrastructure'))!;
		expect(litRow).toMatch(/\x1b\[35m\x1b\[1m\x1b\[4mMeut/);
	});

	it('fits each group\'s heading to a narrow terminal, as its table is', async () => {
		for (const columns of [30, 40]) {
			const {io, output} = terminal({columns, env: {NO_COLOR: '1'}});
			expect(await main(['search', 'digital'], io)).toBe(0);
			const lines = output().stdout.trimEnd().split('\n');
			for (const line of lines) expect(stringWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
			// The kind's name gives way; how many matched stays.
			expect(lines[0], `${columns}`).toMatch(/^People.*… · 2 matches$/);
		}
		// Too narrow for the kind beside it, the count alone.
		const {io, output} = terminal({columns: 12, env: {NO_COLOR: '1'}});
		expect(await main(['search', 'digital'], io)).toBe(0);
		expect(output().stdout.split('\n')[0]).toBe('2 matches');
	});

	it('draws the matched characters in the explorer\'s match style (magenta, bold, underlined)', async () => {
		const {io, output} = terminal({columns: 100, env: {FORCE_COLOR: '1'}});
		expect(await main(['search', 'meutia'], io)).toBe(0);
		const {stdout} = output();
		// chalk opens each attribute with its own sequence: magenta 35, bold 1, underline 4.
		const styled = /\x1b\[35m\x1b\[1m\x1b\[4m([^\x1b]+)/g;
		const matched = [...stdout.matchAll(styled)].map((m) => m[1]).join('');
		expect(matched.toLowerCase()).toMatch(/meut/);
		expect(stripAnsi(stdout)).toContain('Meutya Hafid');
	});
});

describe('the default command'
, () => {
	it('prints the timeline as text when stdin is no terminal, its heading wrapped at spaces to a narrow terminal', async () => {
		const {io, output} = terminal({columns: 40, env: {NO_COLOR: '1'}});
		expect(await main([], io)).toBe(0);
		const lines = output().stdout.trimEnd().split('\n');
		for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
		const blank = lines.indexOf('');
		// Read across its lines, the heading is the title and the byline, whole.
		expect(lines.slice(0, blank).join(' ')).toMatch(/^Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean Koran Jakarta · 26 Mar 2025 · \S/);
		expect(lines[0]).not.toContain('…');
		// Too narrow for the table's columns, the events follow a record at a time.
		expect(lines.slice(blank + 1, blank + 4)).toEqual(['DATE   25 Mar 2025', 'EVENT  Meutya Hafid bertemu Nong', '       Shengwen']);
	});

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

	it('opens the explorer with the colour level the CLI would use: none under NO_COLOR or FORCE_COLOR=0', async () => {
		const cases: [NodeJS.ProcessEnv, ColorLevel][] = [[{}, 1], [{NO_COLOR: '1'}, 0], [{NO_COLOR: ''}, 1], [{FORCE_COLOR: '0'}, 0], [{NO_COLOR: '1', FORCE_COLOR: '1'}, 1], [{FORCE_COLOR: '3'}, 3]];
		for (const [env, level] of cases) {
			const asked: ColorLevel[] = [];
			const {io} = terminal({columns: 80, stdinIsTTY: true, env, openExplorer: async (_story, options) => (asked.push(options.colourLevel), 0)});
			expect(await main([], io)).toBe(0);
			expect({env, asked}).toEqual({env, asked: [level]});
		}
	});

	it('with the dataset piped in (--data -), opens the explorer on it, its keys read from the terminal, and closes the terminal after', async () => {
		const keys = Object.assign(new PassThrough(), {isTTY: true}) as unknown as NodeJS.ReadStream;
		const seen: {outlet: string; keys: unknown}[] = [];
		const {io, output} = terminal({
			columns: 80,
			stdin: JSON.stringify(embeddedDatasetInline()),
			openTerminalKeys: () => keys,
			openExplorer: async (story, options) => (seen.push({outlet: story.article.outlet, keys: options.keys}), 0),
		});
		expect(await main(['--data', '-'], io)).toBe(0);
		expect(seen).toEqual([{outlet: 'Koran Jakarta', keys}]);
		expect(keys.destroyed).toBe(true);
		expect(output()).toEqual({stdout: '', stderr: ''});
	});

	it('with the dataset piped in and no terminal to read keys from, says why on stderr in one line and prints the timeline', async () => {
		const {io, output} = terminal({columns: 80, stdin: JSON.stringify(embeddedDatasetInline()), openTerminalKeys: () => undefined, openExplorer: async () => 0});
		expect(await main(['--data', '-'], io)).toBe(0);
		expect(output().stderr).toBe("linimasa: no terminal to read the explorer's keys from (/dev/tty); save the dataset and run: linimasa --data FILE\n");
		expect(stripAnsi(output().stdout)).toContain('386 posko siaga Lebaran');
	});

	it('under CI (where Ink draws nothing until the end) prints the timeline and says why, at a terminal or with the dataset piped in', async () => {
		const ci = "linimasa: CI is set, and the explorer draws nothing until it ends there: the timeline follows as text (unset CI, or set CI=false, to explore)\n";
		for (const env of [{CI: 'true'}, {CI: '1'}, {CONTINUOUS_INTEGRATION: 'yes'}]) {
			const opened: string[] = [];
			const openExplorer = async () => (opened.push('opened'), 0);
			const atTerminal = terminal({columns: 80, stdinIsTTY: true, env, openExplorer});
			expect(await main([], atTerminal.io)).toBe(0);
			const piped = terminal({columns: 80, env, stdin: JSON.stringify(embeddedDatasetInline()), openTerminalKeys: () => Object.assign(new PassThrough(), {isTTY: true}) as unknown as NodeJS.ReadStream, openExplorer});
			expect(await main(['--data', '-'], piped.io)).toBe(0);
			expect(opened).toEqual([]);
			for (const {stdout, stderr} of [atTerminal.output(), piped.output()]) {
				expect(stderr).toBe(ci);
				expect(stripAnsi(stdout)).toContain('386 posko siaga Lebaran');
			}
		}
		// Where no explorer would open anyway (stdin not a terminal, the data not piped), the timeline comes without the line.
		const noKeys = terminal({columns: 80, env: {CI: 'true'}, openExplorer: async () => 0});
		expect(await main([], noKeys.io)).toBe(0);
		expect(noKeys.output().stderr).toBe('');
		expect(stripAnsi(noKeys.output().stdout)).toContain('386 posko siaga Lebaran');
		// CI=false (as the e2e harness sets it) or CI=0 is a person's terminal.
		for (const env of [{CI: 'false'}, {CI: '0'}]) {
			const opened: string[] = [];
			const {io} = terminal({columns: 80, stdinIsTTY: true, env, openExplorer: async () => (opened.push('opened'), 0)});
			expect(await main([], io)).toBe(0);
			expect(opened).toEqual(['opened']);
		}
	});

	it('marks an inferred date with ~ in the timeline\'s date column, which a title cut to the width cannot lose', async () => {
		const {io, output} = terminal({columns: 80, stdinIsTTY: true});
		expect(await main([], io)).toBe(0);
		const rows = stripAnsi(output().stdout).split('\n');
		const release = rows.find((row) => row.includes('Pelepasan 1.500'))!;
		expect(release).toMatch(/^25 Mar 2025 ~ +Pelepasan 1\.500/);
		// The words a pipe gets after the title would only be cut here: the ~ says it.
		expect(rows.some((row) => row.includes('(tangg'))).toBe(false);
		expect(stringWidth(release)).toBeLessThanOrEqual(80);
		expect(rows.find((row) => row.includes('Meutya Hafid bertemu'))).toMatch(/^25 Mar 2025 +Meutya/);
		expect(rows.find((row) => row.includes('Meutya Hafid bertemu'))).not.toContain('~');
	});

	it('prints the timeline when no explorer can be opened', async () => {
		const {io, output} = terminal({columns: 80, stdinIsTTY: true});
		expect(await main([], io)).toBe(0);
		expect(stripAnsi(output().stdout)).toContain('386 posko siaga Lebaran');
	});
});
