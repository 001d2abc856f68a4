/**
 * How far a dataset's first open is, said on stderr: on a terminal one line redrawn a few times a
 * second, elsewhere (a log, a pipe) a line every few seconds. Datasets small enough to open at once
 * say nothing.
 */
import type {BuildProgress, BuildTimes} from '../store/build.js';
import {sanitizeInline} from '../model/sanitize.js';
import {CLEAR_LINE} from '../platform/terminal.js';
import {truncate, truncateStart, widthOf} from '../text/fit.js';
import type {Io} from './io.js';

/** Datasets this large take a moment to check on a first open: say how far it is. */
export const SAY_PROGRESS_BYTES = 8 * 2 ** 20;
/** How often the line is redrawn on a terminal, and written elsewhere. */
const REDRAW_MS = 200;
const LOG_MS = 10_000;

const MB = 2 ** 20;
const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** What a first open of a large file says once its store is written: where it is and how large, and that it may go. */
export function keptStoreLine(bytes: number, dir: string): string {
	return `linimasa: its store is kept for later opens: ${whole.format(bytes / MB)} MB in ${sanitizeInline(dir)} (safe to delete; it is made again when needed)`;
}

/**
 * What a first open of a large file says of how long it took, and where: "linimasa: big.json read
 * and checked in 2.4 s (46 MB/s), then indexed in 1.7 s".
 */
export function buildTimesLine(name: string, times: BuildTimes): string {
	const rate = whole.format(times.readMs > 0 ? times.bytes / MB / (times.readMs / 1000) : 0);
	return `linimasa: ${sanitizeInline(name)} read and checked in ${preciseDuration(times.readMs)} (${rate} MB/s), then indexed in ${preciseDuration(times.indexMs)}`;
}

/** A duration to a tenth of a second under a minute ("2.4 s", "18.3 s"), else as `duration` says it. */
function preciseDuration(ms: number): string {
	return ms < 59_950 ? `${(Math.max(0, ms) / 1000).toFixed(1)} s` : duration(ms);
}

