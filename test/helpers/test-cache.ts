/**
 * A store cache folder of the test process's own: commands now open datasets through their
 * stores, and tests must leave none behind (in ~/.cache or elsewhere). Removed when the process ends.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

let folder: string | undefined;

/** The folder (made on first use). */
export function testCache(): string {
	if (folder === undefined) {
		const made = mkdtempSync(join(tmpdir(), 'linimasa-test-cache-'));
		folder = made;
		process.once('exit', () => rmSync(made, {recursive: true, force: true}));
	}
	return folder;
}
