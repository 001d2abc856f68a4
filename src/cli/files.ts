/**
 * The command line's reading and writing: datasets and input files from a path or stdin ("-"),
 * output to stdout or to a file that is never replaced without --force. Failures become CliErrors
 * that say which file and what went wrong, in one line each.
 */
import {closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {formatDatasetError, type DatasetError} from '../model/errors.js';
import {decodeUtf8, loadDatasetFile, MAX_FILE_BYTES, readUtf8, type ExpectedFile, type LoadResult} from '../model/load.js';
import {sanitizeInline} from '../model/sanitize.js';
import type {DatasetFile} from '../model/schema.js';
import type {Catalog} from '../model/catalog.js';
import type {Story} from '../model/story.js';
import {cacheDir, openDataset, type OpenOutcome} from '../store/open.js';
import type {StreamOptions, StreamProgress} from '../store/record-stream.js';
import {CLEAR_LINE, SIGNAL_EXIT_STATUS, type TerminationSignal} from '../platform/terminal.js';
import {buildTimesLine, DOING, keptStoreLine, ProgressReport, ReadingReport, SAY_PROGRESS_BYTES} from './build-progress.js';
import {CliError, EXIT, failure} from './command.js';
import {embeddedPath} from './embedded-path.js';
import {STDIN_NAME, type Io} from './io.js';
import {describeCreateError} from './output.js';

/** Every error of a dataset or input file, one line each (exit 1). */
export function dataErrors(errors: readonly DatasetError[]): CliError {
	return new CliError(errors.map(formatDatasetError).join('\n'), EXIT.failure);
}

/** Standard input whole, or an error once it passes the limit a file is held to (read no further). */
async function readStdin(io: Io): Promise<Uint8Array | {error: DatasetError}> {
	const chunks: Buffer[] = [];
	let bytes = 0;
	for await (const chunk of io.stdin) {
		const piece = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
		bytes += piece.length;
		if (bytes > MAX_FILE_BYTES) return {error: {file: STDIN_NAME, message: `is over ${MAX_FILE_BYTES / 2 ** 20} MB, the most linimasa reads from standard input; save it to a file and give its path with --data`}};
		chunks.push(piece);
	}
	return Buffer.concat(chunks);
}

export interface TextInput {
	readonly text: string;
	/** The name for messages: the path as given, or "<stdin>". */
	readonly file: string;
	/** The folder relative paths inside the input are read from. */
	readonly baseDir: string;
}

async function readInput(path: string, io: Io, expected: ExpectedFile): Promise<TextInput | {error: DatasetError}> {
	if (path === '-') {
		const bytes = await readStdin(io);
		if ('error' in bytes) return bytes;
		const read = decodeUtf8(bytes, STDIN_NAME, expected.declaredEncoding);
		return 'error' in read ? read : {text: read.text, file: STDIN_NAME, baseDir: io.cwd};
	}
	const absolute = resolve(io.cwd, path);
	const read = readUtf8(absolute, path, expected);
	return 'error' in read ? read : {text: read.text, file: path, baseDir: dirname(absolute)};
}

/** Read a file, or stdin for "-", as UTF-8 text (`expected`: what it should be, for a folder given instead). */
export async function readTextInput(path: string, io: Io, expected: ExpectedFile): Promise<TextInput> {
	const input = await readInput(path, io, expected);
	if ('error' in input) throw dataErrors([input.error]);
	return input;
}

/** On a terminal, the line under way (the "^C" it echoed, a progress line) cleared before a word of ours. */
function clearLine(io: Io): void {
	if (io.stderrIsTTY) io.stderr.write(CLEAR_LINE);
}

/**
 * Run `step`, a long one that `stop` cuts short, heeding Ctrl-C, SIGTERM and SIGHUP meanwhile: the
 * first calls `stop`, and the command then ends with 128 + the signal's number, saying it was
 * stopped while `doing` and nothing was kept. Listening ends at that first signal: a second is not
 * held back, it ends the program at once.
 */
async function stoppable<T>(io: Io, doing: () => string, stop: () => void, step: () => Promise<T>, discard?: (done: T) => void): Promise<T> {
	let stoppedBy: TerminationSignal | undefined;
	const stopListening = io.onTermination?.((signal) => {
		stoppedBy ??= signal;
		stop();
		stopListening?.();
	});
	try {
		const done = await step();
		// A signal during a step that cannot be cut short (a whole-file load, the last moments of a
		// build) is heeded after it: a turn of the event loop, for it to be heard. What the step
		// finished is then undone (`discard`), so that nothing was kept.
		await nextTurn();
		if (stoppedBy === undefined) return done;
		discard?.(done);
	} catch (error) {
		// Stopped, the step fails as it may (an abort, a stream cut off): the signal is what is said.
		if (stoppedBy === undefined) throw error;
	} finally {
		stopListening?.();
	}
	clearLine(io);
	throw new CliError(`stopped while ${doing()}; nothing was kept`, SIGNAL_EXIT_STATUS[stoppedBy]);
}

/** Standard input, saved to a file in a temporary folder of its own (both removed by `dispose`). */
export interface SavedStdin {
	readonly path: string;
	readonly dir: string;
	dispose(): void;
}

/**
 * Standard input saved, as it arrives, to a file of its own: a dataset piped in is then read as a
 * file is (streamed, in bounded memory, whatever its size), its textFile from the working folder.
 */
async function saveStdin(io: Io): Promise<SavedStdin> {
	// Readable by its owner alone, like the stores: it holds the whole dataset.
	const dir = mkdtempSync(join(tmpdir(), 'linimasa-stdin-'));
	const dispose = () => rmSync(dir, {recursive: true, force: true});
	const path = join(dir, 'stdin.json');
	try {
		// Stopped while it is being read (Ctrl-C on a slow pipe), the copy is removed, not left behind.
		await stoppable(io, () => 'reading standard input', () => (io.stdin as {destroy?: () => void}).destroy?.(), () => copyStdin(path, io));
	} catch (error) {
		dispose();
		throw error;
	}
	return {path, dir, dispose};
}

/** Copy standard input to a new file at `path`, saying how much has come on a terminal. */
async function copyStdin(path: string, io: Io): Promise<void> {
	// Typed at a terminal, a dataset would be read until Ctrl-D: say so, rather than wait in silence.
	if (io.stdinIsTTY) io.stderr.write('linimasa: reading the dataset from standard input; end it with Ctrl-D (or give a file with --data FILE)\n');
	const report = new ReadingReport(io);
	try {
		const fd = openSync(path, 'wx', 0o600);
		try {
			let bytes = 0;
			for await (const chunk of io.stdin) {
				const piece = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
				for (let done = 0; done < piece.byteLength; ) done += writeSync(fd, piece, done);
				report.update((bytes += piece.byteLength));
			}
		} finally {
			closeSync(fd);
			report.done();
		}
	} catch (error) {
		throw failure(`standard input could not be saved to read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); save it to a file and give its path with --data`);
	}
}

/** Run `use` on standard input saved to a file (see saveStdin); the file is removed once `use` is done. */
export async function withSavedStdin<T>(io: Io, use: (saved: SavedStdin) => T | Promise<T>): Promise<T> {
	const saved = await saveStdin(io);
	try {
		return await use(saved);
	} finally {
		saved.dispose();
	}
}

/**
 * Load and validate a dataset: a path, stdin ("-"), or the embedded article when none is given.
 * A file that cannot be read is reported like any other error in it, not thrown.
 */
export async function loadDataset(path: string | undefined, io: Io): Promise<LoadResult> {
	const name = path ?? embeddedPath();
	if (name !== '-') return loadDatasetFile(resolve(io.cwd, name), name);
	return withSavedStdin(io, (saved) => loadDatasetFile(saved.path, STDIN_NAME, io.cwd));
}

/** As loadDataset, but bad data ends the command with every error found. */
export async function loadStory(path: string | undefined, io: Io): Promise<{story: Story; data: DatasetFile}> {
	const result = await loadDataset(path, io);
	if (!result.ok) throw dataErrors(result.errors);
	return {story: result.story, data: result.data};
}

/**
 * The dataset named `name` as the explorer reads it (open-catalog.ts tries its store first): a file
 * through its store, built now (see src/store/open.ts); stdin saved to a file, and read through a
 * store of its own that lasts as long as the program (its files are removed once it is open).
 */
export async function openDatasetCatalog(name: string, io: Io): Promise<Catalog> {
	if (name !== '-') {
		const path = resolve(io.cwd, name);
		const opened = await openDatasetFile(path, name, io);
		// A store of a large file takes time and room a user would want to know of (a few times the file); a small one's is not worth a word.
		if (opened.ok && opened.how === 'built' && opened.store.times.bytes >= SAY_PROGRESS_BYTES) {
			io.stderr.write(`${buildTimesLine(name, opened.store.times)}\n${keptStoreLine(opened.store.bytes, dirname(opened.store.path))}\n`);
		}
		return openedCatalog(opened);
	}
	// An open store is read through its open file: removing its name once it is open leaves it readable.
	return withSavedStdin(io, async (saved) => openedCatalog(await streamedWork(saved.path, STDIN_NAME, io, (options) => openDataset(saved.path, STDIN_NAME, saved.dir, {...options, textDir: io.cwd}))));
}

function openedCatalog(opened: OpenOutcome): Catalog {
	if (!opened.ok) throw dataErrors(opened.errors);
	return opened.catalog;
}

/** The runs told already that their LINIMASA_THREADS is not a number of threads: a run may read several files, or one file twice. */
const toldOfThreads = new WeakSet<Io>();

/** The threads a store build may use to check records: $LINIMASA_THREADS (0: none besides its own), else its own choice. */
function threadsOf(io: Io): number | undefined {
	const given = io.env.LINIMASA_THREADS;
	if (given === undefined || given === '') return undefined;
	const threads = Number(given);
	if (Number.isInteger(threads) && threads >= 0) return Math.min(threads, 64);
	if (!toldOfThreads.has(io)) io.stderr.write(`linimasa: LINIMASA_THREADS=${sanitizeInline(given)} is not a number of threads (0 or more); the default is used (none under 8 MB, else a thread a core besides this one, at most 7)\n`);
	toldOfThreads.add(io);
	return undefined;
}

/**
 * A dataset file opened as every command opens it (src/store/open.ts), saying on stderr how far a
 * long first open is; Ctrl-C (or SIGTERM, SIGHUP) stops it with nothing left behind.
 */
export function openDatasetFile(path: string, name: string, io: Io): Promise<OpenOutcome> {
	// A store built to its end, as a stop came, goes with the rest: the command says nothing was kept.
	const discard = (opened: OpenOutcome) => {
		if (opened.ok && opened.how === 'built') rmSync(opened.store.path, {force: true});
	};
	return streamedWork(path, name, io, (options) => openDataset(path, name, cacheDir(io.env), options), discard);
}

/**
 * Run `work`, a pass over the dataset file at `path` that takes stream options: it is told how far
 * it is when the file is large (said on stderr) and stopped by Ctrl-C, SIGTERM or SIGHUP, which
 * then end the command with 128 + the signal's number (what the work finished as a signal came is
 * given to `discard`).
 */
export async function streamedWork<T>(path: string, name: string, io: Io, work: (options: StreamOptions) => Promise<T>, discard?: (done: T) => void): Promise<T> {
	let size = 0;
	try {
		size = statSync(path).size;
	} catch {
		// Said by the work, which cannot read it either.
	}
	const report = new ProgressReport(name, io);
	const controller = new AbortController();
	const said = size >= SAY_PROGRESS_BYTES;
	// What the work is doing, for the line that says where a signal stopped it.
	let phase: StreamProgress['phase'] = 'checking';
	const onProgress = (progress: StreamProgress) => {
		phase = progress.phase;
		if (said) report.update(progress);
	};
	try {
		// Ended by a second signal, a build leaves what it wrote: the next build removes it.
		return await stoppable(io, () => `${DOING[phase]} ${name}`, () => controller.abort(), () => work({signal: controller.signal, onProgress, threads: threadsOf(io)}), discard);
	} finally {
		report.done();
	}
}

/** Print to stdout, or write to `target` (refusing to replace a file unless `force`). */
export function writeOutput(text: string, target: string | undefined, force: boolean, io: Io): void {
	if (target === undefined || target === '-') {
		io.stdout.write(text);
		return;
	}
	const path = resolve(io.cwd, target);
	try {
		// 'wx' fails if the file exists, atomically: no window between a check and the write.
		writeFileSync(path, text, {flag: force ? 'w' : 'wx'});
	} catch (error) {
		throw failure(describeCreateError(error, path, target));
	}
}
