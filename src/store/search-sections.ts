/**
 * The finder's table of texts kept in a store: built once, when the store is, instead of by every
 * search (folding and indexing 100,000 events' texts took most of a `linimasa search`). A search
 * reads it by ranges (search-pass.ts goes through it a window of records at a time), never whole:
 * at 1,000,000 events a kind's arrays pass 400 MB, its postings 900 MB. The explorer, which
 * searches again at every keystroke, keeps a table whole in memory when it is small enough.
 */
import {rangesOfArrays, type TextRanges, type TextTableParts} from '../model/text-table-parts.js';
import type {OpenedStore} from './layout.js';

/** The parts kept as arrays, each a section `KIND.search.table.PART` (search-file.ts writes them). */
const ARRAYS = ['codes', 'start', 'charsLow', 'charsHigh', 'bigramStart', 'exponentOf', 'exponents', 'norms', 'weights'] as const;
/** The postings of every bigram, back to back, in bigram order. */
const POSTINGS = 'postings';
/** The parts read by ranges. */
const RANGED = ['codes', 'start', 'charsLow', 'charsHigh', 'exponentOf'] as const;
/**
 * The largest table (its ranged parts) the explorer keeps whole. At 100,000 events the entities'
 * and quotes' tables are kept; the events' (about 40 MB) is read by ranges, which the system's
 * file cache answers as fast: kept whole it left the explorer 40 MB larger (203 against 159–164 MB
 * after the benchmark's keys) and its first keystrokes no faster (p50/p95 40/118 against
 * 30–36/116–120 ms, `npm run bench -- --only search,keys`).
 */
const KEPT_TABLE_BYTES = 16 << 20;
/** How many bytes of whole postings a kept table holds at once (a query's bigrams, a few queries' worth). */
const KEPT_POSTINGS_BYTES = 8 << 20;

/** The section a kind's search columns keep a part in (search-columns.ts): every text's units, where each starts, each one's field, each record's first. */
export function columnSection(kind: string, part: 'units' | 'texts' | 'fields' | 'records'): string {
	return `${kind}.search.${part}`;
}

/** The section a part of a kind's table is kept in (the postings, bigramTexts, as "postings"). */
export function tableSection(kind: string, part: (typeof ARRAYS)[number] | 'bigramTexts'): string {
	return `${kind}.search.table.${part === 'bigramTexts' ? POSTINGS : part}`;
}

/** The names of the sections a kind's table is kept in. */
export function searchTableSections(kind: string): string[] {
	return [...ARRAYS, 'bigramTexts' as const].map((part) => tableSection(kind, part));
}

/** The array a ranged part is read as (its constructor): `length` elements of a buffer from its start. */
type RangedArray<A> = {new (buffer: ArrayBuffer, byteOffset: number, length: number): A; readonly BYTES_PER_ELEMENT: number};

/** A reader of section `name`'s elements from .. to − 1 into a buffer it reuses: the view is valid until its next read. */
function rangeReader<A extends ArrayBufferView>(store: OpenedStore<unknown>, name: string, array: RangedArray<A>): (from: number, to: number) => A {
	let buffer = new ArrayBuffer(0);
	return (from, to) => {
		const bytes = (to - from) * array.BYTES_PER_ELEMENT;
		if (buffer.byteLength < bytes) buffer = new ArrayBuffer(Math.max(bytes, buffer.byteLength * 2));
		return store.readRange(name, from, new array(buffer, 0, to - from));
	};
}

/** A kind's table as the store keeps it, read by ranges when asked for. */
export function readSearchTable(store: OpenedStore<unknown>, kind: string): TextTableParts {
	const name = (part: (typeof ARRAYS)[number]) => tableSection(kind, part);
	const section = (part: (typeof ARRAYS)[number]) => store.header.sections[name(part)]!;
	const reader = <A extends ArrayBufferView>(part: (typeof RANGED)[number], array: RangedArray<A>) => rangeReader(store, name(part), array);
	const bigramStart = store.section(name('bigramStart')) as Int32Array;
	const postingsName = tableSection(kind, 'bigramTexts');
	const ranged: TextRanges = {
		codes: reader('codes', Uint8Array),
		// start[from .. to] is one more than the texts from .. to − 1.
		starts: ((read) => (from: number, to: number) => read(from, to + 1))(reader('start', Int32Array)),
		charsLow: reader('charsLow', Uint32Array),
		charsHigh: reader('charsHigh', Uint32Array),
		exponentOf: reader('exponentOf', Uint16Array),
	};
	let kept: TextRanges | null = null;
	// A kept table's postings, each bigram's read whole once (within KEPT_POSTINGS_BYTES).
	const keptPostings = new Map<number, Int32Array>();
	let keptPostingsBytes = 0;
	const wholePostings = (bigram: number) => {
		let postings = keptPostings.get(bigram);
		if (!postings) {
			postings = store.readRange(postingsName, bigramStart[bigram]!, new Int32Array(bigramStart[bigram + 1]! - bigramStart[bigram]!));
			if (keptPostingsBytes + postings.byteLength > KEPT_POSTINGS_BYTES) {
				keptPostings.clear();
				keptPostingsBytes = 0;
			}
			keptPostings.set(bigram, postings);
			keptPostingsBytes += postings.byteLength;
		}
		return postings;
	};
	return {
		count: section('start').bytes / 4 - 1,
		bigramStart,
		exponents: store.section(name('exponents')) as Float64Array,
		norms: store.section(name('norms')) as Float64Array,
		weights: store.section(name('weights')) as Float64Array,
		starts: (from, to) => (kept ?? ranged).starts(from, to),
		charsLow: (from, to) => (kept ?? ranged).charsLow(from, to),
		charsHigh: (from, to) => (kept ?? ranged).charsHigh(from, to),
		exponentOf: (from, to) => (kept ?? ranged).exponentOf(from, to),
		codes: (from, to) => (kept ?? ranged).codes(from, to),
		postings(bigram, from, to, into) {
			if (kept) into.set(wholePostings(bigram).subarray(from, to));
			else store.readRange(postingsName, bigramStart[bigram]! + from, into.subarray(0, to - from));
		},
		keep() {
			const bytes = RANGED.reduce((sum, part) => sum + section(part).bytes, 0);
			if (kept || bytes > KEPT_TABLE_BYTES) return;
			const whole = <A>(part: (typeof RANGED)[number]) => store.section(name(part)) as A;
			kept = rangesOfArrays({codes: whole('codes'), start: whole('start'), charsLow: whole('charsLow'), charsHigh: whole('charsHigh'), exponentOf: whole('exponentOf')});
		},
	};
}
