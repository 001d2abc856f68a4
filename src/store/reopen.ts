/**
 * Reopening a dataset's store, the explorer's usual start: no schema, no JSON parser, no build —
 * only what reads a store is loaded, so a start with a current store pays for nothing else. When
 * there is no current store, open.ts builds one (or loads the dataset whole).
 */
import {createHash} from 'node:crypto';
import {homedir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {VERSION} from '../model/version.js';
import type {Catalog} from '../model/catalog.js';
import {openStore} from './layout.js';
import type {StoreMeta} from './meta.js';
import {stampHolds, stampOf, type FileStamp} from './stamp.js';
import {storeCatalog} from './store-catalog.js';

/** The folder stores are kept in: $LINIMASA_CACHE, else $XDG_CACHE_HOME/linimasa, else ~/.cache/linimasa. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
	if (env.LINIMASA_CACHE) return env.LINIMASA_CACHE;
	return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'linimasa');
}

/**
 * Where the store of a dataset lives: one per dataset file (by its real path) and folder its
 * article textFile is read from — beside the path given, as the whole-file loader reads it (not
 * through links), so a link to a dataset in another folder has a store of its own, built against
 * the text beside it.
 */
export function storePathFor(realPath: string, textDir: string, dir: string): string {
	return join(dir, `${createHash('sha256').update(`${realPath}\0${textDir}`).digest('hex').slice(0, 24)}.store`);
}

/** The folder a dataset's textFile is read from: beside the path given, as the whole-file loader resolves it. */
export const textDirOf = (path: string): string => dirname(resolve(path));

/**
 * The catalog of the store at `storePath`, when it was built from this very dataset file (a store
 * copied from another dataset's place is not) and what it was built from is unchanged; else
 * undefined, and the store is rebuilt. A header this program did not write throws in here: such a
 * store is passed over too, never read.
 */
export function currentCatalog(storePath: string, dataset: FileStamp, path: string, file: string): Catalog | undefined {
	const store = openStore<StoreMeta>(storePath);
	if (!store) return undefined;
	try {
		const {program, built, articles} = store.header.meta;
		if (program === VERSION && built.dataset.path === dataset.path && stampHolds(built.dataset) && textFilesHold(articles, path)) return storeCatalog(store, file);
	} catch {
		// Passed over below.
	}
	store.close();
	return undefined;
}

/**
 * Whether the article texts the store was checked against are still the ones the dataset at
 * `path` names: each found again beside `path` (a link re-pointed, or another folder's link to
 * the same dataset, finds another file) and unchanged.
 */
function textFilesHold(articles: StoreMeta['articles'], path: string): boolean {
	return articles.every(({textFile, textFileName}) => {
		if (textFile === null) return textFileName === null;
		if (textFileName === null) return false;
		const now = stampOf(resolve(textDirOf(path), textFileName));
		return now !== undefined && now.path === textFile.path && stampHolds(textFile);
	});
}

/** Where the store of the dataset at `path` (stamped `stamp`) lives in `dir`. */
export function storePathOf(stamp: FileStamp, path: string, dir: string): string {
	return storePathFor(stamp.path, textDirOf(path), dir);
}

/** The catalog of the dataset at `path` from its current store in `dir`, if it has one. */
export function reopenDataset(path: string, file: string, dir: string): Catalog | undefined {
	const stamp = stampOf(path);
	return stamp && currentCatalog(storePathOf(stamp, path, dir), stamp, path, file);
}
