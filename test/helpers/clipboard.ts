import {EventEmitter} from 'node:events';
import {PassThrough} from 'node:stream';
import type {ClipboardDeps, TerminalOutput} from '../../src/platform/clipboard.js';
import type {SpawnTool, ToolProcess} from '../../src/platform/clipboard-tools.js';
import type {Env} from '../../src/platform/osc52.js';

/** How a fake clipboard tool behaves once it has read its stdin. */
export type FakeBehaviour = 'takes' | 'fails' | 'hangs' | 'missing';

/** One start of a fake tool, with what it read and whether it was killed. */
export interface FakeRun {
	readonly command: string;
	readonly args: readonly string[];
	readonly env: Env;
	/** The bytes the tool read on stdin, complete once stdin ended. */
	readonly input: Buffer[];
	killedWith?: NodeJS.Signals | undefined;
}

class FakeToolProcess extends EventEmitter implements ToolProcess {
	readonly stdin = new PassThrough();
	constructor(private readonly run: FakeRun) {
		super();
	}
	kill(signal?: NodeJS.Signals): boolean {
		this.run.killedWith = signal;
		return true;
	}
}

/** A spawn that starts fake tools behaving as told; a command not in `behaviours` is missing. */
export function fakeSpawn(behaviours: Readonly<Record<string, FakeBehaviour>>): {spawn: SpawnTool; runs: FakeRun[]} {
	const runs: FakeRun[] = [];
	const spawn: SpawnTool = (command, args, options) => {
		const run: FakeRun = {command, args, env: options.env, input: []};
		runs.push(run);
		const child = new FakeToolProcess(run);
		const behaviour = behaviours[command] ?? 'missing';
		// Like node's spawn, a missing program is reported as an 'error' event, not thrown.
		if (behaviour === 'missing') {
			setImmediate(() => child.emit('error', Object.assign(new Error(`spawn ${command} ENOENT`), {code: 'ENOENT'})));
			return child;
		}
		child.stdin.on('data', (chunk: Buffer) => run.input.push(chunk));
		child.stdin.on('end', () => {
			if (behaviour !== 'hangs') {
				setImmediate(() => child.emit('exit', behaviour === 'takes' ? 0 : 1, null));
			}
		});
		return child;
	};
	return {spawn, runs};
}

/** A terminal stream that records what was written to it. */
export function fakeTerminal(isTTY: boolean): TerminalOutput & {readonly written: string[]} {
	const written: string[] = [];
	return {
		isTTY,
		written,
		write(data, callback) {
			written.push(data);
			callback?.();
			return true;
		},
	};
}

/** The world a copy sees: which tools are installed and how each behaves. */
export interface FakeWorld {
	readonly platform?: NodeJS.Platform;
	readonly env?: Env;
	readonly isTTY?: boolean;
	/** Installed tools and how they behave; any other command is not on $PATH. */
	readonly tools?: Readonly<Record<string, FakeBehaviour>>;
	readonly procVersion?: string;
	readonly timeoutMs?: number;
}

/** Deps for copyToClipboard over a fake world, with the records of what happened. */
export function fakeDeps(world: FakeWorld = {}) {
	const tools = world.tools ?? {};
	const {spawn, runs} = fakeSpawn(tools);
	const terminal = fakeTerminal(world.isTTY ?? true);
	const deps: ClipboardDeps = {
		env: world.env ?? {},
		platform: world.platform ?? 'linux',
		terminal,
		commandExists: (command) => command in tools,
		spawn,
		readProcVersion: () => world.procVersion,
		...(world.timeoutMs === undefined ? {} : {timeoutMs: world.timeoutMs}),
	};
	return {deps, runs, terminal};
}
