import type {Catalog} from '../model/catalog.js';
import type {ColorLevel} from '../platform/colour-level.js';
import {listenForTermination, openControllingTerminal, type TerminationSignal} from '../platform/terminal.js';
import {withoutFetch} from '../platform/without-fetch.js';

/** The name stdin goes by in messages. */
export const STDIN_NAME = '<stdin>';

/** What a command may touch of the outside world, so tests can hand it in-memory streams. */
export interface Io {
	readonly stdout: NodeJS.WriteStream | NodeJS.WritableStream;
	readonly stderr: NodeJS.WritableStream;
	readonly stdin: NodeJS.ReadStream | NodeJS.ReadableStream;
	readonly env: NodeJS.ProcessEnv;
	/** Whether stdout is a terminal a person is looking at. */
	readonly stdoutIsTTY: boolean;
	readonly stdinIsTTY: boolean;
	/** Whether stderr is a terminal (progress is then redrawn on one line). */
	readonly stderrIsTTY?: boolean;
	readonly cwd: string;
	/**
	 * Listen for the signals that ask the program to stop (Ctrl-C, SIGTERM, SIGHUP) while a long step
	 * runs, instead of being ended by them; returns a function that stops listening.
	 */
	readonly onTermination?: (listener: (signal: TerminationSignal) => void) => () => void;
	/**
	 * Opens the interactive explorer on a story and resolves to the exit code when the user quits;
	 * it reads its keys from `keys` when given, else from stdin. Absent where no explorer can run
	 * (tests, or a build without the UI).
	 */
	readonly openExplorer?: (story: Catalog, options: ExplorerOptions) => Promise<number>;
	/**
	 * The terminal itself (/dev/tty) as a key stream, for the explorer when stdin carried the
	 * dataset; undefined when there is none. The caller destroys it when done.
	 */
	readonly openTerminalKeys?: () => NodeJS.ReadStream | undefined;
}

export interface ExplorerOptions {
	readonly lang: string;
	readonly colourLevel: ColorLevel;
	/** Where the keys come from, when not stdin: the terminal opened by `openTerminalKeys`. */
	readonly keys?: NodeJS.ReadStream;
}

export function processIo(): Io {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		stdoutIsTTY: Boolean(process.stdout.isTTY),
		stdinIsTTY: Boolean(process.stdin.isTTY),
		stderrIsTTY: Boolean(process.stderr.isTTY),
		cwd: process.cwd(),
		onTermination: listenForTermination,
		// Imported only here, on demand: Ink and React cost most of the start-up, and listings never need them.
		openTerminalKeys: openControllingTerminal,
		openExplorer: async (story, {keys, ...options}) => {
			const [{runExplorer}, {copyToClipboard, processClipboardDeps}] = await withoutFetch(() =>
				Promise.all([import('../ui/explorer.js'), import('../platform/clipboard.js')]),
			);
			const clipboard = processClipboardDeps(process.stdout);
			return runExplorer(story, {stdin: keys ?? process.stdin, stdout: process.stdout, copy: (text) => copyToClipboard(text, clipboard)}, options);
		},
	};
}
