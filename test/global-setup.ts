/**
 * Every temporary folder of a test run (the tests' own, the program's, the programs the e2e tests
 * start) is made inside one folder, removed when the run ends: vitest ends its test processes
 * without running their exit handlers, and each run left some forty folders in the system's.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export default function setup(): () => void {
	// Each project runs this: the first makes the folder, the others keep it.
	if (process.env.LINIMASA_TEST_RUN) return () => undefined;
	// Short: the e2e tests read paths inside it on a 120-column screen.
	const root = mkdtempSync(join(tmpdir(), 'lm-'));
	process.env.LINIMASA_TEST_RUN = root;
	// os.tmpdir() reads TMPDIR at every call, and the test processes inherit it.
	process.env.TMPDIR = root;
	return () => rmSync(root, {recursive: true, force: true});
}
