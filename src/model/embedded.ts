/** Where the embedded article's dataset lives, from the source tree or from the bundle in dist/. */
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const EMBEDDED = join('data', 'articles', 'komdigi-ai-asean-2025', 'dataset.json');

/** The path of the embedded dataset, found by walking up from this module to the package root. */
export function embeddedDatasetPath(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, EMBEDDED);
		if (existsSync(candidate)) return candidate;
		const parent = dirname(dir);
		if (parent === dir) throw new Error(`the embedded dataset (${EMBEDDED}) is missing from the installation`);
		dir = parent;
	}
}
