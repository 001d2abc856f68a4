/**
 * A thread of a store build (check-pool.ts): told first what it checks against (the articles), it
 * checks batches of records (batch-check.ts) and, at the end of a build, makes a search table
 * (search-tables.ts); it answers in the order asked, and nothing for its setup.
 */
import {parentPort} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import {transferables, type RecordBatch} from './record-batch.js';
import type {SearchFileRequest} from './search-file.js';
import {answerBuffers, type TableRequest} from './search-tables.js';
import {searchFileHere, tableHere} from './table-here.js';

let checker: BatchChecker | undefined;
parentPort!.on('message', (message: CheckSetup | RecordBatch | TableRequest | SearchFileRequest) => {
	if ('articles' in message) {
		checker = new BatchChecker(message);
		return;
	}
	if ('ends' in message) {
		if (!checker) throw new Error('a batch came before the setup');
		const checked = checker.check(message);
		parentPort!.postMessage(checked, transferables(checked));
		return;
	}
	if ('out' in message) {
		void searchFileHere(message).then((answer) => parentPort!.postMessage(answer));
		return;
	}
	void tableHere(message).then((answer) => parentPort!.postMessage(answer, answerBuffers(answer)));
});
