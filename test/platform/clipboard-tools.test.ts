import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {copyToClipboard} from '../../src/platform/clipboard.js';
import {
	clipboardToolCandidates,
	isWsl,
	runClipboardTool,
	spawnTool,
	type ClipboardTool,
	type SpawnTool,
} from '../../src/platform/clipboard-tools.js';
import {commandOnPath} from '../../src/platform/find-command.js';
import {fakeDeps} from '../helpers/clipboard.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'linimasa-clipboard-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const quote = '“Hal ini telah mendukung konektivitas hingga ke pelosok Indonesia,” kata Meutya Hafid. 🇮🇩 人工智能';

describe('the clipboard tool candidates', () => {
	const names = (platform: NodeJS.Platform, env: Record<string, string>, wsl = false) =>
		clipboardToolCandidates({platform, env, isWsl: wsl}).map((tool) => tool.name);

	it.each([
		['macOS', 'darwin', {}, false, ['pbcopy']],
		['Windows', 'win32', {}, false, ['clip.exe']],
		['WSL with WSLg', 'linux', {WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0'}, true, ['clip.exe', 'wl-copy', 'xclip', 'xsel']],
		['Wayland', 'linux', {WAYLAND_DISPLAY: 'wayland-0'}, false, ['wl-copy']],
		['X11', 'linux', {DISPLAY: ':0'}, false, ['xclip', 'xsel']],
		['Linux over SSH without a display', 'linux', {SSH_TTY: '/dev/pts/3'}, false, []],
	] as const)('on %s are %j', (_where, platform, env, wsl, expected) => {
		expect(names(platform, env, wsl)).toEqual(expected);
	});

	it('recognise WSL only on Linux', () => {
		expect(isWsl('linux', {WSL_DISTRO_NAME: 'Ubuntu'}, undefined)).toBe(true);
		expect(isWsl('linux', {}, 'Linux version 4.4.0-19041-Microsoft (Microsoft@Microsoft.com)')).toBe(true);
		expect(isWsl('linux', {}, 'Linux version 6.8.0-45-generic (buildd@lcy02-amd64-075)')).toBe(false);
		expect(isWsl('win32', {WSL_DISTRO_NAME: 'Ubuntu'}, undefined)).toBe(false);
	});
});

/** A spawn that runs `sh -c script` in place of whatever tool was asked for. */
const shellInstead =
	(script: string, ...args: string[]): SpawnTool =>
	(_command, _args, options) =>
		spawnTool('sh', ['-c', script, 'sh', ...args], options);

const tool = (encoding: ClipboardTool['encoding']): ClipboardTool => ({name: 'xclip', command: 'xclip', args: [], encoding});
const run = (spawn: SpawnTool, timeoutMs = 10_000) => ({spawn, env: process.env, timeoutMs});

describe('running a real child process as the tool', () => {
	it('pipes the text on its stdin as UTF-8', async () => {
		const received = path.join(scratch, 'utf8.txt');
		const outcome = await runClipboardTool(tool('utf8'), quote, run(shellInstead('cat > "$1"', received)));
		expect(outcome).toEqual({ok: true});
		expect(readFileSync(received, 'utf8')).toBe(quote);
	});

	it('pipes the text as UTF-16LE for clip.exe', async () => {
		const received = path.join(scratch, 'utf16.txt');
		const outcome = await runClipboardTool(tool('utf16le'), quote, run(shellInstead('cat > "$1"', received)));
		expect(outcome).toEqual({ok: true});
		expect(readFileSync(received)).toEqual(Buffer.from(quote, 'utf16le'));
	});

	it('copies end to end through copyToClipboard with the real spawn', async () => {
		const received = path.join(scratch, 'end-to-end.txt');
		const {deps} = fakeDeps({isTTY: false, env: {DISPLAY: ':0'}, tools: {xclip: 'takes'}});
		const result = await copyToClipboard(quote, {...deps, spawn: shellInstead('cat > "$1"', received)});
		expect(result).toMatchObject({ok: true, via: ['xclip']});
		expect(readFileSync(received, 'utf8')).toBe(quote);
	});

	it('reports the exit code of a failing tool', async () => {
		expect(await runClipboardTool(tool('utf8'), quote, run(shellInstead('cat > /dev/null; exit 3')))).toEqual({
			ok: false,
			failure: {kind: 'exit', code: 3},
		});
	});

	it('survives a tool that exits without reading a large input (EPIPE)', async () => {
		const large = 'Kerja sama digital. '.repeat(100_000);
		expect(await runClipboardTool(tool('utf8'), large, run(shellInstead('exit 0')))).toEqual({ok: true});
	});

	it('kills a real tool that hangs past the timeout', async () => {
		const outcome = await runClipboardTool(tool('utf8'), quote, run(shellInstead('cat > /dev/null; exec sleep 30'), 300));
		expect(outcome).toEqual({ok: false, failure: {kind: 'timeout', ms: 300}});
	});

	it('reports a program that does not exist as ENOENT without throwing', async () => {
		const missing: ClipboardTool = {name: 'xsel', command: 'linimasa-no-such-clipboard-tool', args: [], encoding: 'utf8'};
		expect(await runClipboardTool(missing, quote, run(spawnTool))).toEqual({
			ok: false,
			failure: {kind: 'start', code: 'ENOENT'},
		});
	});
});

describe('finding a command on $PATH', () => {
	it('finds an executable file in any $PATH directory', () => {
		const binDir = mkdtempSync(path.join(scratch, 'bin-'));
		writeFileSync(path.join(binDir, 'xclip'), '#!/bin/sh\n');
		chmodSync(path.join(binDir, 'xclip'), 0o755);
		expect(commandOnPath('xclip', {PATH: `/nonexistent${path.delimiter}${binDir}`}, 'linux')).toBe(true);
		expect(commandOnPath('xsel', {PATH: binDir}, 'linux')).toBe(false);
		expect(commandOnPath('xclip', {}, 'linux')).toBe(false);
	});

	it('ignores a file that is not executable, and a directory', () => {
		const binDir = mkdtempSync(path.join(scratch, 'bin-'));
		writeFileSync(path.join(binDir, 'xsel'), 'not a program');
		chmodSync(path.join(binDir, 'xsel'), 0o644);
		mkdirSync(path.join(binDir, 'wl-copy'));
		expect(commandOnPath('xsel', {PATH: binDir}, 'linux')).toBe(false);
		expect(commandOnPath('wl-copy', {PATH: binDir}, 'linux')).toBe(false);
	});
});
