/**
 * The threads that check a build's records: each batch goes to the thread with the least to do,
 * and the results come back in the order the batches went out, whichever thread finishes first.
 * When every thread has work waiting, the build's own thread checks the batch itself instead of
 * waiting: it has spare time between reading chunks, and a core of its own is then not left to a
 * thread that would have to share it (on 2 cores, one thread and this one checked 100,000 events
 * in the time two threads took, with a fifth less CPU). At the end of a build the threads write
 * its search sections (search-file.ts). With no threads (a small dataset, where starting one costs
 * more than it saves) every batch is checked in the build's own thread, by the same code.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {BatchChecker, type CheckSetup} from './batch-check.js';
import type {CheckedBatch, RecordBatch} from './record-batch.js';
import {searchFileBuffers, type SearchFileAnswer, type SearchFileRequest} from './search-file-messages.js';
import {searchFileHere} from './search-file-here.js';
import type {Pause} from './indexes.js';
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
	/** A kind's search sections written to a file by a thread (the arrays given are handed over: not to be used again here); written here, `between` is called now and then. */
	searchFile(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer>;
	/** Stop the threads (at once: anything under way is dropped). */
	close(): Promise<void>;
}

/**
 * `threads` checking threads, started before what they check against is known: they load their
 * code while the build reads the dataset's articles. Undefined when `threads` is 0 or no thread
 * can be started.
 */
export function startThreads(threads: number): ThreadPool | undefined {
	const workers: Worker[] = [];
	try {
		for (let i = 0; i < threads; i++) {
			const worker = startWorker();
			if (!worker) break;
			workers.push(worker);
		}
	} catch (error) {
		// Those started would keep the program from ending.
		for (const worker of workers) void worker.terminate();
		throw error;
	}
	return workers.length > 0 ? new ThreadPool(workers) : undefined;
}

/** The pool that checks batches against `setup`: the threads started (given what to check against), or the build's own thread when there are none. */
export function checkPool(setup: CheckSetup, threads: ThreadPool | undefined): CheckPool {
	return threads ? threads.setUp(setup) : new InlinePool(new BatchChecker(setup));
}

/** The bundle's check-worker, or, from the sources, check-worker.ts through tsx; undefined when neither is there. */
function startWorker(): Worker | undefined {
	const bundled = checkWorkerEntry();
	if (bundled && existsSync(fileURLToPath(bundled))) return new Worker(bundled);
	const source = new URL('./check-worker.ts', import.meta.url);
	if (!existsSync(fileURLToPath(source))) return undefined;
	const tsx = tsxEsmApi();
	if (!tsx) return undefined;
	const start = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(source.href)}); })`;
	return new Worker(start, {eval: true});
}

/** Where tsx's ESM api is (what registers it in a thread), as a URL; undefined without tsx. */
function tsxEsmApi(): string | undefined {
	try {
		if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
		// vitest's module runner has no import.meta.resolve, and require resolves the CommonJS api,
		// whose register() looks for its files in the wrong folder: the package's own map says where the ESM one is.
		const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
		const {exports} = JSON.parse(readFileSync(manifest, 'utf8')) as {exports: Record<string, {import: {default: string}}>};
		return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
	} catch {
		return undefined;
	}
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

	searchFile(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer> {
		return searchFileHere(request, between);
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

/** Batches a thread has been given and not yet answered for it to count as busy enough: one being checked, two waiting (measured against 2, 4 and 5 on 2 cores: 3 was as fast as any). */
const BACKLOG = 3;

export class ThreadPool implements CheckPool {
	/** Every batch submitted and not taken, oldest first. */
	private readonly order: Owed<CheckedBatch>[] = [];
	/** What each thread has been asked and not yet answered, oldest first (a thread answers in order). */
	private readonly queues: Owed<unknown>[][];
	/** Checks a batch in this thread when every thread has a backlog (made by setUp). */
	private here: BatchChecker | undefined;
	private failure: Error | undefined;
	private closing = false;
	/** How many batches this thread checked itself. */
	checkedHere = 0;

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

	/** Tell every thread (and this one) what batches are checked against; before any batch is submitted. */
	setUp(setup: CheckSetup): this {
		// The articles' texts are shared memory: every thread reads the same bytes, none copied.
		for (const worker of this.workers) worker.postMessage(setup);
		this.here = new BatchChecker(setup);
		return this;
	}

	get pending(): number {
		return this.order.length;
	}

	submit(batch: RecordBatch): void {
		if (!this.here) throw new Error('a batch was submitted before the pool was set up');
		if (this.queues.every((queue) => queue.length >= BACKLOG)) {
			this.checkedHere++;
			this.order.push({result: this.here.check(batch)});
			return;
		}
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

	/** Search sections written by a thread with nothing to do, else here. */
	async searchFile(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer> {
		if (this.queues.every((queue) => queue.length > 0)) return searchFileHere(request, between);
		return this.answer(this.ask<SearchFileAnswer>(request, searchFileBuffers(request)));
	}

	/** Send `message` to the thread with the fewest questions unanswered, its buffers handed over: the answer it then owes. */
	private ask<T>(message: RecordBatch | SearchFileRequest, transfer: ArrayBuffer[]): Owed<T> {
		const awaited: Owed<T> = {};
		let i = 0;
		for (let j = 1; j < this.queues.length; j++) if (this.queues[j]!.length < this.queues[i]!.length) i = j;
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
