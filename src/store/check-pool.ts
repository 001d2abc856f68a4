/**
 * The threads that check a build's records: batches go out to them in turn and their results come
 * back in the order the batches went out, whichever thread finishes first. At the end of a build
 * they make its search tables. With no threads (a
 * small dataset, where starting one costs more than it saves) the batches are checked in the
 * build's own thread, by the same code.
 */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import type {CheckedBatch, RecordBatch} from './record-batch.js';
import {requestBuffers, type TableAnswer, type TableRequest} from './search-tables.js';
import {tableHere} from './table-here.js';
import {checkWorkerEntry} from './worker-entry.js';

/** Batches handed to the checkers and not yet taken back. */
export interface CheckPool {
	submit(batch: RecordBatch): void;
	/** How many batches are submitted and not yet taken. */
	readonly pending: number;
	/** Whether the oldest batch's result is here already. */
	ready(): boolean;
	/** The oldest batch's result, once checked. */
	next(): Promise<CheckedBatch>;
	/** A search table made by a thread (the columns given are handed over: not to be used again here). */
	table(request: TableRequest): Promise<TableAnswer>;
	/** Stop the threads (at once: anything under way is dropped). */
	close(): Promise<void>;
}

/** A pool of `threads` checking threads over `setup`, or the build's own thread when `threads` is 0 or no thread can be started. */
export function checkPool(setup: CheckSetup, threads: number): CheckPool {
	if (threads > 0) {
		const workers: Worker[] = [];
		for (let i = 0; i < threads; i++) {
			const worker = startWorker(setup);
			if (!worker) break;
			workers.push(worker);
		}
		if (workers.length > 0) return new ThreadPool(workers);
	}
	return new InlinePool(new BatchChecker(setup));
}

/** The bundle's check-worker, or, from the sources, check-worker.ts through tsx; undefined when neither is there. */
function startWorker(setup: CheckSetup): Worker | undefined {
	const bundled = checkWorkerEntry();
	if (bundled && existsSync(fileURLToPath(bundled))) return new Worker(bundled, {workerData: setup});
	const source = new URL('./check-worker.ts', import.meta.url);
	if (!existsSync(fileURLToPath(source))) return undefined;
	let tsx: string;
	try {
		tsx = import.meta.resolve('tsx/esm/api');
	} catch {
		return undefined;
	}
	const start = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(source.href)}); })`;
	return new Worker(start, {eval: true, workerData: setup});
}

class InlinePool implements CheckPool {
	private readonly done: CheckedBatch[] = [];

	constructor(private readonly checker: BatchChecker) {}

	get pending(): number {
		return this.done.length;
	}

	submit(batch: RecordBatch): void {
		this.done.push(this.checker.check(batch));
	}

	ready(): boolean {
		return this.done.length > 0;
	}

	next(): Promise<CheckedBatch> {
		const result = this.done.shift();
		return result ? Promise.resolve(result) : Promise.reject(new Error('no batch was submitted'));
	}

	table(request: TableRequest): Promise<TableAnswer> {
		return tableHere(request);
	}

	close(): Promise<void> {
		return Promise.resolve();
	}
}

/** An answer a thread owes. */
interface Owed<T> {
	result?: T;
	wake?: () => void;
}

class ThreadPool implements CheckPool {
	/** Every batch submitted and not taken, oldest first. */
	private readonly order: Owed<CheckedBatch>[] = [];
	/** What each thread has been asked and not yet answered, oldest first (a thread answers in order). */
	private readonly queues: Owed<unknown>[][];
	private turn = 0;
	private failure: Error | undefined;
	private closing = false;

	constructor(private readonly workers: readonly Worker[]) {
		this.queues = workers.map(() => []);
		workers.forEach((worker, i) => {
			worker.on('message', (result: unknown) => {
				const awaited = this.queues[i]!.shift()!;
				awaited.result = result;
				awaited.wake?.();
			});
			worker.on('error', (error) => this.fail(error));
			worker.on('messageerror', (error) => this.fail(error));
			// A thread that stops before it is closed answers nothing more: whatever is asked of the pool then fails, rather than wait for ever.
			worker.on('exit', (code) => {
				if (!this.closing) this.fail(new Error(`a checking thread stopped (exit code ${code})`));
			});
		});
	}

	get pending(): number {
		return this.order.length;
	}

	submit(batch: RecordBatch): void {
		// The batch's bytes are its own (the build copies them out of its read buffer): handed over, not copied.
		this.order.push(this.ask<CheckedBatch>(batch, [batch.bytes.buffer as ArrayBuffer, batch.ends.buffer as ArrayBuffer]));
	}

	ready(): boolean {
		return this.order[0]?.result !== undefined;
	}

	async next(): Promise<CheckedBatch> {
		const awaited = this.order[0];
		if (!awaited) throw new Error('no batch was submitted');
		const result = await this.answer(awaited);
		this.order.shift();
		return result;
	}

	async table(request: TableRequest): Promise<TableAnswer> {
		return this.answer(this.ask<TableAnswer>(request, requestBuffers(request)));
	}

	/** Send `message` to the next thread in turn, its buffers handed over: the answer it then owes. */
	private ask<T>(message: RecordBatch | TableRequest, transfer: ArrayBuffer[]): Owed<T> {
		const awaited: Owed<T> = {};
		const i = this.turn++ % this.workers.length;
		this.queues[i]!.push(awaited);
		this.workers[i]!.postMessage(message, transfer);
		return awaited;
	}

	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}

	private async answer<T>(awaited: Owed<T>): Promise<T> {
		if (awaited.result === undefined && this.failure === undefined) await new Promise<void>((wake) => (awaited.wake = wake));
		if (this.failure) throw this.failure;
		return awaited.result!;
	}

	private fail(error: Error): void {
		this.failure ??= error;
		for (const queue of this.queues) for (const awaited of queue) awaited.wake?.();
	}
}
