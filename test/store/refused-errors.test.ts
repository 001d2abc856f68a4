/**
 * Who says a refused file's errors: the whole-file loader for a small file, the stream past
 * LOADED_ERRORS_BYTES (the loader would hold the file's syntax tree, some 25 times the file). The
 * errors are the loader's either way.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {LOADED_ERRORS_BYTES, loadRefused} from '../../src/store/open.js';
import {json, type Dataset} from '../helpers/bad-datasets.js';
import {temporaryFolder} from '../helpers/catalogs.js';
import {EMBEDDED_ARTICLE, embeddedDatasetInline} from '../helpers/datasets.js';

const loads = vi.hoisted(() => ({count: 0}));
vi.mock('../../src/model/load.js', async (original) => {
	const load = await original<typeof import('../../src/model/load.js')>();
	return {
		...load,
		loadDatasetFile: (...args: Parameters<typeof load.loadDatasetFile>) => {
			loads.count++;
			return load.loadDatasetFile(...args);
		},
	};
});
const {loadDatasetFile} = await import('../../src/model/load.js');

const root = temporaryFolder('refused-errors');
afterAll(() => rmSync(root, {recursive: true, force: true}));
beforeEach(() => {
	loads.count = 0;
});

let folders = 0;
/** The embedded dataset with `copies` more copies of its first event, one of them and a quote broken. */
function brokenDataset(copies: number): string {
	const data: Dataset = embeddedDatasetInline();
	const event = data.events[0];
	for (let i = 0; i < copies; i++) data.events.push({...event, id: `copy-${i}`});
	data.events[Math.floor(data.events.length / 2)].precision = 'week';
	data.quotes[0].speaker = 'no-one';
	const dir = join(root, `case-${folders++}`);
	mkdirSync(dir);
	writeFileSync(join(dir, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
	writeFileSync(join(dir, 'dataset.json'), json(data));
	return join(dir, 'dataset.json');
}

describe('the errors of a file the stream refused', () => {
	it('are found as it streams past LOADED_ERRORS_BYTES, and are the loader\'s', async () => {
		const path = brokenDataset(800);
		expect(readFileSync(path).length).toBeGreaterThan(LOADED_ERRORS_BYTES);
		const refused = await loadRefused(path, 'big.json', {threads: 1});
		expect(loads.count).toBe(0);
		const loaded = loadDatasetFile(path, 'big.json');
		expect(loaded.ok).toBe(false);
		expect(refused).toEqual(loaded);
		expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['$.events[404].precision', '$.quotes[0].speaker']);
	});

	it('are the loader\'s own for a small file', async () => {
		const path = brokenDataset(0);
		const refused = await loadRefused(path, 'small.json');
		expect(loads.count).toBe(1);
		expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['$.events[4].precision', '$.quotes[0].speaker']);
	});
});
