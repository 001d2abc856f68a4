/**
 * Building a store from a dataset file: its records stream in checked (record-stream.ts), and this
 * writes each one out and keeps the columns the store's sections are made of (indexes.ts). Memory
 * stays bounded by the batches under way and the columns kept: no record is held. The same checks
 * as the whole-file loader run; a file the stream refuses leaves no store, and the caller loads it
 * whole, which says exactly what is wrong.
 */
import {rmSync} from 'node:fs';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {SEARCH_KINDS, speakerSearchText, type SearchedText, type SearchKind} from '../model/search-entries.js';
import {languagesIn} from '../model/story.js';
import {VERSION} from '../model/version.js';
import {collecting, writeIndexes, type Collected} from './indexes.js';
import {StoreWriter} from './layout.js';
import type {StoredArticle, StoreMeta} from './meta.js';
import {NUMBERS_PER_RECORD, PIECES_PER_RECORD, REF, type CheckedBatch} from './record-batch.js';
import {resolvedRef} from './record-refs.js';
import {isRefusal, orUncut, RecordStream, streamRecords, type StreamOptions, type StreamProgress} from './record-stream.js';
import {streamStart} from './stream-start.js';

/** How long a build took: reading the file (of `bytes` bytes) and checking its records, then indexing them and writing the rest. */
export interface BuildTimes {
	readonly bytes: number;
	readonly readMs: number;
	readonly indexMs: number;
}
export type BuildOutcome = ({readonly ok: true} & BuildTimes) | {readonly ok: false; readonly reason: string};
export type BuildOptions = StreamOptions;
export type BuildProgress = StreamProgress;

const NO_TEXTS: readonly SearchedText[] = [];

/**
 * What a build keeps beside its store until it is finished, as suffixes of the store's name: the
 * events as read, the records' written forms, each kind's searched texts as read and its search
 * sections (search-file.ts). An interrupted build's are removed by the next (open.ts).
 */
export const SIDE_FILES: readonly string[] = ['events', 'written', ...SEARCH_KINDS.flatMap((kind) => [`${kind}.texts`, `${kind}.searched`])];

/** Takes the checked records in file order and writes them into a store. */
class Builder extends RecordStream {
	readonly collected: Collected;
	private readonly languageTags = {events: [] as string[], entities: [] as string[]};

	constructor(
		private readonly writer: StoreWriter,
		private readonly side: StoreWriter,
		private readonly written: StoreWriter,
		searchSides: Readonly<Record<SearchKind, StoreWriter>>,
		baseDir: string,
		threads: number,
	) {
		super(baseDir, threads, 'store');
		this.collected = collecting(this.index.ids, this.index.entityTypes, searchSides);
	}

	/** What the store keeps of a checked batch, and the checks that need the records before it. */
	protected keep(batch: CheckedBatch): void {
		const {kind} = batch;
		const {entities, events, quotes, claims} = this.collected;
		const pieces = Buffer.from(batch.pieces.buffer, batch.pieces.byteOffset, batch.pieces.byteLength);
		let piece = 0;
		let ref = 0;
		let article = 0;
		let text = 0;
		const bytesOf = (length: number) => pieces.subarray(piece, (piece += length));
		for (let r = 0; r < batch.count; r++) {
			const index = batch.first + r;
			this.index.add(kind, batch.ids[r]!, index);
			const numbers = r * NUMBERS_PER_RECORD;
			let occasion = -1;
			let speaker = -1;
			for (; ref < batch.refEnds[r]!; ref++) {
				const role = batch.refRoles[ref]!;
				const at = resolvedRef(this.index, batch.refs[ref]!, role, index);
				if (role === REF.entity) {
					if (kind === 'events') events.entities.push(at);
					if (kind === 'quotes') speaker = at;
				} else if (role === REF.occasion) occasion = at;
				else if (role === REF.about) quotes.about.push(at);
			}
			const length = (k: number) => batch.pieceLengths[r * PIECES_PER_RECORD + k]!;
			const json = bytesOf(length(0));
			if (kind === 'entities') {
				entities.types.push(batch.numbers[numbers]!);
				entities.starts.push(this.writer.append(json));
				entities.end = this.writer.position;
			} else if (kind === 'events') {
				events.first.push(batch.numbers[numbers]!);
				events.last.push(batch.numbers[numbers + 1]!);
				events.precision.push(batch.numbers[numbers + 2]!);
				events.entityStarts.push(events.entities.length);
				for (; article < batch.articleEnds[r]!; article++) events.articles.push(batch.articles[article]!);
				events.articleStarts.push(events.articles.length);
				// Events go aside until the timeline is known (permuted.ts): the record, then its brief.
				events.starts.push(this.side.append(json));
				events.starts.push(this.side.append(bytesOf(length(1))));
			} else if (kind === 'quotes') {
				quotes.speaker.push(speaker);
				quotes.event.push(occasion);
				quotes.aboutStarts.push(quotes.about.length);
				quotes.starts.push(this.writer.append(json));
				quotes.end = this.writer.position;
			} else {
				const datingArticle = batch.numbers[numbers]!;
				if (datingArticle >= 0) {
					claims.datedEvent.push(occasion);
					claims.datingArticle.push(datingArticle);
				}
				claims.starts.push(this.writer.append(json));
				claims.end = this.writer.position;
			}
			if (length(2) >= 0) this.collected.written[kind].add(index, bytesOf(length(2)), this.written);
			if (kind !== 'claims') {
				const to = batch.recordTextEnds[r]!;
				// Entities come before quotes: the speaker's name is kept with the entities' columns.
				const more = kind === 'quotes' ? [speakerSearchText(entities.search.firstText(speaker))] : NO_TEXTS;
				(kind === 'entities' ? entities.search : kind === 'events' ? events.search : quotes.search).appendPacked(batch.units, batch.textEnds, batch.fields, text, to, more);
				text = to;
			}
		}
		// A loop, not push(...): a batch's tags are few (records before LANGUAGE_SAMPLE), but a spread has no bound of its own.
		if (kind === 'events' || kind === 'entities') for (const tag of batch.languages) this.languageTags[kind].push(tag);
	}

