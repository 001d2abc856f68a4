/**
 * fuse.js ranks every entity it is given, at a few microseconds each: 430 ms for one keystroke
 * at 100,000 entities. This gives it only the entities that can be among the results shown, and
 * proves they are all of them, so the results are exactly fuse.js's own (the tests compare).
 *
 * fuse.js scores an entity as the product, over its texts (name, aliases) that match, of
 * score^(weight · norm), each score in (0, 1]. The product over the texts that could match, each
 * at the lowest score it could have (search-bounds.ts), is a lower bound of the entity's score. Once
 * fuse.js has ranked `limit` entities, an entity whose bound is worse than the last of them cannot
 * enter the list, so it is never given to fuse.js.
 */
import Fuse, {type FuseIndex, type FuseResult, type IFuseOptions} from 'fuse.js';
import {candidateScratch, candidateTexts, EQUAL, fewestErrors, fewestErrorsInText, preparePattern, type PreparedPattern} from './search-bounds.js';
import type {SearchEntries} from './search-entries.js';
import {mergeResults, rankNarrowed} from './search-rank.js';
import {keyOfField} from './search-entries.js';
import {buildTextTable, comparedText, textTableOf} from './search-table.js';

type SubRecord = {readonly v: string; readonly n: number; readonly i: number};
type IndexRecord = ReturnType<FuseIndex<unknown>['toJSON']>['records'][number];

/** A search that returns what fuse.js's `search(pattern, {limit})` over every document returns. */
export interface NarrowedSearch<T> {
	search(pattern: string, limit: number): FuseResult<T>[];
	/** How many documents the last `search` matched in all (fuse.js's result count without a limit). */
	lastTotal(): number;
}

