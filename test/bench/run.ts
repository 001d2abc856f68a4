/**
 * `npm run bench`: how fast linimasa is at 1k, 10k and 100k events (or 1,000,000), against its
 * targets. Prints tables (or, with --json, one JSON object); progress goes to stderr.
 *
 *   --json           the figures as JSON on stdout
 *   --runs N         cold-start rounds (default 10; the median is reported)
 *   --sizes A,B,C    dataset sizes in events (default 1000,10000,100000)
 *   --only NAMES     some of: coldstart,search,keys,load,commands
 *
 * At 1,000,000 events (`--sizes 1000000 --only commands,coldstart`) a store's build takes minutes
 * and a 5 GB store, so what builds one runs once, and `search` is left out (SKIPPED_AT_A_MILLION).
 */
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import {coldStartFigures, type ColdStartFigures} from './coldstart.js';
import {commandFigures, type CommandFigures} from './commands.js';
import {ensureDataset} from './datasets.js';
import {finderFigures, type FinderFigures} from './finder.js';
import {keyFigures, type KeyFigures} from './keys.js';
import {loadFigures, type LoadFigures} from './load.js';
import {searchFigures, type SearchFigures} from './search.js';
import {ms, table} from './stats.js';
import {holds, MILLION, targetsOf, targetsTable, whyLines} from './targets.js';

const {values} = parseArgs({
	options: {json: {type: 'boolean'}, runs: {type: 'string'}, sizes: {type: 'string'}, only: {type: 'string'}},
});
const runs = Number(values.runs ?? 10);
const sizes = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const only = new Set((values.only ?? 'coldstart,search,keys,load,commands').split(','));
const largest = Math.max(...sizes);
const say = (text: string) => process.stderr.write(`${text}\n`);
/** Runs of what builds a store: once at a million events (about 3 minutes, 4 GB peak, here, at main 4d2a3b6). */
const buildRuns = (size: number, fewer: number) => (size >= MILLION ? 1 : fewer);

const SKIPPED_AT_A_MILLION =
	'search: left out at 1,000,000 events or more: it builds as many entities in the benchmark\'s own process and times fuse.js alone over them ' +
	'(seconds a keystroke); the finder at that size is timed by `search \'Siregar 77\'` in the command line.';

