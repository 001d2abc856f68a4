import {rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore, StoreWriter} from '../../src/store/layout.js';
import {temporaryFolder} from '../helpers/catalogs.js';

const root = temporaryFolder('store-layout');
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('the store file', () => {
	it('opens when its header lies past 4 GB (a million events make a store that large)', () => {
		const path = join(root, 'large.store');
		const writer = new StoreWriter(path);
		// Left unwritten: the file is sparse, so the test takes no disk to speak of.
		writer.reserve(2 ** 32 + 12_345);
		writer.section('numbers', Int32Array.of(7, -1, 2 ** 30));
		writer.finish({what: 'far'});
		expect(statSync(path).size).toBeGreaterThan(2 ** 32);
		const store = openStore<{what: string}>(path);
		expect(store?.header.meta).toEqual({what: 'far'});
		expect(Array.from(store!.section('numbers'))).toEqual([7, -1, 2 ** 30]);
		expect(store!.header.sections.numbers!.offset).toBe(2 ** 32 + 12_345);
		store!.close();
	});
});
