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
import {candidateScratch, candidateTexts, EQUAL, fewestErrors, indexTexts, preparePattern, type PreparedPattern, type TextCodes} from './search-bounds.js';
import {rankNarrowed} from './search-rank.js';

type SubRecord = {readonly v: string; readonly n: number; readonly i?: number};
type IndexRecord = ReturnType<FuseIndex<unknown>['toJSON']>['records'][number];

/** A search that returns what fuse.js's `search(pattern, {limit})` over every document returns. */
export interface NarrowedSearch<T> {
	search(pattern: string, limit: number): FuseResult<T>[];
}

/** Bitap patterns longer than this are cut into chunks by fuse.js; they are searched without narrowing. */
const MAX_PATTERN = 32;

/** Every searchable text of the index (names, aliases), with what its score weighs in its entity's. */
interface TextTable {
	readonly codes: TextCodes;
	readonly subs: readonly SubRecord[];
	readonly keyOf: Uint8Array;
	readonly recordOf: Int32Array;
	/**
	 * weight · norm, the exponent of the text's score in its entity's score, as an index into
	 * `exponents`: few distinct values, so powers are computed once per query and value.
	 */
	readonly exponentOf: Uint16Array;
	readonly exponents: readonly number[];
	/** Record r owns texts recordStart[r] .. recordStart[r + 1]. */
	readonly recordStart: Int32Array;
}

function subRecordsOf(record: IndexRecord, key: number): SubRecord[] {
	const entry = record.$?.[key];
	if (entry === undefined) return [];
	return Array.isArray(entry) ? (entry as SubRecord[]) : [entry as SubRecord];
}

function buildTextTable(records: readonly IndexRecord[], weights: readonly number[]): TextTable {
	const subs: SubRecord[] = [];
	const keys: number[] = [];
	const owners: number[] = [];
	const recordStart = new Int32Array(records.length + 1);
	records.forEach((record, position) => {
		recordStart[position] = subs.length;
		weights.forEach((_weight, key) => {
			for (const sub of subRecordsOf(record, key)) {
				subs.push(sub);
				keys.push(key);
				owners.push(position);
			}
		});
	});
	recordStart[records.length] = subs.length;
	const exponents: number[] = [];
	const exponentIds = new Map<number, number>();
	const exponentOf = new Uint16Array(subs.length);
	subs.forEach((sub, t) => {
		// As fuse.js computes it: the key's share of the total weight, times the text's norm.
		const power = weights[keys[t]!]! * sub.n;
		let id = exponentIds.get(power);
		if (id === undefined) exponentIds.set(power, (id = exponents.push(power) - 1));
		exponentOf[t] = id;
	});
	return {
		codes: indexTexts(subs.map((sub) => sub.v)),
		subs,
		keyOf: Uint8Array.from(keys),
		recordOf: Int32Array.from(owners),
		exponentOf,
		exponents,
		recordStart,
	};
}

/**
 * fuse.js over `docs` (indexed by `index`, built with the same options), narrowed per query.
 * The options must search with ignoreLocation and includeScore, without extended or token search,
 * and compare text as given (isCaseSensitive, no ignoreDiacritics: normalize in the keys' getFn).
 */
