/**
 * Native clipboard tools: which ones to try where, and running one with the text on its stdin.
 *
 * We choose the tools ourselves instead of using clipboardy: clipboardy 5 knows no xclip, sends no
 * OSC 52, and without a display reports "Couldn't find the xsel binary" instead of the real cause.
 * The chooser below is small and says plainly why a tool was skipped.
 */
import {spawn} from 'node:child_process';
import type {Writable} from 'node:stream';
import type {ToolFailure} from './clipboard-problems.js';
import type {Env} from './osc52.js';

/** The native clipboard tools linimasa knows. */
export type ClipboardToolName = 'pbcopy' | 'clip.exe' | 'wl-copy' | 'xclip' | 'xsel';

/** How to hand text to one clipboard tool. */
export interface ClipboardTool {
	readonly name: ClipboardToolName;
	readonly command: string;
	readonly args: readonly string[];
	/** How the text is encoded on the tool's stdin. */
	readonly encoding: 'utf8' | 'utf16le';
	/** Variables set for the tool on top of the environment. */
	readonly extraEnv?: Env;
}

const pbcopy: ClipboardTool = {
	name: 'pbcopy',
	command: 'pbcopy',
	args: [],
	encoding: 'utf8',
	// pbcopy decodes its input by the locale; under LANG=C it mangles everything beyond ASCII.
	extraEnv: {LC_CTYPE: 'UTF-8'},
};
// clip.exe reads UTF-8 as the OEM code page (microsoft/WSL#11047) and keeps a BOM as a character
// (xavi-/node-copy-paste#45); UTF-16LE without a BOM is what it takes as Unicode.
const clipExe: ClipboardTool = {name: 'clip.exe', command: 'clip.exe', args: [], encoding: 'utf16le'};
const wlCopy: ClipboardTool = {name: 'wl-copy', command: 'wl-copy', args: [], encoding: 'utf8'};
const xclip: ClipboardTool = {
	name: 'xclip',
	command: 'xclip',
	args: ['-selection', 'clipboard'],
	encoding: 'utf8',
};
const xsel: ClipboardTool = {name: 'xsel', command: 'xsel', args: ['--clipboard', '--input'], encoding: 'utf8'};

/** Where linimasa runs, as far as choosing a clipboard tool goes. */
export interface ToolSetting {
	readonly platform: NodeJS.Platform;
	readonly env: Env;
	/** Whether this is Linux under Windows (WSL), where clip.exe reaches the Windows clipboard. */
	readonly isWsl: boolean;
}

/** Whether a Linux system is WSL: $WSL_DISTRO_NAME is set or /proc/version names Microsoft. */
export function isWsl(platform: NodeJS.Platform, env: Env, procVersion: string | undefined): boolean {
	if (platform !== 'linux') {
		return false;
	}
	return Boolean(env['WSL_DISTRO_NAME']) || /microsoft/i.test(procVersion ?? '');
}

/**
 * The tools worth trying here, best first, before checking which are installed: pbcopy on macOS,
 * clip.exe on Windows and WSL, wl-copy under Wayland, then xclip and xsel under X11. The Wayland
 * and X11 tools are left out without their display variable, since they would only fail.
 */
export function clipboardToolCandidates({platform, env, isWsl}: ToolSetting): ClipboardTool[] {
	const tools: ClipboardTool[] = [];
	if (platform === 'darwin') {
		tools.push(pbcopy);
	}
	if (platform === 'win32' || isWsl) {
		tools.push(clipExe);
	}
	if (env['WAYLAND_DISPLAY']) {
		tools.push(wlCopy);
	}
	if (env['DISPLAY']) {
		tools.push(xclip, xsel);
	}
	return tools;
}

/** The part of a child process a clipboard tool run needs. */
export interface ToolProcess {
	readonly stdin: Writable | null;
	once(event: 'error', listener: (error: Error) => void): unknown;
	once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
	kill(signal?: NodeJS.Signals): boolean;
}

/** Starts a tool with a piped stdin and the given environment; child_process.spawn in real use. */
export type SpawnTool = (command: string, args: readonly string[], options: {readonly env: Env}) => ToolProcess;

/**
 * Starts a real tool. Its stdout and stderr are not piped: xclip, xsel and wl-copy leave a
 * background process that keeps serving the selection, and a pipe held by it would keep
 * linimasa's event loop alive.
 */
export const spawnTool: SpawnTool = (command, args, options) =>
	spawn(command, [...args], {env: {...options.env}, stdio: ['pipe', 'ignore', 'ignore'], windowsHide: true});

/** Whether a tool took the text, or why not. */
export type ToolOutcome = {readonly ok: true} | {readonly ok: false; readonly failure: ToolFailure};

/** What running a tool needs besides the tool and the text. */
export interface ToolRun {
	readonly spawn: SpawnTool;
	readonly env: Env;
	/** A tool that has not exited by then is killed and counts as failed. */
	readonly timeoutMs: number;
}

/**
 * Runs one clipboard tool with `text` on its stdin. The tool took the text when it exits with
 * code 0; a start failure, another exit code or running past the timeout is a failure. Never rejects.
 */
export function runClipboardTool(tool: ClipboardTool, text: string, run: ToolRun): Promise<ToolOutcome> {
	return new Promise((resolve) => {
		let child: ToolProcess;
		try {
			child = run.spawn(tool.command, tool.args, {env: {...run.env, ...tool.extraEnv}});
		} catch (error) {
			resolve({ok: false, failure: {kind: 'start', code: errorCode(error)}});
			return;
		}
		let settled = false;
		const finish = (outcome: ToolOutcome): void => {
			if (!settled) {
				settled = true;
				clearTimeout(timer);
				resolve(outcome);
			}
		};
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			finish({ok: false, failure: {kind: 'timeout', ms: run.timeoutMs}});
		}, run.timeoutMs);
		child.once('error', (error) => {
			finish({ok: false, failure: {kind: 'start', code: errorCode(error)}});
		});
		child.once('exit', (code, signal) => {
			if (code === 0) {
				finish({ok: true});
			} else {
				finish({ok: false, failure: code === null ? {kind: 'signal', signal} : {kind: 'exit', code}});
			}
		});
		if (child.stdin === null) {
			child.kill('SIGKILL');
			finish({ok: false, failure: {kind: 'no-stdin'}});
			return;
		}
		// A tool that exits without reading its input makes this write fail with EPIPE; its exit
		// code already tells whether it took the text, and an unhandled stream error would crash us.
		child.stdin.on('error', () => {});
		child.stdin.end(Buffer.from(text, tool.encoding));
	});
}

/** The errno code of a failure (ENOENT, EACCES …), or its message when it has none. */
export function errorCode(error: unknown): string {
	if (error instanceof Error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code ?? error.message;
	}
	return String(error);
}