	/** The languages of the story's texts, the first article's first (as languagesOf finds them). */
	languages(articleLanguage: string): string[] {
		return languagesIn(articleLanguage, [...this.languageTags.events, ...this.languageTags.entities]);
	}
}

async function build(datasetPath: string, storePath: string, options: BuildOptions): Promise<BuildOutcome> {
	const start = streamStart(datasetPath, options);
	if (!start) return {ok: false, reason: 'not a readable file'};
	const {dataset} = start;
	const started = performance.now();
	const writer = new StoreWriter(storePath);
	const perKind = (suffix: string) => Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, `${storePath}.${kind}.${suffix}`])) as Record<SearchKind, string>;
	const searchTexts = perKind('texts');
	const searchFiles = perKind('searched');
	const sidePaths = [`${storePath}.events`, `${storePath}.written`, searchTexts.entity, searchTexts.event, searchTexts.quote];
	const sides: StoreWriter[] = [];
	let builder: Builder | undefined;
	try {
		for (const path of sidePaths) sides.push(new StoreWriter(path));
		const [side, written, entity, event, quote] = sides as [StoreWriter, StoreWriter, StoreWriter, StoreWriter, StoreWriter];
		builder = new Builder(writer, side, written, {entity, event, quote}, start.textDir, start.threads);
		await streamRecords(dataset, builder, options);
		const readMs = performance.now() - started;
		const data = builder.dataset();
		const stored = builder.articles!.map(({bytes, checkpoints, stored: article}, i): StoredArticle => {
			writer.section(`article.${i}.text`, bytes);
			writer.section(`article.${i}.text.checkpoints`, checkpoints.starts);
			return {...article, textLength: checkpoints.count};
		});
		const meta: StoreMeta = {program: VERSION, built: {dataset}, version: data.version, articles: stored, languages: builder.languages(stored[0]!.info.language)};
		const records = builder.records;
		const pause = async () => {
			options.onProgress?.({bytes: dataset.size, totalBytes: dataset.size, records, elapsedMs: performance.now() - started, phase: 'indexing'});
			await nextTurn();
			options.signal?.throwIfAborted();
		};
		await pause();
		await writeIndexes(writer, side, written, searchFiles, builder.collected, stored.length, builder, pause);
		// Stopped while the sections were written: nothing is finished, nothing kept.
		options.signal?.throwIfAborted();
		writer.finish(meta);
		return {ok: true, bytes: dataset.size, readMs, indexMs: performance.now() - started - readMs};
	} catch (error) {
		writer.abandon();
		rmSync(storePath, {force: true});
		throw error;
	} finally {
		await builder?.close();
		for (const side of sides) side.abandon();
		for (const path of [...sidePaths, ...Object.values(searchFiles)]) rmSync(path, {force: true});
	}
}

/** Validate the dataset at `datasetPath` record by record into a store at `storePath`. */
export async function buildStore(datasetPath: string, storePath: string, options: BuildOptions = {}): Promise<BuildOutcome> {
	try {
		return await orUncut(options, (pass) => build(datasetPath, storePath, pass));
	} catch (error) {
		if (isRefusal(error)) return {ok: false, reason: error.message};
		throw error;
	}
}
