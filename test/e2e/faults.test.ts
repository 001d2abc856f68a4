/**
 * The real program when its world is not as it should be: data files that are missing, folders,
 * unreadable, empty, not UTF-8 or large (past the size a first open reports on); no terminal on stdout or stdin; no clipboard at all.
 * Each ends in a clear message or a sensible fallback, never a stack trace or a hang.
 */
import {spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {SAY_PROGRESS_BYTES} from '../../src/cli/build-progress.js';
import {main} from '../../src/cli/main.js';
import {run} from '../helpers/cli.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, loadStory, PROJECT_ROOT} from '../helpers/datasets.js';
import {writeLargeDataset} from '../helpers/large.js';
import {memoryIo} from '../helpers/memory-io.js';
import {disposeSessions, startLinimasa, type TerminalSession} from './harness.js';
import {unsafeOutput} from './terminal-safety.js';

afterEach(disposeSessions);

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'linimasa-faults-'));
	// Readable by the unprivileged user the unreadable-file case runs as.
	chmodSync(dir, 0o755);
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const story = loadStory(EMBEDDED_DATASET);

/** What the command prints without a terminal, run in-process: the real program must print the same. */
async function printedInProcess(args: readonly string[]): Promise<string> {
	const io = memoryIo(PROJECT_ROOT);
	expect(await main(args, io)).toBe(0);
	return io.out();
}

/** A file in the test folder with these contents (and mode). */
function file(name: string, contents: string | Buffer, mode?: number): string {
	const path = join(dir, name);
	writeFileSync(path, contents);
	if (mode !== undefined) chmodSync(path, mode);
	return path;
}

// Root reads any file, so the unreadable case runs as nobody there.
const asUnprivileged = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};

describe('a data file that cannot be used', () => {
	const cases = [
		{what: 'missing', path: () => join(dir, 'nowhere.json'), message: 'no such file'},
		{what: 'a directory', path: () => (mkdirSync(join(dir, 'folder.json'), {recursive: true}), join(dir, 'folder.json')), message: 'is a directory, expected a dataset file (.json)'},
		{what: 'unreadable', path: () => file('secret.json', '{}', 0o000), message: 'permission denied: the file cannot be read', options: asUnprivileged},
		{what: 'empty', path: () => file('empty.json', ''), message: 'is empty, expected a linimasa dataset (JSON)'},
		{what: 'not UTF-8', path: () => file('latin1.json', Buffer.from('{"version": 1, "article": {"title": "Caf\xe9"}}', 'latin1')), message: 'is not UTF-8 text (invalid byte 0xe9 at byte 40): replace that byte, or, if the whole file is in another encoding, save it as UTF-8'},
		{what: 'cut off mid-way', path: () => file('cut.json', '{"version": 1, "article": {'), message: 'invalid JSON'},
	];
	it.each(cases)('($what) ends with status 1 and one line that says why, without a stack trace', async ({path, message, options}) => {
		const target = path();
		const result = await run(['--data', target], options);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^linimasa: [^\n]+\n$/);
		expect(result.stderr).toContain(`${target}`);
		expect(result.stderr).toContain(message);
		expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:/);
	});

	it('at a terminal, says why on the screen and leaves the terminal as it was', async () => {
		const session = startLinimasa({args: ['--data', join(dir, 'nowhere.json')]});
		const ending = await session.ending();
		expect(ending.status).toBe(1);
		expect(ending.cookedMode).toBe(true);
		expect(session.text()).toContain(`linimasa: ${join(dir, 'nowhere.json')}: no such file`);
		expect(session.enteredAlternateScreen).toBe(false);
		expect(session.cursorVisible).toBe(true);
	});
});

// Large enough that a first open says how far it is (SAY_PROGRESS_BYTES) for a while, on a terminal
// and off; a larger file only costs the suite time (a build of 50 MB took 3–8 s here).
const LARGE_BYTES = 16_000_000;
const LARGE_EVENTS = LARGE_BYTES / 1000;
// As the explorer's header counts them (Indonesian: a dot between thousands).
const LARGE_EVENTS_ID = LARGE_EVENTS.toLocaleString('id-ID').replace('.', '\\.');
const LARGE_MB = `${Math.round(LARGE_BYTES / 2 ** 20)} MB`;

