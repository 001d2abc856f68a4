// `npm run build`: bundles the program and its checking thread into dist/ with esbuild.
import {realpathSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lazyWidth = join(root, 'src/text/lazy-string-width.ts');
// esbuild resolves symbolic links (a linked node_modules, pnpm's store): compared as it gives them.
const stringWidth = realpathSync(join(root, 'node_modules/string-width/index.js'));

/**
 * Ink and cli-truncate import string-width, which costs a start about 25 ms as it loads
 * (src/text/lazy-string-width.ts says why): they get the wrapper that loads it when first needed.
 * wrap-ansi keeps its own older copy, and the wrapper the real one.
 */
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(esbuild) {
		const redirected = new Set();
		esbuild.onResolve({filter: /^string-width$/}, async (args) => {
			if (args.pluginData === 'real' || args.importer === lazyWidth) return undefined;
			const resolved = await esbuild.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, pluginData: 'real'});
			if (resolved.path !== stringWidth) return resolved;
			redirected.add(args.importer.includes('/node_modules/ink/') ? 'ink' : args.importer);
			return {path: lazyWidth};
		});
		// A build where Ink's import went past the wrapper would still work, 25 ms slower a start: say so instead.
		esbuild.onEnd((result) => {
			if (result.errors.length === 0 && !redirected.has('ink')) throw new Error(`Ink's string-width was not pointed at ${lazyWidth}: is string-width at ${stringWidth}?`);
		});
	},
};

rmSync(join(root, 'dist'), {recursive: true, force: true});
await build({
	absWorkingDir: root,
	entryPoints: {linimasa: 'src/cli/entry.ts', 'check-worker': 'src/store/check-worker.ts'},
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	splitting: true,
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"'},
	// A bundled CommonJS dependency calls require(); an ES module has none of its own.
	banner: {js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);"},
	mainFields: ['module', 'main'],
	minify: process.env.LINIMASA_BUILD_MINIFY !== '0',
	legalComments: 'none',
	logLevel: 'warning',
	plugins: [lazyStringWidth],
});
