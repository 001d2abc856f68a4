/**
 * Every temporary folder of a test run (the tests' own, the program's, the programs the e2e tests
 * start) is made inside one folder, removed when the run ends: vitest ends its test processes
 * without running their exit handlers, and each run left some forty folders in the system's.
 */
import {existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {filesUnder} from './helpers/files-under.js';

export default function setup(): () => void {
	// Each project runs this: the first makes the folder, the others keep it.
	if (process.env.LINIMASA_TEST_RUN) return () => undefined;
	// Short: the e2e tests read paths inside it on a 120-column screen.
	const root = mkdtempSync(join(tmpdir(), 'lm-'));
	process.env.LINIMASA_TEST_RUN = root;
	// os.tmpdir() reads TMPDIR at every call, and the test processes inherit it.
	process.env.TMPDIR = root;
	const worker = freshCheckWorker();
	if (worker) process.env.LINIMASA_TEST_CHECK_WORKER = worker;
	return () => rmSync(root, {recursive: true, force: true});
}

/**
 * The bundled record-checking thread (dist/check-worker.js), when it was built after the last
 * change to the sources: the tests' threads then run what the program ships, and start in a tenth
 * of the time the sources take through tsx (test/setup-check-worker.ts). `npm test` builds first;
 * a run of vitest alone after an edit uses the sources.
 */
function freshCheckWorker(): string | undefined {
	const bundle = join(process.cwd(), 'dist', 'check-worker.js');
	if (!existsSync(bundle)) return undefined;
	const built = statSync(bundle).mtimeMs;
	// The dependencies are bundled too (zod, the generated validators' helpers).
	const inputs = [...filesUnder(join(process.cwd(), 'src')), join(process.cwd(), 'package-lock.json')];
	const fresh = inputs.every((file) => !existsSync(file) || statSync(file).mtimeMs <= built);
	return fresh ? pathToFileURL(bundle).href : undefined;
}
