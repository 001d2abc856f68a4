/**
 * A thread of a store build (check-pool.ts): it checks batches of records (batch-check.ts) and,
 * at the end of a build, makes a search table (search-tables.ts); it answers in the order asked.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import {transferables, type RecordBatch} from './record-batch.js';
import {answerBuffers, type TableRequest} from './search-tables.js';
import {tableHere} from './table-here.js';

const checker = new BatchChecker(workerData as CheckSetup);
parentPort!.on('message', (message: RecordBatch | TableRequest) => {
	if ('ends' in message) {
		const checked = checker.check(message);
		parentPort!.postMessage(checked, transferables(checked));
		return;
	}
	void tableHere(message).then((answer) => parentPort!.postMessage(answer, answerBuffers(answer)));
});
