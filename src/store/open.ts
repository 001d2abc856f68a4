/**
 * Opening a dataset file for the explorer. The first time, it is validated record by record into a
 * store in the cache folder; afterwards, while the dataset and its text file are unchanged, the
 * store is opened directly (a few reads, whatever the dataset's size). A dataset the streaming
 * build refuses, or a cache folder that cannot be written, goes through the whole-file loader —
 * which also reports exactly what is wrong with a bad dataset.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, realpathSync, renameSync, rmSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import type {Catalog} from '../model/catalog.js';
import type {DatasetError} from '../model/errors.js';
import {loadDatasetFile} from '../model/load.js';
import {catalogOf} from '../model/story-catalog.js';
import {buildStore} from './build.js';
import {openStore, type OpenedStore} from './layout.js';
import type {StoreMeta} from './meta.js';
import {stampHolds, stampOf, type FileStamp} from './stamp.js';
import {storeCatalog} from './store-catalog.js';

export type OpenOutcome = {readonly ok: true; readonly catalog: Catalog; readonly how: 'store' | 'built' | 'whole'} | {readonly ok: false; readonly errors: readonly DatasetError[]};

/** The folder stores are kept in: $LINIMASA_CACHE, else $XDG_CACHE_HOME/linimasa, else ~/.cache/linimasa. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
	if (env.LINIMASA_CACHE) return env.LINIMASA_CACHE;
	return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'linimasa');
}

/**
 * Where the store of a dataset lives: one per dataset file (by its real path) and folder its
 * article textFile is read from — beside the path given, as the whole-file loader reads it, so a
 * link to a dataset in another folder has a store of its own, built against the text beside it.
 */
export function storePathFor(realPath: string, textDir: string, dir: string): string {
	return join(dir, `${createHash('sha256').update(`${realPath}\0${textDir}`).digest('hex').slice(0, 24)}.store`);
}

/** The folder a dataset's textFile is read from (by its real path, so every way of naming it is one key). */
function textDirOf(path: string): string {
	const folder = dirname(resolve(path));
	try {
		return realpathSync(folder);
	} catch {
		return folder;
	}
}

/**
 * The catalog of the store at `storePath`, when it was built from this very dataset file (a store
 * copied from another dataset's place is not) and what it was built from is unchanged; else
 * undefined, and the store is rebuilt. A header this program did not write throws in here: such a
 * store is passed over too, never read.
 */
function currentCatalog(storePath: string, dataset: FileStamp, file: string): Catalog | undefined {
	const store = openStore<StoreMeta>(storePath);
	if (!store) return undefined;
	try {
		const {dataset: built, textFile} = store.header.meta.built;
		if (built.path === dataset.path && stampHolds(built) && (textFile === null || stampHolds(textFile))) return storeCatalog(store, file);
	} catch {
		// Passed over below.
	}
	store.close();
	return undefined;
}

/** Open the dataset at `path` (named `file` in messages) as a Catalog, through its store when one can be kept in `dir`. */
export function openDataset(path: string, file: string, dir: string): OpenOutcome {
	const stamp = stampOf(path);
	if (stamp) {
		const storePath = storePathFor(stamp.path, textDirOf(path), dir);
		const existing = currentCatalog(storePath, stamp, file);
		if (existing) return {ok: true, catalog: existing, how: 'store'};
		const built = build(path, storePath, dir);
		if (built) return {ok: true, catalog: storeCatalog(built, file), how: 'built'};
	}
	const whole = loadDatasetFile(path, file);
	return whole.ok ? {ok: true, catalog: catalogOf(whole.story), how: 'whole'} : whole;
}

function build(datasetPath: string, storePath: string, dir: string): OpenedStore<StoreMeta> | undefined {
	// Written under a name of its own and renamed into place, so a reader never sees half a store
	// and two programs building at once do not write into one file.
	const partial = `${storePath}.${process.pid}.partial`;
	try {
		mkdirSync(dir, {recursive: true});
		if (!buildStore(datasetPath, partial).ok) return undefined;
		renameSync(partial, storePath);
	} catch {
		removeIfThere(partial);
		return undefined;
	}
	return openStore<StoreMeta>(storePath);
}

/** Remove a file if it was made; a folder that could not be made (a file in its path) has none to remove. */
function removeIfThere(path: string): void {
	try {
		rmSync(path, {force: true});
	} catch {
		// ENOTDIR and the like: the path cannot hold a file, so nothing was written there.
	}
}
