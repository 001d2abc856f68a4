/**
 * fuse.js ranks every entity it is given, at a few microseconds each: 430 ms for one keystroke
 * at 100,000 entities. This gives it only the entities that can be among the results shown, and
 * proves they are all of them, so the results are exactly fuse.js's own (the tests compare).
 *
 * fuse.js scores an entity as the product, over its texts (name, aliases) that match, of
 * score^(weight · norm), each score in (0, 1]. search-pass.ts finds the texts that match, counts
 * their errors as fuse.js does and so scores every entity that matches exactly as fuse.js would;
 * fuse.js is then given the best of them, to rank them and say where they matched.
 */
import Fuse, {type FuseIndex, type FuseResult, type IFuseOptions} from 'fuse.js';
import {preparePattern} from './search-bounds.js';
import {keyOfField, type SearchEntries} from './search-entries.js';
import {NONE, searchTexts} from './search-pass.js';
import {mergeResults, rankNarrowed} from './search-rank.js';
import {comparedTextsBetween, textTableArrays} from './search-table.js';
import {partsOfArrays} from './text-table-parts.js';

type SubRecord = {readonly v: string; readonly n: number; readonly i: number};
type IndexRecord = ReturnType<FuseIndex<unknown>['toJSON']>['records'][number];

/** A search that returns what fuse.js's `search(pattern, {limit})` over every document returns. */
export interface NarrowedSearch<T> {
	search(pattern: string, limit: number): FuseResult<T>[];
	/** How many documents the last `search` matched in all (fuse.js's result count without a limit). */
	lastTotal(): number;
}

/** Bitap patterns longer than this are cut into pieces by fuse.js (bitapPieces). */
const MAX_PATTERN = 32;
/** How many entities fuse.js is given at once when it ranks every candidate of a long pattern. */
const CHUNK = 2048;

/**
 * The pieces fuse.js's BitapSearch cuts a pattern longer than 32 characters into: 32 at a time
 * from the start, and, for what is left over, the last 32. A text matches the pattern when it
 * matches any piece (its score is their average), so the texts that match a piece hold every
 * text that matches the pattern.
 */
export function bitapPieces(pattern: string): string[] {
	if (pattern.length <= MAX_PATTERN) return [pattern];
	const pieces: string[] = [];
	const whole = pattern.length - (pattern.length % MAX_PATTERN);
	for (let at = 0; at < whole; at += MAX_PATTERN) pieces.push(pattern.slice(at, at + MAX_PATTERN));
	if (whole < pattern.length) pieces.push(pattern.slice(pattern.length - MAX_PATTERN));
	return pieces;
}

/** Each key's share of the keys' total weight, as fuse.js weighs them. */
export function keyWeights<T>(options: IFuseOptions<T>): number[] {
	const rawWeights = (options.keys ?? []).map((key) => (typeof key === 'object' && !Array.isArray(key) && 'weight' in key ? (key.weight ?? 1) : 1));
	const totalWeight = rawWeights.reduce((sum, weight) => sum + weight, 0);
	return rawWeights.map((weight) => weight / totalWeight);
}

/**
 * fuse.js over the entities of `entries`, narrowed per query. The options' keys must be the name
 * and then the aliases, each read through a getFn that gives searchText of it; they must search with
 * ignoreLocation and includeScore, without extended or token search, and compare text as given
 * (isCaseSensitive, no ignoreDiacritics).
 */
