/**
 * Generated datasets on disk for the benchmarks: written once per size into a cache directory
 * (never the repository) and reused while the generator is unchanged.
 */
import {existsSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {writeDatasetFiles} from './generator/files.js';

/** Bump when the generator's output changes, so cached datasets are written afresh. */
export const GENERATOR_VERSION = 3;

/** The directory generated datasets live in ($LINIMASA_BENCH_CACHE, else the system temp dir). */
export function benchCacheDir(): string {
	return process.env.LINIMASA_BENCH_CACHE ?? join(tmpdir(), 'linimasa-bench');
}

/** The path of the dataset.json of `events` events, generated on first use (streamed to disk: see generator/files.ts). */
export function ensureDataset(events: number): string {
	const dir = join(benchCacheDir(), `v${GENERATOR_VERSION}-${events}`);
	const file = join(dir, 'dataset.json');
	if (existsSync(file)) return file;
	mkdirSync(dir, {recursive: true});
	return writeDatasetFiles({events}, dir).dataset;
}
