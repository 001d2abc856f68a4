/**
 * The command line's reading and writing: datasets and input files from a path or stdin ("-"),
 * output to stdout or to a file that is never replaced without --force. Failures become CliErrors
 * that say which file and what went wrong, in one line each.
 */
import {writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {formatDatasetError, type DatasetError} from '../model/errors.js';
import {decodeUtf8, loadDatasetFile, parseDataset, readUtf8, type LoadResult} from '../model/load.js';
import type {DatasetFile} from '../model/schema.js';
import type {Catalog} from '../model/catalog.js';
import {catalogOf} from '../model/story-catalog.js';
import type {Story} from '../model/story.js';
import {cacheDir, openDataset} from '../store/open.js';
import {CliError, EXIT, failure} from './command.js';
import {embeddedPath} from './open-catalog.js';
import type {Io} from './io.js';

/** The name stdin goes by in messages. */
export const STDIN_NAME = '<stdin>';

/** Every error of a dataset or input file, one line each (exit 1). */
export function dataErrors(errors: readonly DatasetError[]): CliError {
	return new CliError(errors.map(formatDatasetError).join('\n'), EXIT.failure);
}

async function readStdin(io: Io): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
	return Buffer.concat(chunks);
}

export interface TextInput {
	readonly text: string;
	/** The name for messages: the path as given, or "<stdin>". */
	readonly file: string;
	/** The folder relative paths inside the input are read from. */
	readonly baseDir: string;
}

async function readInput(path: string, io: Io): Promise<TextInput | {error: DatasetError}> {
	if (path === '-') {
		const read = decodeUtf8(await readStdin(io), STDIN_NAME);
		return 'error' in read ? read : {text: read.text, file: STDIN_NAME, baseDir: io.cwd};
	}
	const absolute = resolve(io.cwd, path);
	const read = readUtf8(absolute, path);
	return 'error' in read ? read : {text: read.text, file: path, baseDir: dirname(absolute)};
}

/** Read a file, or stdin for "-", as UTF-8 text. */
export async function readTextInput(path: string, io: Io): Promise<TextInput> {
	const input = await readInput(path, io);
	if ('error' in input) throw dataErrors([input.error]);
	return input;
}

/**
 * Load and validate a dataset: a path, stdin ("-"), or the embedded article when none is given.
 * A file that cannot be read is reported like any other error in it, not thrown.
 */
export async function loadDataset(path: string | undefined, io: Io): Promise<LoadResult> {
	const name = path ?? embeddedPath();
	if (name !== '-') return loadDatasetFile(resolve(io.cwd, name), name);
	const input = await readInput(name, io);
	if ('error' in input) return {ok: false, errors: [input.error]};
	return parseDataset(input.text, {file: input.file, baseDir: input.baseDir});
}

/** As loadDataset, but bad data ends the command with every error found. */
export async function loadStory(path: string | undefined, io: Io): Promise<{story: Story; data: DatasetFile}> {
	const result = await loadDataset(path, io);
	if (!result.ok) throw dataErrors(result.errors);
	return {story: result.story, data: result.data};
}

/**
 * The dataset named `name` as the explorer reads it (open-catalog.ts tries its store first): a file
 * through its store, built now (see src/store/open.ts), stdin loaded whole.
 */
export async function openDatasetCatalog(name: string, io: Io): Promise<Catalog> {
	if (name === '-') return catalogOf((await loadStory(name, io)).story);
	const opened = openDataset(resolve(io.cwd, name), name, cacheDir(io.env));
	if (!opened.ok) throw dataErrors(opened.errors);
	return opened.catalog;
}

function describeWriteError(error: unknown, target: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'EEXIST':
			return `${target} already exists; add --force to replace it`;
		case 'ENOENT':
			return `cannot write ${target}: its folder does not exist`;
		case 'EISDIR':
			return `cannot write ${target}: it is a directory`;
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return `cannot write ${target}: permission denied`;
		default:
			return `cannot write ${target} (${code ?? (error instanceof Error ? error.message : String(error))})`;
	}
}

/** Print to stdout, or write to `target` (refusing to replace a file unless `force`). */
export function writeOutput(text: string, target: string | undefined, force: boolean, io: Io): void {
	if (target === undefined || target === '-') {
		io.stdout.write(text);
		return;
	}
	try {
		// 'wx' fails if the file exists, atomically: no window between a check and the write.
		writeFileSync(resolve(io.cwd, target), text, {flag: force ? 'w' : 'wx'});
	} catch (error) {
		throw failure(describeWriteError(error, target));
	}
}
