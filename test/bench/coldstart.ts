/**
 * Cold start to the first full frame, in a pseudo-terminal: the real bin on the embedded article
 * and on the largest generated dataset, beside bare `node -e 0` and a bare Ink "hello" (bundled
 * into one file) measured in the same rounds, so the ratios hold whatever the machine's load.
 */
import {runInTerminal} from './terminal.js';
import {BIN, bundleHelper, fullFrame} from './screens.js';
import {median} from './stats.js';

export interface ColdStartFigures {
	readonly runs: number;
	/** Median milliseconds from spawn to exit (bare node) or to the first full frame. */
	readonly bareNode: number;
	readonly inkHello: number;
	readonly embedded: number;
	readonly large: {readonly events: number; readonly ms: number} | null;
	readonly samples: Readonly<Record<string, readonly number[]>>;
}

async function timeToExit(args: readonly string[]): Promise<number> {
	const start = performance.now();
	const run = runInTerminal(process.execPath, args);
	return (await run.exited).at - start;
}

async function timeToScreen(args: readonly string[], shown: (lines: string[]) => boolean, quit: string): Promise<number> {
	const start = performance.now();
	const run = runInTerminal(process.execPath, args);
	const at = await run.until(shown, 120_000);
	run.write(quit);
	await run.exited;
	return at - start;
}

/** Measure `runs` rounds; each round runs every program once, in turn. */
export async function coldStartFigures(runs: number, large: {events: number; file: string} | null): Promise<ColdStartFigures> {
	const hello = await bundleHelper('test/bench/fixtures/ink-hello.tsx', 'ink-hello');
	const programs: Record<string, () => Promise<number>> = {
		bareNode: () => timeToExit(['-e', '0']),
		inkHello: () => timeToScreen([hello], (lines) => lines.some((line) => line.includes('hello from ink')), 'q'),
		embedded: () => timeToScreen([BIN], fullFrame, 'q'),
		...(large ? {large: () => timeToScreen([BIN, '--data', large.file], fullFrame, 'q')} : {}),
	};
	// One unmeasured round: the first launch after a build also pays for the disk cache.
	for (const run of Object.values(programs)) await run();
	const samples: Record<string, number[]> = {};
	for (let round = 0; round < runs; round++) {
		for (const [name, run] of Object.entries(programs)) (samples[name] ??= []).push(await run());
	}
	return {
		runs,
		bareNode: median(samples.bareNode!),
		inkHello: median(samples.inkHello!),
		embedded: median(samples.embedded!),
		large: large && samples.large ? {events: large.events, ms: median(samples.large)} : null,
		samples,
	};
}