describe('a data file large enough that its first open reports progress', () => {
	let large: string;
	beforeAll(() => {
		large = writeLargeDataset(LARGE_BYTES);
		expect(statSync(large).size).toBeGreaterThanOrEqual(LARGE_BYTES);
		expect(statSync(large).size).toBeGreaterThan(SAY_PROGRESS_BYTES * 1.5);
	});
	afterAll(() => rmSync(dirname(large), {recursive: true, force: true}));

	it('is listed without a terminal within the bound', async () => {
		const result = await run(['--data', large]);
		expect(result.code).toBe(0);
		// A first open this large says on stderr that it is checking the file (and, every few seconds, how far it is), then how long reading and indexing took, then where its store is kept and how large it is; nothing else is said.
		expect(result.stderr).toMatch(new RegExp(`^linimasa: checking \\S+ \\(${LARGE_MB}\\)…\n(linimasa: checking \\S+: (\\d+ of ${LARGE_MB} \\(\\d+%\\), [\\d,]+ records at [\\d,]+/s[^\n]*|all ${LARGE_MB} read, [\\d,]+ records; indexing them(…|, [^\n]*))\n)*linimasa: \\S+ read and checked in \\d+(\\.\\d)? s \\([\\d,]+ MB/s\\), then indexed in \\d+(\\.\\d)? s\nlinimasa: its store is kept for later opens: [\\d,]+ MB in \\S+ \\(safe to delete; it is made again when needed\\)\n$`));
		// Said once: a later open reads the store and says nothing.
		expect((await run(['--data', large])).stderr).toBe('');
		// The title, the byline and a blank line, then one line per event.
		expect(result.stdout.split('\n').filter((line) => /^\d+ \w+ 2025 +Peristiwa \d+$/.test(line))).toHaveLength(LARGE_EVENTS);
	});

	it('piped in on stdin, is checked as it streams (as a file is), saying how far it is; nothing is left behind', async () => {
		const cache = join(dir, 'cache-stdin');
		const result = await run(['validate', '-'], {input: readFileSync(large, 'utf8'), cwd: dirname(large), env: {LINIMASA_CACHE: cache}});
		expect(result.code).toBe(0);
		const count = LARGE_EVENTS.toLocaleString('en-US');
		expect(result.stdout).toBe(`<stdin>: valid — ${count} events, ${count} entities (${count} people, 0 organizations, 0 places), 0 quotes\n`);
		expect(result.stderr.startsWith(`linimasa: checking <stdin> (${LARGE_MB})…\n`)).toBe(true);
		expect(existsSync(cache)).toBe(false);
	});

	it('stops its first open on Ctrl-C (SIGINT): exit 130, a word on stderr, nothing left in the cache', async () => {
		const cache = join(dir, 'cache-interrupted');
		const env = {...process.env, LINIMASA_CACHE: cache, CI: 'false'};
		const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'linimasa.js'), 'events', '--data', large], {env, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		let interrupted = false;
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
			// Stopped (once) as soon as it says it is checking: the build is then under way.
			if (stderr.includes('checking') && !interrupted) interrupted = child.kill('SIGINT');
		});
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(code).toBe(130);
		expect(stderr).toMatch(/linimasa: stopped while checking \S+dataset\.json; nothing was kept\n$/);
		expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
	});

	// One first open in the explorer (a store build takes seconds at this size), then the second.
	it('opens in the explorer, saying it is checking the file the first time; moves to its last event; opens again at once, without a word', async () => {
		const cache = join(dir, 'cache-first-open');
		const first = startLinimasa({args: ['--data', large], env: {LINIMASA_CACHE: cache}});
		await first.waitFor(new RegExp(`Linimasa +1/${LARGE_EVENTS_ID}`), 20_000);
		// Fitted to the screen's 120 columns: with a long path, "5/15 MB" stands for "5 of 15 MB".
		expect(first.output).toMatch(/linimasa: checking .*dataset\.json: \d+(?: of |\/)\d+ MB \(\d+%\)/);
		first.type('G');
		await first.waitFor(new RegExp(`Linimasa +${LARGE_EVENTS_ID}/${LARGE_EVENTS_ID}`));
		first.type('q');
		expect((await first.ending()).status).toBe(0);
		expect(first.onAlternateScreen).toBe(false);
		const again = startLinimasa({args: ['--data', large], env: {LINIMASA_CACHE: cache}});
		await again.waitFor(new RegExp(`Linimasa +1/${LARGE_EVENTS_ID}`), 20_000);
		expect(again.output).not.toContain('checking');
		again.type('q');
		expect((await again.ending()).status).toBe(0);
	});
});

