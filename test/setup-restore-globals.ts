/**
 * Test files share their process (vitest.config.ts, isolate: false): what a file changes of the
 * process's global state is put back when it ends, before the next file runs. vitest itself
 * restores spies and mocked functions; this is the rest the tests touch.
 */
import chalk from 'chalk';
import {afterAll} from 'vitest';

// The explorer's tests colour their frames (chalk.level = 1), as the explorer sets it when it starts.
const chalkLevel = chalk.level;
afterAll(() => {
	chalk.level = chalkLevel;
});
