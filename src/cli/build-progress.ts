/**
 * How far a dataset's first open is, said on stderr: on a terminal one line redrawn a few times a
 * second, elsewhere (a log, a pipe) a line every few seconds. Datasets small enough to open at once
 * say nothing.
 */
import type {BuildProgress} from '../store/build.js';
import {sanitizeInline} from '../model/sanitize.js';
import {truncate, truncateStart, widthOf} from '../text/fit.js';
import type {Io} from './io.js';

/** Datasets this large take a moment to check on a first open: say how far it is. */
export const SAY_PROGRESS_BYTES = 8 * 2 ** 20;
/** How often the line is redrawn on a terminal, and written elsewhere. */
const REDRAW_MS = 200;
const LOG_MS = 10_000;

const MB = 2 ** 20;
const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** A duration in words a reader takes in at a glance: "14 s", "3 min 5 s". */
function duration(ms: number): string {
	const seconds = Math.max(1, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

/**
 * One line of progress, at most `width` columns when given: "checking big.json: 412 of 1,108 MB
 * (37%), 151,000 records at 52,000/s, about 14 s left", shorter on a narrow terminal (the name cut
 * from its start, then fewer words) so that the figures a reader waits for stay.
 */
export function progressLine(name: string, progress: BuildProgress, width = Number.POSITIVE_INFINITY): string {
	const {bytes, totalBytes, records, elapsedMs} = progress;
	const done = Math.min(bytes, totalBytes);
	const percent = `${totalBytes > 0 ? Math.floor((done / totalBytes) * 100) : 100}%`;
	const rate = whole.format(elapsedMs > 0 ? (records * 1000) / elapsedMs : 0);
	const leftMs = done > 0 && done < totalBytes ? ((totalBytes - done) * elapsedMs) / done : undefined;
	const [read, total] = [whole.format(done / MB), whole.format(totalBytes / MB)];
	const shown = sanitizeInline(name);
	const full = `checking ${shown}: ${read} of ${total} MB (${percent}), ${whole.format(records)} records at ${rate}/s${leftMs === undefined ? '' : `, about ${duration(leftMs)} left`}`;
	if (widthOf(full) <= width) return full;
	const figures = `: ${read}/${total} MB (${percent}), ${rate}/s${leftMs === undefined ? '' : `, ~${duration(leftMs)} left`}`;
	const room = width - 'checking '.length - figures.length;
	if (room >= 12) return `checking ${truncateStart(shown, room)}${figures}`;
	return truncate(`${percent}, ${rate} records/s${leftMs === undefined ? '' : `, ~${duration(leftMs)} left`}`, width);
}

/** Says a build's progress on `io.stderr` for a dataset named `name`. */
export class ProgressReport {
	private lastMs = 0;
	private said = false;

	constructor(private readonly name: string, private readonly io: Io) {}

	/** Take the latest progress (called after every chunk read; said only now and then). */
	readonly update = (progress: BuildProgress): void => {
		const tty = this.io.stderrIsTTY === true;
		if (this.said && progress.elapsedMs - this.lastMs < (tty ? REDRAW_MS : LOG_MS)) return;
		this.lastMs = progress.elapsedMs;
		if (!this.said && !tty) {
			this.said = true;
			this.io.stderr.write(`linimasa: checking ${sanitizeInline(this.name)} (${whole.format(progress.totalBytes / MB)} MB)…\n`);
			return;
		}
		this.said = true;
		// A line longer than the terminal would wrap, and only its last row be redrawn; the terminal
		// echoes Ctrl-C as "^C" after it, so that must fit too.
		const columns = (this.io.stderr as {columns?: unknown}).columns;
		const width = tty && typeof columns === 'number' && columns > 16 ? columns - 3 - 'linimasa: '.length : Number.POSITIVE_INFINITY;
		const line = `linimasa: ${progressLine(this.name, progress, width)}`;
		this.io.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
	};

	/** The build is over: clear the redrawn line. */
	done(): void {
		if (this.said && this.io.stderrIsTTY) this.io.stderr.write('\r\x1b[2K');
	}
}
