/**
 * Reading a dataset file as a stream of checked records, for a store build (build.ts) and for a
 * check alone (check.ts): the file is read in chunks and cut into members (json-members.ts); the
 * small members are taken whole, the records go in batches to threads that check each on its own
 * (batch-check.ts); their results come back in file order, and what needs the records before them
 * (unique ids, references that resolve) is checked here (RecordIndex). A file this path cannot
 * take — out of the usual member order, or with any problem at all — is refused (Refused), and the
 * caller loads it whole, which says exactly what is wrong.
 */
import {availableParallelism} from 'node:os';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {Growable} from '../model/growable.js';
import {RECORD_KINDS} from '../model/record-schemas.js';
import {Article, Dataset, SourceArticle, type DatasetFile} from '../model/schema.js';
import {ownText, readArticle, sharedText, type ReadArticle} from './article-texts.js';
import type {CheckMode} from './batch-check.js';
import {checkPool, startThreads, type CheckPool, type ThreadPool} from './check-pool.js';
import {ENTITY_TYPE_CODES} from './codes.js';
import {IdTableBuilder} from './id-table.js';
import {MemberStream, NotStreamable, type MemberSink} from './json-members.js';
import type {CheckedBatch, RecordBatch, RecordKind} from './record-batch.js';
import {MisCut, Refused} from './refused.js';
import type {SearchFileAnswer, SearchFileRequest} from './search-file-messages.js';
import {stampHolds, type FileStamp} from './stamp.js';
import {searchFileHere} from './search-file-here.js';
import type {Pause} from './indexes.js';

/** How far a stream is. */
export interface StreamProgress {
	/** Bytes of the dataset read so far, and in all. */
	readonly bytes: number;
	readonly totalBytes: number;
	/** Records checked so far. */
	readonly records: number;
	readonly elapsedMs: number;
	/**
	 * What the pass is doing: checking records as it reads them; indexing them (a store build, once
	 * every record is read: seconds at a million events); or reading the file again for every error.
	 */
	readonly phase: 'checking' | 'indexing' | 'errors';
}

export interface StreamOptions {
	/** Threads that check records besides this one (which checks too); 0 checks them in this thread alone. By default, one a core but this one's (at least one, at most 7) for a dataset past THREADED_BYTES. */
	readonly threads?: number;
	/** Stops the stream (it then throws the signal's reason). */
	readonly signal?: AbortSignal;
	/** Told how far the stream is, after each chunk read. */
	readonly onProgress?: (progress: StreamProgress) => void;
	/** Whether a record may be taken to end where its lines say (json-members.ts lineCuts; never in mode "errors"): given by orUncut, which streams the file again without when that may have been wrong. */
	readonly lineCuts?: boolean;
	/** The folder an article's textFile is read from: beside the dataset (reopen.ts textDirOf), unless given (standard input saved to a file reads it from the working folder). */
	readonly textDir?: string;
}

/** Datasets smaller than this are checked in the reading thread: starting threads would cost more than they save. */
export const THREADED_BYTES = 8 * 2 ** 20;
/** About this many bytes of records go to a thread at once. */
const BATCH_BYTES = 512 * 1024;
/** Batches under way per checking thread: enough that none waits for the next. */
const PENDING_PER_THREAD = 4;
/** The size of a read. */
const CHUNK_BYTES = 2 ** 20;


/** The offsets a batch is taken with outside mode "errors", which alone reads them. */
const NO_OFFSETS = new Float64Array(0);
const RECORD_KEYS: ReadonlySet<string> = new Set(RECORD_KINDS);
/** The order linimasa writes a dataset's arrays in; each may refer only to those before it ("article" is the article or the articles). */
const NEEDS: Readonly<Record<string, readonly string[]>> = {entities: ['article'], events: ['article', 'entities'], quotes: ['article', 'entities', 'events'], claims: ['article', 'entities', 'events']};

