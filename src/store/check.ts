/**
 * Checking a dataset file without building its store (`linimasa validate`): the records stream in
 * and are checked as a build checks them (record-stream.ts), and only what the summary counts is
 * kept. With the checking spread over every core and nothing written, this is the fastest way to
 * know a file is valid; a file the stream refuses goes to the whole-file loader, which names every
 * error.
 */
import {countTypes} from '../model/catalog.js';
import {compareClaims} from '../model/claims.js';
import {catalogCounts, type DatasetCounts} from '../model/dataset-counts.js';
import type {Claim} from '../model/schema.js';
import {ENTITY_TYPE_CODES} from './codes.js';
import {NUMBERS_PER_RECORD, PIECES_PER_RECORD, type CheckedBatch} from './record-batch.js';
import {resolvedRef} from './record-refs.js';
import {isRefusal, orUncut, RecordStream, streamRecords, type StreamOptions} from './record-stream.js';
import {streamStart} from './stream-start.js';

export type CheckOutcome = {readonly ok: true; readonly counts: DatasetCounts} | {readonly ok: false; readonly reason: string};

/**
 * Takes the checked records in file order. Their ids and entities' types are in `index` (what
 * references are resolved against), which is what they are counted by; the claims are kept too,
 * to be compared.
 */
class Checker extends RecordStream {
	readonly claims: Claim[] = [];

	constructor(baseDir: string, threads: number) {
		super(baseDir, threads, 'check');
	}

	protected keep(batch: CheckedBatch): void {
		const {kind} = batch;
		const pieces = Buffer.from(batch.pieces.buffer, batch.pieces.byteOffset, batch.pieces.byteLength);
		let piece = 0;
		let ref = 0;
		for (let r = 0; r < batch.count; r++) {
			const index = batch.first + r;
			this.index.add(kind, batch.ids[r]!, index);
			for (; ref < batch.refEnds[r]!; ref++) resolvedRef(this.index, batch.refs[ref]!, batch.refRoles[ref]!, index);
			if (kind === 'entities') this.index.entityTypes.push(batch.numbers[r * NUMBERS_PER_RECORD]!);
			else if (kind === 'claims') {
				// Claims are compared for the summary, as the catalog compares them: sanitized.
				const length = batch.pieceLengths[r * PIECES_PER_RECORD]!;
				this.claims.push(JSON.parse(pieces.toString('utf8', piece, (piece += length))) as Claim);
				piece += Math.max(0, batch.pieceLengths[r * PIECES_PER_RECORD + 1]!) + Math.max(0, batch.pieceLengths[r * PIECES_PER_RECORD + 2]!);
			}
		}
	}
}

/** Check the dataset file at `path` record by record; its counts, or why the stream refused it. */
export async function checkDatasetFile(path: string, options: StreamOptions = {}): Promise<CheckOutcome> {
	try {
		return await orUncut(options, (pass) => check(path, pass));
	} catch (error) {
		if (isRefusal(error)) return {ok: false, reason: error.message};
		throw error;
	}
}

/** The counts of the dataset file at `path`, checked record by record (a refusal is thrown). */
async function check(path: string, options: StreamOptions): Promise<CheckOutcome> {
	const start = streamStart(path, options);
	if (!start) return {ok: false, reason: 'not a readable file'};
	const checker = new Checker(start.textDir, start.threads);
	await streamRecords(start.dataset, checker, options);
	await checker.close();
	checker.dataset();
	const articles = checker.articles!;
	const {ids, entityTypes} = checker.index;
	const {claims} = checker;
	const counts = catalogCounts({
		articles,
		events: ids.events,
		entities: ids.entities,
		quotes: ids.quotes,
		claims,
		entityCounts: () => countTypes(entityTypes.length, (i) => ENTITY_TYPE_CODES[entityTypes.get(i)]!),
		claimComparison: () => compareClaims({length: claims.length, at: (i) => claims[i]}, articles[0]!.id),
	});
	return {ok: true, counts};
}
