/**
 * The events' search columns and table, the largest part of a store (220 MB of 390 at 100,000
 * events), made through files instead of in memory. Held whole, their texts, a copy of them put in
 * timeline order and the table took a build from 170 MB (a check alone) to 470 MB at 100,000
 * events, and to 3 GB at a million. Now, as the records stream, each event's texts go to a side
 * file (SideSearchColumns) and only their lengths and fields are kept; once the timeline is known,
 * a thread reads them back in its order and writes the store's sections into a file of their own
 * (writeSearchFile), a few MB of codes at a time, which the build then appends to the store. The
 * sections are those a table made in memory (search-table.ts) would have written, byte for byte.
 */
import {closeSync, openSync} from 'node:fs';
import {Growable} from '../model/growable.js';
import {BIGRAMS, countBigrams, fillPostings} from '../model/search-bounds.js';
import {SEARCH_FIELDS, type SearchColumns, type SearchedText, type SearchKind} from '../model/search-entries.js';
import {searchTableWeights} from '../model/search.js';
import {codeText, Exponents, formOf, type Form} from '../model/search-table.js';
import {readInto, SectionFill, StoreWriter} from './layout.js';
import {columnSection, tableSection} from './search-sections.js';
import type {SearchFileAnswer, SearchFileRequest} from './search-tables.js';

/** About this many bytes of codes are indexed at once (their postings take at most four times as many). */
const CODE_CHUNK_BYTES = 4 * 2 ** 20;

/**
 * Search columns filled record by record, their units written to a side file as they come. With
 * `keepFirst`, each record's first text (an entity's name) is also kept, to be read back at once.
 */
export class SideSearchColumns {
	private readonly textStart = new Growable(Int32Array);
	private readonly fields = new Growable(Uint8Array);
	private readonly entityStart = new Growable(Int32Array);
	private units = 0;
	private readonly first: {readonly units: Growable<Uint16Array>; readonly start: Growable<Int32Array>} | undefined;

	constructor(
		private readonly side: StoreWriter,
		keepFirst = false,
	) {
		this.textStart.push(0);
		this.entityStart.push(0);
		if (keepFirst) {
			this.first = {units: new Growable(Uint16Array, 64 * 1024), start: new Growable(Int32Array)};
			this.first.start.push(0);
		}
	}

	/**
	 * The next record's texts as a checking thread packs them: texts from..to of `units` (text t ends
	 * at textEnds[t], the first starts at 0), each of its field; then `more`.
	 */
	appendPacked(units: Uint16Array, textEnds: Int32Array, fields: Uint8Array, from: number, to: number, more: readonly SearchedText[] = []): void {
		const begin = from === 0 ? 0 : textEnds[from - 1]!;
		for (let t = from; t < to; t++) {
			this.textStart.push((this.units += textEnds[t]! - (t === 0 ? 0 : textEnds[t - 1]!)));
			this.fields.push(fields[t]!);
		}
		if (to > from) this.side.append(new Uint8Array(units.buffer, units.byteOffset + begin * 2, (textEnds[to - 1]! - begin) * 2));
		if (this.first) {
			if (to > from) this.first.units.pushAll(units.subarray(begin, textEnds[from]!));
			this.first.start.push(this.first.units.length);
		}
		for (const {field, text} of more) {
			this.side.append(Buffer.from(text, 'utf16le'));
			this.textStart.push((this.units += text.length));
			this.fields.push(SEARCH_FIELDS.indexOf(field));
		}
		this.entityStart.push(this.textStart.length - 1);
	}

	/** Record r's first text (kept with `keepFirst` only). */
	firstText(r: number): string {
		const first = this.first!;
		const units = first.units.view();
		// Node's UTF-16 decoder copies code units as they are, lone surrogates included.
		return Buffer.from(units.buffer, units.byteOffset + first.start.get(r) * 2, (first.start.get(r + 1) - first.start.get(r)) * 2).toString('utf16le');
	}

	/** The request for the sections of these columns as `kind`, in `order` (dataset order when none), into a new file `out` (the side file written out first). */
	request(kind: SearchKind, out: string, order?: Int32Array): SearchFileRequest {
		this.side.writeOut();
		const records = this.entityStart.length - 1;
		return {kind, units: this.side.path, textStart: this.textStart.view(), fields: this.fields.view(), entityStart: this.entityStart.view(), order: order ?? Int32Array.from({length: records}, (_, r) => r), out};
	}
}

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
 * text longer than that, a chunk of its own).
 */
export function writeSearchFile(request: SearchFileRequest, chunkBytes = CODE_CHUNK_BYTES): SearchFileAnswer {
	const {kind, textStart, fields, entityStart, order} = request;
	const texts = fields.length;
	const side = openSync(request.units, 'r');
	const out = new StoreWriter(request.out);
	try {
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
			const r = order[p]!;
			const first = entityStart[r]!;
			const count = entityStart[r + 1]! - first;
			const unitFrom = textStart[first]!;
			const unitCount = textStart[first + count]! - unitFrom;
			if (record.length < unitCount) record = new Uint16Array(Math.max(unitCount, record.length * 2));
			if (local.length < count + 1) local = new Int32Array(Math.max(count + 1, local.length * 2));
			readInto(side, new Uint8Array(record.buffer, 0, unitCount * 2), unitFrom * 2);
			for (let k = 0; k <= count; k++) local[k] = textStart[first + k]! - unitFrom;
			// The record's texts as columns of their own, numbered from 0.
			const columns: SearchColumns = {units: record.subarray(0, unitCount), textStart: local, fields: fields.subarray(first, first + count), entityStart: local};
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
		writePostings(out, tableSection(kind, 'bigramTexts'), codesAt, start, counts, chunks, codes);
		return {kind, sections: out.close()};
	} catch (error) {
		out.abandon();
		throw error;
	} finally {
		closeSync(side);
	}
}

/**
 * Fill the postings (`bigramStart` says where each bigram's are) chunk by chunk: a chunk's codes
 * read back (from `codesAt` in `out`), its postings made in memory, each bigram's run written to
 * its place after those of the chunks before.
 */
function writePostings(out: StoreWriter, name: string, codesAt: number, start: Int32Array, bigramStart: Int32Array, chunks: readonly Chunk[], buffer: Buffer): void {
	const at = out.reserveSection(name, 'i32', bigramStart[BIGRAMS]! * 4);
	const next = bigramStart.slice(0, BIGRAMS);
	const lastSeen = new Int32Array(BIGRAMS).fill(-1);
	let codes = buffer;
	let postings = new Int32Array(0);
	for (const {from, to, counts} of chunks) {
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