/**
 * The ids of the records taken so far and the entities' types: what a record's references are
 * resolved against. Entities come before events, and both before quotes and claims (NEEDS).
 */
export class RecordIndex {
	readonly ids: Readonly<Record<RecordKind, IdTableBuilder>> = {entities: new IdTableBuilder(), events: new IdTableBuilder(), quotes: new IdTableBuilder(), claims: new IdTableBuilder()};
	readonly entityTypes = new Growable(Uint8Array);

	/** Take the next record's id; refused when an earlier record of its kind has it. */
	add(kind: RecordKind, id: string, index: number): void {
		if (!this.ids[kind].add(id)) throw new Refused(`duplicate id at ${index}`);
	}

	/** The entity a record names (a place, when `place`): its index; refused when there is none. */
	entity(id: string, index: number, place = false): number {
		const at = this.ids.entities.indexOf(id);
		if (at === undefined) throw new Refused(`record ${index} names an unknown entity`);
		if (place && ENTITY_TYPE_CODES[this.entityTypes.get(at)] !== 'place') throw new Refused(`record ${index} has a place that is not one`);
		return at;
	}

	/** The event a record names: its index; refused when there is none. */
	event(id: string, index: number): number {
		const at = this.ids.events.indexOf(id);
		if (at === undefined) throw new Refused(`record ${index} names an unknown event`);
		return at;
	}
}

/**
 * Receives the dataset's members in file order: the small ones whole, the records in batches sent
 * to be checked; each checked batch goes to `keep`, in file order.
 */
export abstract class RecordStream implements MemberSink {
	// Without a prototype, a member called "constructor" or "__proto__" is a member like any other.
	readonly top: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	readonly done = new Set<string>();
	readonly index = new RecordIndex();
	articles: ReadArticle[] | undefined;
	/** The member that gives the articles, as written, and where it starts in the file (to say where an error in it is; kept in mode "errors" alone). */
	articlesMember: {readonly json: string; readonly fileOffset: number} | undefined;
	/** Where each top-level member handed over whole has its key in the file (kept in mode "errors" alone). */
	readonly keyOffsets = new Map<string, number>();
	pool: CheckPool | undefined;
	/** The checking threads, started with the stream: they load while the articles are read. */
	private readonly threadPool: ThreadPool | undefined;
	records = 0;
	private batch: {kind: RecordKind; first: number; bytes: Buffer; used: number; ends: number[]; offsets: number[]} | undefined;
	/** Where in the file the records of each batch under way start and end (two numbers a record), oldest batch first. */
	private readonly offsets: Float64Array[] = [];

	constructor(
		private readonly baseDir: string,
		readonly threads: number,
		/** What the checking threads do: make records ready for a store, check only, or (after a check refused the file) find every error. */
		readonly mode: CheckMode,
	) {
		this.threadPool = threads > 0 ? startThreads(threads) : undefined;
	}

	/** Take a checked batch (in mode "errors", record r at offsets[2r] .. offsets[2r + 1] in the file; else none given): what its records need of the records before them is checked here (this.index). */
	protected abstract keep(batch: CheckedBatch, offsets: Float64Array): void;

