import {configDefaults, defineConfig} from 'vitest/config';

const E2E = 'test/e2e/**/*.test.ts';

export default defineConfig({
	test: {
		pool: 'forks',
		testTimeout: 20_000,
		projects: [
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, E2E]}},
			// The real-terminal suite runs the built program (npm run build) in pseudo-terminals.
			{extends: true, test: {name: 'e2e', include: [E2E], testTimeout: 30_000}},
		],
	},
});
