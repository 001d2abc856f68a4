/**
 * The dataset as the explorer reads it. A file whose store is current is reopened with only the
 * store's reader loaded; anything else (a first open, stdin, a dataset the store refuses) goes
 * through files.ts and src/store/open.ts, imported then. The explorer's start thus never loads
 * the schema, the JSON parser or the exports it does not use.
 */
import {resolve} from 'node:path';
import type {Catalog} from '../model/catalog.js';
import {cacheDir, reopenDataset} from '../store/reopen.js';
import {embeddedPath} from './embedded-path.js';
import type {Io} from './io.js';

/** Open the dataset at `path` (the embedded article when none is given): what the explorer and every command read. */
export async function openCatalog(path: string | undefined, io: Io): Promise<Catalog> {
	const name = path ?? embeddedPath();
	if (name !== '-') {
		const path = resolve(io.cwd, name);
		const reopened = reopenDataset(path, name, cacheDir(io.env));
		if (reopened) return reopened;
	}
	const {openDatasetCatalog} = await import('./files.js');
	return openDatasetCatalog(name, io);
}
