import {afterEach, describe, expect, it, vi} from 'vitest';
import {problemText} from '../../src/platform/clipboard-problems.js';
import {copyToClipboard, type ClipboardResult} from '../../src/platform/clipboard.js';
import {osc52, wrapForScreen, wrapForTmux} from '../../src/platform/osc52.js';
import {fakeDeps} from '../helpers/clipboard.js';

/** The result with its problems in English, as the CLI says them. */
const english = (result: ClipboardResult) => ({...result, problems: result.problems.map(problemText)});

const quote = '“Kami terbuka untuk bekerja sama,” kata Meutya.';
const x11 = {DISPLAY: ':0'};

const commandsRun = (runs: ReadonlyArray<{command: string}>) => runs.map((run) => run.command);
const inputOf = (run: {input: Buffer[]} | undefined) => Buffer.concat(run?.input ?? []);

describe('copying to the terminal with OSC 52', () => {
	it('writes the plain sequence to a terminal', async () => {
		const {deps, terminal} = fakeDeps();
		const result = await copyToClipboard(quote, deps);
		expect(terminal.written).toEqual([osc52(quote)]);
		expect(english(result)).toMatchObject({ok: true, via: ['osc52'], message: 'sent to the terminal (OSC 52)'});
	});

	it('writes the plain sequence and the passthrough form inside tmux', async () => {
		const {deps, terminal} = fakeDeps({env: {TMUX: '/tmp/tmux-0/default,1,0'}});
		await copyToClipboard(quote, deps);
		expect(terminal.written.join('')).toBe(osc52(quote) + wrapForTmux(osc52(quote)));
	});

	it('writes the screen form inside GNU screen', async () => {
		const {deps, terminal} = fakeDeps({env: {STY: '99.pts-1.host'}});
		await copyToClipboard(quote, deps);
		expect(terminal.written.join('')).toBe(wrapForScreen(osc52(quote)));
	});

	it('writes nothing when the output is not a terminal', async () => {
		const {deps, terminal} = fakeDeps({isTTY: false, env: x11, tools: {xclip: 'takes'}});
		const result = await copyToClipboard(quote, deps);
		expect(terminal.written).toEqual([]);
		expect(english(result)).toMatchObject({ok: true, via: ['xclip'], problems: ['not a terminal']});
	});

	it('writes nothing to a dumb terminal', async () => {
		const {deps, terminal} = fakeDeps({env: {TERM: 'dumb'}});
		const result = await copyToClipboard(quote, deps);
		expect(terminal.written).toEqual([]);
		expect(result.ok).toBe(false);
	});

	it('leaves a text too long for OSC 52 to the native tool and says why', async () => {
		const {deps, terminal, runs} = fakeDeps({env: x11, tools: {xclip: 'takes'}});
		const long = 'Kerja sama digital. '.repeat(4000);
		const result = await copyToClipboard(long, deps);
		expect(terminal.written).toEqual([]);
		expect(inputOf(runs[0]).toString('utf8')).toBe(long);
		expect(result.via).toEqual(['xclip']);
		expect(english(result).problems).toEqual(['too long for OSC 52 (106676 bytes, terminals take at most 100000)']);
	});

	it('reports a terminal write error instead of throwing', async () => {
		const {deps} = fakeDeps();
		const broken = {
			...deps,
			terminal: {
				isTTY: true,
				write: (_data: string, callback?: (error?: Error | null) => void) => {
					callback?.(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
					return false;
				},
			},
		};
		await expect(copyToClipboard(quote, broken)).resolves.toMatchObject({
			ok: false,
			message: 'No clipboard: writing to the terminal failed (EPIPE); no display for wl-copy, xclip or xsel',
		});
	});
});

describe('the native tool fallback order', () => {
	it('uses pbcopy on macOS, with the text as UTF-8 under a UTF-8 locale', async () => {
		const {deps, runs} = fakeDeps({platform: 'darwin', tools: {pbcopy: 'takes'}});
		const result = await copyToClipboard(quote, deps);
		expect(commandsRun(runs)).toEqual(['pbcopy']);
		expect(inputOf(runs[0])).toEqual(Buffer.from(quote, 'utf8'));
		expect(runs[0]?.env['LC_CTYPE']).toBe('UTF-8');
		expect(english(result)).toMatchObject({ok: true, via: ['osc52', 'pbcopy']});
		expect(result.message).toBe('sent to the terminal (OSC 52) and copied with pbcopy');
	});

	it('uses clip.exe first under WSL, with the text as UTF-16LE without a BOM', async () => {
		const {deps, runs} = fakeDeps({
			env: {WSL_DISTRO_NAME: 'Ubuntu', ...x11},
			tools: {'clip.exe': 'takes', xclip: 'takes'},
		});
		const result = await copyToClipboard(quote, deps);
		expect(commandsRun(runs)).toEqual(['clip.exe']);
		expect(inputOf(runs[0])).toEqual(Buffer.from(quote, 'utf16le'));
		expect(inputOf(runs[0]).subarray(0, 2)).not.toEqual(Buffer.from([0xff, 0xfe]));
		expect(result.via).toEqual(['osc52', 'clip.exe']);
	});

	it('recognises WSL from /proc/version when $WSL_DISTRO_NAME is unset', async () => {
		const {deps, runs} = fakeDeps({
			procVersion: 'Linux version 5.15.153.1-microsoft-standard-WSL2 (root@1c602f52c2e4)',
			tools: {'clip.exe': 'takes'},
		});
		expect((await copyToClipboard(quote, deps)).via).toEqual(['osc52', 'clip.exe']);
		expect(commandsRun(runs)).toEqual(['clip.exe']);
	});

	it('does not use a clip.exe found on plain Linux', async () => {
		const {deps, runs} = fakeDeps({procVersion: 'Linux version 6.8.0-45-generic', tools: {'clip.exe': 'takes'}});
		expect((await copyToClipboard(quote, deps)).via).toEqual(['osc52']);
		expect(runs).toEqual([]);
	});

	it('uses clip.exe on Windows', async () => {
		const {deps, runs} = fakeDeps({platform: 'win32', tools: {'clip.exe': 'takes'}});
		expect((await copyToClipboard(quote, deps)).via).toEqual(['osc52', 'clip.exe']);
		expect(commandsRun(runs)).toEqual(['clip.exe']);
	});

	it('prefers wl-copy under Wayland even when an X display is there too', async () => {
		const {deps, runs} = fakeDeps({
			env: {WAYLAND_DISPLAY: 'wayland-0', ...x11},
			tools: {'wl-copy': 'takes', xclip: 'takes', xsel: 'takes'},
		});
		expect((await copyToClipboard(quote, deps)).via).toEqual(['osc52', 'wl-copy']);
		expect(runs.map((run) => [run.command, ...run.args])).toEqual([['wl-copy']]);
	});

	it('uses xclip on the clipboard selection under X11', async () => {
		const {deps, runs} = fakeDeps({env: x11, tools: {xclip: 'takes', xsel: 'takes'}});
		expect((await copyToClipboard(quote, deps)).via).toEqual(['osc52', 'xclip']);
		expect(runs.map((run) => [run.command, ...run.args])).toEqual([['xclip', '-selection', 'clipboard']]);
		expect(runs[0]?.env['DISPLAY']).toBe(':0');
	});

	it('falls back to xsel under X11 when xclip is not installed', async () => {
		const {deps, runs} = fakeDeps({env: x11, tools: {xsel: 'takes'}});
		const result = await copyToClipboard(quote, deps);
		expect(runs.map((run) => [run.command, ...run.args])).toEqual([['xsel', '--clipboard', '--input']]);
		expect(inputOf(runs[0]).toString('utf8')).toBe(quote);
		expect(english(result)).toMatchObject({ok: true, via: ['osc52', 'xsel'], problems: []});
	});

	it('skips the X and Wayland tools without a display and sends OSC 52 only', async () => {
		const {deps, runs, terminal} = fakeDeps({tools: {'wl-copy': 'takes', xclip: 'takes', xsel: 'takes'}});
		const result = await copyToClipboard(quote, deps);
		expect(runs).toEqual([]);
		expect(terminal.written).toEqual([osc52(quote)]);
		expect(english(result)).toEqual({
			ok: true,
			via: ['osc52'],
			message: 'sent to the terminal (OSC 52)',
			problems: ['no display for wl-copy, xclip or xsel'],
		});
	});

	it('fails with a helpful reason when neither a terminal nor a display is there', async () => {
		const {deps} = fakeDeps({isTTY: false, tools: {xclip: 'takes'}});
		expect(english(await copyToClipboard(quote, deps))).toEqual({
			ok: false,
			via: [],
			message: 'No clipboard: not a terminal; no display for wl-copy, xclip or xsel',
			problems: ['not a terminal', 'no display for wl-copy, xclip or xsel'],
		});
	});

	it('names the tools to install when a display is there but no tool is', async () => {
		const {deps} = fakeDeps({isTTY: false, env: {WAYLAND_DISPLAY: 'wayland-0', ...x11}});
		expect((await copyToClipboard(quote, deps)).message).toBe(
			'No clipboard: not a terminal; no clipboard tool (install wl-copy, xclip or xsel)',
		);
	});

	it('refuses an empty text without touching anything', async () => {
		const {deps, runs, terminal} = fakeDeps({env: x11, tools: {xclip: 'takes'}});
		expect(await copyToClipboard('', deps)).toMatchObject({ok: false, message: 'Nothing to copy: the text is empty'});
		expect(runs).toEqual([]);
		expect(terminal.written).toEqual([]);
	});
});

describe('a tool that fails', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('falls through to the next tool when it exits non-zero', async () => {
		const {deps, runs} = fakeDeps({env: x11, tools: {xclip: 'fails', xsel: 'takes'}});
		const result = await copyToClipboard(quote, deps);
		expect(commandsRun(runs)).toEqual(['xclip', 'xsel']);
		expect(english(result)).toMatchObject({ok: true, via: ['osc52', 'xsel'], problems: ['xclip exited with code 1']});
	});

	it('is killed after 2 s when it hangs, and the next tool takes the text', async () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const {deps, runs} = fakeDeps({env: x11, tools: {xclip: 'hangs', xsel: 'takes'}});
		let settled = false;
		const copying = copyToClipboard(quote, deps).finally(() => {
			settled = true;
		});
		await vi.advanceTimersByTimeAsync(1999);
		expect(settled).toBe(false);
		expect(runs[0]?.killedWith).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		const result = await copying;
		expect(runs[0]?.killedWith).toBe('SIGKILL');
		expect(commandsRun(runs)).toEqual(['xclip', 'xsel']);
		expect(english(result)).toMatchObject({ok: true, via: ['osc52', 'xsel'], problems: ['xclip did not finish within 2 s']});
	});

	it('never throws when it cannot be started (ENOENT)', async () => {
		const {deps} = fakeDeps({isTTY: false, env: x11, tools: {xclip: 'missing', xsel: 'missing'}});
		expect(english(await copyToClipboard(quote, deps))).toEqual({
			ok: false,
			via: [],
			message: 'No clipboard: not a terminal; xclip could not start (ENOENT); xsel could not start (ENOENT)',
			problems: ['not a terminal', 'xclip could not start (ENOENT)', 'xsel could not start (ENOENT)'],
		});
	});

	it('never throws when spawn itself throws', async () => {
		const {deps} = fakeDeps({isTTY: false, env: x11, tools: {xclip: 'takes'}});
		const throwing = {
			...deps,
			spawn: () => {
				throw Object.assign(new Error('spawn EACCES'), {code: 'EACCES'});
			},
		};
		expect(english(await copyToClipboard(quote, throwing))).toMatchObject({
			ok: false,
			problems: ['not a terminal', 'xclip could not start (EACCES)'],
		});
	});

	it('never throws when a dependency misbehaves', async () => {
		const {deps} = fakeDeps({isTTY: false, env: x11});
		const throwing = {
			...deps,
			commandExists: () => {
				throw new Error('PATH lookup exploded');
			},
		};
		await expect(copyToClipboard(quote, throwing)).resolves.toMatchObject({
			ok: false,
			message: 'No clipboard: not a terminal; unexpected error (PATH lookup exploded)',
		});
	});
});
