/** What the benchmarks look for on the explorer's screen, and how they start the programs they time. */
import {build} from 'esbuild';
import {existsSync, mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {INTERFACE_LANGUAGES, stringsFor} from '../../src/state/strings/index.js';
import {benchCacheDir} from './datasets.js';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * How long to wait for a first frame: a first open builds the dataset's store, which takes minutes
 * at a million events on a slow, shared machine; the benchmark is there to measure it, not to give up.
 */
export const FIRST_FRAME_WAIT_MS = 30 * 60_000;

/** What marks a full frame in each language of the interface (it follows the dataset's language). */
const FRAME_MARKS = INTERFACE_LANGUAGES.map((lang) => {
	const words = stringsFor(lang);
	return {entities: words.panes.entities, quit: words.hints.quit};
});

/** A full explorer frame: the entity pane's title is drawn, and the footer (its last hint is quit), the last line of the frame. */
export function fullFrame(lines: readonly string[]): boolean {
	return FRAME_MARKS.some(({entities, quit}) => lines.some((line) => line.includes(entities)) && lines.some((line) => line.trim().endsWith(` ${quit}`)));
}

/** A file of the benchmark helpers bundled for Node the way dist/ is (one file, minified), built once per run. */
export async function bundleHelper(entry: string, name: string): Promise<string> {
	const dir = join(benchCacheDir(), 'helpers');
	mkdirSync(dir, {recursive: true});
	const outfile = join(dir, `${name}.mjs`);
	await build({
		entryPoints: [join(PROJECT_ROOT, entry)],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		jsx: 'automatic',
		mainFields: ['module', 'main'],
		// Ink loads react-devtools-core only with DEV=true; the stub keeps the one-file bundle loadable.
		alias: {'react-devtools-core': join(PROJECT_ROOT, 'test', 'bench', 'fixtures', 'no-devtools.js')},
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);"},
		logLevel: 'warning',
	});
	if (!existsSync(outfile)) throw new Error(`could not bundle ${entry}`);
	return outfile;
}
