/**
 * The command line at a dataset's size: the two passes over the whole file (`validate` checking it
 * as it streams, with no store; a store's first build), each as throughput, then, the store built,
 * each command's wall time and peak memory beside
 * bare node and `fzf --filter` over the same names, in the same rounds (the machine is shared, so
 * the ratio to bare node measured alongside is the figure to trust). Every run is a fresh process
 * of the built bin, its stores in a folder of the benchmark's own. Peak memory is GNU time's
 * maximum resident set size; without /usr/bin/time it is not taken.
 */
import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {decodeTrailer, TRAILER_BYTES} from '../../src/store/layout.js';
import {PROJECT_ROOT} from '../helpers/datasets.js';
import {writeEntityNames} from './datasets.js';
import {median} from './stats.js';

const BIN = join(PROJECT_ROOT, 'bin', 'linimasa.js');
const TIME = '/usr/bin/time';
const MB = 2 ** 20;
/** A query longer than the 32 characters fuse.js searches at once, of names the generator makes. */
const LONG_QUERY = 'Kementerian Komunikasi dan Digital Tegal 370';

export interface CommandFigure {
	readonly name: string;
	/** Median wall milliseconds. */
	readonly ms: number;
	/** The largest peak RSS of the runs, MB (NaN when it could not be taken). */
	readonly peakRssMb: number;
	/** The median over rounds of this run's time over bare node's in the same round. */
	readonly vsBareNode: number;
}

/** A pass over the whole dataset file, with no store yet (each run with a store folder of its own). */
export interface PassFigure {
	readonly name: string;
	readonly runs: number;
	/** The dataset file's size, bytes. */
	readonly bytes: number;
	/** Median wall milliseconds, the process's start included. */
	readonly ms: number;
	/** The file's MB (2^20 bytes) over the median wall seconds. */
	readonly mbPerSecond: number;
	/** The largest peak RSS of the runs, MB. */
	readonly peakRssMb: number;
	/** A build's own account of its time (the medians of what each run said on stderr), when it gave one. */
	readonly phases?: {readonly readMs: number; readonly indexMs: number};
	/** What a build wrote: the store's bytes, and those of the finder's tables and texts in it. */
	readonly store?: {readonly bytes: number; readonly searchBytes: number};
}

/** The passes timed: `validate` checks the records as they stream and writes no store; `claims` (a story of none) opens the dataset, building its store, and lists nothing. */
export const PASSES = {check: 'validate, no store: records checked as they stream', build: 'first build: claims --data (the store built, no claims to list)'} as const;

export interface CommandFigures {
	readonly events: number;
	readonly runs: number;
	/** Whether fzf was installed (its row is missing when not). */
	readonly fzf: boolean;
	/** validate with no store, and a store's first build. */
	readonly passes: {readonly check: PassFigure; readonly build: PassFigure};
	readonly figures: readonly CommandFigure[];
}

/** Milliseconds in what a first open says of its time ("2.4 s", "17 s", "1 min 5 s"). */
function msOf(said: string): number {
	const [, minutes = '0', seconds = '0'] = /^(?:(\d+) min ?)?(?:([\d.]+) s)?$/.exec(said) ?? [];
	return (Number(minutes) * 60 + Number(seconds)) * 1000;
}

/** What a first open said of its time on stderr (see buildTimesLine in src/cli/build-progress.ts), if it did. */
export function phasesSaid(stderr: string): {readMs: number; indexMs: number} | undefined {
	const said = / read and checked in (.+?) \([\d,]+ MB\/s\), then indexed in (.+)$/m.exec(stderr);
	return said ? {readMs: msOf(said[1]!), indexMs: msOf(said[2]!)} : undefined;
}

/** The bytes of the store in `folder`, and of its sections that hold the finder's tables and texts (read from its header). */
function storeMakeUp(folder: string): {bytes: number; searchBytes: number} | undefined {
	const name = readdirSync(folder).find((entry) => entry.endsWith('.store'));
	if (!name) return undefined;
	// Only its trailer and header are read: a million events' store passes 4 GB.
	const fd = openSync(join(folder, name), 'r');
	try {
		const bytes = fstatSync(fd).size;
		const trailer = Buffer.alloc(TRAILER_BYTES);
		readSync(fd, trailer, 0, TRAILER_BYTES, bytes - TRAILER_BYTES);
		const {at, length} = decodeTrailer(trailer)!;
		const text = Buffer.alloc(length);
		readSync(fd, text, 0, length, at);
		const header = JSON.parse(text.toString('utf8')) as {sections: Record<string, {bytes: number}>};
		const searchBytes = Object.entries(header.sections).reduce((sum, [section, {bytes: size}]) => sum + (section.includes('.search.') ? size : 0), 0);
		return {bytes, searchBytes};
	} finally {
		closeSync(fd);
	}
}

