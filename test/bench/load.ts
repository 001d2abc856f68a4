/** Load + validate time and peak memory at each size, each in a fresh process. */
import {execFileSync} from 'node:child_process';
import {bundleHelper} from './screens.js';
import {median} from './stats.js';

export interface LoadFigures {
	readonly events: number;
	/** Read, parse, validate, sanitize and index (loadDatasetFile), median of the runs. */
	readonly loadMs: number;
	/** Deriving the explorer's data (createExplorerData). */
	readonly dataMs: number;
	/** The largest peak resident memory of the runs, in MB (Node itself is about 40). */
	readonly peakRssMb: number;
}

/** Measure loading `file` in `runs` fresh processes. */
export async function loadFigures(events: number, file: string, runs: number): Promise<LoadFigures> {
	const child = await bundleHelper('test/bench/load-child.ts', 'load-child');
	const results = Array.from({length: runs}, () => JSON.parse(execFileSync(process.execPath, [child, file], {encoding: 'utf8', maxBuffer: 1 << 20})) as {loadMs: number; dataMs: number; peakRssMb: number});
	return {
		events,
		loadMs: median(results.map((result) => result.loadMs)),
		dataMs: median(results.map((result) => result.dataMs)),
		peakRssMb: Math.max(...results.map((result) => result.peakRssMb)),
	};
}
