/**
 * A thread of a store build that checks records (batch-check.ts): it takes batches from the build
 * and answers each with what the build keeps, in the order they came.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import {transferables, type RecordBatch} from './record-batch.js';

const checker = new BatchChecker(workerData as CheckSetup);
parentPort!.on('message', (batch: RecordBatch) => {
	const checked = checker.check(batch);
	parentPort!.postMessage(checked, transferables(checked));
});
