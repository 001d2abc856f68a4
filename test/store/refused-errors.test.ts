/**
 * Who says a refused file's errors: the whole-file loader for a small file, the stream past
 * LOADED_ERRORS_BYTES (the loader would hold the file's syntax tree, some 25 times the file). The
 * errors are the loader's either way.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {LOADED_ERRORS_BYTES, loadRefused, openDataset} from '../../src/store/open.js';
import {json, type Dataset} from '../helpers/bad-datasets.js';
import {temporaryFolder} from '../helpers/catalogs.js';
import {EMBEDDED_ARTICLE, embeddedDatasetInline} from '../helpers/datasets.js';

vi.mock('../../src/model/load.js', async (original) => (await import('../helpers/counted-loads.js')).countedLoads(original));
const {wholeLoads: loads} = await import('../helpers/counted-loads.js');
const streamed = vi.hoisted(() => ({count: 0}));
vi.mock('../../src/store/stream-errors.js', async (original) => {
	const stream = await original<typeof import('../../src/store/stream-errors.js')>();
	return {...stream, streamErrors: (...args: Parameters<typeof stream.streamErrors>) => (streamed.count++, stream.streamErrors(...args))};
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

	it('past LOADED_ERRORS_BYTES, are the loader\'s own words where the file is not an object of members, or its version is wrong', async () => {
		const big = readFileSync(brokenDataset(800), 'utf8');
		const cases = {
			array: `[${big}]`,
			cut: big.slice(0, Math.floor(big.length * 0.7)),
			version: big.replace('"version": 1', '"version": 7'),
		};
		for (const [what, text] of Object.entries(cases)) {
			const path = join(root, `case-${folders++}.json`);
			writeFileSync(path, text);
			writeFileSync(join(root, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
			loads.count = 0;
			const refused = await loadRefused(path, 'big.json', {threads: 1});
			expect(loads.count, what).toBe(1);
			expect(refused, what).toEqual(loadDatasetFile(path, 'big.json'));
		}
	});

	it('are found as it streams where the version comes after the records (the pass stops only at a wrong one)', async () => {
		const text = readFileSync(brokenDataset(800), 'utf8').replace('"version": 1,', '');
		const path = join(root, `case-${folders++}.json`);
		writeFileSync(path, text.replace(/\}\s*$/, ', "version": 1}\n'));
		writeFileSync(join(root, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
		loads.count = 0;
		const refused = await loadRefused(path, 'big.json', {threads: 1});
		expect(loads.count).toBe(0);
		expect(refused).toEqual(loadDatasetFile(path, 'big.json'));
	});

	it('are not looked for in a valid file whose store cannot be kept: it is loaded whole at once', async () => {
		const path = join(root, `case-${folders++}.json`);
		writeFileSync(join(root, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
		const data: Dataset = embeddedDatasetInline();
		for (let i = 0; i < 800; i++) data.events.push({...data.events[0], id: `copy-${i}`});
		writeFileSync(path, json(data));
		const noFolder = join(root, `file-${folders++}`);
		writeFileSync(noFolder, '');
		streamed.count = 0;
		loads.count = 0;
		expect(await openDataset(path, 'big.json', join(noFolder, 'cache'), {threads: 1})).toMatchObject({ok: true, how: 'whole'});
		expect([streamed.count, loads.count]).toEqual([0, 1]);
	});

	it('are the loader\'s own for a small file', async () => {
		const path = brokenDataset(0);
		const refused = await loadRefused(path, 'small.json');
		expect(loads.count).toBe(1);
		expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['$.events[4].precision', '$.quotes[0].speaker']);
	});
});
