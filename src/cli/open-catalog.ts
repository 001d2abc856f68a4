/**
 * The dataset as the explorer reads it. A file whose store is current is reopened with only the
 * store's reader loaded; anything else (a first open, stdin, a dataset the store refuses) goes
 * through files.ts and src/store/open.ts, imported then. The explorer's start thus never loads
 * the schema, the JSON parser or the exports it does not use.
 */
import {statSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Catalog} from '../model/catalog.js';
import {sanitizeInline} from '../model/sanitize.js';
import {cacheDir, reopenDataset} from '../store/reopen.js';
import {embeddedPath} from './embedded-path.js';
import type {Io} from './io.js';

/** Datasets this large take a moment to check on a first open (about a second per 35 MB here). */
const SAY_FIRST_OPEN_BYTES = 8 * 2 ** 20;

/** A large dataset's first open checks every record before the first frame: say so, rather than sit silent. */
function sayFirstOpen(path: string, name: string, io: Io): void {
	let size: number;
	try {
		size = statSync(path).size;
	} catch {
		return;
	}
	if (size < SAY_FIRST_OPEN_BYTES) return;
	io.stderr.write(`linimasa: checking ${sanitizeInline(name)} (${Math.round(size / 2 ** 20)} MB) before its first screen…\n`);
}

/** Open the dataset at `path` (the embedded article when none is given): what the explorer and every command read. */
export async function openCatalog(path: string | undefined, io: Io): Promise<Catalog> {
	const name = path ?? embeddedPath();
	if (name !== '-') {
		const path = resolve(io.cwd, name);
		const reopened = reopenDataset(path, name, cacheDir(io.env));
		if (reopened) return reopened;
		sayFirstOpen(path, name, io);
	}
	const {openDatasetCatalog} = await import('./files.js');
	return openDatasetCatalog(name, io);
}
