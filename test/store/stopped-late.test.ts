/**
 * A stop asked for in a build's last moments — as its new store is opened, after the last pause —
 * leaves nothing either, so that "nothing was kept" stays true to the end.
 */
import {readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {openDataset} from '../../src/store/open.js';
import {temporaryFolder, writeGeneratedDataset} from '../helpers/catalogs.js';

/** Called as a store's catalog is made (set by a test). */
const onCatalog = vi.hoisted(() => ({call: undefined as (() => void) | undefined}));
vi.mock('../../src/store/store-catalog.js', async (original) => {
	const actual = await original<typeof import('../../src/store/store-catalog.js')>();
	return {
		...actual,
		storeCatalog: (...args: Parameters<typeof actual.storeCatalog>) => {
			onCatalog.call?.();
			return actual.storeCatalog(...args);
		},
	};
});

const root = temporaryFolder('stopped-late');
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('a build stopped in its last moments', () => {
	it('keeps no store when the stop comes as the new store is opened', async () => {
		const path = writeGeneratedDataset(join(root, 'dataset'), {events: 300, entities: 100, seed: 3});
		const cache = join(root, 'cache');
		const controller = new AbortController();
		onCatalog.call = () => controller.abort(new Error('stop'));
		await expect(openDataset(path, 'dataset.json', cache, {threads: 0, signal: controller.signal})).rejects.toThrow('stop');
		expect(readdirSync(cache)).toEqual([]);
		// Not stopped, the same build keeps its store.
		onCatalog.call = undefined;
		expect(await openDataset(path, 'dataset.json', cache, {threads: 0})).toMatchObject({ok: true, how: 'built'});
		expect(readdirSync(cache).filter((name) => name.endsWith('.store'))).toHaveLength(1);
	});
});
