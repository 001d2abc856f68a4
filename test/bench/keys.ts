/**
 * Key-to-screen latency: the explorer on a generated dataset in a pseudo-terminal, each key
 * written to the terminal and timed until the emulator's screen changes. j, PgDn and G move in
 * the timeline; f filters the timeline to the entity selected in the entity pane and clears it
 * again; a `/` query opens the finder and types names a character at a time.
 */
import {readFileSync} from 'node:fs';
import {runInTerminal, type TerminalRun} from './terminal.js';
import {BIN, fullFrame} from './screens.js';
import {spread} from './stats.js';

export interface KeyFigures {
	readonly events: number;
	readonly firstFrameMs: number;
	readonly keys: Readonly<Record<'j' | 'PgDn' | 'G' | 'f' | '/ query', ReturnType<typeof spread>>>;
	/** The explorer's peak resident memory (VmHWM), in MB, when the keys are done; null off Linux. */
	readonly peakRssMb: number | null;
}

const KEYS = {down: 'j', pageDown: '\x1b[6~', last: 'G', first: 'g', tab: '\t', filter: 'f', find: '/', escape: '\x1b'};
const QUERIES = ['siregar', 'kementrian', 'pemkot sura', 'nguyen van', 'dinas pertanian'];
/** How long the screen must stay still before the next key: past Ink's trailing frame. */
const SETTLE_MS = 60;

async function timed(run: TerminalRun, bytes: string, into: number[]): Promise<void> {
	into.push(await run.press(bytes));
	await run.quiet(SETTLE_MS);
}

async function untimed(run: TerminalRun, bytes: string): Promise<void> {
	run.write(bytes);
	await run.quiet(SETTLE_MS);
}

function peakRssMb(pid: number): number | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
		return kb === undefined ? null : Number(kb) / 1024;
	} catch {
		return null;
	}
}

/** Measure the keys on one dataset. */
export async function keyFigures(events: number, file: string, rounds = 20): Promise<KeyFigures> {
	const start = performance.now();
	const run = runInTerminal(process.execPath, [BIN, '--data', file]);
	const firstFrameMs = (await run.until(fullFrame, 180_000)) - start;
	// What the explorer does just after its first frame (the finder's index) is not a key's cost.
	await run.quiet(1000);
	const samples = {j: [] as number[], PgDn: [] as number[], G: [] as number[], f: [] as number[], '/ query': [] as number[]};
	let peak: number | null = null;
	try {
		for (let i = 0; i < rounds; i++) await timed(run, KEYS.down, samples.j);
		for (let i = 0; i < rounds; i++) await timed(run, KEYS.pageDown, samples.PgDn);
		for (let i = 0; i < Math.ceil(rounds / 2); i++) {
			await timed(run, KEYS.last, samples.G);
			await untimed(run, KEYS.first);
		}
		await untimed(run, KEYS.tab); // the entity pane: its selection is what f filters by
		for (let i = 0; i < Math.ceil(rounds / 2); i++) {
			await timed(run, KEYS.filter, samples.f); // filter on…
			await timed(run, KEYS.filter, samples.f); // …and off
			await untimed(run, KEYS.down);
		}
		for (const query of QUERIES) {
			await timed(run, KEYS.find, samples['/ query']);
			for (const char of query) await timed(run, char, samples['/ query']);
			await untimed(run, KEYS.escape);
		}
	} finally {
		peak = peakRssMb(run.pid);
		run.write('q');
		const quit = await Promise.race([run.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
		if (!quit) run.kill();
	}
	return {
		events,
		firstFrameMs,
		keys: {j: spread(samples.j), PgDn: spread(samples.PgDn), G: spread(samples.G), f: spread(samples.f), '/ query': spread(samples['/ query'])},
		peakRssMb: peak,
	};
}