/** One run of `argv` with its output thrown away: wall ms, peak RSS MB (GNU time writes it to `timeFile`) and what it said on stderr. */
function runOnce(argv: readonly string[], env: NodeJS.ProcessEnv, timeFile: string): {ms: number; rssMb: number; stderr: string} {
	const timed = existsSync(TIME);
	// -o: the figure goes to a file of its own, apart from what the program writes to stderr (progress).
	const command = timed ? TIME : argv[0]!;
	const args = timed ? ['-f', '%M', '-o', timeFile, ...argv] : argv.slice(1);
	const start = performance.now();
	const result = spawnSync(command, args, {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26});
	const ms = performance.now() - start;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} failed (status ${result.status}): ${result.stderr.slice(-4000)}`);
	const kb = timed ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : Number.NaN;
	return {ms, rssMb: kb / 1024, stderr: result.stderr};
}

/**
 * Time the store's first build `buildRuns` times, then every command in `rounds` rounds, over the
 * dataset at `file` (the stores in a temporary folder, removed at the end).
 */
export async function commandFigures(events: number, file: string, rounds: number, buildRuns: number): Promise<CommandFigures> {
	const root = mkdtempSync(join(tmpdir(), 'linimasa-bench-cli-'));
	const timeFile = join(root, 'time.txt');
	const node = (...args: string[]) => [process.execPath, BIN, ...args];
	try {
		const bytes = statSync(file).size;
		// Each run with a store folder of its own, so each is a first; the last build's store is kept for the commands.
		let cache = '';
		let folders = 0;
		const pass = (name: string, args: readonly string[], count: number): PassFigure => {
			const runs: {ms: number; rssMb: number; stderr: string}[] = [];
			for (let i = 0; i < count; i++) {
				if (cache) rmSync(cache, {recursive: true, force: true});
				cache = join(root, `stores-${folders++}`);
				mkdirSync(cache);
				runs.push(runOnce(node(...args), {...process.env, LINIMASA_CACHE: cache}, timeFile));
			}
			const passMs = median(runs.map((run) => run.ms));
			const said = runs.map((run) => phasesSaid(run.stderr)).filter((phases) => phases !== undefined);
			const phases = said.length === runs.length && said.length > 0 ? {readMs: median(said.map((p) => p.readMs)), indexMs: median(said.map((p) => p.indexMs))} : undefined;
			const store = storeMakeUp(cache);
			return {name, runs: count, bytes, ms: passMs, mbPerSecond: bytes / MB / (passMs / 1000), peakRssMb: Math.max(...runs.map((run) => run.rssMb)), ...(phases ? {phases} : {}), ...(store ? {store} : {})};
		};
		// validate is quick enough to be run three times even at a million events; a build, only as often as asked.
		const passes = {check: pass(PASSES.check, ['validate', file], Math.max(3, buildRuns)), build: pass(PASSES.build, ['claims', '--data', file], buildRuns)};

		const env = {...process.env, LINIMASA_CACHE: cache};
		const fzf = spawnSync('fzf', ['--version']).status === 0;
		const names = join(root, 'names.txt');
		if (fzf) await writeEntityNames(file, names);
		const commands: [string, string[]][] = [
			['node -e 0', [process.execPath, '-e', '0']],
			...(fzf ? [['fzf --filter siregar (the entity names)', ['sh', '-c', `fzf --filter siregar < ${names}`]] as [string, string[]]] : []),
			['events', node('events', '--data', file)],
			['events --json', node('events', '--json', '--data', file)],
			['quotes', node('quotes', '--data', file)],
			["search 'Siregar 77' --limit 5", node('search', 'Siregar 77', '--limit', '5', '--data', file)],
			// A phrase pasted whole: longer than 32 characters, which fuse.js searches in pieces.
			[`search '${LONG_QUERY}' --limit 5`, node('search', LONG_QUERY, '--limit', '5', '--data', file)],
			['validate (store current)', node('validate', file)],
		];
		const samples = commands.map(() => ({ms: [] as number[], rss: [] as number[], ratio: [] as number[]}));
		for (let round = 0; round < rounds; round++) {
			let bare = Number.NaN;
			commands.forEach(([, argv], i) => {
				const {ms, rssMb} = runOnce(argv, env, timeFile);
				if (i === 0) bare = ms;
				samples[i]!.ms.push(ms);
				samples[i]!.rss.push(rssMb);
				samples[i]!.ratio.push(ms / bare);
			});
		}
		return {
			events,
			runs: rounds,
			fzf,
			passes,
			figures: commands.map(([name], i) => ({name, ms: median(samples[i]!.ms), peakRssMb: Math.max(...samples[i]!.rss), vsBareNode: median(samples[i]!.ratio)})),
		};
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}
