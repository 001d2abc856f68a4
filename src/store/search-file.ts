/**
 * A kind's search columns and table written into a file of their own, from the side file its texts
 * went to as the records streamed (side-search-columns.ts), in the order the store keeps its
 * records (events in timeline order), a few MB of codes at a time; the build then appends the file
 * to the store. They are the largest part of a store (230 MB of 390 at 100,000 events). Made in
 * memory — the texts, a copy of them in timeline order, the table — they took a build from 177 MB
 * (a check alone) to 475 MB at 100,000 events, and to 3 GB at a million. Each section holds, byte
 * for byte, what a table made in memory (search-table.ts) holds; the sections lie in another order
 * in the store than when they were made in memory, which readers, going by the header, do not see.
 */
import {closeSync, openSync} from 'node:fs';
import {BIGRAMS, countBigrams, fillPostings} from '../model/search-bounds.js';
import type {SearchColumns} from '../model/search-entries.js';
import {searchTableWeights} from '../model/search.js';
import {codeText, Exponents, formOf, type Form} from '../model/search-table.js';
import {readInto, SectionFill, StoreWriter} from './layout.js';
import type {Pause} from './indexes.js';
import {columnSection, tableSection} from './search-sections.js';
import type {SearchFileAnswer, SearchFileRequest} from './search-file-messages.js';

const NO_RECORDS = new Int32Array(0);
/** How many records are written between two calls of `between`. */
const RECORDS_BETWEEN = 16_384;
/** About this many bytes of codes are indexed at once (their postings take at most four times as many). */
const CODE_CHUNK_BYTES = 4 * 2 ** 20;

/** A run of texts whose codes were indexed together, and how many of them hold each bigram (at counts[bigram + 1]). */
interface Chunk {
	readonly from: number;
	readonly to: number;
	readonly counts: Int32Array;
}

/**
 * Write the sections of `request` into its `out`: the columns with their records in order, and
 * their table, as search-table.ts makes it. The codes are made, their character sets and bigram
 * counts taken, and written a chunk at a time; the postings are then filled a chunk at a time, each
 * bigram's run of a chunk written to its place. A chunk holds about `chunkBytes` bytes of codes (a
 * text longer than that, a chunk of its own). `between`, where the sections are written in the
 * build's own thread, is called now and then: a turn of its event loop, to say how far it is and to
 * hear a signal (at a million events they take seconds). Given none, the sections are written at
 * one go (in a thread of their own).
 */
export async function writeSearchFile(request: SearchFileRequest, between?: Pause, chunkBytes = CODE_CHUNK_BYTES): Promise<SearchFileAnswer> {
	let side: number | undefined;
	let out: StoreWriter | undefined;
	try {
		side = openSync(request.units, 'r');
		out = new StoreWriter(request.out);
		await writeSections(request, side, out, chunkBytes, between);
		return {kind: request.kind, ...out.close()};
	} catch (error) {
		out?.abandon();
		throw error;
	} finally {
		if (side !== undefined) closeSync(side);
	}
}

