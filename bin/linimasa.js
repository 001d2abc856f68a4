#!/usr/bin/env node
// The launcher: runs the bundled program that `npm install` (prepare) or `npm run build` made.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const program = new URL('../dist/linimasa.js', import.meta.url);
if (!existsSync(fileURLToPath(program))) {
	process.stderr.write('linimasa: the program is not built yet; run `npm install` (or `npm run build`) first\n');
	process.exit(1);
}
await import(program.href);
