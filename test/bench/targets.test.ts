/** The benchmark reads what a first open says of its time, and prints why a target it misses misses. */
import {describe, expect, it} from 'vitest';
import {buildTimesLine} from '../../src/cli/build-progress.js';
import {phasesSaid} from './commands.js';
import {whyLines, type Target} from './targets.js';

const MB = 2 ** 20;

describe('what the benchmark takes of a first open', () => {
	it('reads the times the program says, as it says them', () => {
		expect(phasesSaid(`linimasa: checking x.json (111 MB)…\n${buildTimesLine('x.json', {bytes: 111 * MB, readMs: 2_430, indexMs: 1_710})}\nlinimasa: its store is kept…\n`)).toEqual({readMs: 2_400, indexMs: 1_700});
		expect(phasesSaid(buildTimesLine('big file.json', {bytes: 1165 * MB, readMs: 20_400, indexMs: 65_000}))).toEqual({readMs: 20_400, indexMs: 65_000});
		expect(phasesSaid('linimasa: its store is kept for later opens: 389 MB in /tmp\n')).toBeUndefined();
	});

	it('prints why for the targets that miss and have a why, and nothing when all hold', () => {
		const build: Target = {what: "a store's first build", measured: 25, limit: 100, unit: 'MB/s', bound: 'at least', why: 'it read and checked the records in 2,400 ms'};
		const held: Target = {what: 'validate', measured: 101, limit: 100, unit: 'MB/s', bound: 'at least', why: 'not printed'};
		expect(whyLines([build, held])).toEqual(['Why the misses miss (measured in this run):', "- a store's first build: it read and checked the records in 2,400 ms"]);
		expect(whyLines([held])).toEqual([]);
	});
});
