/**
 * The terminal around the explorer: the alternate screen on the way in, and on every way out
 * (quit, Ctrl-C, SIGTERM, SIGHUP, a crash) the screen, cursor and raw mode as they were.
 */

const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const CLEAR_AND_HOME = '\x1b[2J\x1b[H';

export interface TerminalSession {
	/** Put the terminal back as it was; safe to call more than once. */
	restore(): void;
}

interface TtyInput {
	readonly isTTY?: boolean;
	setRawMode?(mode: boolean): unknown;
}

/** Enter the alternate screen and make sure it is left on every exit path. */
export function enterFullscreen(stdout: NodeJS.WritableStream, stdin: TtyInput): TerminalSession {
	let active = true;
	stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME);
	const restore = () => {
		if (!active) return;
		active = false;
		if (stdin.isTTY) stdin.setRawMode?.(false);
		stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
		process.off('exit', restore);
	};
	process.on('exit', restore);
	return {restore};
}

/** Run `onSignal` for SIGTERM and SIGHUP (then exit 128 + n); returns a function that stops listening. */
export function onTerminationSignals(onSignal: () => void): () => void {
	const handlers = (['SIGTERM', 'SIGHUP'] as const).map((signal) => {
		const handler = () => {
			onSignal();
			process.exit(signal === 'SIGTERM' ? 143 : 129);
		};
		process.on(signal, handler);
		return () => process.off(signal, handler);
	});
	return () => handlers.forEach((off) => off());
}
