/** Load + validate time and peak memory at each size, each in a fresh process. */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {MAX_FILE_BYTES} from '../../src/model/load.js';
import {bundleHelper} from './screens.js';
import {median} from './stats.js';

interface Figure {
	/** Median milliseconds of the runs. */
	readonly ms: number;
	/** The largest peak resident memory of the runs, in MB (Node itself is about 40). */
	readonly peakRssMb: number;
}

export interface LoadFigures {
	readonly events: number;
	/** The explorer's first open of a dataset: validated record by record into its store. */
	readonly build: Figure;
	/** Every later open: the store opened. */
	readonly open: Figure;
	/** The whole-file loader (listings, exports), for comparison; null for a file larger than it reads. */
	readonly whole: Figure | null;
}

/** Measure loading `file` in `runs` fresh processes per way of loading it. */
export async function loadFigures(events: number, file: string, runs: number): Promise<LoadFigures> {
	const child = await bundleHelper('test/bench/load-child.ts', 'load-child');
	const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [child, ...args], {encoding: 'utf8', maxBuffer: 1 << 20})) as Figure;
	const figure = (results: readonly Figure[]): Figure => ({ms: median(results.map((result) => result.ms)), peakRssMb: Math.max(...results.map((result) => result.peakRssMb))});
	const builds: Figure[] = [];
	const opens: Figure[] = [];
	for (let i = 0; i < runs; i++) {
		// A folder of its own each time, so every build is a first open.
		const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-store-'));
		try {
			builds.push(run('build', file, dir));
			opens.push(run('open', file, dir));
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	}
	// The whole-file loader refuses a file past MAX_FILE_BYTES (it would be past V8's longest string too).
	const whole = statSync(file).size > MAX_FILE_BYTES ? null : figure(Array.from({length: runs}, () => run('whole', file)));
	return {events, build: figure(builds), open: figure(opens), whole};
}
