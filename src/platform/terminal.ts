/**
 * The terminal around the explorer: the alternate screen and bracketed paste on the way in, and on
 * every way out (quit, Ctrl-C, SIGINT, SIGTERM, SIGHUP, a crash) the screen, cursor, paste mode and
 * raw mode as they were.
 */
import {closeSync, openSync} from 'node:fs';
import {isatty, ReadStream} from 'node:tty';

const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const CLEAR_AND_HOME = '\x1b[2J\x1b[H';
// Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, so no pasted word is read as a key.
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

/** Back to the start of the line and erase it, so a redrawn progress line or a message starts clean. */
export const CLEAR_LINE = '\r\x1b[2K';

export interface TerminalSession {
	/** Put the terminal back as it was; safe to call more than once. */
	restore(): void;
}

interface TtyInput {
	readonly isTTY?: boolean;
	setRawMode?(mode: boolean): unknown;
}

/** Enter raw mode, the alternate screen and bracketed paste, and make sure all are left on every exit path. */
export function enterFullscreen(stdout: NodeJS.WritableStream, stdin: TtyInput): TerminalSession {
	let active = true;
	// Raw before the first frame: a key pressed as soon as the explorer shows is a key, never echoed
	// over the screen or turned into a signal by the tty (Ink itself turns raw mode on only later).
	if (stdin.isTTY) stdin.setRawMode?.(true);
	stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME + BRACKETED_PASTE_ON);
	const restore = () => {
		if (!active) return;
		active = false;
		if (stdin.isTTY) stdin.setRawMode?.(false);
		stdout.write(BRACKETED_PASTE_OFF + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
		process.off('exit', restore);
	};
	process.on('exit', restore);
	return {restore};
}

/** The exit status of a program ended by each signal it handles: 128 + the signal's number. */
export const SIGNAL_EXIT_STATUS = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
export type TerminationSignal = keyof typeof SIGNAL_EXIT_STATUS;

/** Call `listener` on SIGINT, SIGTERM and SIGHUP instead of ending the program; returns a function that stops listening. */
export function listenForTermination(listener: (signal: TerminationSignal) => void): () => void {
	const handlers = (Object.keys(SIGNAL_EXIT_STATUS) as TerminationSignal[]).map((signal) => {
		const handler = () => listener(signal);
		process.on(signal, handler);
		return () => process.off(signal, handler);
	});
	return () => handlers.forEach((off) => off());
}

/**
 * Run `onSignal` for SIGINT, SIGTERM and SIGHUP (then exit 128 + n); returns a function that stops
 * listening. SIGINT comes from `kill -INT`, as Ctrl-C is a key in raw mode.
 */
export function onTerminationSignals(onSignal: () => void): () => void {
	return listenForTermination((signal) => {
		onSignal();
		process.exit(SIGNAL_EXIT_STATUS[signal]);
	});
}

/**
 * The terminal itself (/dev/tty) as a stream of keys, for when stdin carries the data
 * (`cat ds.json | linimasa --data -`): fzf and less read their keys the same way. Undefined when
 * the process has no terminal to open (no controlling terminal, or a system without /dev/tty).
 * The caller destroys it when done, which closes the file.
 */
export function openControllingTerminal(): ReadStream | undefined {
	let fd: number;
	try {
		fd = openSync('/dev/tty', 'r');
	} catch {
		return undefined;
	}
	try {
		if (isatty(fd)) return new ReadStream(fd);
	} catch {
		// a tty that libuv cannot read: as if there were none
	}
	closeSync(fd);
	return undefined;
}

/**
 * Whether Ink takes this for a CI run (its is-in-ci: CI or CONTINUOUS_INTEGRATION set, and not "0"
 * or "false"): it then draws only the last frame, at exit, and an explorer would wait for keys on a
 * blank screen.
 */
export function inkSeesCi(env: NodeJS.ProcessEnv): boolean {
	return ['CI', 'CONTINUOUS_INTEGRATION'].some((key) => key in env && env[key] !== '0' && env[key] !== 'false');
}
