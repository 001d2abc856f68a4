/**
 * A dataset the streaming build refuses goes to the whole-file loader: a bad one is reported with
 * exactly the loader's errors and leaves nothing in the cache folder; a valid one the build cannot
 * take (its members in another order) still opens, loaded whole, with the same content.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {loadDatasetFile} from '../../src/model/load.js';
import {openDataset} from '../../src/store/open.js';
import {expectSameCatalog, temporaryFolder, wholeCatalog} from '../helpers/catalogs.js';
import {BAD, EMBEDDED_JSON, json} from '../helpers/bad-datasets.js';
import {EMBEDDED_ARTICLE, embeddedDatasetInline} from '../helpers/datasets.js';

const root = temporaryFolder('store-refusals');
afterAll(() => rmSync(root, {recursive: true, force: true}));

let folders = 0;

/** A folder of its own holding `content` as dataset.json (and the embedded article.txt); returns the paths. */
function datasetFolder(content: string | Uint8Array): {path: string; cache: string} {
	const dir = join(root, `case-${folders++}`);
	mkdirSync(dir);
	writeFileSync(join(dir, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
	const path = join(dir, 'dataset.json');
	writeFileSync(path, content);
	return {path, cache: join(dir, 'cache')};
}

/** What the cache folder holds (nothing at all when it was never made). */
const cacheFiles = (cache: string) => (existsSync(cache) ? readdirSync(cache) : []);

describe('a dataset the store cannot take is loaded whole', () => {
	for (const [what, content] of BAD) {
		it(`${what}: refused with the whole loader's errors, leaving no store and no partial file`, async () => {
			const {path, cache} = datasetFolder(content);
			const loaded = loadDatasetFile(path, 'bad.json');
			expect(loaded.ok).toBe(false);
			const outcome = await openDataset(path, 'bad.json', cache);
			expect(outcome).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
			expect(cacheFiles(cache)).toEqual([]);
		});
	}

	// Checked by another thread, a record's own faults and those that need the records before it
	// (checked in the build's thread) are refused alike.
	const THREADED = ['a duplicate id', 'a place that is a person', 'an unknown event a quote is about', 'a wrong anchor', 'a non-UTF-8 byte inside an event'];
	for (const [what, content] of BAD.filter(([what]) => THREADED.includes(what))) {
		it(`${what}, its records checked by a thread of their own: refused alike, leaving nothing`, async () => {
			const {path, cache} = datasetFolder(content);
			const loaded = loadDatasetFile(path, 'bad.json');
			expect(await openDataset(path, 'bad.json', cache, {threads: 1})).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
			expect(cacheFiles(cache)).toEqual([]);
		});
	}

	it('a missing dataset file, or a folder: refused with the whole loader\'s errors', async () => {
		const cache = join(root, 'nowhere-cache');
		for (const path of [join(root, 'nowhere', 'dataset.json'), root]) {
			const loaded = loadDatasetFile(path, 'gone.json');
			expect(loaded.ok).toBe(false);
			expect(await openDataset(path, 'gone.json', cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
		}
		expect(cacheFiles(cache)).toEqual([]);
	});

	const reordered = (order: readonly string[]) => {
		const data = embeddedDatasetInline();
		return JSON.stringify(Object.fromEntries(order.map((key) => [key, data[key]])), null, 2);
	};
	for (const [what, order] of [
		['quotes before events', ['version', 'article', 'entities', 'quotes', 'events']],
		['events before entities', ['version', 'article', 'events', 'entities', 'quotes']],
		['the article last', ['version', 'entities', 'events', 'quotes', 'article']],
	] as const) {
		it(`a valid dataset with ${what} opens loaded whole, every time, with the same content`, async () => {
			const {path, cache} = datasetFolder(reordered(order));
			const whole = wholeCatalog(path, 'dataset.json');
			for (let time = 0; time < 2; time++) {
				const outcome = await openDataset(path, 'dataset.json', cache);
				expect(outcome.ok && outcome.how).toBe('whole');
				if (outcome.ok) expectSameCatalog(outcome.catalog, whole);
				expect(cacheFiles(cache)).toEqual([]);
			}
		});
	}

	it('a valid dataset with a top-level member given twice opens loaded whole, as JSON.parse reads it (the last one)', async () => {
		const {path, cache} = datasetFolder(EMBEDDED_JSON.replace('"version": 1,', '"version": 7,\n  "version": 1,'));
		const outcome = await openDataset(path, 'dataset.json', cache);
		expect(outcome.ok && outcome.how).toBe('whole');
		if (outcome.ok) expectSameCatalog(outcome.catalog, wholeCatalog(path, 'dataset.json'));
	});

	it('a valid dataset in the usual order is built into a store, then opened from it', async () => {
		const {path, cache} = datasetFolder(EMBEDDED_JSON);
		const whole = wholeCatalog(path, 'dataset.json');
		const first = await openDataset(path, 'dataset.json', cache);
		expect(first.ok && first.how).toBe('built');
		const second = await openDataset(path, 'dataset.json', cache);
		expect(second.ok && second.how).toBe('store');
		if (first.ok && second.ok) {
			expectSameCatalog(first.catalog, whole);
			expectSameCatalog(second.catalog, whole);
		}
		expect(cacheFiles(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{24}\.store$/)]);
	});

	// Node 20's recursive mkdirSync spins for ever under /proc, where a new folder is refused with ENOENT: run apart, with a bound.
	// Linux only (CI runs it): without /proc there is no such folder to try.
	it.skipIf(!existsSync('/proc/self'))('a store folder that cannot be made (under /proc) leaves the dataset loaded whole, at once', () => {
		const {path} = datasetFolder(EMBEDDED_JSON);
		const open = pathToFileURL(join(process.cwd(), 'src/store/open.ts')).href;
		const script = [
			`import {openDataset} from ${JSON.stringify(open)};`,
			`const outcome = await openDataset(${JSON.stringify(path)}, 'dataset.json', '/proc/linimasa-test/stores', {threads: 0});`,
			'console.log(outcome.ok && outcome.how);',
		].join('\n');
		const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL'});
		expect(child.signal, 'the process was still running').toBeNull();
		expect(child.stdout.trim()).toBe('whole');
	});

	it('a valid dataset without a quotes member (they default to none) is built into a store', async () => {
		const data = embeddedDatasetInline();
		delete data.quotes;
		const {path, cache} = datasetFolder(json(data));
		const outcome = await openDataset(path, 'dataset.json', cache);
		expect(outcome.ok && outcome.how).toBe('built');
		if (outcome.ok) {
			expect(outcome.catalog.quotes.length).toBe(0);
			expectSameCatalog(outcome.catalog, wholeCatalog(path, 'dataset.json'));
		}
	});
});
