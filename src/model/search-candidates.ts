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
import {EQUAL, matchBound, preparePattern} from './search-bounds.js';
import {keyOfField, type SearchEntries} from './search-entries.js';
import {NONE, searchTextsInSteps, WindowScratch} from './search-pass.js';
import {rankNarrowed} from './search-rank.js';
import {holdsAsWritten, isNumberWord, joinedMatches, MAX_PATTERN, nearThreshold, nearWordsRequired, queryWords} from './search-words.js';
import {drain, type Steps} from './steps.js';
import {comparedTextsBetween, textTableArrays} from './search-table.js';
import {partsOfArrays} from './text-table-parts.js';

type SubRecord = {readonly v: string; readonly n: number; readonly i: number};
type IndexRecord = ReturnType<FuseIndex<unknown>['toJSON']>['records'][number];

/** A search that returns what fuse.js's `search(pattern, {limit})` over every document returns. */
export interface NarrowedSearch<T> {
	search(pattern: string, limit: number): FuseResult<T>[];
	/**
	 * `search` a step at a time (a window of texts each). A search left unfinished leaves nothing
	 * wrong behind, so long as no other is run before it is dropped: the next starts afresh.
	 */
	searchInSteps(pattern: string, limit: number): Steps<FuseResult<T>[]>;
	/**
	 * The finder's search. A pattern of one word: `searchInSteps`. Of several (queryWords): the
	 * documents that hold every word (each fuzzily, anywhere in their texts, as fzf takes words; a
	 * number as written) or that the phrase matches with one error at most (nearWordsRequired held
	 * as written); those the phrase matches first, in fuse.js's order for it, then the rest by
	 * their words' mean score, carrying where each word matched. lastTotal counts them.
	 */
	searchWordsInSteps(pattern: string, limit: number): Steps<FuseResult<T>[]>;
	/** How many documents the last search matched in all (for `search`, fuse.js's result count without a limit). */
	lastTotal(): number;
	/** Whether searchWordsInSteps finds the document at `position` for the pattern (fuse.js asked over its texts alone). */
	matchesDocument(pattern: string, position: number): boolean;
}


/** How many words' every match a search keeps for the next keystrokes (a few MB at 100,000 records). */
const WORDS_KEPT = 4;
/** How many texts' exponents are read at once to find the floors of a long pattern's scores. */
const FLOOR_WINDOW = 32 * 1024;

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

/**
 * The most errors fuse.js's bitap lets a pattern of m characters (at most 32) take under a
 * threshold: it tries 0, 1, … errors while errors / m stays within it, and never m.
 */
