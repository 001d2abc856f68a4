#!/usr/bin/env node
// The launcher: runs the bundled program that `npm install` (prepare) or `npm run build` made.
import {existsSync} from 'node:fs';
import module from 'node:module';
import {fileURLToPath} from 'node:url';

const program = new URL('../dist/linimasa.js', import.meta.url);
if (!existsSync(fileURLToPath(program))) {
	process.stderr.write('linimasa: the program is not built yet; run `npm install` (or `npm run build`) first\n');
	process.exit(1);
}
// Node 22.1+ can keep V8's compiled code between runs (a cold start then skips most compiling);
// Node 20 has no such cache, and the program runs the same without it.
try {
	module.enableCompileCache?.();
} catch {
	// An unwritable cache directory only costs the speed-up.
}
await import(program.href);