/** A duration in words a reader takes in at a glance: "14 s", "3 min 5 s". */
function duration(ms: number): string {
	const seconds = Math.max(1, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

/** What each phase is called on the line (see StreamProgress.phase), and where a signal stopped it. */
export const DOING = {checking: 'checking', indexing: 'indexing', errors: 'finding every error in'} as const;

/**
 * One line of progress, at most `width` columns when given: "checking big.json: 412 of 1,108 MB
 * (37%), 151,000 records at 52,000/s, about 14 s left to read"; once read, "indexing big.json:
 * 151,000 records, 12 s so far" (`indexingMs`: how long it has been indexing; under a second,
 * "indexing them…"). Shorter on a narrow
 * terminal: the name cut from its start, then fewer words, so that the figures a reader waits for
 * stay.
 */
export function progressLine(name: string, progress: BuildProgress, width = Number.POSITIVE_INFINITY, indexingMs = 0): string {
	const {bytes, totalBytes, records, elapsedMs, phase} = progress;
	const shown = sanitizeInline(name);
	const fitted = (head: string, tail: string, shortest: string) => {
		const full = `${head} ${shown}${tail}`;
		if (widthOf(full) <= width) return full;
		const room = width - head.length - 1 - tail.length;
		return room >= 12 ? `${head} ${truncateStart(shown, room)}${tail}` : truncate(shortest, width);
	};
	if (phase === 'indexing') {
		// Said as indexing begins too: a second's worth is not claimed before it has passed.
		const so = indexingMs < 1000 ? '…' : `, ${duration(indexingMs)} so far`;
		const full = `checking ${shown}: all ${whole.format(totalBytes / MB)} MB read, ${whole.format(records)} records; indexing them${so}`;
		return widthOf(full) <= width ? full : fitted('indexing', `: ${whole.format(records)} records${so}`, `indexing${so}`);
	}
	const done = Math.min(bytes, totalBytes);
	const percent = `${totalBytes > 0 ? Math.floor((done / totalBytes) * 100) : 100}%`;
	const rate = whole.format(elapsedMs > 0 ? (records * 1000) / elapsedMs : 0);
	const leftMs = done > 0 && done < totalBytes ? ((totalBytes - done) * elapsedMs) / done : undefined;
	const [read, total] = [whole.format(done / MB), whole.format(totalBytes / MB)];
	const full = `${DOING[phase]} ${shown}: ${read} of ${total} MB (${percent}), ${whole.format(records)} records at ${rate}/s${leftMs === undefined ? '' : `, about ${duration(leftMs)} left to read`}`;
	if (widthOf(full) <= width) return full;
	const left = leftMs === undefined ? '' : `, ~${duration(leftMs)} to read`;
	return fitted(phase === 'errors' ? 'finding errors in' : DOING[phase], `: ${read}/${total} MB (${percent})${left}`, `${percent}${left}`);
}

/** Says a build's progress on `io.stderr` for a dataset named `name`. */
export class ProgressReport {
	private lastMs = 0;
	private lastBytes = 0;
	private said = false;
	private phase: BuildProgress['phase'] | undefined;
	/** When indexing began (the build's elapsed milliseconds then). */
	private indexingFrom = 0;

	constructor(private readonly name: string, private readonly io: Io) {}

	/** Take the latest progress (called after every chunk read; said only now and then). */
	readonly update = (progress: BuildProgress): void => {
		const tty = this.io.stderrIsTTY === true;
		// A new phase is said at once (the indexing after the reading, a second pass for every error),
		// as is a reading that starts again from the first byte (and the first millisecond): one whose
		// lines misled the first (record-stream.ts orUncut).
		const again = progress.phase !== 'indexing' && progress.bytes < this.lastBytes;
		this.lastBytes = progress.bytes;
		const newPhase = progress.phase !== this.phase || again;
		if (progress.phase === 'indexing' && newPhase) this.indexingFrom = progress.elapsedMs;
		if (this.said && !newPhase && progress.elapsedMs - this.lastMs < (tty ? REDRAW_MS : LOG_MS)) return;
		const firstOfPass = progress.phase !== 'indexing' && newPhase;
		this.phase = progress.phase;
		this.lastMs = progress.elapsedMs;
		if (firstOfPass && !tty) {
			this.said = true;
			// Read again from the start, the same line twice in a log would read as a fault: it says "again".
			this.io.stderr.write(`linimasa: ${DOING[progress.phase]} ${sanitizeInline(this.name)}${again ? ' again' : ''} (${whole.format(progress.totalBytes / MB)} MB)…\n`);
			return;
		}
		this.said = true;
		// A line longer than the terminal would wrap, and only its last row be redrawn; the terminal
		// echoes Ctrl-C as "^C" after it, so that must fit too.
		const columns = (this.io.stderr as {columns?: unknown}).columns;
		const width = tty && typeof columns === 'number' && columns > 16 ? columns - 3 - 'linimasa: '.length : Number.POSITIVE_INFINITY;
		const line = `linimasa: ${progressLine(this.name, progress, width, progress.elapsedMs - this.indexingFrom)}`;
		this.io.stderr.write(tty ? CLEAR_LINE + line : `${line}\n`);
	};

	/** The build is over: clear the redrawn line. */
	done(): void {
		if (this.said && this.io.stderrIsTTY) this.io.stderr.write(CLEAR_LINE);
	}
}

/**
 * How much of standard input has been read, on a terminal: a dataset arriving over a slow pipe
 * (ssh, curl) is otherwise read in silence. Said once past SAY_PROGRESS_BYTES, redrawn, then cleared.
 */
export class ReadingReport {
	private lastMs = 0;
	private said = false;
	private readonly started = performance.now();

	constructor(private readonly io: Io) {}

	/** `bytes` read so far. */
	update(bytes: number): void {
		if (this.io.stderrIsTTY !== true || bytes < SAY_PROGRESS_BYTES) return;
		const now = performance.now() - this.started;
		if (this.said && now - this.lastMs < REDRAW_MS) return;
		this.said = true;
		this.lastMs = now;
		this.io.stderr.write(`${CLEAR_LINE}linimasa: reading standard input: ${whole.format(bytes / MB)} MB so far`);
	}

	done(): void {
		if (this.said) this.io.stderr.write(CLEAR_LINE);
	}
}
