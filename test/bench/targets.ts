/**
 * The figures the benchmark holds against limits, and the Targets table. The limits are set for
 * the largest size measured: up to 100,000 events the README's, and at 1,000,000 events issue 12's
 * (later opens to the first frame in ≤ 1 s, `search` in ≤ 1.5 s with ≤ 300 MB), which replace the
 * ratios to bare node and the 150 MB set for 100,000.
 */
import type {ColdStartFigures} from './coldstart.js';
import type {CommandFigures, PassFigure} from './commands.js';
import type {KeyFigures} from './keys.js';
import type {LoadFigures} from './load.js';
import type {SearchFigures} from './search.js';
import {ms, table} from './stats.js';

/** From this many events on, issue 12's limits apply. */
export const MILLION = 1_000_000;

export interface Target {
	readonly what: string;
	readonly measured: number;
	readonly limit: number;
	readonly unit: '×' | 'ms' | 'MB' | 'MB/s';
	/** Whether the figure must stay at or below its limit (times, memory) or reach it (throughput). */
	readonly bound: 'at most' | 'at least';
	/** What this run measured that says where the figure goes, printed when it misses. */
	readonly why?: string;
}

export const holds = (target: Target): boolean => (target.bound === 'at least' ? target.measured >= target.limit : target.measured <= target.limit);

const atMost = (what: string, measured: number, limit: number, unit: Target['unit']): Target => ({what, measured, limit, unit, bound: 'at most'});

/** What the commands at a size must hold to: a ratio to bare node and a peak RSS (MB), or a time (ms) and a peak RSS. */
type CommandLimit = {readonly ratio?: number; readonly ms?: number; readonly rss?: number};

/** The listings' limits up to 100,000 events (at a million, issue 12 names only `search`'s). */
function commandLimits(events: number): Readonly<Record<string, CommandLimit>> {
	if (events >= MILLION) return {"search 'Siregar 77' --limit 5": {ms: 1500, rss: 300}};
	return {
		events: {ratio: 15, rss: 150},
		'events --json': {ratio: 30, rss: 150},
		quotes: {ratio: 8, rss: 150},
		"search 'Siregar 77' --limit 5": {ratio: 8, rss: 150},
		'validate (store current)': {rss: 150},
	};
}

export interface Measured {
	readonly largest: number;
	readonly coldStart?: ColdStartFigures;
	readonly search: readonly SearchFigures[];
	readonly keys: readonly KeyFigures[];
	readonly load: readonly LoadFigures[];
	readonly commands?: CommandFigures;
}

