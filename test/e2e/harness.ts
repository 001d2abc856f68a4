/**
 * The real-terminal harness: runs the built program (bin/linimasa.js) in a pseudo-terminal and
 * feeds every byte it writes into a headless xterm, so a test presses keys and reads the screen a
 * person would see. It also keeps what a test needs to prove the terminal is safe and restored:
 * the raw output, every title and clipboard write the emulator took, every reply it sent back,
 * the cursor's visibility, the alternate screen, and the tty settings after the program left.
 *
 * The program runs under `sh -c`, which prints its exit status and `stty -a` once it ends: the tty
 * modes a shell finds after the program are exactly what the person would be left with.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import xterm from '@xterm/headless';
import {spawn, type IPty} from 'node-pty';
import {PROJECT_ROOT} from '../helpers/datasets.js';
import {useJoinedWidths} from './joined-widths.js';

const {Terminal} = xterm;
type Emulator = InstanceType<typeof Terminal>;

/** How long a wait may take before the test fails, showing the screen it last saw. */
export const WAIT_MS = 10_000;

/** The bytes a terminal sends for a key (see NOTES.md). */
export const KEYS = {
	enter: '\r',
	tab: '\t',
	'shift+tab': '\x1b[Z',
	esc: '\x1b',
	backspace: '\x7f',
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	pageup: '\x1b[5~',
	pagedown: '\x1b[6~',
	home: '\x1b[H',
	end: '\x1b[F',
	'ctrl+c': '\x03',
	'ctrl+u': '\x15',
} as const;

export type KeyName = keyof typeof KEYS;

export interface StartOptions {
	readonly args?: readonly string[];
	readonly cols?: number;
	readonly rows?: number;
	/** Variables to set (a string) or remove (undefined) on top of the clean test environment. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Give the program /dev/null as stdin instead of the terminal. */
	readonly stdinFromNull?: boolean;
	/** Pipe this file into the program's stdin (`cat FILE | linimasa …`): the terminal stays its stdout and its controlling terminal. */
	readonly stdinPipedFrom?: string;
	/** Another program to run instead, with its arguments (the benchmark's baselines); `args` is then unused. */
	readonly command?: readonly string[];
}

/** What the program left behind: its exit status and the tty's modes afterwards. */
export interface Ending {
	readonly status: number;
	/** `stty -a` as the shell printed it after the program. */
	readonly stty: string;
	/** Whether the tty is back in cooked mode: canonical input and echo on. */
	readonly cookedMode: boolean;
}

const EXIT_MARK = '<<linimasa exited with ';
const REPORT_END = '<<end of report>>';

/**
 * Runs the program, then reports how it ended and the tty's modes, as a person's shell would find
 * them. The shell then waits for a line before it exits: a pty that closes while output is still
 * in its buffer loses that output, so the harness lets it go only once the whole report arrived.
 */
function script(stdin: {readonly fromNull: boolean; readonly pipedFrom?: string}): string {
	// The piped file's name travels in the environment (LINIMASA_TEST_STDIN), so no quoting can break it.
	const program = stdin.pipedFrom !== undefined ? 'cat "$LINIMASA_TEST_STDIN" | "$@"' : `"$@"${stdin.fromNull ? ' < /dev/null' : ''}`;
	return [
		program,
		'status=$?',
		`printf '\\n${EXIT_MARK}%s>>\\n' "$status"`,
		'stty -a',
		`echo '${REPORT_END}'`,
		'read -r _',
		'exit "$status"',
	].join('\n');
}

/** One store folder per test process: the first explorer run on a dataset builds its store, later ones open it. */
const TEST_CACHE = mkdtempSync(join(tmpdir(), 'linimasa-e2e-cache-'));
process.once('exit', () => rmSync(TEST_CACHE, {recursive: true, force: true}));

