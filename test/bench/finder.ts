/**
 * The finder's index in the explorer's own process, at a dataset's size: how long building it
 * takes, what it adds to resident memory, and the first keystrokes' latency — each run in a fresh
 * process on a store built beforehand, so neither the dataset's validation nor a warm program
 * is counted.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleHelper} from './screens.js';
import type {spread} from './stats.js';

interface Memory {
	readonly rssMb: number;
	readonly heapUsedMb: number;
}

export interface FinderFigures {
	readonly events: number;
	readonly indexMs: number;
	/** After the store is opened, after the index is built, and after the queries are typed. */
	readonly before: Memory;
	readonly prepared: Memory;
	readonly typed: Memory;
	readonly peakRssMb: number;
	readonly keystrokes: ReturnType<typeof spread>;
}

/** Measure the finder on the dataset `file` of `events` events. */
export async function finderFigures(events: number, file: string): Promise<FinderFigures> {
	const [builder, child] = [await bundleHelper('test/bench/load-child.ts', 'load-child'), await bundleHelper('test/bench/finder-child.ts', 'finder-child')];
	const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-finder-'));
	try {
		execFileSync(process.execPath, [builder, 'build', file, dir], {encoding: 'utf8'});
		const figures = JSON.parse(execFileSync(process.execPath, ['--expose-gc', child, file, dir], {encoding: 'utf8', maxBuffer: 1 << 20})) as Omit<FinderFigures, 'events'>;
		return {events, ...figures};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