export function createNarrowedSearch<T>(docs: readonly T[], options: IFuseOptions<T>, index: FuseIndex<T>): NarrowedSearch<T> {
	const fuse = new Fuse(docs, options, index);
	const {keys, records} = index.toJSON();
	const rawWeights = (options.keys ?? []).map((key) => (typeof key === 'object' && !Array.isArray(key) && 'weight' in key ? (key.weight ?? 1) : 1));
	const totalWeight = rawWeights.reduce((sum, weight) => sum + weight, 0);
	const weights = rawWeights.map((weight) => weight / totalWeight);
	const threshold = options.threshold ?? 0.6;
	const table = buildTextTable(records, weights);
	const scratch = candidateScratch(table.codes);
	// Per text, for the current pattern: the fewest errors it could take (NONE: it cannot match),
	// and whether that is known exactly.
	const NONE = -2;
	const errors = new Int8Array(table.codes.count).fill(NONE);
	const exact = new Uint8Array(table.codes.count);
	const candidates = new Int32Array(records.length);
	const seen = new Uint8Array(records.length);
	const bound = new Float64Array(records.length);
	const listIndex = Int32Array.from(records, (record) => record.i);
	// Whether a record's bound comes from exact error counts for every text (1) or not yet (0).
	const tight = new Uint8Array(records.length);
	// What the last search learnt: a lower bound of every text's errors for its pattern (exact
	// where they were counted). A pattern that contains it takes at least as many, and typing only
	// adds to the query: the next keystroke starts from these instead of from nothing.
	let known = new Int8Array(table.codes.count);
	let learnt = new Int8Array(table.codes.count);
	let knownPattern: string | null = null;

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

	/** Sets a record's bound from its texts' errors, and whether every count is exact. */
	const setBound = (position: number, m: number) => {
		let product = 1;
		let allExact = 1;
		for (let t = table.recordStart[position]!; t < table.recordStart[position + 1]!; t++) {
			if (errors[t] === NONE) continue;
			product *= factor(t, errors[t]!, m);
			allExact &= exact[t]!;
		}
		bound[position] = product;
		tight[position] = allExact;
	};

	/** Count the errors of every text of a record that only has a bound; true if it can still match. */
	const refine = (position: number, pattern: PreparedPattern) => {
		let possible = false;
		for (let t = table.recordStart[position]!; t < table.recordStart[position + 1]!; t++) {
			if (errors[t] === NONE) continue;
			if (exact[t] === 0) {
				// A text with only a bound lacks the whole pattern: at least one error.
				const count = Math.max(1, fewestErrors(table.codes, t, pattern));
				learnt[t] = Math.min(127, count);
				errors[t] = count > pattern.maxErrors ? NONE : count;
				exact[t] = 1;
			}
			if (errors[t] !== NONE) possible = true;
		}
		if (possible) setBound(position, pattern.text.length);
		return possible;
	};

	const rank = (positions: ArrayLike<number>, pattern: string, limit: number): FuseResult<T>[] => {
		const subset = Array.from(positions, (position) => {
			const record = records[position]!;
			const entry: Record<string, SubRecord | SubRecord[]> = {};
			// Texts that cannot match add nothing to fuse.js's score: leave them out.
			for (let t = table.recordStart[position]!; t < table.recordStart[position + 1]!; t++) {
				if (errors[t] === NONE) continue;
				const key = table.keyOf[t]!;
				const sub = table.subs[t]!;
				// A key that held a list keeps a list, so fuse.js reports which alias matched.
				if (Array.isArray(record.$?.[key])) ((entry[key] ??= []) as SubRecord[]).push(sub);
				else entry[key] = sub;
			}
			return {i: record.i, $: entry};
		});
		fuse.setCollection(docs, Fuse.parseIndex<T>({keys, records: subset as IndexRecord[]}));
		return fuse.search(pattern, {limit});
	};

	return {
		search(text, limit) {
			const m = text.length;
			if (m === 0 || limit <= 0) return [];
			if (m > MAX_PATTERN) {
				knownPattern = null;
				fuse.setCollection(docs, index);
				return fuse.search(text, {limit});
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
				const position = table.recordOf[t]!;
				if (seen[position] === 0) {
					seen[position] = 1;
					candidates[candidateCount++] = position;
				}
			}
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
				listIndex,
				refined: (position) => tight[position] === 1,
				refine: (position) => refine(position, pattern),
				rank: (batch) => rank(batch, text, limit),
				limit,
			});

			for (let n = 0; n < hitCount; n++) errors[scratch.hits[n]!] = NONE;
			[known, learnt] = [learnt, known];
			knownPattern = text;
			return results;
		},
	};
}
