/**
 * The command line at a dataset's size, its store built: each command's wall time and peak memory
 * beside bare node and `fzf --filter` over the same names, in the same rounds (the machine is
 * shared, so the ratio to bare node measured alongside is the figure to trust). Peak memory is
 * GNU time's maximum resident set size; without /usr/bin/time it is not taken.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PROJECT_ROOT} from '../helpers/datasets.js';
import {median} from './stats.js';

const BIN = join(PROJECT_ROOT, 'bin', 'linimasa.js');
const TIME = '/usr/bin/time';

export interface CommandFigure {
	readonly name: string;
	/** Median wall milliseconds. */
	readonly ms: number;
	/** The largest peak RSS of the runs, MB (NaN when it could not be taken). */
	readonly peakRssMb: number;
	/** The median over rounds of this run's time over bare node's in the same round. */
	readonly vsBareNode: number;
}

export interface CommandFigures {
	readonly events: number;
	readonly runs: number;
	/** Whether fzf was installed (its row is missing when not). */
	readonly fzf: boolean;
	readonly figures: readonly CommandFigure[];
}

/** One run of `argv` with its output thrown away: wall ms and peak RSS MB. */
function runOnce(argv: readonly string[], env: NodeJS.ProcessEnv): {ms: number; rssMb: number} {
	const timed = existsSync(TIME);
	const command = timed ? TIME : argv[0]!;
	const args = timed ? ['-f', '%M', ...argv] : argv.slice(1);
	const start = performance.now();
	const result = spawnSync(command, args, {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24});
	const ms = performance.now() - start;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
	const kb = timed ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN;
	return {ms, rssMb: kb / 1024};
}

/** Time every command in `rounds` rounds over the dataset at `file` (its store built first, in a folder of its own). */
export function commandFigures(events: number, file: string, rounds: number): CommandFigures {
	const cache = mkdtempSync(join(tmpdir(), 'linimasa-bench-cli-'));
	const env = {...process.env, LINIMASA_CACHE: cache};
	try {
		execFileSync(process.execPath, [BIN, 'validate', file], {env, stdio: 'ignore'});
		const names = join(cache, 'names.txt');
		const dataset = JSON.parse(readFileSync(file, 'utf8')) as {entities: {name: string}[]};
		writeFileSync(names, dataset.entities.map((entity) => entity.name).join('\n'));
		const fzf = spawnSync('fzf', ['--version']).status === 0;
		const node = (...args: string[]) => [process.execPath, BIN, ...args];
		const commands: [string, string[]][] = [
			['node -e 0', [process.execPath, '-e', '0']],
			...(fzf ? [['fzf --filter siregar (the entity names)', ['sh', '-c', `fzf --filter siregar < ${names}`]] as [string, string[]]] : []),
			['events', node('events', '--data', file)],
			['events --json', node('events', '--json', '--data', file)],
			['quotes', node('quotes', '--data', file)],
			["search 'Siregar 77' --limit 5", node('search', 'Siregar 77', '--limit', '5', '--data', file)],
			['validate (store current)', node('validate', file)],
		];
		const samples = commands.map(() => ({ms: [] as number[], rss: [] as number[], ratio: [] as number[]}));
		for (let round = 0; round < rounds; round++) {
			let bare = Number.NaN;
			commands.forEach(([, argv], i) => {
				const {ms, rssMb} = runOnce(argv, env);
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
			figures: commands.map(([name], i) => ({name, ms: median(samples[i]!.ms), peakRssMb: Math.max(...samples[i]!.rss), vsBareNode: median(samples[i]!.ratio)})),
		};
	} finally {
		rmSync(cache, {recursive: true, force: true});
	}
}
