/** Listing a folder's files, for the test run's own set-up (vitest.config.ts, test/global-setup.ts). */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

/** Every file under `dir`, walked by hand: readdirSync's recursive listing is missing or incomplete in early Node 20 releases. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
	});
}
