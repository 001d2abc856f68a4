/**
 * Generated datasets on disk for the benchmarks: written once per size into a cache directory
 * (never the repository) and reused while the generator is unchanged.
 */
import {existsSync, mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {generateDataset, serializeDataset} from './generator/dataset.js';

/** Bump when the generator's output changes, so cached datasets are written afresh. */
export const GENERATOR_VERSION = 3;

/** The directory generated datasets live in ($LINIMASA_BENCH_CACHE, else the system temp dir). */
export function benchCacheDir(): string {
	return process.env.LINIMASA_BENCH_CACHE ?? join(tmpdir(), 'linimasa-bench');
}

/** The path of the dataset.json of `events` events, generated on first use. */
export function ensureDataset(events: number): string {
	const dir = join(benchCacheDir(), `v${GENERATOR_VERSION}-${events}`);
	const file = join(dir, 'dataset.json');
	if (existsSync(file)) return file;
	mkdirSync(dir, {recursive: true});
	const {dataset, articleText} = generateDataset({events});
	writeFileSync(join(dir, 'article.txt'), articleText);
	// Written under another name and renamed, so an interrupted run never leaves half a dataset.
	writeFileSync(`${file}.partial`, serializeDataset(dataset));
	renameSync(`${file}.partial`, file);
	return file;
}
