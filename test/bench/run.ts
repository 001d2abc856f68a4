/**
 * `npm run bench`: how fast linimasa is at 1k, 10k and 100k events, against its targets.
 * Prints tables (or, with --json, one JSON object); progress goes to stderr.
 *
 *   --json           the figures as JSON on stdout
 *   --runs N         cold-start rounds (default 10; the median is reported)
 *   --sizes A,B,C    dataset sizes in events (default 1000,10000,100000)
 *   --only NAMES     some of: coldstart,search,keys,load,commands
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

const {values} = parseArgs({
	options: {json: {type: 'boolean'}, runs: {type: 'string'}, sizes: {type: 'string'}, only: {type: 'string'}},
});
const runs = Number(values.runs ?? 10);
const sizes = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const only = new Set((values.only ?? 'coldstart,search,keys,load,commands').split(','));
const largest = Math.max(...sizes);
const say = (text: string) => process.stderr.write(`${text}\n`);

interface Target {
	readonly what: string;
	readonly measured: number;
	readonly limit: number;
	readonly unit: string;
}

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
	if (only.has('commands')) {
		say(`commands: the command line over ${largest} events, its store built (${Math.min(runs, 5)} rounds)…`);
		commands = commandFigures(largest, files.get(largest)!, Math.min(runs, 5));
	}
	if (only.has('coldstart')) {
		say(`cold start: ${runs} rounds of bare node, Ink hello, the embedded article and ${largest} events…`);
		coldStart = await coldStartFigures(runs, {events: largest, file: files.get(largest)!});
	}
	if (only.has('search')) {
		for (const size of sizes) {
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
			load.push(await loadFigures(size, files.get(size)!, size >= 100_000 ? 3 : 5));
		}
	}

	const targets: Target[] = [];
	if (coldStart) {
		targets.push({what: 'first frame, embedded article (× bare node)', measured: coldStart.embedded / coldStart.bareNode, limit: 2.5, unit: '×'});
		if (coldStart.large) targets.push({what: `first frame, ${coldStart.large.events} events (× bare node)`, measured: coldStart.large.ms / coldStart.bareNode, limit: 3.5, unit: '×'});
	}
	const searchAtLargest = search.find((figures) => figures.entities === largest);
	if (searchAtLargest) targets.push({what: `search p95, ${largest} entities`, measured: searchAtLargest.keystrokes.p95, limit: 16, unit: 'ms'});
	const keysAtLargest = keys.find((figures) => figures.events === largest);
	if (keysAtLargest) {
		for (const [key, figures] of Object.entries(keysAtLargest.keys)) targets.push({what: `key-to-screen p95, ${key}, ${largest} events`, measured: figures.p95, limit: 50, unit: 'ms'});
	}
	const loadAtLargest = load.find((figures) => figures.events === largest);
	const explorerPeak = keysAtLargest?.peakRssMb ?? null;
	if (loadAtLargest) {
		targets.push({what: `peak RSS, first open of ${largest} events (store built)`, measured: loadAtLargest.build.peakRssMb, limit: 150, unit: 'MB'});
		targets.push({what: `peak RSS, later opens of ${largest} events (store opened)`, measured: loadAtLargest.open.peakRssMb, limit: 150, unit: 'MB'});
	}
	if (explorerPeak !== null) targets.push({what: `peak RSS, the explorer at ${largest} events, keys and searches done`, measured: explorerPeak, limit: 150, unit: 'MB'});
	const firstOpenPeak = keysAtLargest?.firstOpenPeakRssMb ?? null;
	if (firstOpenPeak !== null) targets.push({what: `peak RSS, the explorer's first open of ${largest} events (store built)`, measured: firstOpenPeak, limit: 150, unit: 'MB'});

	if (commands) {
		const limits: Record<string, {ratio?: number; rss: number}> = {
			events: {ratio: 15, rss: 150},
			'events --json': {ratio: 30, rss: 150},
			quotes: {ratio: 8, rss: 150},
			"search 'Siregar 77' --limit 5": {ratio: 8, rss: 150},
			'validate (store current)': {rss: 150},
		};
		for (const figure of commands.figures) {
			const limit = limits[figure.name];
			if (!limit) continue;
			if (limit.ratio !== undefined) targets.push({what: `${figure.name}, ${commands.events} events, store built (× bare node)`, measured: figure.vsBareNode, limit: limit.ratio, unit: '×'});
			targets.push({what: `peak RSS, ${figure.name}, ${commands.events} events`, measured: figure.peakRssMb, limit: limit.rss, unit: 'MB'});
		}
	}

	const machine = {node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${process.platform}-${process.arch}`};
	if (values.json) {
		process.stdout.write(`${JSON.stringify({machine, coldStart, search, finder, keys, load, commands, targets: targets.map((target) => ({...target, holds: target.measured <= target.limit}))}, null, 2)}\n`);
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
				`${ms(figures.whole.ms)} / ${ms(figures.whole.peakRssMb)}`,
				ms(keys.find((k) => k.events === figures.events)?.firstOpenPeakRssMb ?? Number.NaN),
				ms(keys.find((k) => k.events === figures.events)?.peakRssMb ?? Number.NaN),
			]),
		));
	}
	if (commands) {
		out.push('', `The command line over ${commands.events} events, store built (median of ${commands.runs} rounds; output to /dev/null; ratio to bare node in the same round)`, table(
			['command', 'ms', 'vs bare node', 'peak RSS MB'],
			commands.figures.map((figure) => [figure.name, ms(figure.ms), `${figure.vsBareNode.toFixed(2)}×`, ms(figure.peakRssMb)]),
		));
		if (!commands.fzf) out.push('fzf is not installed here: its row is left out.');
	}
	if (targets.length > 0) {
		out.push('', 'Targets', table(['target', 'measured', 'limit', 'holds'], targets.map((target) => [
			target.what,
			`${target.unit === '×' ? target.measured.toFixed(2) : ms(target.measured)} ${target.unit}`,
			`≤ ${target.limit} ${target.unit}`,
			target.measured <= target.limit ? 'yes' : `no (${(target.measured / target.limit).toFixed(2)}× the limit)`,
		])));
	}
	process.stdout.write(`${out.join('\n')}\n`);
}

await main();
