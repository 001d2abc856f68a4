/**
 * Generated datasets on disk for the benchmarks: written once per size into a cache directory
 * (never the repository) and reused while the generator is unchanged.
 */
import {createReadStream, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
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

/**
 * Write the entity names of the generated dataset `file` to `out`, one a line, and return how many.
 * The file is read a line at a time, as the generator writes one record a line, and only up to
 * the end of its entities (a million events are 1.2 GB; their entities come first).
 */
export async function writeEntityNames(file: string, out: string): Promise<number> {
	const input = createReadStream(file, {encoding: 'utf8', highWaterMark: 1 << 20});
	const lines = createInterface({input, crlfDelay: Infinity});
	const names: string[] = [];
	let inEntities = false;
	try {
		for await (const line of lines) {
			if (!inEntities) {
				inEntities = line.startsWith('"entities": [');
				if (line.startsWith('"entities": []')) break; // none
				continue;
			}
			if (line.startsWith(']')) break;
			names.push((JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as {name: string}).name);
		}
	} finally {
		lines.close();
		input.destroy();
	}
	if (!inEntities) throw new Error(`${file} has no line "entities": [ — not a dataset the generator wrote`);
	writeFileSync(out, names.join('\n'));
	return names.length;
}
