/**
 * Output written a piece at a time: to stdout (waiting when the reader is slower, so a listing of
 * a million rows never piles up in memory) or to a file that is never replaced without --force.
 * Pieces are gathered into chunks of about 64 KB before each write.
 */
import {closeSync, openSync, rmSync, statSync, writeSync} from 'node:fs';
import {resolve} from 'node:path';
import {failure} from './command.js';
import type {Io} from './io.js';

const CHUNK = 64 * 1024;

/** Where a command's output goes, written in order; `end` must be awaited. */
export interface Output {
	/** Add text; when a promise comes back, await it before writing more. */
	write(text: string): Promise<void> | undefined;
	/** Write what is left and close (a file) or let go (stdout). */
	end(): Promise<void>;
	/** Give up (a failure midway): a file being written is removed. */
	abandon(): void;
}

/** What went wrong writing `target`, in words. */
export function describeWriteError(error: unknown, target: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'EEXIST':
			return `${target} already exists; add --force to replace it`;
		case 'ENOENT':
			return `cannot write ${target}: its folder does not exist`;
		case 'EISDIR':
			return `cannot write ${target}: it is a directory; give a file's path`;
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return `cannot write ${target}: permission denied`;
		default:
			return `cannot write ${target} (${code ?? (error instanceof Error ? error.message : String(error))})`;
	}
}

/** Why `path` (given as `target`) could not be made to write: a folder "exists" too, but --force would not help, so that is said first. */
export function describeCreateError(error: unknown, path: string, target: string): string {
	const folder = (error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(path, {throwIfNoEntry: false})?.isDirectory();
	return describeWriteError(folder ? {code: 'EISDIR'} : error, target);
}

/**
 * Pieces are encoded as UTF-8 straight into a chunk's buffer: gathered as a string, 168 MB of
 * JSON was joined, flattened and then encoded again by the stream, a second of the listing's time.
 * A chunk is handed to the stream as it is and never written to again.
 */
function streamOutput(stream: NodeJS.WritableStream): Output {
	let chunk = Buffer.allocUnsafe(CHUNK * 2);
	let used = 0;
	const send = (data: Buffer | string): Promise<void> | undefined => {
		if (stream.write(data)) return undefined;
		return new Promise((done) => stream.once('drain', () => done()));
	};
	const flush = (): Promise<void> | undefined => {
		if (used === 0) return undefined;
		const data = chunk.subarray(0, used);
		chunk = Buffer.allocUnsafe(CHUNK * 2);
		used = 0;
		return send(data);
	};
	return {
		write(text) {
			// A UTF-16 unit takes at most three bytes of UTF-8; a piece that might not fit goes alone.
			if (text.length * 3 > CHUNK) {
				const wait = flush();
				return wait ? wait.then(() => send(text)) : send(text);
			}
			used += chunk.write(text, used, 'utf8');
			return used >= CHUNK ? flush() : undefined;
		},
		async end() {
			await flush();
		},
		abandon() {
			used = 0;
		},
	};
}

function fileOutput(path: string, target: string, force: boolean): Output {
	let fd: number;
	try {
		// 'wx' fails if the file exists, atomically: no window between a check and the write.
		fd = openSync(path, force ? 'w' : 'wx');
	} catch (error) {
		throw failure(describeCreateError(error, path, target));
	}
	let pending = '';
	const flush = () => {
		try {
			writeSync(fd, pending);
		} catch (error) {
			throw failure(describeWriteError(error, target));
		}
		pending = '';
	};
	return {
		write(text) {
			pending += text;
			if (pending.length >= CHUNK) flush();
			return undefined;
		},
		async end() {
			flush();
			closeSync(fd);
		},
		abandon() {
			closeSync(fd);
			rmSync(path, {force: true});
		},
	};
}

/** Output to stdout, or to `target` (refusing to replace a file unless `force`). */
export function outputTo(target: string | undefined, force: boolean, io: Io): Output {
	if (target === undefined || target === '-') return streamOutput(io.stdout);
	return fileOutput(resolve(io.cwd, target), target, force);
}

/** Write everything `produce` writes to `output`, then end it; a failure removes a half-written file. */
export async function writeAll(output: Output, produce: (output: Output) => Promise<void>): Promise<void> {
	try {
		await produce(output);
		await output.end();
	} catch (error) {
		output.abandon();
		throw error;
	}
}
