/**
 * The pool that checks a build's batches: a thread takes each batch until every thread has a
 * backlog, and this thread checks the rest itself; whoever checked a batch, the results come back
 * in the order the batches went in, and are what one thread alone makes of them.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {ARTICLE_ID} from '../../src/model/schema-names.js';
import {checkPool, startThreads, type ThreadPool} from '../../src/store/check-pool.js';
import type {CheckSetup} from '../../src/store/batch-check.js';
import type {CheckedBatch, RecordBatch} from '../../src/store/record-batch.js';
import {generateDataset} from '../bench/generator/dataset.js';
import {expectSameContent} from '../helpers/same-content.js';

const {dataset, articleText} = generateDataset({events: 400, entities: 120, seed: 5});
const setup: CheckSetup = {articles: [{id: ARTICLE_ID, text: {text: articleText}}], mode: 'store'};

/** The events in batches of `size` records, as a build cuts them. */
function batches(size: number): RecordBatch[] {
	const out: RecordBatch[] = [];
	for (let first = 0; first < dataset.events.length; first += size) {
		const records = dataset.events.slice(first, first + size).map((event) => Buffer.from(JSON.stringify(event)));
		const ends = new Int32Array(records.length);
		records.reduce((end, record, r) => (ends[r] = end + record.length), 0);
		out.push({kind: 'events', first, bytes: new Uint8Array(Buffer.concat(records)), ends});
	}
	return out;
}

/** Submit every batch at once (as a build does when its threads fall behind), then take the results in order. */
async function checkAll(pool: ReturnType<typeof checkPool>, all: readonly RecordBatch[]): Promise<CheckedBatch[]> {
	for (const batch of all) pool.submit(batch);
	const results: CheckedBatch[] = [];
	while (pool.pending > 0) results.push(await pool.next());
	return results;
}

let threads: ThreadPool | undefined;
afterEach(async () => {
	await threads?.close();
	threads = undefined;
});

describe('the pool that checks batches', () => {
	it('checks here what no thread can take now, and gives every result back in order, as one thread alone makes it', async () => {
		const alone = await checkAll(checkPool(setup, undefined), batches(10));
		threads = startThreads(1);
		expect(threads).toBeDefined();
		const pooled = await checkAll(checkPool(setup, threads), batches(10));
		// 40 batches at once: the thread takes the first few, this thread checks the others.
		expect(threads!.checkedHere).toBeGreaterThan(0);
		expect(threads!.checkedHere).toBeLessThan(40);
		expect(pooled.map((batch) => batch.first)).toEqual(alone.map((batch) => batch.first));
		expectSameContent(pooled, alone);
	});

	it('leaves every batch to the threads while they keep up', async () => {
		threads = startThreads(2);
		const pool = checkPool(setup, threads);
		const all = batches(50);
		for (const batch of all) {
			pool.submit(batch);
			await pool.next();
		}
		expect(threads!.checkedHere).toBe(0);
	});

	it('refuses a batch before it is told what to check against', () => {
		threads = startThreads(1);
		expect(() => threads!.submit(batches(10)[0]!)).toThrow(/before the pool was set up/);
	});
});
