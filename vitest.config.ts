import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {relative} from 'node:path';
import {configDefaults, defineConfig} from 'vitest/config';
import {filesUnder} from './test/helpers/files-under.js';

const E2E = 'test/e2e/**/*.test.ts';

/**
 * The test files that replace a module (vi.mock): each needs modules loaded afresh, its mock in
 * place of the real one. Found by reading the files, so that a new one cannot be missed.
 */
const REPLACING_MODULES = filesUnder('test')
	.filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')))
	.map((file) => relative('.', file));

export default defineConfig({
	test: {
		pool: 'forks',
		// vitest runs cores − 1 forks by default: one on the 2-core CI machines, which left a core idle
		// while the parent process mostly waits. Each process has its own store cache and temporary
		// folders, so every core runs one.
		maxWorkers: availableParallelism(),
		minWorkers: 1,
		// One process per core runs file after file, with the modules they import loaded once: a
		// process and a module graph per file took a third of the run's CPU (npm test, 2 cores).
		// vitest restores spies after each file; test/setup-restore-globals.ts puts back the rest.
		isolate: false,
		testTimeout: 20_000,
		globalSetup: ['test/global-setup.ts'],
		setupFiles: ['test/setup-check-worker.ts', 'test/setup-restore-globals.ts'],
		// The end-to-end files run first, to their last (groupOrder), then every other file: the few long
		// ones first, so that the many short files fill both cores to the end. The files that replace a
		// module run beside the rest: as a group of their own, one core waited for the longest of five.
		projects: [
			// The real-terminal suite runs the built program (npm run build) in pseudo-terminals.
			{extends: true, test: {name: 'e2e', include: [E2E], testTimeout: 30_000, sequence: {groupOrder: 0}}},
			// Still one process per core, but every file loads its modules afresh.
			{extends: true, test: {name: 'unit-mocked', include: REPLACING_MODULES, isolate: true, sequence: {groupOrder: 2}}},
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, E2E, ...REPLACING_MODULES], sequence: {groupOrder: 2}}},
		],
	},
});
