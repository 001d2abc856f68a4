/** The record-checking thread for a bench child, which is bundled apart from dist/. */
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {setCheckWorkerEntry} from '../../src/store/worker-entry.js';

/**
 * Check records in the program's own thread file, dist/check-worker.js, as the program does: a
 * child bundled on its own has none beside it (npm run bench runs in the project's folder).
 */
export function useBuiltCheckWorker(): void {
	setCheckWorkerEntry(pathToFileURL(join(process.cwd(), 'dist', 'check-worker.js')));
}
