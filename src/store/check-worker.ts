/**
 * A thread of a store build (check-pool.ts): told first what it checks against (the articles), it
 * checks batches of records (batch-check.ts) and, at the end of a build, writes a kind's search
 * sections (search-file-messages.ts); it answers in the order asked, and nothing for its setup.
 */
import {parentPort} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import {transferables, type RecordBatch} from './record-batch.js';
import type {SearchFileRequest} from './search-file-messages.js';
import {searchFileHere} from './search-file-here.js';

let checker: BatchChecker | undefined;
parentPort!.on('message', (message: CheckSetup | RecordBatch | SearchFileRequest) => {
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
	void searchFileHere(message).then((answer) => parentPort!.postMessage(answer));
});
