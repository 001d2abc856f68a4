/** Running the real, built program as a child process, the way a shell or a script would. */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../../src/cli/main.js';
import {PROJECT_ROOT} from './datasets.js';
import {memoryIo} from './memory-io.js';
import {testCache} from './test-cache.js';

const BIN = join(PROJECT_ROOT, 'bin', 'linimasa.js');

export interface RunResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

export interface RunOptions {
	/** Written to the program's stdin, which is then closed. */
	readonly input?: string;
	/** Added to (or, when undefined, removed from) the environment. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly cwd?: string;
	/** Run as this user and group (a root test process can run the program unprivileged). */
	readonly uid?: number;
	readonly gid?: number;
}

/** Throw unless `npm run build` has made dist/ (the test command builds first). */
export function assertBuilt(): void {
	if (!existsSync(join(PROJECT_ROOT, 'dist', 'linimasa.js'))) throw new Error('dist/linimasa.js is missing: run `npm run build` (npm test does)');
}

/** Run `node bin/linimasa.js …args` with piped stdio and no colour settings unless given. */
export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const name of ['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'LINIMASA_DEBUG']) delete env[name];
	env.LINIMASA_CACHE = testCache();
	for (const [name, value] of Object.entries(options.env ?? {})) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return new Promise((resolve, reject) => {
		const user = options.uid === undefined ? {} : {uid: options.uid, gid: options.gid ?? options.uid};
		const child = spawn(process.execPath, [BIN, ...args], {cwd: options.cwd ?? PROJECT_ROOT, env, stdio: 'pipe', ...user});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
		child.stdin.end(options.input ?? '');
	});
}

/**
 * The same as `run`, in this process: `main` with in-memory streams (no terminal, no colour unless
 * `env` asks for it). For what a command prints and its exit code; exit codes seen by a shell,
 * pipes and signals need the real program (`run`).
 */
export async function runMain(args: readonly string[], options: Omit<RunOptions, 'uid' | 'gid'> = {}): Promise<RunResult> {
	const io = memoryIo(options.cwd ?? PROJECT_ROOT, options.input ?? '');
	for (const [name, value] of Object.entries(options.env ?? {})) {
		if (value === undefined) delete io.env[name];
		else io.env[name] = value;
	}
	const code = await main([...args], io);
	return {code, stdout: io.out(), stderr: io.err()};
}

/** `linimasa …args` in this process at a terminal `columns` wide, without colour: its lines (trailing blank ones dropped) and its stderr. */
export async function atTerminal(args: readonly string[], columns: number): Promise<{code: number; rows: string[]; stderr: string}> {
	const io = {...memoryIo(PROJECT_ROOT), stdoutIsTTY: true, env: {LINIMASA_CACHE: testCache(), COLUMNS: String(columns), NO_COLOR: '1'}};
	const code = await main([...args], io);
	return {code, rows: io.out().trimEnd().split('\n'), stderr: io.err()};
}

/** A fresh temporary folder. */
export function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'linimasa-cli-'));
}

/** Lines of a program's output, without the final empty one. */
export function lines(text: string): string[] {
	return text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
}
