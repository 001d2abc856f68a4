/**
 * The finder's table of texts kept in a store: built once, when the store is, instead of by every
 * search (folding and indexing 100,000 events' texts took most of a `linimasa search`). Its arrays
 * are read when a kind is first searched; of the bigram postings, the largest part, only those of
 * the query's bigrams are read, each once.
 */
import type {TextTableParts} from '../model/text-table-parts.js';
import type {OpenedStore, StoreWriter} from './layout.js';

/** The parts kept as arrays, each a section `KIND.search.table.PART`. */
const ARRAYS = ['codes', 'start', 'charsLow', 'charsHigh', 'bigramStart', 'ownerOf', 'exponentOf', 'exponents', 'norms', 'weights'] as const;
/** The postings of every bigram, back to back, in bigram order. */
const POSTINGS = 'postings';
/** How many bigrams' postings are kept once read. */
const KEPT_POSTINGS = 64;

/** The names of the sections a kind's table is kept in. */
export function searchTableSections(kind: string): string[] {
	return [...ARRAYS, POSTINGS].map((part) => `${kind}.search.table.${part}`);
}

/** Write a kind's table. */
export function writeSearchTable(writer: StoreWriter, kind: string, parts: TextTableParts): void {
	for (const part of ARRAYS) writer.section(`${kind}.search.table.${part}`, parts[part]);
	writer.sectionOf(`${kind}.search.table.${POSTINGS}`, 'i32', postingsOf(parts));
}

/** Each bigram's postings, in bigram order. */
function* postingsOf(parts: TextTableParts): Generator<Int32Array> {
	for (let bigram = 0; bigram + 1 < parts.bigramStart.length; bigram++) yield parts.postings(bigram);
}

/** A kind's table as the store keeps it; its postings read a bigram at a time when asked for. */
export function readSearchTable(store: OpenedStore<unknown>, kind: string): TextTableParts {
	const part = <T>(name: (typeof ARRAYS)[number]) => store.section(`${kind}.search.table.${name}`) as T;
	const bigramStart = part<Int32Array>('bigramStart');
	const offset = store.header.sections[`${kind}.search.table.${POSTINGS}`]!.offset;
	const read = new Map<number, Int32Array>();
	return {
		codes: part('codes'),
		start: part('start'),
		charsLow: part('charsLow'),
		charsHigh: part('charsHigh'),
		bigramStart,
		ownerOf: part('ownerOf'),
		exponentOf: part('exponentOf'),
		exponents: part('exponents'),
		norms: part('norms'),
		weights: part('weights'),
		postings(bigram) {
			let postings = read.get(bigram);
			if (!postings) {
				// A query has at most 16 bigrams: an explorer typing for hours keeps a few queries' worth.
				if (read.size >= KEPT_POSTINGS) read.clear();
				const from = bigramStart[bigram]!;
				postings = new Int32Array(bigramStart[bigram + 1]! - from);
				// Copied into an array of its own: the bytes read need not start at a multiple of four.
				new Uint8Array(postings.buffer).set(store.bytes(offset + from * 4, postings.byteLength));
				read.set(bigram, postings);
			}
			return postings;
		},
	};
}