export function createNarrowedSearch<T>(entries: SearchEntries<T>, options: IFuseOptions<T>): NarrowedSearch<T> {
	const optionKeys = options.keys ?? [];
	if (optionKeys.length !== 2) throw new Error('the narrowed search takes two keys: the name, then the aliases');
	// fuse.js is never given the entities: it ranks records made here, and results get their entity after.
	const fuse = new Fuse<T>([], options);
	const {keys} = Fuse.createIndex(optionKeys, []).toJSON();
	const weights = keyWeights(options);
	const threshold = options.threshold ?? 0.6;
	// A table kept by a store is used only if built with these weights (its exponents carry them).
	const kept = entries.table;
	const parts = kept && kept.weights.length === weights.length && weights.every((weight, i) => kept.weights[i] === weight) ? kept : partsOfArrays(textTableArrays(entries, weights));
	const {entityStart} = entries;
	const documents = entityStart.length - 1;
	// Per text, for the current pattern: its errors (NONE: it cannot match).
	const errors = new Int8Array(parts.count).fill(NONE);
	const matched = new Int32Array(documents);
	const score = new Float64Array(documents);
	// What the last search learnt: a lower bound of every text's errors for its pattern (exact
	// where they were counted). A pattern that contains it takes at least as many, and typing only
	// adds to the query: the next keystroke starts from these instead of from nothing.
	let known = new Int8Array(parts.count);
	let learnt = new Int8Array(parts.count);
	let knownPattern: string | null = null;
	let total = 0;

	/**
	 * The records fuse.js is given for the entities at `positions`, whose texts all lie in from .. to − 1
	 * (read together), with only their texts that `canMatch`.
	 */
	const recordsOf = (positions: ArrayLike<number>, from: number, to: number, canMatch: (t: number, blank: boolean) => boolean): IndexRecord[] => {
		const starts = parts.starts(from, to);
		const exponentOf = parts.exponentOf(from, to);
		const comparedAt = comparedTextsBetween(entries, from, to);
		return Array.from(positions, (position): IndexRecord => {
			const entry: Record<number, SubRecord[]> = {};
			// As fuse.js's own index has them: each key a list of its texts, with their index in it.
			const indexInKey = [0, 0];
			for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) {
				const key = keyOfField(entries.fields[t]!);
				const i = indexInKey[key]!++;
				// A text that cannot match adds nothing to fuse.js's score.
				if (!canMatch(t, starts[t - from] === starts[t + 1 - from])) continue;
				(entry[key] ??= []).push({v: comparedAt(t), i, n: parts.norms[exponentOf[t - from]!]!});
			}
			return {i: position, $: entry};
		});
	};

	/** fuse.js's results over these records. */
	const rank = (records: IndexRecord[], pattern: string, limit: number): FuseResult<T>[] => {
		fuse.setCollection([], Fuse.parseIndex<T>({keys, records}));
		return fuse.search(pattern, {limit});
	};

	/** Search the texts for a pattern of at most 32 characters: how many entities match (in `matched`, scored in `score`). */
	const matchPiece = (piece: string, known: Int8Array | null): number => {
		const m = piece.length;
		let maxErrors = 0;
		while (maxErrors + 1 < m && (maxErrors + 1) / m <= threshold) maxErrors++;
		return searchTexts({
			parts,
			recordStart: entityStart,
			comparedTexts: (from, to) => comparedTextsBetween(entries, from, to),
			pattern: preparePattern(piece, maxErrors),
			known,
			learnt,
			errors,
			matched,
			score,
		});
	};

	/**
	 * fuse.js's first `limit` results for a pattern longer than 32 characters, and how many match
	 * in all: only the entities with a text that matches one of its pieces can match it, and
	 * fuse.js ranks those, with every text of theirs, a chunk at a time (so its records never all
	 * exist at once).
	 */
	const rankLong = (pattern: string, limit: number): {results: FuseResult<T>[]; total: number} => {
		const candidate = new Uint8Array(documents);
		for (const piece of bitapPieces(pattern)) {
			const count = matchPiece(piece, null);
			for (let k = 0; k < count; k++) candidate[matched[k]!] = 1;
		}
		const positions: number[] = [];
		for (let position = 0; position < documents; position++) if (candidate[position] === 1) positions.push(position);
		// Every text but the blank ones, which fuse.js leaves out of its index.
		const notBlank = (_t: number, blank: boolean) => !blank;
		let results: FuseResult<T>[] = [];
		let matches = 0;
		for (let from = 0; from < positions.length; from += CHUNK) {
			const records = positions.slice(from, from + CHUNK).flatMap((position) => recordsOf([position], entityStart[position]!, entityStart[position + 1]!, notBlank));
			// Every match of the chunk, to be counted; the first `limit` of all are kept.
			const ranked = rank(records, pattern, records.length);
			matches += ranked.length;
			results = mergeResults(results, ranked, limit);
		}
		return {results, total: matches};
	};

	/** The results with their entities (fuse.js was given none). */
	const withEntities = (results: FuseResult<T>[]): FuseResult<T>[] => {
		for (const result of results) result.item = entries.entityAt(result.refIndex);
		return results;
	};

	return {
		search(text, limit) {
			const m = text.length;
			total = 0;
			if (m === 0 || limit <= 0) return [];
			// fuse.js answers a blank query with the first documents, unscored.
			if (text.trim() === '') {
				total = documents;
				return Array.from({length: Math.min(limit, documents)}, (_, refIndex) => ({item: entries.entityAt(refIndex), refIndex}));
			}
			if (m > MAX_PATTERN) {
				// The bounds learnt are a piece's, not the pattern's: the next keystroke starts afresh.
				knownPattern = null;
				const long = rankLong(text, limit);
				total = long.total;
				return withEntities(long.results);
			}
			total = matchPiece(text, knownPattern !== null && text.includes(knownPattern) ? known : null);
			// Every score is exact: fuse.js ranks the best first, a few at a time, until no other can enter.
			const canMatch = (t: number) => errors[t] !== NONE;
			const results = rankNarrowed({
				candidates: matched.subarray(0, total),
				score,
				rank: (batch) => rank(batch.flatMap((position) => recordsOf([position], entityStart[position]!, entityStart[position + 1]!, canMatch)), text, limit),
				limit,
			});
			[known, learnt] = [learnt, known];
			knownPattern = text;
			return withEntities(results);
		},
		lastTotal: () => total,
	};
}
