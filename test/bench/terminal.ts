/**
 * A program in a real pseudo-terminal, its screen kept by a headless xterm, for timing what a
 * person would see: when a screen first shows something, when it changes after a key.
 * (Written for the benchmarks before the e2e harness landed; it does no more than they need.)
 */
import xterm from '@xterm/headless';
import pty from 'node-pty';

export interface TerminalRun {
	/** The screen's lines as text, trailing spaces cut. */
	lines(): string[];
	/** Resolves with the time (performance.now) of the first screen state for which `test` holds. */
	until(test: (lines: string[]) => boolean, timeoutMs?: number): Promise<number>;
	/** Writes bytes as typed; resolves with the milliseconds until the screen first changed after them. */
	press(bytes: string, timeoutMs?: number): Promise<number>;
	write(bytes: string): void;
	/** Resolves once the screen has not changed for `ms` milliseconds. */
	quiet(ms: number): Promise<void>;
	/** Resolves with the exit code and the time it exited. */
	readonly exited: Promise<{code: number; at: number}>;
	/** The process id (to read its memory use while it runs). */
	readonly pid: number;
	kill(): void;
}

export interface TerminalOptions {
	readonly columns?: number;
	readonly rows?: number;
	readonly cwd?: string;
	readonly env?: Record<string, string>;
}

/** Start `file args` in a pseudo-terminal of the given size (120×36 by default). */
export function runInTerminal(file: string, args: readonly string[], options: TerminalOptions = {}): TerminalRun {
	const columns = options.columns ?? 120;
	const rows = options.rows ?? 36;
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const child = pty.spawn(file, [...args], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: options.cwd ?? process.cwd(),
		// CI set (as on CI machines) makes Ink draw only the last frame: the benchmarks want every frame.
		env: {...(process.env as Record<string, string>), CI: 'false', TERM: 'xterm-256color', ...options.env},
	});
	let version = 0;
	let waiters: (() => void)[] = [];
	child.onData((data) => {
		terminal.write(data, () => {
			version++;
			const current = waiters;
			waiters = [];
			for (const wake of current) wake();
		});
	});
	const exited = new Promise<{code: number; at: number}>((resolve) => child.onExit(({exitCode}) => resolve({code: exitCode, at: performance.now()})));
	const lines = () => {
		const buffer = terminal.buffer.active;
		const out: string[] = [];
		for (let y = 0; y < rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		return out;
	};
	const nextChange = () => new Promise<void>((resolve) => waiters.push(resolve));
	const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
		Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}; the screen:\n${lines().join('\n')}`)), ms).unref())]);
	const until = async (test: (lines: string[]) => boolean, timeoutMs = 30_000) =>
		withTimeout(
			(async () => {
				for (;;) {
					if (test(lines())) return performance.now();
					await nextChange();
				}
			})(),
			timeoutMs,
			'the screen',
		);
	return {
		lines,
		until,
		async press(bytes, timeoutMs = 10_000) {
			const before = version;
			const seen = lines().join('\n');
			const start = performance.now();
			child.write(bytes);
			// The first parsed write that leaves the screen different from before the key.
			return withTimeout(
				(async () => {
					for (;;) {
						if (version !== before && lines().join('\n') !== seen) return performance.now() - start;
						await nextChange();
					}
				})(),
				timeoutMs,
				`a change after ${JSON.stringify(bytes)}`,
			);
		},
		write: (bytes) => child.write(bytes),
		async quiet(ms) {
			for (;;) {
				const changed = await Promise.race([nextChange().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
				if (!changed) return;
			}
		},
		exited,
		pid: child.pid,
		kill: () => child.kill(),
	};
}
