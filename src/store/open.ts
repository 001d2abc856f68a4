/**
 * Opening a dataset file for the explorer (reopen.ts alone, when its store is current). The first time, it is validated record by record into a
 * store in the cache folder; afterwards, while the dataset and its text file are unchanged, the
 * store is opened directly (a few reads, whatever the dataset's size). A cache folder that cannot
 * be written leaves the file to the whole-file loader; a file the streaming build refuses has its
 * errors said by loadRefused (below), or is loaded whole where the stream cannot take it.
 */
import {randomBytes} from 'node:crypto';
import {mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import type {Catalog} from '../model/catalog.js';
import type {DatasetError} from '../model/errors.js';
import {loadDatasetFile, MAX_FILE_BYTES, type LoadResult} from '../model/load.js';
import {catalogOf} from '../model/story-catalog.js';
import {buildStore, SIDE_FILES, type BuildOptions, type BuildOutcome, type BuildTimes} from './build.js';
import type {StreamOptions} from './record-stream.js';
import {streamErrors} from './stream-errors.js';
import {openStore, type OpenedStore} from './layout.js';
import type {StoreMeta} from './meta.js';
import {currentCatalog, storePathOf} from './reopen.js';
import {stampOf} from './stamp.js';
import {storeCatalog} from './store-catalog.js';

export {cacheDir, storePathFor} from './reopen.js';

export type OpenOutcome =
	| {readonly ok: true; readonly catalog: Catalog; readonly how: 'store' | 'whole'}
	/** A store was built: where, how large (a few times the dataset: the user is told), and how long it took. */
	| {readonly ok: true; readonly catalog: Catalog; readonly how: 'built'; readonly store: {readonly path: string; readonly bytes: number; readonly times: BuildTimes}}
	| {readonly ok: false; readonly errors: readonly DatasetError[]};

/**
 * Open the dataset at `path` (named `file` in messages) as a Catalog, through its store when one
 * can be kept in `dir`. A build stopped by `options.signal` leaves no file behind and rejects
 * with the signal's reason.
 */
export async function openDataset(path: string, file: string, dir: string, options: BuildOptions = {}): Promise<OpenOutcome> {
	const stamp = stampOf(path);
	let built: Awaited<ReturnType<typeof build>> = 'refused';
	if (stamp) {
		const storePath = storePathOf(stamp, path, dir);
		const existing = currentCatalog(storePath, stamp, path, file);
		if (existing) return {ok: true, catalog: existing, how: 'store'};
		built = await build(path, storePath, dir, options);
		if (built !== 'refused' && built !== 'unbuilt') {
			const catalog = storeCatalog(built.store, file);
			// The last word on a stop (the caller hears a signal on its next turn, where nothing is
			// undone): asked for while the new store was opened, it is not kept either.
			await nextTurn();
			if (options.signal?.aborted) {
				built.store.close();
				removeIfThere(storePath);
				options.signal.throwIfAborted();
			}
			return {ok: true, catalog, how: 'built', store: {path: storePath, bytes: statSync(storePath, {throwIfNoEntry: false})?.size ?? 0, times: built.times}};
		}
	}
	// No store could be kept (a cache folder that cannot be written): the file was not refused, and is loaded whole at once.
	const whole = built === 'unbuilt' ? loadDatasetFile(path, file, options.textDir) : await loadRefused(path, file, options);
	return whole.ok ? {ok: true, catalog: catalogOf(whole.story), how: 'whole'} : whole;
}

/**
 * Up to this size a refused file is loaded whole to say its errors; past it they are found as it
 * streams (stream-errors.ts: the loader's errors, at its places). Placing them, the loader holds
 * the file's syntax tree, some 25 times the file. Measured with one record broken, peak memory
 * loaded whole against streamed: 126 against 81 MB for a 1.1 MB file, 396 against 130 MB for
 * 11 MB, 2.8 GB against 200 MB for 111 MB.
 */
export const LOADED_ERRORS_BYTES = 2 ** 20;

/**
 * A dataset file the stream refused: loaded whole if small, which says every error and its place;
 * larger, its errors are found as it streams, and only what the stream cannot read (its top level:
 * the article, the members' order) is left to the loader.
 */
export async function loadRefused(path: string, file: string, options: StreamOptions = {}): Promise<LoadResult> {
	const size = stampOf(path)?.size ?? 0;
	const errors = size > LOADED_ERRORS_BYTES ? await streamErrors(path, file, {...options, syntaxToLoader: size <= MAX_FILE_BYTES}) : undefined;
	return errors ? {ok: false, errors} : loadDatasetFile(path, file, options.textDir);
}

/** The store built and opened; 'refused' when the stream refused the file; 'unbuilt' when it could not be written (or opened). */
async function build(datasetPath: string, storePath: string, dir: string, options: BuildOptions): Promise<{store: OpenedStore<StoreMeta>; times: BuildTimes} | 'refused' | 'unbuilt'> {
	// Written under a name of its own and renamed into place, so a reader never sees half a store
	// and two programs building at once (even with one process id, in two containers) do not write
	// into one file.
	const partial = `${storePath}.${process.pid}.${randomBytes(6).toString('hex')}.partial`;
	let built: BuildOutcome;
	try {
		// The folder and its stores are the user's alone: a store holds the whole dataset.
		makeFolder(dir, 0o700);
		removeAbandoned(storePath);
		built = await buildStore(datasetPath, partial, options);
		// A signal that came during the build's last steps, which run at one go, is heard now: a store
		// finished after a stop was asked for is not kept, nor is a file the build refused read again.
		await nextTurn();
		options.signal?.throwIfAborted();
		if (!built.ok) return 'refused';
		renameSync(partial, storePath);
	} catch (error) {
		removeIfThere(partial);
		await nextTurn();
		if (options.signal?.aborted) throw error;
		return 'unbuilt';
	}
	const store = openStore<StoreMeta>(storePath);
	return store ? {store, times: built} : 'unbuilt';
}

/**
 * Remove what builds of this store left when they were interrupted (Ctrl-C, a closed terminal):
 * partial files of processes that are gone. A build still running elsewhere keeps its own.
 */
function removeAbandoned(storePath: string): void {
	const prefix = `${basename(storePath)}.`;
	for (const name of readdirSync(dirname(storePath))) {
		// A build's store, and the files it keeps beside it (build.ts).
		if (!name.startsWith(prefix) || !(name.endsWith('.partial') || SIDE_FILES.some((side) => name.endsWith(`.partial.${side}`)))) continue;
		const pid = Number(name.slice(prefix.length).split('.')[0]);
		if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) removeIfThere(join(dirname(storePath), name));
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but is someone else's.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Make a folder and those above it that are missing, a level at a time. Node 20's own recursive
 * mkdirSync never returns where a parent refuses new folders with ENOENT (a path under /proc): it
 * spun a core until killed. Here the second ENOENT is thrown, and the dataset is loaded whole.
 */
function makeFolder(dir: string, mode: number): void {
	try {
		mkdirSync(dir, {mode});
		return;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return;
		if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
	}
	makeFolder(dirname(dir), mode);
	mkdirSync(dir, {mode});
}

/** Remove a file if it was made; a folder that could not be made (a file in its path) has none to remove. */
function removeIfThere(path: string): void {
	try {
		rmSync(path, {force: true});
	} catch {
		// ENOTDIR and the like: the path cannot hold a file, so nothing was written there.
	}
}
