import {availableParallelism} from 'node:os';
import {configDefaults, defineConfig} from 'vitest/config';

const E2E = 'test/e2e/**/*.test.ts';

export default defineConfig({
	test: {
		pool: 'forks',
		// vitest runs cores − 1 forks by default: one on the 2-core CI machines, which left a core idle
		// while the parent process mostly waits. Test files share nothing (each process has its own
		// store cache and temporary folders), so every core runs one.
		maxWorkers: availableParallelism(),
		minWorkers: 1,
		testTimeout: 20_000,
		globalSetup: ['test/global-setup.ts'],
		setupFiles: ['test/setup-check-worker.ts'],
		projects: [
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, E2E]}},
			// The real-terminal suite runs the built program (npm run build) in pseudo-terminals.
			{extends: true, test: {name: 'e2e', include: [E2E], testTimeout: 30_000}},
		],
	},
});