async function main(): Promise<void> {
	const files = new Map<number, string>();
	for (const size of sizes) {
		say(`dataset: ${size} events…`);
		files.set(size, ensureDataset(size));
	}
	let coldStart: ColdStartFigures | undefined;
	const search: SearchFigures[] = [];
	const finder: FinderFigures[] = [];
	const keys: KeyFigures[] = [];
	const load: LoadFigures[] = [];
	let commands: CommandFigures | undefined;
	const notes: string[] = [];
	if (only.has('commands')) {
		const rounds = Math.min(runs, largest >= MILLION ? 3 : 5);
		const builds = buildRuns(largest, Math.min(runs, 3));
		say(`commands: the store's first build over ${largest} events (${builds === 1 ? 'once' : `${builds} runs`}), then the command line over it (${rounds} rounds)…`);
		commands = await commandFigures(largest, files.get(largest)!, rounds, builds);
		if (largest >= MILLION) notes.push(`commands: at ${largest} events issue 12 sets limits for the first build, \`search\` and the first frame only; the other commands' figures have no target.`);
	}
	if (only.has('coldstart')) {
		say(`cold start: ${runs} rounds of bare node, Ink hello, the embedded article and ${largest} events…`);
		coldStart = await coldStartFigures(runs, {events: largest, file: files.get(largest)!, firstOpens: buildRuns(largest, Math.min(runs, 3))});
	}
	if (only.has('search')) {
		for (const size of sizes) {
			if (size >= MILLION) {
				notes.push(SKIPPED_AT_A_MILLION);
				say(SKIPPED_AT_A_MILLION);
				continue;
			}
			say(`search: ${size} entities…`);
			search.push(searchFigures(size));
			say(`search: the finder's index in the explorer's process, ${size} events…`);
			finder.push(await finderFigures(size, files.get(size)!));
		}
	}
	if (only.has('keys')) {
		for (const size of sizes) {
			say(`keys: ${size} events…`);
			keys.push(await keyFigures(size, files.get(size)!));
		}
	}
	if (only.has('load')) {
		for (const size of sizes) {
			say(`load: ${size} events…`);
			const figures = await loadFigures(size, files.get(size)!, buildRuns(size, size >= 100_000 ? 3 : 5));
			if (!figures.whole) notes.push(`load: the whole-file load of ${size} events is left out: the file is larger than the whole-file loader reads (listings and exports read it through its store).`);
			load.push(figures);
		}
	}

	const targets = targetsOf({largest, coldStart, search, keys, load, commands});

	const machine = {node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}`};
	if (values.json) {
		process.stdout.write(`${JSON.stringify({machine, coldStart, search, finder, keys, load, commands, notes, targets: targets.map((target) => ({...target, holds: holds(target)}))}, null, 2)}\n`);
		return;
	}
	const out: string[] = [`linimasa benchmark · Node ${machine.node} · ${machine.cpu} × ${machine.cores} · ${machine.platform}`];
	if (coldStart) {
		const row = (name: string, value: number) => [name, ms(value), `${(value / coldStart!.bareNode).toFixed(2)}×`];
		out.push('', `Cold start to the first full frame (pseudo-terminal 120×36, median of ${coldStart.runs})`, table(['program', 'ms', 'vs bare node'], [
			row('node -e 0', coldStart.bareNode),
			row('Ink "hello" (one bundled file)', coldStart.inkHello),
			row('linimasa, embedded article', coldStart.embedded),
			...(coldStart.large
				? [row(`linimasa, ${coldStart.large.events} events`, coldStart.large.ms), row(`  its first open (validated into its store)`, coldStart.large.firstOpenMs)]
				: []),
		]));
	}
	if (search.length > 0) {
		out.push('', 'Search latency per keystroke (ms; queries typed a character at a time; fuse.js alone for scale)', table(
			['entities', 'index build', 'p50', 'p95', 'max', 'fuse.js alone p50', 'p95'],
			search.map((figures) => [String(figures.entities), ms(figures.indexMs), ms(figures.keystrokes.p50), ms(figures.keystrokes.p95), ms(figures.keystrokes.max), ms(figures.fuseAlone.p50), ms(figures.fuseAlone.p95)]),
		));
	}
	if (finder.length > 0) {
		out.push('', "The finder's index in the explorer's process (store opened; RSS MB; first keystrokes of a fresh process, ms)", table(
			['events', 'index build', 'RSS opened', 'index built', 'queries typed', 'peak RSS', 'first keystrokes p50 / p95'],
			finder.map((figures) => [
				String(figures.events),
				ms(figures.indexMs),
				ms(figures.before.rssMb),
				ms(figures.prepared.rssMb),
				ms(figures.typed.rssMb),
				ms(figures.peakRssMb),
				`${ms(figures.keystrokes.p50)} / ${ms(figures.keystrokes.p95)}`,
			]),
		));
	}
	if (keys.length > 0) {
		const names = Object.keys(keys[0]!.keys) as (keyof KeyFigures['keys'])[];
		out.push('', 'Key-to-screen latency (ms, p50 / p95: key written to the terminal → the screen changed)', table(
			['events', 'first open', 'later opens', ...names],
			keys.map((figures) => [String(figures.events), ms(figures.firstOpenMs), ms(figures.firstFrameMs), ...names.map((name) => `${ms(figures.keys[name].p50)} / ${ms(figures.keys[name].p95)}`)]),
		));
	}
	if (load.length > 0) {
		out.push('', 'Load and memory (ms / peak RSS MB, each in a fresh process; the store is what the explorer opens)', table(
			['events', 'first open: store built', 'later opens: store opened', 'whole-file load (listings, exports)', 'explorer, first open', 'explorer, keys done'],
			load.map((figures) => [
				String(figures.events),
				`${ms(figures.build.ms)} / ${ms(figures.build.peakRssMb)}`,
				`${ms(figures.open.ms)} / ${ms(figures.open.peakRssMb)}`,
				figures.whole ? `${ms(figures.whole.ms)} / ${ms(figures.whole.peakRssMb)}` : '–',
				ms(keys.find((k) => k.events === figures.events)?.firstOpenPeakRssMb ?? Number.NaN),
				ms(keys.find((k) => k.events === figures.events)?.peakRssMb ?? Number.NaN),
			]),
		));
	}
	if (commands) {
		const {check, build} = commands.passes;
		out.push('', `Passes over the whole file of ${commands.events} events, no store yet (median of the runs; MB = 2^20 bytes; the process's start included)`, table(
			['pass', 'runs', 'file MB', 'ms', 'MB/s', 'peak RSS MB'],
			[check, build].map((pass) => [pass.name, String(pass.runs), ms(pass.bytes / 2 ** 20), ms(pass.ms), ms(pass.mbPerSecond), ms(pass.peakRssMb)]),
		));
		out.push('', `The command line over ${commands.events} events, store built (median of ${commands.runs} rounds; output to /dev/null; ratio to bare node in the same round)`, table(
			['command', 'ms', 'vs bare node', 'peak RSS MB'],
			commands.figures.map((figure) => [figure.name, ms(figure.ms), `${figure.vsBareNode.toFixed(2)}×`, ms(figure.peakRssMb)]),
		));
		if (!commands.fzf) out.push('fzf is not installed here: its row is left out.');
	}
	if (targets.length > 0) out.push('', 'Targets', targetsTable(targets));
	const why = whyLines(targets);
	if (why.length > 0) out.push('', ...why);
	if (notes.length > 0) out.push('', ...notes);
	process.stdout.write(`${out.join('\n')}\n`);
}

await main();
