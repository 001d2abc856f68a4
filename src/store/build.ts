/**
 * Building a store from a dataset file, a batch of records at a time: the file is read in chunks
 * and cut into records (json-members.ts); other threads check each batch on its own (parse, schema,
 * anchors against the article text, sanitizing: batch-check.ts); this thread takes their results in
 * file order, checks what needs the records before (unique ids, references that resolve) and writes
 * the store. Memory stays bounded by the batches under way and the columns kept (no record is). The
 * same checks as the whole-file loader run; a file this path cannot take — out of the usual member
 * order, or with any problem at all — is refused, and the caller loads it whole, which says exactly
 * what is wrong.
 */
import {isUtf8} from 'node:buffer';
import {readFileSync, rmSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {resolve} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {utf8Checkpoints, type Utf8Checkpoints} from '../model/codepoints.js';
import {VERSION} from '../model/version.js';
import {namesAt, speakerSearchText} from '../model/search-entries.js';
import {sanitizeDeep} from '../model/sanitize.js';
import {Article, ARTICLE_ID, Dataset, SourceArticle} from '../model/schema.js';
import {languagesIn} from '../model/story.js';
import type {CheckSetup, SharedArticleText} from './batch-check.js';
import {checkPool, type CheckPool} from './check-pool.js';
import {MemberStream, NotStreamable, type MemberSink} from './json-members.js';
import {StoreWriter} from './layout.js';
import type {StoredArticle, StoreMeta} from './meta.js';
import {textDirOf} from './reopen.js';
import {ENTITY_TYPE_CODES} from './codes.js';
import {collecting, writeIndexes, type Collected} from './indexes.js';
import {NUMBERS_PER_RECORD, PIECES_PER_RECORD, REF, type CheckedBatch, type RecordBatch, type RecordKind} from './record-batch.js';
import {stampHolds, stampOf, type FileStamp} from './stamp.js';

export type BuildOutcome = {readonly ok: true} | {readonly ok: false; readonly reason: string};

/** How far a build is. */
export interface BuildProgress {
	/** Bytes of the dataset read so far, and in all. */
	readonly bytes: number;
	readonly totalBytes: number;
	/** Records checked so far. */
	readonly records: number;
	readonly elapsedMs: number;
}

export interface BuildOptions {
	/** Threads that check records; 0 checks them in this thread. By default, one per core for a dataset past THREADED_BYTES. */
	readonly threads?: number;
	/** Stops the build (it then throws the signal's reason, its files removed). */
	readonly signal?: AbortSignal;
	/** Told how far the build is, after each chunk read. */
	readonly onProgress?: (progress: BuildProgress) => void;
}

/** Datasets smaller than this are checked in the build's own thread: starting threads would cost more than they save. */
export const THREADED_BYTES = 8 * 2 ** 20;
/** About this many bytes of records go to a thread at once. */
const BATCH_BYTES = 512 * 1024;
/** Batches under way per checking thread: enough that none waits for the next. */
const PENDING_PER_THREAD = 4;
/** The size of a read. */
const CHUNK_BYTES = 2 ** 20;

/** Why the streaming path gave a file up (the whole-file loader then takes it). */
class Refused extends Error {}

const RECORD_KEYS = new Set(['entities', 'events', 'quotes', 'claims']);
/** The order linimasa writes a dataset's arrays in; each may refer only to those before it ("article" is the article or the articles). */
const NEEDS: Readonly<Record<string, readonly string[]>> = {entities: ['article'], events: ['article', 'entities'], quotes: ['article', 'entities', 'events'], claims: ['article', 'entities', 'events']};

/** An article being read: its text as bytes, and what the store keeps of it. */
interface ReadArticle {
	readonly id: string;
	readonly bytes: Uint8Array;
	/** The text as written inline, when it was (checked as the string it is: a lone surrogate would not survive UTF-8). */
	readonly inline: string | undefined;
	readonly checkpoints: Utf8Checkpoints;
	readonly stored: Omit<StoredArticle, 'textLength'>;
}

/** Receives the dataset's members in file order: the small ones whole, records in batches sent to be checked. */
class Builder implements MemberSink {
	// Without a prototype, a member called "constructor" or "__proto__" is a member like any other.
	readonly top: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	readonly done = new Set<string>();
	readonly collected: Collected = collecting();
	articles: ReadArticle[] | undefined;
	pool: CheckPool | undefined;
	records = 0;
	private readonly languageTags = {events: [] as string[], entities: [] as string[]};
	private batch: {kind: RecordKind; first: number; bytes: Buffer; used: number; ends: number[]} | undefined;

	constructor(
		private readonly writer: StoreWriter,
		private readonly side: StoreWriter,
		private readonly written: StoreWriter,
		private readonly baseDir: string,
		private readonly threads: number,
	) {}

	value(key: string, json: string): void {
		if (Object.hasOwn(this.top, key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
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

	elementBytes(key: string, index: number, data: Buffer, start: number, end: number): void {
		if (index === 0) this.begin(key);
		const length = end - start;
		let batch = this.batch;
		if (batch && batch.used + length > batch.bytes.length) {
			this.send();
			batch = undefined;
		}
		// Never from Node's shared pool: a batch's bytes are handed over to a thread whole.
		batch ??= this.batch = {kind: key as RecordKind, first: index, bytes: Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, length)), used: 0, ends: []};
		data.copy(batch.bytes, batch.used, start, end);
		batch.used += length;
		batch.ends.push(batch.used);
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
		this.pool!.submit(message);
	}

	/** Take the checked batches that are back, and wait for more while too many are under way (all of them when `all`). */
	async take(all: boolean): Promise<void> {
		const pool = this.pool;
		if (!pool) return;
		const most = all ? 0 : Math.max(1, this.threads) * PENDING_PER_THREAD;
		while (pool.pending > most || pool.ready()) this.keep(await pool.next());
	}

	private begin(key: string): void {
		if (!RECORD_KEYS.has(key) || this.done.has(key)) throw new Refused(`"${key}" appears twice`);
		for (const before of NEEDS[key]!) {
			const there = before === 'article' ? this.articles !== undefined : Object.hasOwn(this.top, before) || this.done.has(before);
			if (!there) throw new Refused(`"${key}" comes before "${before}"`);
		}
		this.done.add(key);
		this.pool ??= checkPool(this.checkSetup(), this.threads);
	}

	private checkSetup(): CheckSetup {
		const shared = (article: ReadArticle): SharedArticleText => {
			if (article.inline !== undefined) return {text: article.inline};
			// Copied once into memory every thread reads, with the checkpoints made once here.
			const bytes = new Uint8Array(new SharedArrayBuffer(article.bytes.byteLength));
			bytes.set(article.bytes);
			const checkpoints = new Int32Array(new SharedArrayBuffer(article.checkpoints.starts.byteLength));
			checkpoints.set(article.checkpoints.starts);
			return {bytes, checkpoints, count: article.checkpoints.count};
		};
		return {articles: this.articles!.map((article) => ({id: article.id, text: this.threads > 0 ? shared(article) : inlineText(article)})), build: true};
	}

	/** What the store keeps of a checked batch, and the checks that need the records before it. */
	private keep(batch: CheckedBatch): void {
		if (batch.refusedAt >= 0) throw new Refused(batch.reason);
		const {kind} = batch;
		const {entities, events, quotes, claims} = this.collected;
		const ids = this.collected[kind].ids;
		const pieces = Buffer.from(batch.pieces.buffer, batch.pieces.byteOffset, batch.pieces.byteLength);
		let piece = 0;
		let ref = 0;
		let article = 0;
		let text = 0;
		for (let r = 0; r < batch.count; r++) {
			const index = batch.first + r;
			if (!ids.add(batch.ids[r]!)) throw new Refused(`duplicate id at ${index}`);
			const numbers = r * NUMBERS_PER_RECORD;
			let occasion = -1;
			let speaker = -1;
			for (; ref < batch.refEnds[r]!; ref++) {
				const id = batch.refs[ref]!;
				const role = batch.refRoles[ref]!;
				if (role === REF.entity || role === REF.place) {
					const at = entities.ids.indexOf(id);
					if (at === undefined) throw new Refused(`record ${index} names an unknown entity`);
					if (role === REF.place && ENTITY_TYPE_CODES[entities.types.get(at)] !== 'place') throw new Refused(`record ${index} has a place that is not one`);
					if (role === REF.entity && kind === 'events') events.entities.push(at);
					if (role === REF.entity && kind === 'quotes') speaker = at;
				} else {
					const at = events.ids.indexOf(id);
					if (at === undefined) throw new Refused(`record ${index} names an unknown event`);
					if (role === REF.occasion) occasion = at;
					else quotes.about.push(at);
				}
			}
			const [json, brief, writtenForm] = [0, 1, 2].map((k) => batch.pieceLengths[r * PIECES_PER_RECORD + k]!);
			const bytesOf = (length: number) => pieces.subarray(piece, (piece += length));
			if (kind === 'entities') {
				entities.types.push(batch.numbers[numbers]!);
				entities.starts.push(this.writer.append(bytesOf(json!)));
				entities.end = this.writer.position;
			} else if (kind === 'events') {
				events.first.push(batch.numbers[numbers]!);
				events.last.push(batch.numbers[numbers + 1]!);
				events.precision.push(batch.numbers[numbers + 2]!);
				events.entityStarts.push(events.entities.length);
				for (; article < batch.articleEnds[r]!; article++) events.articles.push(batch.articles[article]!);
				events.articleStarts.push(events.articles.length);
				// Events go aside until the timeline is known (permuted.ts): the record, then its brief.
				events.starts.push(this.side.append(bytesOf(json!)));
				events.starts.push(this.side.append(bytesOf(brief!)));
			} else if (kind === 'quotes') {
				quotes.speaker.push(speaker);
				quotes.event.push(occasion);
				quotes.aboutStarts.push(quotes.about.length);
				quotes.starts.push(this.writer.append(bytesOf(json!)));
				quotes.end = this.writer.position;
			} else {
				const datingArticle = batch.numbers[numbers]!;
				if (datingArticle >= 0) {
					claims.datedEvent.push(occasion);
					claims.datingArticle.push(datingArticle);
				}
				claims.starts.push(this.writer.append(bytesOf(json!)));
				claims.end = this.writer.position;
			}
			if (writtenForm! >= 0) this.collected.written[kind].add(index, bytesOf(writtenForm!), this.written);
			if (kind !== 'claims') {
				const search = kind === 'entities' ? entities.search : kind === 'events' ? events.search : quotes.search;
				const to = batch.recordTextEnds[r]!;
				// Entities come before quotes (NEEDS), so the speaker's name is in the entities' columns.
				search.appendPacked(batch.units, batch.textEnds, batch.fields, text, to, kind === 'quotes' ? [speakerSearchText(namesAt(entities.search.columns(), speaker).name)] : []);
				text = to;
			}
		}
		if (kind === 'events' || kind === 'entities') this.languageTags[kind].push(...batch.languages);
		this.records += batch.count;
	}

	/** The languages of the story's texts, the first article's first (as languagesOf finds them). */
	languages(articleLanguage: string): string[] {
		return languagesIn(articleLanguage, [...this.languageTags.events, ...this.languageTags.entities]);
	}

	/** The article (version 1, `withIds` false) or the articles: their texts read. */
	private takeArticles(parsed: readonly ({success: true; data: Article | SourceArticle} | {success: false})[], withIds: boolean): void {
		if (this.articles) throw new Refused('"article" and "articles" both given');
		const seen = new Set<string>();
		this.articles = parsed.map((result) => {
			if (!result.success) throw new Refused('an article does not match the schema');
			const article = result.data;
			const id = withIds && 'id' in article ? article.id : ARTICLE_ID;
			if (seen.has(id)) throw new Refused(`duplicate article id "${id}"`);
			seen.add(id);
			let bytes: Uint8Array = Buffer.from(article.text ?? '', 'utf8');
			let textFile: FileStamp | null = null;
			let textFileName: string | null = null;
			if (article.text === undefined && article.textFile !== undefined) {
				textFile = stampOf(resolve(this.baseDir, article.textFile)) ?? null;
				textFileName = article.textFile;
				bytes = articleBytes(textFile);
			}
			const {text: _text, textFile: _file, ...rest} = article;
			const written = {id, ...rest};
			return {id, bytes, inline: article.text, checkpoints: utf8Checkpoints(bytes), stored: {info: sanitizeDeep(written), written, textFile, textFileName}};
		});
	}
}

/** An article's text for checking in this thread: the string as written, or its bytes as read. */
function inlineText(article: ReadArticle): SharedArticleText {
	if (article.inline !== undefined) return {text: article.inline};
	return {bytes: article.bytes, checkpoints: article.checkpoints.starts, count: article.checkpoints.count};
}

/**
 * An article text file as UTF-8 bytes indexed by code point: half the memory of the string the
 * whole-file loader makes, and off the JavaScript heap, whose growth sets a build's peak.
 */
function articleBytes(stamp: FileStamp | null): Uint8Array {
	if (!stamp) throw new Refused('article text file cannot be read');
	let bytes: Buffer;
	try {
		bytes = readFileSync(stamp.path);
	} catch {
		throw new Refused('article text file cannot be read');
	}
	if (!isUtf8(bytes)) throw new Refused('article text file is not UTF-8');
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	return bytes.subarray(bom);
}

function parse(json: string): unknown {
	try {
		return JSON.parse(json) as unknown;
	} catch {
		throw new Refused('invalid JSON');
	}
}

/** How many threads check the records of a dataset of `bytes` bytes by default. */
function defaultThreads(bytes: number): number {
	return bytes < THREADED_BYTES ? 0 : Math.min(availableParallelism(), 8);
}

async function build(datasetPath: string, storePath: string, options: BuildOptions): Promise<BuildOutcome> {
	const dataset = stampOf(datasetPath);
	if (!dataset) return {ok: false, reason: 'not a readable file'};
	const started = performance.now();
	const writer = new StoreWriter(storePath);
	const sidePaths = [`${storePath}.events`, `${storePath}.written`];
	const sides: StoreWriter[] = [];
	let builder: Builder | undefined;
	let stream: MemberStream | undefined;
	try {
		for (const path of sidePaths) sides.push(new StoreWriter(path));
		const [side, written] = sides as [StoreWriter, StoreWriter];
		// A textFile is read beside the path given (a link's own folder), as the whole-file loader reads it.
		builder = new Builder(writer, side, written, textDirOf(datasetPath), options.threads ?? defaultThreads(dataset.size));
		stream = new MemberStream(dataset.path, RECORD_KEYS, builder, {chunkBytes: CHUNK_BYTES});
		for (let more = true; more; ) {
			more = stream.step();
			if (!more) builder.send();
			await builder.take(!more);
			options.onProgress?.({bytes: stream.bytesRead, totalBytes: dataset.size, records: builder.records, elapsedMs: performance.now() - started});
			// A turn of the event loop: the threads' answers arrive, and a signal can stop the build.
			await nextTurn();
			options.signal?.throwIfAborted();
		}
		// The members the streaming skipped are checked as the schema checks a whole dataset, with
		// the record arrays (already checked one by one) standing empty.
		const arrays = Object.fromEntries([...builder.done].map((key) => [key, []]));
		const parsed = Dataset.safeParse({...builder.top, ...arrays});
		const {articles} = builder;
		if (!parsed.success || !articles) throw new Refused('dataset does not match the schema');
		if (!stampHolds(dataset) || articles.some(({stored}) => stored.textFile && !stampHolds(stored.textFile))) throw new Refused('the files changed while they were read');
		const stored = articles.map(({bytes, checkpoints, stored: article}, i): StoredArticle => {
			writer.section(`article.${i}.text`, bytes);
			writer.section(`article.${i}.text.checkpoints`, checkpoints.starts);
			return {...article, textLength: checkpoints.count};
		});
		const meta: StoreMeta = {
			program: VERSION,
			built: {dataset},
			version: parsed.data.version,
			articles: stored,
			languages: builder.languages(stored[0]!.info.language),
		};
		writeIndexes(writer, side, written, builder.collected, stored.length);
		writer.finish(meta);
		return {ok: true};
	} catch (error) {
		writer.abandon();
		rmSync(storePath, {force: true});
		throw error;
	} finally {
		stream?.close();
		await builder?.pool?.close();
		for (const side of sides) side.abandon();
		for (const path of sidePaths) rmSync(path, {force: true});
	}
}

/** Validate the dataset at `datasetPath` record by record into a store at `storePath`. */
export async function buildStore(datasetPath: string, storePath: string, options: BuildOptions = {}): Promise<BuildOutcome> {
	try {
		return await build(datasetPath, storePath, options);
	} catch (error) {
		if (error instanceof Refused || error instanceof NotStreamable) return {ok: false, reason: error.message};
		throw error;
	}
}
