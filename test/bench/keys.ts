/**
 * Key-to-screen latency: the explorer on a generated dataset in a pseudo-terminal (the e2e
 * harness), each key written to the terminal and timed until the emulator shows a whole frame
 * that differs. j, PgDn and G move in the timeline; f filters the timeline to the entity selected
 * in the entity pane and clears it again; a `/` query opens the finder and types names a
 * character at a time.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {startLinimasa, type TerminalSession} from '../e2e/harness.js';
import {FIRST_FRAME_WAIT_MS, fullFrame} from './screens.js';
import {spread} from './stats.js';

export interface KeyFigures {
	readonly events: number;
	/** The first frame of the dataset's first open (its store built) and of a later one (reopened). */
	readonly firstOpenMs: number;
	readonly firstFrameMs: number;
	/** The peak resident memory (MB) of the explorer that built the store, once its first frame and finder index are up. */
	readonly firstOpenPeakRssMb: number | null;
	readonly keys: Readonly<Record<'j' | 'PgDn' | 'G' | 'f' | '/ query', ReturnType<typeof spread>>>;
	/** The explorer's peak resident memory (VmHWM), in MB, when the keys are done; null off Linux. */
	readonly peakRssMb: number | null;
}

const KEYS = {down: 'j', pageDown: '\x1b[6~', last: 'G', first: 'g', tab: '\t', filter: 'f', find: '/', escape: '\x1b'};
const QUERIES = ['siregar', 'kementrian', 'pemkot sura', 'nguyen van', 'dinas pertanian'];
/** How long the screen must stay still before the next key: past Ink's trailing frame. */
const SETTLE_MS = 60;

/** Resolves once the program has written nothing for `ms` milliseconds. */
async function quiet(session: TerminalSession, ms: number): Promise<void> {
	for (;;) {
		const written = session.output.length;
		await sleep(ms);
		if (session.output.length === written) return;
	}
}

/** Writes a key and records the milliseconds until the screen shows a whole frame that differs. */
async function timed(session: TerminalSession, bytes: string, into: number[]): Promise<void> {
	const before = session.text();
	const start = performance.now();
	session.type(bytes);
	await session.waitFor((shown) => shown.text() !== before);
	into.push(performance.now() - start);
	await quiet(session, SETTLE_MS);
}

async function untimed(session: TerminalSession, bytes: string): Promise<void> {
	session.type(bytes);
	await quiet(session, SETTLE_MS);
}

function peakRssMb(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
		return kb === undefined ? null : Number(kb) / 1024;
	} catch {
		return null;
	}
}

/** The first open of a dataset in a store folder of its own: ms to the first frame, and peak memory once settled. */
async function firstOpen(file: string): Promise<{ms: number; peakRssMb: number | null; dir: string}> {
	const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-keys-'));
	const start = performance.now();
	const run = startLinimasa({args: ['--data', file], env: {LINIMASA_CACHE: dir}});
	try {
		await run.waitFor((shown) => fullFrame(shown.screen()), FIRST_FRAME_WAIT_MS);
		const ms = performance.now() - start;
		await quiet(run, 1000);
		return {ms, peakRssMb: peakRssMb(run.programPid()), dir};
	} finally {
		run.type('q');
		await run.waitForExit().catch(() => undefined);
		run.dispose();
	}
}

/** Measure the keys on one dataset, in an explorer that reopens the store its first open built. */
export async function keyFigures(events: number, file: string, rounds = 20): Promise<KeyFigures> {
	const first = await firstOpen(file);
	const start = performance.now();
	const run = startLinimasa({args: ['--data', file], env: {LINIMASA_CACHE: first.dir}});
	await run.waitFor((shown) => fullFrame(shown.screen()), FIRST_FRAME_WAIT_MS);
	const firstFrameMs = performance.now() - start;
	// What the explorer does just after its first frame (the finder's index) is not a key's cost.
	await quiet(run, 1000);
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
		peak = peakRssMb(run.programPid());
		run.type('q');
		await run.waitForExit().catch(() => undefined);
		run.dispose();
		rmSync(first.dir, {recursive: true, force: true});
	}
	return {
		events,
		firstOpenMs: first.ms,
		firstFrameMs,
		firstOpenPeakRssMb: first.peakRssMb,
		keys: {j: spread(samples.j), PgDn: spread(samples.PgDn), G: spread(samples.G), f: spread(samples.f), '/ query': spread(samples['/ query'])},
		peakRssMb: peak,
	};
}
