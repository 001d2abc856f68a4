/**
 * A dataset read through its store answers exactly as the same dataset loaded whole: every record
 * in every order, every lookup, every relation, the finder and the positions in filtered views —
 * when the store is first built and when it is opened again.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import type {Catalog} from '../../src/model/catalog.js';
import {openDataset} from '../../src/store/open.js';
import {expectSameCatalog, expectSameExplorerData, MISLEADING_LINES, temporaryFolder, wholeCatalog, writeGeneratedDataset, writeLaidOut} from '../helpers/catalogs.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';

const root = temporaryFolder('store-equivalence');
afterAll(() => rmSync(root, {recursive: true, force: true}));

let folders = 0;
const freshCache = () => join(root, `cache-${folders++}`);

/** Open a dataset through a store; it must open, and `how` it opened must be as expected. */
async function opened(path: string, cache: string, how: 'built' | 'store'): Promise<Catalog> {
	const outcome = await openDataset(path, 'dataset.json', cache);
	if (!outcome.ok) throw new Error(`expected ${path} to open: ${JSON.stringify(outcome.errors)}`);
	expect(outcome.how).toBe(how);
	return outcome.catalog;
}

/** Build the store, then open it again: both catalogs must equal the whole load's. */
async function expectStoreEqualsWhole(path: string): Promise<void> {
	const cache = freshCache();
	const whole = wholeCatalog(path, 'dataset.json');
	expectSameCatalog(await opened(path, cache, 'built'), whole);
	const reopened = await opened(path, cache, 'store');
	expectSameCatalog(reopened, whole);
	expectSameExplorerData(reopened, whole);
}

describe('the store of a dataset answers as the dataset loaded whole', () => {
	it('for the embedded Komdigi dataset', async () => {
		await expectStoreEqualsWhole(EMBEDDED_DATASET);
	});

	it('for the Semarang flood fixture, whose text puts an emoji before its anchors', async () => {
		await expectStoreEqualsWhole(SECOND_DATASET);
	});

	it('for a story of three articles with their claims (each article\'s text, events, the claims compared)', async () => {
		await expectStoreEqualsWhole(SOURCES_DATASET);
	});

	for (const [events, seed] of [[1, 1], [12, 7], [60, 20250326], [250, 99]] as const) {
		it(`for a generated dataset of ${events} events (seed ${seed})`, async () => {
			await expectStoreEqualsWhole(writeGeneratedDataset(join(root, `generated-${events}-${seed}`), {events, seed}));
		});
	}

	for (const [name, layout] of Object.entries(MISLEADING_LINES)) {
		it(`for a generated dataset laid out so that its lines would cut a record wrongly: ${name}`, async () => {
			const generated = writeGeneratedDataset(join(root, `laid-out-${name.length}`), {events: 60, seed: 5});
			await expectStoreEqualsWhole(writeLaidOut(generated, join(root, `laid-out-${name.length}`, 'again'), layout));
		});
	}

	it('for a generated dataset with no events and no quotes', async () => {
		await expectStoreEqualsWhole(writeGeneratedDataset(join(root, 'generated-empty'), {events: 0, quotes: 0, seed: 3}));
	});

	it('for a generated dataset of more records than the store keeps parsed (2,500 events, 2,100 entities)', async () => {
		await expectStoreEqualsWhole(writeGeneratedDataset(join(root, 'generated-large'), {events: 2500, entities: 2100, seed: 4}));
	});

	it('for a dataset of awkward cases: a BOM, ties in time, events and quotes out of timeline order, repeated participants, a 1 MB record, a lone surrogate', async () => {
		const data = embeddedDatasetInline();
		const ties = data.events.map((event: {id: string}) => ({...event, id: `${event.id}-again`}));
		data.events = [...ties, ...data.events].reverse();
		data.events[0].participants.push(data.events[0].participants[0], {entity: data.events[0].place});
		data.events[1].title.jv = 'Judhul ing basa Jawa';
		data.quotes.reverse();
		data.quotes[1].event = null;
		data.entities[3].description.en = '語'.repeat(400_000);
		data.entities[2].aliases.push('\ud800 alone');
		const dir = join(root, 'awkward');
		mkdirSync(dir);
		const path = join(dir, 'dataset.json');
		writeFileSync(path, `\ufeff${JSON.stringify(data)}`);
		await expectStoreEqualsWhole(path);
	});

	it('for generated datasets of any seed and size up to 300 events', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(fc.integer({min: 0, max: 2 ** 31 - 1}), fc.integer({min: 1, max: 300}), fc.integer({min: 3, max: 120}), async (seed, events, entities) => {
				const path = writeGeneratedDataset(join(root, `property-${run++}`), {events, entities, seed});
				const cache = freshCache();
				const whole = wholeCatalog(path, 'dataset.json');
				expectSameCatalog(await opened(path, cache, 'built'), whole);
				expectSameCatalog(await opened(path, cache, 'store'), whole);
			}),
			{numRuns: 10},
		);
	});
});
