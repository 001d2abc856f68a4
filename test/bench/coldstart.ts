/**
 * Cold start to the first full frame, in a pseudo-terminal (the e2e harness): the real bin on the
 * embedded article and on the largest generated dataset, beside bare `node -e 0` and a bare Ink
 * "hello" (bundled into one file) measured in the same rounds, so the ratios hold whatever the
 * machine's load. Every program runs the same way, under the harness's shell. The large dataset
 * is timed as it opens every time but the first (its store exists), and apart, its first open
 * (the store built).
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startLinimasa, type StartOptions} from '../e2e/harness.js';
import {bundleHelper, FIRST_FRAME_WAIT_MS, fullFrame} from './screens.js';
import {median} from './stats.js';

export interface ColdStartFigures {
	readonly runs: number;
	/** Median milliseconds from spawn to exit (bare node) or to the first full frame. */
	readonly bareNode: number;
	readonly inkHello: number;
	readonly embedded: number;
	/** The large dataset: `ms` opening its store (every open after the first); `firstOpenMs` building it (the first). */
	readonly large: {readonly events: number; readonly ms: number; readonly firstOpenMs: number} | null;
	readonly samples: Readonly<Record<string, readonly number[]>>;
}

/** Milliseconds from start until `ready` holds; the program is then stopped. */
async function timeTo(options: StartOptions, ready: 'exit' | ((lines: string[]) => boolean)): Promise<number> {
	const start = performance.now();
	const session = startLinimasa(options);
	try {
		if (ready === 'exit') await session.waitForExit(60_000);
		else await session.waitFor((shown) => ready(shown.screen()), FIRST_FRAME_WAIT_MS);
		return performance.now() - start;
	} finally {
		session.dispose();
	}
}

/** Measure `runs` rounds; each round runs every program once, in turn; then the large dataset's first open `firstOpens` times. */
export async function coldStartFigures(runs: number, large: {events: number; file: string; firstOpens: number} | null): Promise<ColdStartFigures> {
	const hello = await bundleHelper('test/bench/fixtures/ink-hello.tsx', 'ink-hello');
	const programs: Record<string, () => Promise<number>> = {
		bareNode: () => timeTo({command: [process.execPath, '-e', '0']}, 'exit'),
		inkHello: () => timeTo({command: [process.execPath, hello]}, (lines) => lines.some((line) => line.includes('hello from ink'))),
		embedded: () => timeTo({}, fullFrame),
		...(large ? {large: () => timeTo({args: ['--data', large.file]}, fullFrame)} : {}),
	};
	// One unmeasured round: the first launch after a build also pays for the disk cache.
	for (const run of Object.values(programs)) await run();
	const samples: Record<string, number[]> = {};
	for (let round = 0; round < runs; round++) {
		for (const [name, run] of Object.entries(programs)) (samples[name] ??= []).push(await run());
	}
	// The first open of a dataset validates it into its store: timed with a store folder of its own.
	const firstOpens: number[] = [];
	if (large) {
		for (let i = 0; i < large.firstOpens; i++) {
			const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-first-'));
			try {
				firstOpens.push(await timeTo({args: ['--data', large.file], env: {LINIMASA_CACHE: dir}}, fullFrame));
			} finally {
				rmSync(dir, {recursive: true, force: true});
			}
		}
	}
	return {
		runs,
		bareNode: median(samples.bareNode!),
		inkHello: median(samples.inkHello!),
		embedded: median(samples.embedded!),
		large: large && samples.large ? {events: large.events, ms: median(samples.large), firstOpenMs: median(firstOpens)} : null,
		samples,
	};
}
