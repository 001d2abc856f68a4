/**
 * Copying text to the clipboard wherever linimasa runs: locally, over SSH, inside tmux or screen.
 *
 * Two channels, both tried: OSC 52 written to the terminal (which reaches the clipboard of the
 * machine the person sits at, even over SSH), and a native clipboard tool of this machine. OSC 52
 * counts as "sent to the terminal": no terminal answers, so we cannot know whether it took the
 * text (GNOME Terminal and Apple Terminal ignore it). Every failure becomes a result; nothing throws.
 */
import {readFileSync} from 'node:fs';
import {problemText, type ClipboardProblem} from './clipboard-problems.js';
import {
	clipboardToolCandidates,
	errorCode,
	isWsl,
	runClipboardTool,
	spawnTool,
	type ClipboardToolName,
	type SpawnTool,
} from './clipboard-tools.js';
import {commandOnPath} from './find-command.js';
import {osc52Sequences, type Env} from './osc52.js';

/** The stream the terminal reads: process.stdout in real use. */
export interface TerminalOutput {
	readonly isTTY?: boolean;
	write(data: string, callback?: (error?: Error | null) => void): boolean;
}

/** The outside world copying touches, injected so tests need no terminal and no tools. */
export interface ClipboardDeps {
	readonly env: Env;
	readonly platform: NodeJS.Platform;
	readonly terminal: TerminalOutput;
	/** Whether a command is installed (found on $PATH). */
	readonly commandExists: (command: string) => boolean;
	readonly spawn: SpawnTool;
	/** The text of /proc/version, or undefined where there is none; WSL kernels name Microsoft in it. */
	readonly readProcVersion: () => string | undefined;
	/**
	 * How long a clipboard tool or the terminal may take, so a hung tool cannot freeze copying.
	 * @default 2000
	 */
	readonly timeoutMs?: number;
}

/** A way the text left linimasa: OSC 52 to the terminal, or a native tool. */
export type ClipboardChannel = 'osc52' | ClipboardToolName;

/** What happened to a copy, for the status line. */
export interface ClipboardResult {
	/** Whether at least one channel took the text. */
	readonly ok: boolean;
	/** The channels that took it, in the order tried. */
	readonly via: readonly ClipboardChannel[];
	/**
	 * For the person: on success how the text went ("sent to the terminal (OSC 52) and copied with
	 * xclip"), otherwise why nothing could take it ("No clipboard: not a terminal; …").
	 */
	readonly message: string;
	/** Why each channel that did not take the text failed or was skipped. */
	readonly problems: readonly ClipboardProblem[];
}

const DEFAULT_TIMEOUT_MS = 2000;

/** Copies `text` by OSC 52 and by the first native clipboard tool that takes it. Never throws. */
export async function copyToClipboard(text: string, deps: ClipboardDeps): Promise<ClipboardResult> {
	if (text === '') {
		return {ok: false, via: [], message: 'Nothing to copy: the text is empty', problems: []};
	}
	const via: ClipboardChannel[] = [];
	const problems: ClipboardProblem[] = [];
	try {
		const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
		const terminalProblem = await sendToTerminal(text, deps, timeoutMs);
		if (terminalProblem === undefined) {
			via.push('osc52');
		} else {
			problems.push(terminalProblem);
		}
		const tool = await copyWithTool(text, deps, timeoutMs);
		if (tool.name !== undefined) {
			via.push(tool.name);
		}
		problems.push(...tool.problems);
	} catch (error) {
		// Only a misbehaving injected dependency gets here; say what it was rather than crash.
		problems.push({kind: 'unexpected', code: errorCode(error)});
	}
	if (via.length === 0) {
		return {ok: false, via, message: `No clipboard: ${problems.map(problemText).join('; ')}`, problems};
	}
	return {ok: true, via, message: describeChannels(via), problems};
}

/** Writes the OSC 52 sequences to the terminal; resolves to why not, or undefined once sent. */
async function sendToTerminal(text: string, deps: ClipboardDeps, timeoutMs: number): Promise<ClipboardProblem | undefined> {
	if (!deps.terminal.isTTY) {
		return {kind: 'not-a-terminal'};
	}
	if (deps.env['TERM'] === 'dumb') {
		return {kind: 'dumb-terminal'};
	}
	const plan = osc52Sequences(text, deps.env);
	if (!plan.ok) {
		return plan.problem;
	}
	return writeWithin(deps.terminal, plan.sequences.join(''), timeoutMs);
}

/** Writes to the terminal; resolves to why it failed, or undefined once written. */
function writeWithin(terminal: TerminalOutput, data: string, timeoutMs: number): Promise<ClipboardProblem | undefined> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			resolve({kind: 'terminal-timeout', ms: timeoutMs});
		}, timeoutMs);
		const done = (problem: ClipboardProblem | undefined): void => {
			clearTimeout(timer);
			resolve(problem);
		};
		try {
			terminal.write(data, (error) => {
				done(error ? {kind: 'terminal-failed', code: errorCode(error)} : undefined);
			});
		} catch (error) {
			done({kind: 'terminal-failed', code: errorCode(error)});
		}
	});
}

/** Tries the installed tools in order until one takes the text. */
async function copyWithTool(
	text: string,
	deps: ClipboardDeps,
	timeoutMs: number,
): Promise<{name?: ClipboardToolName; problems: ClipboardProblem[]}> {
	const wsl = isWsl(deps.platform, deps.env, deps.platform === 'linux' ? deps.readProcVersion() : undefined);
	const candidates = clipboardToolCandidates({platform: deps.platform, env: deps.env, isWsl: wsl});
	if (candidates.length === 0) {
		return {problems: [{kind: 'no-display', tools: ['wl-copy', 'xclip', 'xsel']}]};
	}
	const installed = candidates.filter((tool) => deps.commandExists(tool.command));
	if (installed.length === 0) {
		return {problems: [{kind: 'no-tool', tools: candidates.map((tool) => tool.name)}]};
	}
	const problems: ClipboardProblem[] = [];
	for (const tool of installed) {
		const outcome = await runClipboardTool(tool, text, {spawn: deps.spawn, env: deps.env, timeoutMs});
		if (outcome.ok) {
			return {name: tool.name, problems};
		}
		problems.push({kind: 'tool-failed', tool: tool.name, failure: outcome.failure});
	}
	return {problems};
}

/** How the text went, for the person: "sent to the terminal (OSC 52) and copied with xclip". */
function describeChannels(via: readonly ClipboardChannel[]): string {
	return via
		.map((channel) => (channel === 'osc52' ? 'sent to the terminal (OSC 52)' : `copied with ${channel}`))
		.join(' and ');
}

/** The real outside world: this process's environment, platform and $PATH, writing to `terminal`. */
export function processClipboardDeps(terminal: TerminalOutput = process.stdout): ClipboardDeps {
	return {
		env: process.env,
		platform: process.platform,
		terminal,
		commandExists: (command) => commandOnPath(command, process.env, process.platform),
		spawn: spawnTool,
		readProcVersion: () => {
			try {
				return readFileSync('/proc/version', 'utf8');
			} catch {
				return undefined;
			}
		},
	};
}
