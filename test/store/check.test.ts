/**
 * Checking a dataset file as it streams, without a store (what `linimasa validate` does first):
 * it counts what the dataset loaded whole holds, in one thread or several, and refuses what the
 * whole-file loader refuses.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {catalogCounts} from '../../src/model/dataset-counts.js';
import {checkDatasetFile} from '../../src/store/check.js';
import {MISLEADING_LINES, temporaryFolder, wholeCatalog, writeGeneratedDataset, writeLaidOut} from '../helpers/catalogs.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, embeddedDatasetInline, SOURCES_DATASET} from '../helpers/datasets.js';

const root = temporaryFolder('store-check');
afterAll(() => rmSync(root, {recursive: true, force: true}));

const generated = writeGeneratedDataset(join(root, 'generated'), {events: 900, entities: 300, seed: 11});

describe('a dataset checked as it streams', () => {
	for (const [name, path] of [['embedded', EMBEDDED_DATASET], ['several-source (with claims)', SOURCES_DATASET], ['generated', generated]] as const) {
		it(`counts what the ${name} dataset loaded whole holds, in this thread and in another`, async () => {
			const counts = catalogCounts(wholeCatalog(path, 'dataset.json'));
			expect(await checkDatasetFile(path, {threads: 0})).toEqual({ok: true, counts});
			expect(await checkDatasetFile(path, {threads: 1})).toEqual({ok: true, counts});
		});
	}

	it('refuses a reference to an entity there is not, and a duplicate id', async () => {
		const dir = join(root, 'bad');
		mkdirSync(dir);
		writeFileSync(join(dir, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
		for (const change of [(data: ReturnType<typeof embeddedDatasetInline>) => (data.events[0].participants[0].entity = 'nobody'), (data: ReturnType<typeof embeddedDatasetInline>) => (data.entities[3].id = data.entities[0].id)]) {
			const data = embeddedDatasetInline();
			change(data);
			const path = join(dir, 'dataset.json');
			writeFileSync(path, JSON.stringify(data));
			expect((await checkDatasetFile(path, {threads: 0})).ok).toBe(false);
		}
	});

	for (const [name, layout] of Object.entries(MISLEADING_LINES)) {
		it(`counts what a file holds when its lines would cut it wrongly: ${name}`, async () => {
			const path = writeLaidOut(generated, join(root, `layout-${name.length}`), layout);
			const counts = catalogCounts(wholeCatalog(path, 'dataset.json'));
			for (const threads of [0, 1]) expect(await checkDatasetFile(path, {threads})).toEqual({ok: true, counts});
		});
	}
});