describe('no terminal', () => {
	it('on stdout: the timeline is printed as text, as the command prints it', async () => {
		const result = await run([]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(await printedInProcess([]));
		for (const event of story.events) expect(result.stdout).toContain(event.title['id']);
		expect(result.stdout).not.toContain('\x1b');
	});

	it('on stdin only: the timeline is printed to the terminal as text, without taking the screen', async () => {
		const session = startLinimasa({stdinFromNull: true});
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(ending.cookedMode).toBe(true);
		expect(session.enteredAlternateScreen).toBe(false);
		const screen = session.text();
		expect(screen).toContain('Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean');
		expect(screen).toMatch(/^DATE +EVENT +PLACE$/m);
		for (const event of story.events) expect(screen).toContain(event.title['id']);
	});

	it('on stdin, with keys piped in: they are not read as keys, and the timeline is printed', async () => {
		const result = await run([], {input: '/meutia\rq'});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(await printedInProcess([]));
	});
});

describe('the dataset piped in at a terminal (cat ds.json | linimasa --data -)', () => {
	const piped = () => file('piped.json', JSON.stringify(embeddedDatasetInline()));

	it('opens the explorer with its keys read from the terminal, as fzf and less do, and q restores the terminal', async () => {
		const session = startLinimasa({args: ['--data', '-'], stdinPipedFrom: piped()});
		await session.waitFor('Orang, organisasi, tempat');
		expect(session.onAlternateScreen).toBe(true);
		session.type('/');
		session.type('meutia');
		await session.waitFor(/›.*Meutya Hafid/);
		session.press('esc');
		session.type('q');
		const ending = await session.ending();
		expect(ending.status).toBe(0);
		expect(ending.cookedMode).toBe(true);
		expect(session.onAlternateScreen).toBe(false);
		expect(session.bracketedPaste).toBe(false);
		expect(session.cursorVisible).toBe(true);
	});

	const ways = [
		{how: 'Ctrl-C', leave: (s: TerminalSession) => s.press('ctrl+c'), status: 0},
		// By then cat has ended: the program is the shell's only child, which the signal goes to.
		{how: 'SIGTERM', leave: (s: TerminalSession) => s.signal('SIGTERM'), status: 143},
		{how: 'SIGINT (kill -INT)', leave: (s: TerminalSession) => s.signal('SIGINT'), status: 130},
		{how: 'SIGHUP', leave: (s: TerminalSession) => s.signal('SIGHUP'), status: 129},
	];
	it.each(ways)('leaves the terminal restored on $how too', async ({leave, status}) => {
		const session = startLinimasa({args: ['--data', '-'], stdinPipedFrom: piped()});
		await session.waitFor('Orang, organisasi, tempat');
		leave(session);
		const ending = await session.ending();
		expect(ending.status).toBe(status);
		expect(ending.cookedMode).toBe(true);
		expect(session.onAlternateScreen).toBe(false);
	});

	it('piped on both ends, still prints the timeline as text', async () => {
		const result = await run(['--data', '-'], {input: JSON.stringify(embeddedDatasetInline())});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(await printedInProcess([]));
	});
});

describe('no clipboard', () => {
	/** A PATH that holds only stty (the harness's shell needs it): no xclip, xsel or wl-copy. */
	function pathWithoutClipboardTools(): string {
		const bin = join(dir, 'bin');
		mkdirSync(bin, {recursive: true});
		for (const stty of ['/bin/stty', '/usr/bin/stty']) {
			try {
				symlinkSync(stty, join(bin, 'stty'));
				break;
			} catch {
				// not there, or linked already
			}
		}
		return bin;
	}

	it('and no tool: y still sends the quote to the terminal by OSC 52', async () => {
		const session = startLinimasa({env: {PATH: pathWithoutClipboardTools(), DISPLAY: ':99'}});
		await session.waitFor('Orang, organisasi, tempat');
		session.type('y');
		await session.waitFor('kutipan Meutya Hafid');
		expect(session.text()).toMatch(/Disalin, dikirim ke terminal \(OSC 52\): kutipan Meutya Hafid .*\(\d+ karakter\)/);
		expect(session.clipboardWrites).toHaveLength(1);
	});

	it('and a terminal without OSC 52 (TERM=dumb): y says why nothing was copied, and writes nothing', async () => {
		const session = startLinimasa({env: {PATH: pathWithoutClipboardTools(), DISPLAY: ':99', TERM: 'dumb'}});
		await session.waitFor('Orang, organisasi, tempat');
		session.type('y');
		await session.waitFor('Gagal menyalin');
		expect(session.text()).toContain('Gagal menyalin: terminal tidak mendukung (TERM=dumb); tidak ada alat clipboard (pasang xclip atau xsel)');
		expect(session.clipboardWrites).toEqual([]);
		expect(unsafeOutput(session.output)).toEqual([]);
		session.type('q');
		expect((await session.ending()).status).toBe(0);
	});
});
