/** What the benchmarks look for on the explorer's screen, and how they start the programs they time. */
import {build} from 'esbuild';
import {existsSync, mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchCacheDir} from './datasets.js';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A full explorer frame: the entity pane's title is drawn, and the footer, the last line of the frame. */
export function fullFrame(lines: readonly string[]): boolean {
	return lines.some((line) => line.includes('People, organizations, places')) && lines.some((line) => /quit$/.test(line.trim()));
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