	value(key: string, json: string, fileOffset: number, keyOffset: number): void {
		if (Object.hasOwn(this.top, key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		// Only every error's places need them: a build or a check would hold the article's JSON for nothing.
		if (this.mode === 'errors') {
			if (key === 'article' || key === 'articles') this.articlesMember = {json, fileOffset};
			this.keyOffsets.set(key, keyOffset);
		}
		const value = parse(json);
		this.top[key] = value;
		if (key === 'article') this.takeArticles([Article.safeParse(value)], false);
		if (key === 'articles') {
			if (!Array.isArray(value) || value.length === 0) throw new Refused('articles is not a list of articles');
			this.takeArticles(value.map((article) => SourceArticle.safeParse(article)), true);
		}
	}

	element(): void {
		throw new Error('records arrive as bytes (elementBytes)');
	}

	elementBytes(key: string, index: number, data: Buffer, start: number, end: number, fileOffset: number): void {
		if (index === 0) this.begin(key);
		const length = end - start;
		let batch = this.batch;
		if (batch && batch.used + length > batch.bytes.length) {
			this.send();
			batch = undefined;
		}
		// Never from Node's shared pool: a batch's bytes are handed over to a thread whole.
		batch ??= this.batch = {kind: key as RecordKind, first: index, bytes: Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, length)), used: 0, ends: [], offsets: []};
		data.copy(batch.bytes, batch.used, start, end);
		batch.used += length;
		batch.ends.push(batch.used);
		// Where each record is in the file: only every error's places need it, not a build's hot loop.
		if (this.mode === 'errors') batch.offsets.push(fileOffset, fileOffset + length);
	}

	end(key: string, count: number): void {
		if (count === 0) this.begin(key);
		this.send();
	}

	/** Send the batch being filled to be checked. */
	send(): void {
		const batch = this.batch;
		if (!batch) return;
		this.batch = undefined;
		const bytes = new Uint8Array(batch.bytes.buffer, 0, batch.used);
		const message: RecordBatch = {kind: batch.kind, first: batch.first, bytes, ends: Int32Array.from(batch.ends)};
		if (this.mode === 'errors') this.offsets.push(Float64Array.from(batch.offsets));
		this.pool!.submit(message);
	}

	/** Take the checked batches that are back, and wait for more while too many are under way (all of them when `all`). */
	async take(all: boolean): Promise<void> {
		const pool = this.pool;
		if (!pool) return;
		const most = all ? 0 : Math.max(1, this.threads) * PENDING_PER_THREAD;
		while (pool.pending > most || pool.ready()) {
			const batch = await pool.next();
			const offsets = this.offsets.shift() ?? NO_OFFSETS;
			if (batch.refusedAt >= 0) throw new Refused(batch.reason);
			this.keep(batch, offsets);
			this.records += batch.count;
		}
	}

	/** A kind's search sections written to a file, by a thread now free (or by this one, when it has none). */
	searchFile(request: SearchFileRequest, between?: Pause): Promise<SearchFileAnswer> {
		return this.pool ? this.pool.searchFile(request, between) : searchFileHere(request, between);
	}

	/** Stop the checking threads (started even when no record came to be checked). */
	async close(): Promise<void> {
		await (this.pool ?? this.threadPool)?.close();
	}

	/** The dataset's members as read, its record arrays (checked one by one) standing empty. */
	topLevel(): Record<string, unknown> {
		return {...this.top, ...Object.fromEntries([...this.done].map((key) => [key, []]))};
	}

	/** The dataset without its record arrays (checked one by one): held to the schema as a whole dataset is, those arrays standing empty. */
	dataset(): DatasetFile {
		const parsed = Dataset.safeParse(this.topLevel());
		if (!parsed.success || !this.articles) throw new Refused('dataset does not match the schema');
		return parsed.data;
	}