/** What writeSearchFile writes, from the open side file `side` into `out`. */
async function writeSections(request: SearchFileRequest, side: number, out: StoreWriter, chunkBytes: number, between: Pause | undefined): Promise<void> {
	const {kind, textStart, fields, entityStart, order} = request;
	const texts = fields.length;
	const column = (part: Parameters<typeof columnSection>[1]) => columnSection(kind, part);
	const unitsFill = new SectionFill(out, column('units'), Uint16Array, textStart[texts]!);
	const textsFill = new SectionFill(out, column('texts'), Int32Array, texts + 1);
	const fieldsFill = new SectionFill(out, column('fields'), Uint8Array, texts);
	const recordsFill = new SectionFill(out, column('records'), Int32Array, order.length + 1);
	const startFill = new SectionFill(out, tableSection(kind, 'start'), Int32Array, texts + 1);
	const lowFill = new SectionFill(out, tableSection(kind, 'charsLow'), Uint32Array, texts);
	const highFill = new SectionFill(out, tableSection(kind, 'charsHigh'), Uint32Array, texts);
	const exponentFill = new SectionFill(out, tableSection(kind, 'exponentOf'), Uint16Array, texts);
	const exponents = new Exponents(searchTableWeights());
	// Where each text's codes start, in the new order: the postings' pass reads the codes back by it.
	const start = new Int32Array(texts + 1);
	const counts = new Int32Array(BIGRAMS + 1);
	const lastSeen = new Int32Array(BIGRAMS).fill(-1);
	const chunks: Chunk[] = [];
	const codesAt = out.position;
	let codes = Buffer.allocUnsafe(chunkBytes);
	let used = 0;
	let chunkFrom = 0;
	/** Index the codes of texts chunkFrom .. to − 1 and append them. */
	const endChunk = (to: number) => {
		if (to === chunkFrom) return;
		const chunkCounts = new Int32Array(BIGRAMS + 1);
		const low = new Uint32Array(to - chunkFrom);
		const high = new Uint32Array(to - chunkFrom);
		countBigrams(codes, start[chunkFrom]!, start, chunkFrom, to, low, high, chunkCounts, lastSeen);
		lowFill.pushAll(low);
		highFill.pushAll(high);
		for (let c = 1; c <= BIGRAMS; c++) counts[c]! += chunkCounts[c]!;
		out.append(codes.subarray(0, used));
		chunks.push({from: chunkFrom, to, counts: chunkCounts});
		chunkFrom = to;
		used = 0;
		// A text longer than a chunk had one of its own; the next are chunks of the usual size again.
		if (codes.length > chunkBytes) codes = Buffer.allocUnsafe(chunkBytes);
	};

	textsFill.push(0);
	recordsFill.push(0);
	startFill.push(0);
	let record = new Uint16Array(1024);
	let local = new Int32Array(64);
	const form: Form = {folded: undefined};
	let text = 0;
	let unitsOut = 0;
	for (let p = 0; p < order.length; p++) {
		if (between && p % RECORDS_BETWEEN === RECORDS_BETWEEN - 1) await between();
		const r = order[p]!;
		const first = entityStart[r]!;
		const count = entityStart[r + 1]! - first;
		const unitFrom = textStart[first]!;
		const unitCount = textStart[first + count]! - unitFrom;
		if (record.length < unitCount) record = new Uint16Array(Math.max(unitCount, record.length * 2));
		if (local.length < count + 1) local = new Int32Array(Math.max(count + 1, local.length * 2));
		readInto(side, new Uint8Array(record.buffer, 0, unitCount * 2), unitFrom * 2);
		for (let k = 0; k <= count; k++) local[k] = textStart[first + k]! - unitFrom;
		// The record's texts as columns of their own, numbered from 0 (their records are not read).
		const columns: SearchColumns = {units: record.subarray(0, unitCount), textStart: local, fields: fields.subarray(first, first + count), entityStart: NO_RECORDS};
		unitsFill.pushAll(columns.units);
		for (let k = 0; k < count; k++, text++) {
			textsFill.push((unitsOut += local[k + 1]! - local[k]!));
			fieldsFill.push(columns.fields[k]!);
			const length = formOf(columns, k, form);
			if (used + length > codes.length) {
				endChunk(text);
				if (length > codes.length) codes = Buffer.allocUnsafe(length);
			}
			exponentFill.push(codeText(columns, k, form.folded, length, codes, used, exponents));
			used += length;
			start[text + 1] = start[text]! + length;
			startFill.push(start[text + 1]!);
		}
		recordsFill.push(text);
	}
	endChunk(texts);
	out.markSection(tableSection(kind, 'codes'), 'u8', codesAt);
	for (const fill of [unitsFill, textsFill, fieldsFill, recordsFill, startFill, lowFill, highFill, exponentFill]) fill.done();

	for (let c = 0; c < BIGRAMS; c++) counts[c + 1]! += counts[c]!;
	out.section(tableSection(kind, 'bigramStart'), counts);
	const {exponents: values, norms, weights} = exponents.arrays();
	out.section(tableSection(kind, 'exponents'), values);
	out.section(tableSection(kind, 'norms'), norms);
	out.section(tableSection(kind, 'weights'), weights);
	await writePostings(out, tableSection(kind, 'bigramTexts'), codesAt, start, counts, chunks, codes, between);
}

/**
 * Fill the postings (`bigramStart` says where each bigram's are) chunk by chunk: a chunk's codes
 * read back (from `codesAt` in `out`), its postings made in memory, each bigram's run written to
 * its place after those of the chunks before.
 */
async function writePostings(out: StoreWriter, name: string, codesAt: number, start: Int32Array, bigramStart: Int32Array, chunks: readonly Chunk[], buffer: Buffer, between: Pause | undefined): Promise<void> {
	const at = out.reserveSection(name, 'i32', bigramStart[BIGRAMS]! * 4);
	const next = bigramStart.slice(0, BIGRAMS);
	const lastSeen = new Int32Array(BIGRAMS).fill(-1);
	let codes = buffer;
	let postings = new Int32Array(0);
	for (const {from, to, counts} of chunks) {
		await between?.();
		const codeFrom = start[from]!;
		const length = start[to]! - codeFrom;
		if (codes.length < length) codes = Buffer.allocUnsafe(length);
		out.readBack(codesAt + codeFrom, length, codes);
		for (let c = 0; c < BIGRAMS; c++) counts[c + 1]! += counts[c]!;
		if (postings.length < counts[BIGRAMS]!) postings = new Int32Array(counts[BIGRAMS]!);
		fillPostings(codes, codeFrom, start, from, to, counts.slice(0, BIGRAMS), postings, lastSeen);
		for (let c = 0; c < BIGRAMS; c++) {
			const run = counts[c + 1]! - counts[c]!;
			if (run === 0) continue;
			out.writeAt(at + next[c]! * 4, new Uint8Array(postings.buffer, counts[c]! * 4, run * 4));
			next[c]! += run;
		}
	}
}
