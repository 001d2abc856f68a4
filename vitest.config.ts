import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// The e2e suite drives real pseudo-terminals; two cores run it best with few workers.
		pool: 'forks',
		testTimeout: 20_000,
	},
});