	private begin(key: string): void {
		if (!RECORD_KEYS.has(key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		for (const before of NEEDS[key]!) {
			const there = before === 'article' ? this.articles !== undefined : Object.hasOwn(this.top, before) || this.done.has(before);
			if (!there) throw new Refused(`"${key}" comes before "${before}"`);
		}
		// Every error of a file with a wrong version is the version's alone (as the loader says it):
		// its records are not worth a pass.
		if (this.mode === 'errors' && Object.hasOwn(this.top, 'version') && this.top.version !== 1 && this.top.version !== 2) throw new Refused('the version is not one linimasa reads');
		this.done.add(key);
		this.pool ??= checkPool({articles: this.articles!.map((article) => ({id: article.id, text: this.threadPool ? sharedText(article) : ownText(article)})), mode: this.mode}, this.threadPool);
	}

	/** The article (version 1, `withIds` false) or the articles: their texts read. */
	private takeArticles(parsed: readonly ({success: true; data: Article | SourceArticle} | {success: false})[], withIds: boolean): void {
		if (this.articles) throw new Refused('"article" and "articles" both given');
		const seen = new Set<string>();
		this.articles = parsed.map((result) => {
			if (!result.success) throw new Refused('an article does not match the schema');
			const article = readArticle(result.data, withIds, this.baseDir, this.threads > 0, this.mode === 'errors');
			if (seen.has(article.id)) throw new Refused(`duplicate article id "${article.id}"`);
			seen.add(article.id);
			return article;
		});
	}
}

function parse(json: string): unknown {
	try {
		return JSON.parse(json) as unknown;
	} catch {
		throw new Refused('invalid JSON');
	}
}

/** How many threads check the records of a dataset of `bytes` bytes by default: one a core besides this one's (which checks too, check-pool.ts). */
export function defaultThreads(bytes: number): number {
	return bytes < THREADED_BYTES ? 0 : Math.max(1, Math.min(availableParallelism() - 1, 7));
}

/**
 * Read the dataset file stamped `dataset` through `stream` to its end, every record checked and
 * kept; then check that neither it nor its article texts changed meanwhile. On failure the threads
 * are stopped; else they stay, for the caller's tables (RecordStream.searchFile), until it closes them.
 */
export async function streamRecords(dataset: FileStamp, stream: RecordStream, options: StreamOptions): Promise<void> {
	const started = performance.now();
	let members: MemberStream | undefined;
	let done = false;
	try {
		// Opened within: a file that cannot be opened stops the threads, which started with the stream.
		members = new MemberStream(dataset.path, RECORD_KEYS, stream, {chunkBytes: CHUNK_BYTES, lineCuts: options.lineCuts === true && stream.mode !== 'errors'});
		for (let more = true; more; ) {
			more = members.step();
			if (!more) stream.send();
			await stream.take(!more);
			options.onProgress?.({bytes: members.bytesRead, totalBytes: dataset.size, records: stream.records, elapsedMs: performance.now() - started, phase: stream.mode === 'errors' ? 'errors' : 'checking'});
			// A turn of the event loop: the threads' answers arrive, and a signal can stop the stream.
			await nextTurn();
			options.signal?.throwIfAborted();
		}
		const articles = stream.articles ?? [];
		if (!stampHolds(dataset) || articles.some(({stored}) => stored.textFile && !stampHolds(stored.textFile))) throw new Refused('the files changed while they were read');
		done = true;
	} catch (error) {
		// Only a record's parse proves a cut by its lines. A wrong cut gives a record that is
		// not JSON; but the scanner, carried past the record's end, may first refuse what it then
		// reads (an array's end taken early, the next array's key out of order), before that record's
		// batch comes back: any refusal after such a cut may be that cut's.
		if (members && members.cutAtLines > 0 && isRefusal(error)) throw new MisCut(error.message);
		throw error;
	} finally {
		members?.close();
		if (!done) await stream.close();
	}
}

/**
 * `run` with records cut by the lines they are laid out in (far less to look at than every byte);
 * once more cut by brackets alone when that may have cut one wrongly (MisCut). A file that is
 * broken, or laid out so that a line ends or begins so inside a record, costs a pass more.
 */
export async function orUncut<O extends StreamOptions, T>(options: O, run: (options: O) => Promise<T>): Promise<T> {
	try {
		return await run({...options, lineCuts: true});
	} catch (error) {
		if (!(error instanceof MisCut)) throw error;
		// A stop asked for meanwhile is not a reason to read the file again.
		options.signal?.throwIfAborted();
		return run({...options, lineCuts: false});
	}
}

/** Whether an error is the streaming path giving the file up (the caller then loads it whole). */
export function isRefusal(error: unknown): error is Error {
	return error instanceof Refused || error instanceof NotStreamable;
}