/** The environment of a person at an xterm with no clipboard tools: clean of this machine's quirks. */
function testEnv(overrides: Readonly<Record<string, string | undefined>>): Record<string, string> {
	const env: Record<string, string | undefined> = {
		...process.env,
		// A person's terminal is not CI's: with CI set, Ink draws nothing until exit, and with CI
		// present at all (even "false"), chalk turns colour off.
		CI: undefined,
		CONTINUOUS_INTEGRATION: undefined,
		TERM: 'xterm-256color',
		TMUX: undefined,
		STY: undefined,
		DISPLAY: undefined,
		WAYLAND_DISPLAY: undefined,
		NO_COLOR: undefined,
		FORCE_COLOR: undefined,
		COLUMNS: undefined,
		LINES: undefined,
		// The stores the explorer builds go to the test run's own folder, never the home folder.
		LINIMASA_CACHE: TEST_CACHE,
		...overrides,
	};
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

type Condition = string | RegExp | ((session: TerminalSession) => boolean);

interface Waiter {
	readonly test: () => boolean;
	readonly resolve: () => void;
	readonly timer: NodeJS.Timeout;
}

/** A running program in a pseudo-terminal and the emulator that shows it. */
export class TerminalSession {
	/** Everything the program wrote, as the terminal received it. */
	output = '';
	/** Window titles the program set (OSC 0 / 2). */
	readonly titles: string[] = [];
	/** The payloads of every OSC 52 clipboard write ("c;<base64>"). */
	readonly clipboardWrites: string[] = [];
	/** What the emulator answered back to the program (device reports, status strings). */
	readonly replies: string[] = [];
	bells = 0;
	/** Whether the emulator shows its cursor (DECTCEM, CSI ? 25 h / l). */
	cursorVisible = true;
	/** Whether the alternate screen was ever entered. */
	enteredAlternateScreen = false;

	private readonly term: Emulator;
	private readonly pty: IPty;
	private readonly waiters = new Set<Waiter>();
	private pendingWrites = 0;
	private ended: {exitCode: number; signal?: number} | undefined;

	constructor(options: StartOptions = {}) {
		const cols = options.cols ?? 120;
		const rows = options.rows ?? 36;
		this.term = new Terminal({cols, rows, allowProposedApi: true, scrollback: 200});
		// Widths as modern terminals (and tmux) measure them: emoji take two columns, and a sequence
		// joined by U+200D (👩‍💻, 👩‍👩‍👧‍👦) is one character of two, not a column pair per part.
		useJoinedWidths(this.term);
		this.term.onTitleChange((title) => this.titles.push(title));
		this.term.onData((data) => this.replies.push(data));
		this.term.onBell(() => this.bells++);
		this.term.parser.registerOscHandler(52, (data) => {
			this.clipboardWrites.push(data);
			return true;
		});
		const trackCursor = (visible: boolean) => (params: (number | number[])[]) => {
			if (params.includes(25)) this.cursorVisible = visible;
			return false; // let the emulator handle the mode as well
		};
		this.term.parser.registerCsiHandler({prefix: '?', final: 'h'}, trackCursor(true));
		this.term.parser.registerCsiHandler({prefix: '?', final: 'l'}, trackCursor(false));
		this.term.buffer.onBufferChange((buffer) => {
			if (buffer.type === 'alternate') this.enteredAlternateScreen = true;
		});

		const env = testEnv({...options.env, ...(options.stdinPipedFrom !== undefined ? {LINIMASA_TEST_STDIN: options.stdinPipedFrom} : {})});
		const command = options.command ?? [process.execPath, join(PROJECT_ROOT, 'bin', 'linimasa.js'), ...(options.args ?? [])];
		this.pty = spawn('/bin/sh', ['-c', script({fromNull: options.stdinFromNull ?? false, pipedFrom: options.stdinPipedFrom}), 'sh', ...command], {
			name: env['TERM'] ?? 'xterm-256color',
			cols,
			rows,
			cwd: PROJECT_ROOT,
			env,
		});
		this.pty.onData((data) => {
			this.output += data;
			this.pendingWrites++;
			this.term.write(data, () => {
				this.pendingWrites--;
				this.check();
			});
		});
		this.pty.onExit((event) => {
			this.ended = event;
			this.check();
		});
	}

	/** The lines of the screen, right-trimmed. */
	screen(): string[] {
		const buffer = this.term.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.term.rows; row++) lines.push(buffer.getLine(buffer.baseY + row)?.translateToString(true).trimEnd() ?? '');
		return lines;
	}

	/** The screen as one string. */
	text(): string {
		return this.screen().join('\n');
	}

	get cols(): number {
		return this.term.cols;
	}

	get rows(): number {
		return this.term.rows;
	}

	/** Whether the program asked for bracketed paste and has not turned it off. */
	get bracketedPaste(): boolean {
		return this.term.modes.bracketedPasteMode;
	}

	/** Paste text as a terminal does once the program asked for bracketed paste: between the markers, in one write. */
	paste(text: string): void {
		this.pty.write(`\x1b[200~${text}\x1b[201~`);
	}

	/** Whether the emulator shows the alternate screen now. */
	get onAlternateScreen(): boolean {
		return this.term.buffer.active.type === 'alternate';
	}

	/**
	 * The cells of a screen row: each character with the column it starts at and its width, and
	 * whether it blinks, is invisible, or has a colour given as RGB.
	 */
	cells(row: number): {chars: string; column: number; width: number; blink: boolean; invisible: boolean; rgb: boolean}[] {
		const buffer = this.term.buffer.active;
		const line = buffer.getLine(buffer.baseY + row);
		const cells = [];
		if (!line) return [];
		for (let column = 0; column < this.term.cols; column++) {
			const cell = line.getCell(column);
			if (!cell || cell.getWidth() === 0) continue;
			cells.push({
				chars: cell.getChars(),
				column,
				width: cell.getWidth(),
				blink: cell.isBlink() !== 0,
				invisible: cell.isInvisible() !== 0,
				rgb: cell.isFgRGB() || cell.isBgRGB(),
			});
		}
		return cells;
	}

	/** The text of columns [from, to) of every screen row, by cell (a wide character counts two). */
	columns(from: number, to = this.cols): string[] {
		return this.screen().map((_, row) =>
			this.cells(row)
				.filter((cell) => cell.column >= from && cell.column + cell.width <= to)
				.map((cell) => cell.chars || ' ')
				.join('')
				.trimEnd(),
		);
	}

	/** Send keys, one write per key, as a terminal does. */
	press(...keys: KeyName[]): void {
		for (const key of keys) this.pty.write(KEYS[key]);
	}

	/** Send text in one write, as a fast typist or a paste reaches the program. */
	type(text: string): void {
		this.pty.write(text);
	}

	/** Resize the terminal: the emulator's grid first, then the pty, which signals the program. */
	resize(cols: number, rows: number): void {
		this.term.resize(cols, rows);
		this.pty.resize(cols, rows);
	}

	/** Wait until the screen shows `text`, matches a pattern, or a predicate holds; fails after a bound. */
	waitFor(condition: Condition, timeoutMs = WAIT_MS): Promise<void> {
		const test =
			typeof condition === 'string'
				? () => this.text().includes(condition)
				: condition instanceof RegExp
					? () => condition.test(this.text())
					: () => condition(this);
		if (this.settled() && test()) return Promise.resolve();
		const what = typeof condition === 'function' ? 'the condition' : JSON.stringify(String(condition));
		return new Promise((resolve, reject) => {
			const waiter: Waiter = {
				test,
				resolve: () => {
					clearTimeout(waiter.timer);
					resolve();
				},
				timer: setTimeout(() => {
					this.waiters.delete(waiter);
					reject(new Error(`waited ${timeoutMs} ms for ${what}; the screen (${this.cols}×${this.rows}) shows:\n${this.text()}`));
				}, timeoutMs),
			};
			this.waiters.add(waiter);
		});
	}

	/** Wait until the program has written `text` (anywhere in its output, even if no longer on screen). */
	waitForOutput(text: string, timeoutMs = WAIT_MS): Promise<void> {
		return this.waitFor((session) => session.output.includes(text), timeoutMs);
	}

	/** Send a signal to the program itself (not the shell around it). */
	signal(signal: NodeJS.Signals): void {
		const pid = this.programPid();
		if (pid === undefined) throw new Error('the program is not running');
		process.kill(pid, signal);
	}

	/** The process id of the program itself (not the shell around it), while it runs. */
	programPid(): number | undefined {
		return childOf(this.pty.pid);
	}

	/** Wait until the program has exited (the shell's report of it has begun). */
	waitForExit(timeoutMs = WAIT_MS): Promise<void> {
		return this.waitForOutput(EXIT_MARK, timeoutMs);
	}

	/** Wait for the program to end; its exit status and the tty's modes afterwards. */
	async ending(timeoutMs = WAIT_MS): Promise<Ending> {
		const reported = () => this.output.includes(REPORT_END);
		await this.waitFor(() => reported() || this.ended !== undefined, timeoutMs);
		if (!reported()) {
			throw new Error(`the shell in the terminal ended (${JSON.stringify(this.ended)}) without the program's exit report: was it killed by a signal from the tty? The output ended with ${JSON.stringify(this.output.slice(-300))}; the screen shows:\n${this.text()}`);
		}
		this.pty.write('\r');
		await this.waitFor(() => this.ended !== undefined, timeoutMs);
		const match = new RegExp(`${escapeRegExp(EXIT_MARK)}(\\d+)>>([^]*)${escapeRegExp(REPORT_END)}`).exec(this.output);
		const stty = match?.[2] ?? '';
		const flags = new Set(stty.split(/[\s;]+/));
		return {
			status: Number(match?.[1]),
			stty,
			cookedMode: flags.has('icanon') && flags.has('echo') && !flags.has('-icanon') && !flags.has('-echo'),
		};
	}

	/** The output written before the program ended (without the shell's report after it). */
	programOutput(): string {
		// The shell starts its report on a line of its own.
		const end = this.output.lastIndexOf(`\r\n${EXIT_MARK}`);
		return end < 0 ? this.output : this.output.slice(0, end);
	}

	/** Stop everything this session started. */
	dispose(): void {
		for (const waiter of this.waiters) clearTimeout(waiter.timer);
		this.waiters.clear();
		if (this.ended === undefined) {
			try {
				this.pty.kill('SIGKILL');
			} catch {
				// already gone
			}
		}
		this.term.dispose();
	}

	/**
	 * Whether the screen is a whole frame: every byte received is drawn, and no synchronized update
	 * (CSI ? 2026 h … l, which Ink wraps each frame in) is half-way through.
	 */
	private settled(): boolean {
		return this.pendingWrites === 0 && !this.term.modes.synchronizedOutputMode;
	}

	private check(): void {
		if (!this.settled()) return;
		for (const waiter of [...this.waiters]) {
			if (waiter.test()) {
				this.waiters.delete(waiter);
				waiter.resolve();
			}
		}
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pid of a process's (only) child, read from /proc. */
function childOf(parent: number): number | undefined {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The command name is in brackets and may hold spaces; the parent pid is the 2nd field after it.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[1]) === parent) return Number(entry);
		} catch {
			// the process ended while we looked
		}
	}
	return undefined;
}

const sessions = new Set<TerminalSession>();

/** Start linimasa in a fresh pseudo-terminal (120×36 unless told otherwise). */
export function startLinimasa(options: StartOptions = {}): TerminalSession {
	const session = new TerminalSession(options);
	sessions.add(session);
	return session;
}

/** Stop every session started so far (for afterEach). */
export function disposeSessions(): void {
	for (const session of sessions) session.dispose();
	sessions.clear();
}

