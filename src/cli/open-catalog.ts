/**
 * The dataset as the explorer reads it. A file whose store is current is reopened with only the
 * store's reader loaded; anything else (a first open, stdin, a dataset the store refuses) goes
 * through files.ts and src/store/open.ts, imported then. The explorer's start thus never loads
 * the schema, the JSON parser or the exports it does not use.
 */
import {resolve} from 'node:path';
import type {Catalog} from '../model/catalog.js';
import {embeddedDatasetPath} from '../model/embedded.js';
import {cacheDir, reopenDataset} from '../store/reopen.js';
import {failure} from './command.js';
import type {Io} from './io.js';

/** The embedded dataset's path, or a failure that says it is missing from the installation. */
export function embeddedPath(): string {
	try {
		return embeddedDatasetPath();
	} catch (error) {
		throw failure(error instanceof Error ? error.message : String(error));
	}
}

/** Open the dataset at `path` (the embedded article when none is given) for the explorer. */
export async function openCatalog(path: string | undefined, io: Io): Promise<Catalog> {
	const name = path ?? embeddedPath();
	if (name !== '-') {
		const reopened = reopenDataset(resolve(io.cwd, name), name, cacheDir(io.env));
		if (reopened) return reopened;
	}
	const {openDatasetCatalog} = await import('./files.js');
	return openDatasetCatalog(name, io);
}
