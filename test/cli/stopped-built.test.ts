/**
 * A stop heard just after a first open built its store, on the command's last turn: the store goes,
 * so that "nothing was kept" is true (openDataset's own last check comes a turn before).
 */
import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {openDatasetFile} from '../../src/cli/files.js';
import {tempDir} from '../helpers/cli.js';
import {memoryIo} from '../helpers/memory-io.js';

/** What the mocked openDataset does as it finishes (set by the test). */
const finishing = vi.hoisted(() => ({storePath: '', then: () => {}}));
vi.mock('../../src/store/open.js', async (original) => ({
	...(await original<typeof import('../../src/store/open.js')>()),
	openDataset: () => {
		finishing.then();
		return Promise.resolve({ok: true, how: 'built', catalog: {}, store: {path: finishing.storePath, bytes: 4, times: {bytes: 4, readMs: 1, indexMs: 1}}});
	},
}));

describe('a first open stopped as its store is finished', () => {
	it('removes the store it built, and says nothing was kept', async () => {
		const dir = tempDir();
		const dataset = join(dir, 'big.json');
		writeFileSync(dataset, '{}');
		finishing.storePath = join(dir, 'big.store');
		writeFileSync(finishing.storePath, 'done');
		let listener: ((signal: 'SIGINT') => void) | undefined;
		const io = {...memoryIo(dir), onTermination: (given: (signal: 'SIGINT') => void) => ((listener = given), () => void (listener = undefined))};
		// As a signal is delivered: on a later turn of the event loop, after openDataset has answered.
		finishing.then = () => void setImmediate(() => listener?.('SIGINT'));
		await expect(openDatasetFile(dataset, 'big.json', io)).rejects.toMatchObject({message: 'stopped while checking big.json; nothing was kept', exitCode: 130});
		expect(existsSync(finishing.storePath)).toBe(false);
	});
});