/** Bitap patterns longer than this are cut into chunks by fuse.js; they are searched without narrowing. */
const MAX_PATTERN = 32;
/** How many entities fuse.js is given at once when it must see every one (a long pattern). */
const CHUNK = 2048;

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
	const table = kept && kept.weights.length === weights.length && weights.every((weight, i) => kept.weights[i] === weight) ? textTableOf(entries, kept) : buildTextTable(entries, weights);
	const {entityStart} = entries;
	const documents = entityStart.length - 1;
	const scratch = candidateScratch(table.codes);
	// Per text, for the current pattern: the fewest errors it could take (NONE: it cannot match),
	// and whether that is known exactly.
	const NONE = -2;
	const errors = new Int8Array(table.codes.count).fill(NONE);
	const exact = new Uint8Array(table.codes.count);
	const candidates = new Int32Array(documents);
	const seen = new Uint8Array(documents);
	const bound = new Float64Array(documents);
	// Whether an entity's bound comes from exact error counts for every text (1) or not yet (0).
	const tight = new Uint8Array(documents);
	// What the last search learnt: a lower bound of every text's errors for its pattern (exact
	// where they were counted). A pattern that contains it takes at least as many, and typing only
	// adds to the query: the next keystroke starts from these instead of from nothing.
	let known = new Int8Array(table.codes.count);
	let learnt = new Int8Array(table.codes.count);
	let knownPattern: string | null = null;
	let total = 0;
	const counted = new Uint8Array(documents);

	/** The errors of a text that has only a bound, counted as fuse.js counts them. */
	const exactErrors = (t: number, pattern: PreparedPattern) =>
		// A text lacking the whole pattern takes at least one error.
		Math.max(1, pattern.exactCodes ? fewestErrors(table.codes, t, pattern) : fewestErrorsInText(table.codes.textAt(t), pattern.text));

	/** Replace text t's bound by its exact count of errors (kept, and learnt for the next query). */
	const countExactly = (t: number, pattern: PreparedPattern) => {
		if (exact[t] === 1) return;
		const count = exactErrors(t, pattern);
		learnt[t] = Math.min(127, count);
		errors[t] = count > pattern.maxErrors ? NONE : count;
		exact[t] = 1;
	};

	/**
	 * How many documents match: those with a text that holds the pattern, or that takes at most
	 * maxErrors once counted. A text counted here keeps its exact count for the ranking.
	 */
	const countMatches = (hitCount: number, pattern: PreparedPattern) => {
		let matched = 0;
		for (let n = 0; n < hitCount; n++) {
			const t = scratch.hits[n]!;
			const position = table.ownerOf[t]!;
			if (counted[position] === 1) continue;
			countExactly(t, pattern);
			if (errors[t] !== NONE) {
				counted[position] = 1;
				matched++;
			}
		}
		for (let n = 0; n < hitCount; n++) counted[table.ownerOf[scratch.hits[n]!]!] = 0;
		return matched;
	};

	// factors[exponent id · SLOTS + count + 1]: the factor of a text taking `count` errors (EQUAL
	// is −1) for the current pattern, computed as fuse.js computes it, once per query and value.
	const SLOTS = MAX_PATTERN + 2;
	const factors = new Float64Array(table.exponents.length * SLOTS);
	const factor = (t: number, count: number, m: number) => {
		const slot = table.exponentOf[t]! * SLOTS + count + 1;
		let value = factors[slot]!;
		if (Number.isNaN(value)) {
			value = Math.pow(count === EQUAL ? Number.EPSILON : Math.max(0.001, count / m), table.exponents[table.exponentOf[t]!]!);
			factors[slot] = value;
		}
		return value;
	};

	/** Sets an entity's bound from its texts' errors, and whether every count is exact. */
	const setBound = (position: number, m: number) => {
		let product = 1;
		let allExact = 1;
		for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) {
			if (errors[t] === NONE) continue;
			product *= factor(t, errors[t]!, m);
			allExact &= exact[t]!;
		}
		bound[position] = product;
		tight[position] = allExact;
	};

	/** Count the errors of every text of an entity that only has a bound; true if it can still match. */
	const refine = (position: number, pattern: PreparedPattern) => {
		let possible = false;
		for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) {
			if (errors[t] === NONE) continue;
			countExactly(t, pattern);
			if (errors[t] !== NONE) possible = true;
		}
		if (possible) setBound(position, pattern.text.length);
		return possible;
	};

	/** fuse.js's results over the entities at `positions`, given only their texts that `canMatch`. */
	const rank = (positions: ArrayLike<number>, pattern: string, limit: number, canMatch: (t: number) => boolean): FuseResult<T>[] => {
		const subset = Array.from(positions, (position): IndexRecord => {
			const entry: Record<number, SubRecord[]> = {};
			// As fuse.js's own index has them: each key a list of its texts, with their index in it.
			const indexInKey = [0, 0];
			for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) {
				const key = keyOfField(table.columns.fields[t]!);
				const i = indexInKey[key]!++;
				// A text that cannot match adds nothing to fuse.js's score.
				if (!canMatch(t)) continue;
				(entry[key] ??= []).push({v: comparedText(table, t), i, n: table.norms[table.exponentOf[t]!]!});
			}
			return {i: position, $: entry};
		});
		fuse.setCollection([], Fuse.parseIndex<T>({keys, records: subset}));
		return fuse.search(pattern, {limit});
	};

	/** fuse.js's results over every entity, a chunk at a time (so its records never all exist at once). */
	const rankEvery = (pattern: string, limit: number): FuseResult<T>[] => {
		// Every text but the blank ones, which fuse.js leaves out of its index.
		const notBlank = (t: number) => table.codes.start[t] !== table.codes.start[t + 1];
		let results: FuseResult<T>[] = [];
		for (let from = 0; from < documents; from += CHUNK) {
			const positions = Int32Array.from({length: Math.min(CHUNK, documents - from)}, (_, k) => from + k);
			results = mergeResults(results, rank(positions, pattern, limit, notBlank), limit);
		}
		return results;
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
				knownPattern = null;
				const every = rankEvery(text, documents);
				total = every.length;
				return withEntities(every.slice(0, limit));
			}
			let maxErrors = 0;
			while (maxErrors + 1 < m && (maxErrors + 1) / m <= threshold) maxErrors++;
			const pattern = preparePattern(text, maxErrors);
			factors.fill(Number.NaN);

			const hitCount = candidateTexts(table.codes, scratch, pattern, knownPattern !== null && text.includes(knownPattern) ? known : null, learnt);
			let candidateCount = 0;
			for (let n = 0; n < hitCount; n++) {
				const t = scratch.hits[n]!;
				errors[t] = scratch.errors[n]!;
				exact[t] = scratch.exact[n]!;
				const position = table.ownerOf[t]!;
				if (seen[position] === 0) {
					seen[position] = 1;
					candidates[candidateCount++] = position;
				}
			}
			total = countMatches(hitCount, pattern);
			// A bound is computed as fuse.js computes a score, factor by factor in the same order, so
			// an entity whose texts' errors are all known gets its exact score, bit for bit.
			for (let c = 0; c < candidateCount; c++) {
				const position = candidates[c]!;
				seen[position] = 0;
				setBound(position, m);
			}

			const results = rankNarrowed({
				candidates: candidates.subarray(0, candidateCount),
				bound,
				refined: (position) => tight[position] === 1,
				refine: (position) => refine(position, pattern),
				rank: (batch) => rank(batch, text, limit, (t) => errors[t] !== NONE),
				limit,
			});

			for (let n = 0; n < hitCount; n++) errors[scratch.hits[n]!] = NONE;
			[known, learnt] = [learnt, known];
			knownPattern = text;
			return withEntities(results);
		},
		lastTotal: () => total,
	};
}