/** Every target the figures measured can be held to. */
export function targetsOf({largest, coldStart, search, keys, load, commands}: Measured): Target[] {
	const targets: Target[] = [];
	if (coldStart) {
		// Ink's own start (a bundled "hello") beside bare node's: any Ink program's first frame includes it.
		const inkFloor = `bare node took ${ms(coldStart.bareNode)} ms and an Ink "hello" (one bundled file) ${ms(coldStart.inkHello)} ms (${(coldStart.inkHello / coldStart.bareNode).toFixed(2)}× bare node)`;
		targets.push({...atMost('first frame, embedded article (× bare node)', coldStart.embedded / coldStart.bareNode, 2.5, '×'), why: `${inkFloor}; linimasa's took ${ms(coldStart.embedded - coldStart.inkHello)} ms more than that`});
		const large = coldStart.large;
		if (large) {
			if (large.events < MILLION) targets.push({...atMost(`first frame, ${large.events} events (× bare node)`, large.ms / coldStart.bareNode, 3.5, '×'), why: `${inkFloor}; with the store opened, linimasa's took ${ms(large.ms - coldStart.inkHello)} ms more than that`});
			targets.push(atMost(`first frame on a later open, ${large.events} events`, large.ms, 1000, 'ms'));
		}
	}
	const searchAtLargest = search.find((figures) => figures.entities === largest);
	if (searchAtLargest) {
		const {keystrokes, fuseAlone} = searchAtLargest;
		targets.push({...atMost(`search p95, ${largest} entities`, keystrokes.p95, 16, 'ms'), why: `median ${ms(keystrokes.p50)} ms a keystroke; fuse.js alone over every name took ${ms(fuseAlone.p50)} ms (median) and ${ms(fuseAlone.p95)} ms (p95) for ${fuseAlone.count} of the same keystrokes in this run`});
	}
	const keysAtLargest = keys.find((figures) => figures.events === largest);
	if (keysAtLargest) {
		for (const [key, figures] of Object.entries(keysAtLargest.keys)) targets.push(atMost(`key-to-screen p95, ${key}, ${largest} events`, figures.p95, 50, 'ms'));
	}
	const loadAtLargest = load.find((figures) => figures.events === largest);
	// A first open builds the store: what the build itself holds, beside a check alone of the file, says where that memory goes.
	const passes = commands?.events === largest ? commands.passes : undefined;
	const buildMemory = passes ? `it builds the store, and a check alone of the same file (what any first open does before it keeps anything) peaked at ${ms(passes.check.peakRssMb)} MB in this run` : undefined;
	const withWhy = (target: Target, why: string | undefined): Target => (why ? {...target, why} : target);
	if (loadAtLargest) {
		targets.push(withWhy(atMost(`peak RSS, first open of ${largest} events (store built)`, loadAtLargest.build.peakRssMb, 150, 'MB'), buildMemory));
		targets.push(atMost(`peak RSS, later opens of ${largest} events (store opened)`, loadAtLargest.open.peakRssMb, 150, 'MB'));
	}
	const explorerPeak = keysAtLargest?.peakRssMb ?? null;
	const openPeak = loadAtLargest?.open.peakRssMb;
	if (explorerPeak !== null) {
		targets.push(withWhy(atMost(`peak RSS, the explorer at ${largest} events, keys and searches done`, explorerPeak, 150, 'MB'), openPeak === undefined ? undefined : `a later open alone (the explorer's data, no Ink, no screen, no keys) peaked at ${ms(openPeak)} MB in this run; the explorer, with Ink and React, its screens, keys and searches, ${ms(explorerPeak - openPeak)} MB higher`));
	}
	const firstOpenPeak = keysAtLargest?.firstOpenPeakRssMb ?? null;
	if (firstOpenPeak !== null) targets.push(withWhy(atMost(`peak RSS, the explorer's first open of ${largest} events (store built)`, firstOpenPeak, 150, 'MB'), buildMemory));

	if (commands) {
		const {check, build} = commands.passes;
		// A run with nothing to check (its store current) takes the start-up the pass's time includes.
		const idle = commands.figures.find((figure) => figure.name === 'validate (store current)');
		const checkWhy = idle && check.ms > idle.ms ? `${ms(check.ms)} ms in all, of which ${ms(idle.ms)} ms is what a run with nothing to check takes (validate with the store current): ${ms(check.bytes / 2 ** 20 / ((check.ms - idle.ms) / 1000))} MB/s over the rest` : undefined;
		targets.push({what: `validate with no store (checked as it streams), ${commands.events} events`, measured: check.mbPerSecond, limit: 100, unit: 'MB/s', bound: 'at least', ...(checkWhy ? {why: checkWhy} : {})});
		const {speed, memory} = buildWhy(build, check);
		targets.push({what: `a store's first build, ${commands.events} events`, measured: build.mbPerSecond, limit: 100, unit: 'MB/s', bound: 'at least', ...(speed ? {why: speed} : {})});
		if (commands.events < MILLION) targets.push({...atMost(`peak RSS, a store's first build, ${commands.events} events`, build.peakRssMb, 150, 'MB'), ...(memory ? {why: memory} : {})});
		const limits = commandLimits(commands.events);
		for (const figure of commands.figures) {
			const limit = limits[figure.name];
			if (!limit) continue;
			if (limit.ratio !== undefined) targets.push(atMost(`${figure.name}, ${commands.events} events, store built (× bare node)`, figure.vsBareNode, limit.ratio, '×'));
			if (limit.ms !== undefined) targets.push(atMost(`${figure.name}, ${commands.events} events, store built`, figure.ms, limit.ms, 'ms'));
			if (limit.rss !== undefined) targets.push(atMost(`peak RSS, ${figure.name}, ${commands.events} events`, figure.peakRssMb, limit.rss, 'MB'));
		}
	}
	return targets;
}

/** Where a first build's time and memory go, from what it said of its time and the store it wrote, beside a check alone (`check`) of the same file. */
function buildWhy(build: PassFigure, check: PassFigure): {speed?: string; memory?: string} {
	const MB = 2 ** 20;
	const store = build.store;
	const written = store ? `; it wrote a store of ${ms(store.bytes / MB)} MB (${(store.bytes / build.bytes).toFixed(1)}× the file), ${ms(store.searchBytes / MB)} MB of it the finder's tables and texts` : '';
	const phases = build.phases;
	const speed = phases
		? `it read and checked the records in ${ms(phases.readMs)} ms (${ms(build.bytes / MB / (phases.readMs / 1000))} MB/s), then indexed them in ${ms(phases.indexMs)} ms${written}`
		: undefined;
	// The events' finder sections go through files (store/search-file.ts): what a build holds beyond a check is ids, relations and the entities' and quotes' tables.
	const memory = `a check alone of the same file, in the same threads, peaked at ${ms(check.peakRssMb)} MB in this run`;
	return {...(speed ? {speed} : {}), memory};
}

/** Each target that misses with what this run measured of why, a line each; none when every target holds. */
export function whyLines(targets: readonly Target[]): string[] {
	const missed = targets.filter((target) => !holds(target) && target.why);
	return missed.length === 0 ? [] : ['Why the misses miss (measured in this run):', ...missed.map((target) => `- ${target.what}: ${target.why}`)];
}

/** The Targets table: each figure, its limit, and whether it holds (if not, by how much it misses). */
export function targetsTable(targets: readonly Target[]): string {
	return table(['target', 'measured', 'limit', 'holds'], targets.map((target) => [
		target.what,
		`${target.unit === '×' ? target.measured.toFixed(2) : ms(target.measured)} ${target.unit}`,
		`${target.bound === 'at least' ? '≥' : '≤'} ${target.limit} ${target.unit}`,
		holds(target) ? 'yes' : `no (${(target.measured / target.limit).toFixed(2)}× the limit)`,
	]));
}