export function maxErrorsOf(m: number, threshold: number): number {
	let maxErrors = 0;
	while (maxErrors + 1 < m && (maxErrors + 1) / m <= threshold) maxErrors++;
	return maxErrors;
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
	const windowScratch = new WindowScratch();

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
	const matchPiece = (piece: string, knownFor: string | null, learntInto: Int8Array = learnt, only: Uint8Array | null = null, knownBounds: Int8Array = known): Steps<number> => {
		const maxErrors = maxErrorsOf(piece.length, threshold);
		// Where the first error is allowed, the pieces leave tens of thousands of texts to count at 100,000
		// entities, and bounds learnt for a pattern allowed none bound little. Past that (ten characters
		// and more) the pattern's many bigrams' postings cost more than the counting they save.
		const overlapping = maxErrors === 1 && (knownFor === null || maxErrorsOf(knownFor.length, threshold) === 0);
		return searchTextsInSteps({
			parts,
			recordStart: entityStart,
			comparedTexts: (from, to) => comparedTextsBetween(entries, from, to),
			pattern: preparePattern(piece, maxErrors),
			known: knownFor === null ? null : knownBounds,
			overlapping,
			learnt: learntInto,
			only,
			scratch: windowScratch,
			errors,
			matched,
			score,
		});
	};

	/**
	 * fuse.js's first `limit` results for a pattern longer than 32 characters, and how many match
	 * in all. A text matches the pattern when it matches one of its pieces (bitapPieces), so the
	 * entities with such a text are every match, and their count is fuse.js's. fuse.js scores the
	 * text as the average of its pieces' scores: a piece that matches with e errors scores at least
	 * max(0.001, e / 32) and one that does not at least the threshold (else it would match), so each
	 * entity's score has a floor, and fuse.js ranks the entities by floor, best first, only while
	 * one of them can still enter the results (rankNarrowed, which a floor serves as a score).
	 */
	const rankLong = function* (pattern: string, limit: number): Steps<{results: FuseResult<T>[]; total: number}> {
		const pieces = bitapPieces(pattern);
		const texts = parts.count;
		const textMatches = new Uint8Array(texts);
		// Every piece found with no error: the text may be the pattern itself, which scores 0.
		const maybeEqual = new Uint8Array(texts).fill(1);
		const floorSum = new Float64Array(texts);
		const isCandidate = new Uint8Array(documents);
		for (const piece of pieces) {
			const count = yield* matchPiece(piece, null);
			for (let k = 0; k < count; k++) isCandidate[matched[k]!] = 1;
			for (let t = 0; t < texts; t++) {
				const e = errors[t]!;
				if (e === NONE) {
					floorSum[t] = floorSum[t]! + threshold;
					maybeEqual[t] = 0;
				} else {
					textMatches[t] = 1;
					if (e > 0) maybeEqual[t] = 0;
					floorSum[t] = floorSum[t]! + Math.max(0.001, Math.max(0, e) / piece.length);
				}
			}
		}
		const candidates = new Int32Array(documents);
		let total = 0;
		for (let position = 0; position < documents; position++) if (isCandidate[position] === 1) candidates[total++] = position;
		// Each candidate's floor, as fuse.js multiplies its texts' scores, each raised to weight × norm.
		for (let p0 = 0; p0 < documents; ) {
			// Entities whose texts are read together: a window of them, or one alone with more.
			let p1 = p0 + 1;
			while (p1 < documents && entityStart[p1 + 1]! - entityStart[p0]! <= FLOOR_WINDOW) p1++;
			const from = entityStart[p0]!;
			const exponentOf = parts.exponentOf(from, entityStart[p1]!);
			for (let position = p0; position < p1; position++) {
				if (isCandidate[position] !== 1) continue;
				let floor = 1;
				for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) {
					if (textMatches[t] === 1) floor *= maybeEqual[t] === 1 ? 0 : Math.pow(floorSum[t]! / pieces.length, parts.exponents[exponentOf[t - from]!]!);
				}
				// A hair under, so that rounding (fuse.js multiplies in another order) never lifts a floor over the score.
				score[position] = floor * (1 - 1e-9);
			}
			p0 = p1;
		}
		const results = rankNarrowed({
			candidates: candidates.subarray(0, total),
			score,
			rank: (batch) => rank(batch.flatMap((position) => recordsOf([position], entityStart[position]!, entityStart[position + 1]!, (t) => textMatches[t] === 1)), pattern, limit),
			limit,
		});
		return {results, total};
	};

	/** The results with their entities (fuse.js was given none). */
	const withEntities = (results: FuseResult<T>[]): FuseResult<T>[] => {
		for (const result of results) result.item = entries.entityAt(result.refIndex);
		return results;
	};

	/**
	 * fuse.js's results for the pattern, of the documents `within` keeps where given (for a pattern
	 * of at most 32 characters, the only one a search by words runs); each marked in `members`.
	 */
	const phraseInSteps = function* (text: string, limit: number, members: Uint8Array | null, keepMatches = false, within: ((position: number) => boolean) | null = null): Steps<FuseResult<T>[]> {
		const m = text.length;
		total = 0;
		lastWord = null;
		if (m === 0 || limit <= 0) return [];
		// fuse.js answers a blank query with the first documents, unscored.
		if (text.trim() === '') {
			total = documents;
			return Array.from({length: Math.min(limit, documents)}, (_, refIndex) => ({item: entries.entityAt(refIndex), refIndex}));
		}
		if (m > MAX_PATTERN) {
			// The bounds learnt are a piece's, not the pattern's: the next keystroke starts afresh.
			knownPattern = null;
			const long = yield* rankLong(text, limit);
			total = long.total;
			return withEntities(long.results);
		}
		total = yield* matchPiece(text, knownPattern !== null && text.includes(knownPattern) ? knownPattern : null);
		if (within) {
			let kept = 0;
			for (let k = 0; k < total; k++) if (within(matched[k]!)) matched[kept++] = matched[k]!;
			total = kept;
		}
		if (members) for (let k = 0; k < total; k++) members[matched[k]!] = 1;
		// Every score is exact: fuse.js ranks the best first, a few at a time, until no other can enter.
		const canMatch = (t: number) => errors[t] !== NONE;
		// Ranking reorders its candidates: a word's matches, kept whole for a search by words to come, are ranked in a copy.
		const candidates = keepMatches ? (rankedCopy ??= new Int32Array(documents)).subarray(0, total) : matched.subarray(0, total);
		if (keepMatches) candidates.set(matched.subarray(0, total));
		const results = rankNarrowed({
			candidates,
			score,
			rank: (batch) => rank(batch.flatMap((position) => recordsOf([position], entityStart[position]!, entityStart[position + 1]!, canMatch)), text, limit),
			limit,
		});
		[known, learnt] = [learnt, known];
		knownPattern = text;
		if (keepMatches) lastWord = {word: text, count: total};
		return withEntities(results);
	};

	/** A word's every match: the documents (in no order) and the score of each (at its index here). */
	interface WordMatches {
		readonly positions: Int32Array;
		readonly scores: Float64Array;
	}
	// Words searched whole lately (a query of one word is such a search), the latest last: typing
	// "meutia h" after "meutia" searches "meutia" again for nothing.
	const wordsKnown = new Map<string, WordMatches>();
	let rankedCopy: Int32Array | undefined;
	// The word the last search was, while `matched` and `score` still hold its matches: kept only if a search by words wants it.
	let lastWord: {readonly word: string; readonly count: number} | null = null;
	const keepWord = (word: string, count: number) => {
		const positions = matched.slice(0, count);
		const scores = new Float64Array(count);
		for (let k = 0; k < count; k++) scores[k] = score[positions[k]!]!;
		wordsKnown.delete(word);
		wordsKnown.set(word, {positions, scores});
		if (wordsKnown.size > WORDS_KEPT) wordsKnown.delete(wordsKnown.keys().next().value!);
	};

	// The words' search keeps its own scratch (made at its first use): the phrase's bounds stay for the next keystroke.
	let wordScratch: {inPhrase: Uint8Array; wordsHeld: Uint8Array; only: Uint8Array; onlyMarked: boolean; held: Int32Array; known: Int8Array; learnt: Int8Array; scores: Float64Array[]} | undefined;
	/**
	 * What the words' `known` bounds were learnt for: a word, searched among the documents holding the
	 * words before it (`among`, '' for all). While a word is typed, the next keystroke's search of it
	 * among the same documents starts from them, as the phrase's does.
	 */
	let wordBounds: {readonly word: string; readonly among: string} | null = null;

	/** Whether the last pass matched a text of the document at `position` with `most` errors at most. */
	const matchedWithin = (position: number, most: number): boolean => {
		for (let t = entityStart[position]!; t < entityStart[position + 1]!; t++) if (errors[t] === EQUAL || (errors[t]! >= 0 && errors[t]! <= most)) return true;
		return false;
	};

	/** Of the `count` documents the last pass matched (listed in `matched`), those holding `number` as written (a text matched without an error, the number not inside a longer one), moved to the front; how many. */
	const holdingNumber = (count: number, number: string): number => {
		let kept = 0;
		for (let k = 0; k < count; k++) if (documentHolds(matched[k]!, number, true)) matched[kept++] = matched[k]!;
		return kept;
	};

	/**
	 * How many documents hold every word: they are listed in `held`, and each word's score of each
	 * (as fuse.js gives it for the word alone) is in `scores`, at the word's index in `words`. The
	 * words known already are taken first, then those whose pieces' postings bound their matches to
	 * the fewest texts (matchBound; the longer first where they tie); each word after the first
	 * searches only the texts of the documents that hold every word before it.
	 */
	const holdingEveryWord = function* (words: readonly string[]): Steps<number> {
		const scratch = wordScratch!;
		const {wordsHeld, only, held} = scratch;
		// A search dropped while a word was searched among some documents left their texts marked:
		// every later word would search them too, and a window of a few would lose its shortcut.
		if (scratch.onlyMarked) only.fill(0);
		if (lastWord && words.includes(lastWord.word) && !wordsKnown.has(lastWord.word)) keepWord(lastWord.word, lastWord.count);
		lastWord = null;
		while (scratch.scores.length < words.length) scratch.scores.push(new Float64Array(documents));
		// The fewest texts first: its matches are what the words after it search among.
		const bound = words.map((word) => (wordsKnown.has(word) ? -1 : matchBound(preparePattern(word, maxErrorsOf(word.length, threshold)), parts.bigramStart, parts.count)));
		const order = words.map((_, i) => i).sort((a, b) => bound[a]! - bound[b]! || words[b]!.length - words[a]!.length);
		wordsHeld.fill(0);
		let holding = 0;
		/** Mark (1) or clear (0) in `only` the texts of the documents held, for a word to search them alone. */
		const markHeld = (value: 0 | 1) => {
			for (let k = 0; k < holding; k++) only.fill(value, entityStart[held[k]!]!, entityStart[held[k]! + 1]!);
			scratch.onlyMarked = value === 1;
		};
		for (let w = 0; w < order.length && (w === 0 || holding > 0); w++) {
			const word = words[order[w]!]!;
			const wordScores = scratch.scores[order[w]!]!;
			// A number is never kept (queryWords makes one alone a search by words): found as written each time.
			const asWritten = isNumberWord(word);
			let matches = wordsKnown.get(word);
			if (!matches) {
				if (w > 0) markHeld(1);
				// Bounds learnt among all documents hold among any; among some, only among the same.
				const among = order.slice(0, w).map((i) => words[i]!).join(' ');
				const knownFor = wordBounds && word.includes(wordBounds.word) && (wordBounds.among === '' || wordBounds.among === among) ? wordBounds.word : null;
				wordBounds = null;
				const count = yield* matchPiece(word, knownFor, scratch.learnt, w > 0 ? only : null, scratch.known);
				[scratch.known, scratch.learnt] = [scratch.learnt, scratch.known];
				wordBounds = {word, among};
				if (w > 0) markHeld(0);
				else if (!asWritten) keepWord(word, count);
				// A number counts only where a text holds it as written: no error in it, no digit joined to it.
				const found = asWritten ? holdingNumber(count, word) : count;
				matches = {positions: matched.subarray(0, found), scores: score};
			}
			const {positions, scores} = matches;
			// A word kept has a score per match, in the order of its positions; one searched now, the pass's, by position.
			const byIndex = scores !== score;
			for (let k = 0; k < positions.length; k++) {
				const position = positions[k]!;
				if (wordsHeld[position] !== w) continue;
				wordsHeld[position] = w + 1;
				wordScores[position] = byIndex ? scores[k]! : scores[position]!;
				if (w === 0) held[holding++] = position;
			}
			if (w > 0) {
				let kept = 0;
				for (let k = 0; k < holding; k++) if (wordsHeld[held[k]!] === w + 1) held[kept++] = held[k]!;
				holding = kept;
			}
		}
		return holding;
	};

	/**
	 * Whether a text of the document at `position`, as the finder compares it, holds `word` as
	 * written (holdsAsWritten); with `matchedExactly`, only the texts the last pass matched without
	 * an error are read (a number is in no other).
	 */
	const documentHolds = (position: number, word: string, matchedExactly = false): boolean => {
		const from = entityStart[position]!;
		const to = entityStart[position + 1]!;
		const comparedAt = comparedTextsBetween(entries, from, to);
		for (let t = from; t < to; t++) {
			if (matchedExactly && errors[t] !== EQUAL && errors[t] !== 0) continue;
			if (holdsAsWritten(comparedAt(t), word)) return true;
		}
		return false;
	};

	/**
	 * Of the `holding` documents holdingEveryWord listed, those not in the phrase (marked in `inPhrase`),
	 * ranked by their words' mean score (summed in the order typed, so the same query always gives the
	 * same bits whichever words were known), after `shown` results; adds them to `total`.
	 */
	const rankWords = (words: readonly string[], holding: number, limit: number, shown: number): FuseResult<T>[] => {
		const scratch = wordScratch!;
		const {inPhrase, held} = scratch;
		let found = 0;
		// The first word's scores become the means: each document's is read before its mean is written over it.
		const mean = scratch.scores[0]!;
		for (let k = 0; k < holding; k++) {
			const position = held[k]!;
			if (inPhrase[position] === 1) continue;
			let sum = 0;
			for (let i = 0; i < words.length; i++) sum += scratch.scores[i]![position]!;
			mean[position] = sum / words.length;
			held[found++] = position;
		}
		total += found;
		if (found === 0 || shown >= limit) return [];
		// Where each word matched the document: fuse.js over its texts, a word at a time.
		const withWords = (position: number): FuseResult<T> => {
			const records = recordsOf([position], entityStart[position]!, entityStart[position + 1]!, (_t, blank) => !blank);
			const matches = words.flatMap((word) => rank(records, word, 1)[0]?.matches ?? []);
			return {item: undefined as T, refIndex: position, score: mean[position]!, matches: joinedMatches(matches)};
		};
		return withEntities(rankNarrowed({candidates: held.subarray(0, found), score: mean, rank: (batch) => batch.map(withWords), limit: limit - shown}));
	};

	const searchWordsInSteps = function* (text: string, limit: number): Steps<FuseResult<T>[]> {
		const words = queryWords(text);
		// One word as typed: its matches are kept for the words of the keystrokes to come.
		if (words.length === 0) return yield* phraseInSteps(text, limit, null, text.length <= MAX_PATTERN && /^\S+$/.test(text));
		if (limit <= 0) return yield* phraseInSteps(text, limit, null);
		wordScratch ??= {inPhrase: new Uint8Array(documents), wordsHeld: new Uint8Array(documents), only: new Uint8Array(parts.count), onlyMarked: false, held: new Int32Array(documents), known: new Int8Array(parts.count), learnt: new Int8Array(parts.count), scores: []};
		const {inPhrase, wordsHeld} = wordScratch;
		// The words first: the phrase's search would write over the matches of a word searched last.
		const holding = yield* holdingEveryWord(words);
		inPhrase.fill(0);
		// Of the documents holding every word, those the words match as one phrase come first, in
		// fuse.js's order for it (a phrase past 32 characters, a passage pasted, orders nothing). A
		// document the phrase matches with one error at most is found too, if it holds its numbers
		// and short words as written (nearWordsRequired): a typo in a name ("meutya hafd") is no
		// reason to lose it, but "komisi ix dpr" is not Komisi IV.
		let phrase: FuseResult<T>[] = [];
		total = 0;
		const required = nearWordsRequired(words);
		const found = (position: number) => wordsHeld[position] === words.length || (matchedWithin(position, 1) && required.every((word) => documentHolds(position, word)));
		if (text.length <= MAX_PATTERN) phrase = yield* phraseInSteps(text, limit, inPhrase, false, found);
		const more = rankWords(words, holding, limit, phrase.length);
		return more.length === 0 ? phrase : [...phrase, ...more];
	};

	const searchInSteps = (text: string, limit: number): Steps<FuseResult<T>[]> => phraseInSteps(text, limit, null);

	const matchesDocument = (pattern: string, position: number): boolean => {
		const records = recordsOf([position], entityStart[position]!, entityStart[position + 1]!, (_t, blank) => !blank);
		// As searchWordsInSteps finds them: by the phrase, or by every word (a number as written).
		const words = queryWords(pattern);
		if (words.length === 0) return rank(records, pattern, 1).length > 0;
		const numbersHeld = words.every((word) => !isNumberWord(word) || documentHolds(position, word));
		if (numbersHeld && words.every((word) => rank(records, word, 1).length > 0)) return true;
		// Near the phrase: one error at most (fuse.js with no more allowed), its numbers and short words as written.
		if (pattern.length > MAX_PATTERN || !nearWordsRequired(words).every((word) => documentHolds(position, word))) return false;
		const near = new Fuse<T>([], {...options, threshold: nearThreshold(pattern.length, threshold)}, Fuse.parseIndex<T>({keys, records}));
		return near.search(pattern, {limit: 1}).length > 0;
	};

	return {
		search: (text, limit) => drain(searchInSteps(text, limit)),
		searchInSteps,
		searchWordsInSteps,
		lastTotal: () => total,
		matchesDocument,
	};
}
