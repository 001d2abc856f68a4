/**
 * The fuzzy finder: fuse.js over every record's searched texts (search-entries.ts) — entities by
 * name, aliases and titles; events by titles, summaries and dates; quotes by text, gloss and
 * speaker — case- and diacritic-blind and tolerant of a typo or two. Each kind's index is built
 * once per story, into typed arrays (search-table.ts); each search hands fuse.js only the records
 * that can be among its results (search-candidates.ts), so it stays instant at 100,000 records
 * while ranking exactly as fuse.js alone would, and counts every match, not only those it ranks.
 * Results carry the character ranges that matched, so views highlight them without knowing how.
 */
import type {FuseResult, FuseResultMatch, IFuseOptions} from 'fuse.js';
import {isId} from './ids.js';
import {createNarrowedSearch, keyWeights, type NarrowedSearch} from './search-candidates.js';
import {holdsAsWritten, queryWords, withoutEdgePunctuation} from './search-words.js';
import {textTableArrays} from './search-table.js';
import type {TextTableArrays} from './text-table-parts.js';
import {keyOfField, SEARCH_FIELDS, SEARCH_KINDS, searchTextsOfEntity, textAt, type SearchableEntity, type SearchColumns, type SearchEntries, type SearchedText, type SearchField, type SearchKind} from './search-entries.js';
import {searchText} from './search-text.js';
import {drain, type Steps} from './steps.js';

/** Where a result matched: which text (the name or one alias) and which characters. */
export interface MatchedText {
	readonly field: SearchField;
	readonly text: string;
	/** Matched character ranges, [start, end) in UTF-16 units of `text`. */
	readonly ranges: readonly (readonly [number, number])[];
	/** The language `text` is written in (primary subtag), set by matchShown when it is another than the reader's. */
	readonly language?: string;
}

/** A record as fuse.js sees it: its searched texts (search-entries.ts). */
export interface SearchDocument {
	readonly texts: readonly SearchedText[];
}

/** The texts searched under one key (keyOfField), folded as the finder compares them. */
function textsOfKey(texts: readonly SearchedText[], key: 0 | 1): string[] {
	return texts.filter(({field}) => keyOfField(SEARCH_FIELDS.indexOf(field)) === key).map(({text}) => searchText(text));
}

/** How fuse.js ranks every kind for the finder: the primary text weighs twice any other. */
export const SEARCH_OPTIONS: IFuseOptions<SearchDocument> = {
	// Texts are made case- and diacritic-blind once, here, rather than by fuse.js at every search.
	keys: [
		{name: 'name', weight: 2, getFn: (document) => textsOfKey(document.texts, 0)},
		{name: 'aliases', weight: 1, getFn: (document) => textsOfKey(document.texts, 1)},
	],
	includeScore: true,
	includeMatches: true,
	// The getFn above and the query (searchText) are already folded: fuse.js compares them as they are.
	isCaseSensitive: true,
	ignoreDiacritics: false,
	// fuse.js scores a text errors / query length (ignoreLocation) and drops it past this: one error
	// in five characters. A typo in a name ("meutia", "laksno", "nong shenwen") is one or two; 0.4
	// let a six-letter query take two anywhere, so "meutia" lit "menyia" in "menyiapkan" and
	// "ment ai" across "government aims", and a query of three or four characters matched any word
	// a letter away ("pos" in "pusat", "dave" in "have"): those now need the query as typed.
	threshold: 0.2,
	// Names are short; where in a name a match starts should not weigh much.
	ignoreLocation: true,
	minMatchCharLength: 1,
};

/** The same ranking over entities as they are: the name, then aliases and titles (searchTextsOfEntity). */
export const ENTITY_SEARCH_OPTIONS: IFuseOptions<SearchableEntity> = {
	...(SEARCH_OPTIONS as IFuseOptions<unknown>),
	keys: [
		{name: 'name', weight: 2, getFn: (entity) => textsOfKey(searchTextsOfEntity(entity), 0)},
		{name: 'aliases', weight: 1, getFn: (entity) => textsOfKey(searchTextsOfEntity(entity), 1)},
	],
};

/**
 * Every text that matched, as written, with its ranges, the best first: the primary texts when any
 * matched, then the others, each by the query's longest run, what it covers, and least left over.
 */
function rankedMatches(columns: SearchColumns, record: number, matches: readonly FuseResultMatch[] | undefined): MatchedText[] {
	if (!matches || matches.length === 0) return [];
	const covered = (match: FuseResultMatch) => match.indices.reduce((sum, [start, end]) => sum + end - start + 1, 0);
	const uncovered = (match: FuseResultMatch) => (match.value?.length ?? 0) - covered(match);
	// The text with the query's longest run in one piece: fuse.js also reports scattered runs of a
	// few characters, which a long text in another language collects more of than the one that
	// holds the query word for word.
	const longest = (match: FuseResultMatch) => match.indices.reduce((most, [start, end]) => Math.max(most, end - start + 1), 0);
	const named = (match: FuseResultMatch) => (match.key === 'name' ? 0 : 1);
	const ranked = [...matches].sort((a, b) => named(a) - named(b) || longest(b) - longest(a) || covered(b) - covered(a) || uncovered(a) - uncovered(b));
	return ranked.map((match) => {
		// fuse.js reports the normalized text it compared; show the text as written: the refIndex-th of its key's.
		const key = match.key === 'name' ? 0 : 1;
		let t = columns.entityStart[record]!;
		for (let k = match.refIndex ?? 0; ; t++) if (keyOfField(columns.fields[t]!) === key && k-- === 0) break;
		return {
			field: SEARCH_FIELDS[columns.fields[t]!]!,
			text: textAt(columns, t),
			ranges: mergeRanges(match.indices.map(([start, end]) => [start, end + 1] as const)),
		};
	});
}

/** The longest lit run of a matched text. */
const longestRange = ({ranges}: MatchedText) => ranges.reduce((most, [start, end]) => Math.max(most, end - start), 0);

/** How much of the best text's longest run another must light to be "nearly as good": a letter or two fewer of a name. */
const NEARLY = 0.8;

/**
 * The matched text a reader sees for a record: the first of its texts in the reader's language
 * that holds every one of the query's `words` (queryWords) as typed, where the best does not; else the first that is not
 * in another language than the reader's (`otherLanguageOf` gives none) and lights nearly as long a
 * run of the query as the best; else the best, with the language it is written in, for the view to name.
 * Which records are found, and their order, do not depend on it.
 */
export function matchShown(match: RecordMatch, otherLanguageOf: (text: MatchedText) => string | undefined, words: readonly string[] = []): MatchedText | null {
	const best = match.matched;
	if (!best) return null;
	// A text holding every word of the query as typed comes before one that matched it with a typo:
	// "1,12 triliun" shows the outlet that printed Rp1,12 triliun, not the summary's Rp1,2 triliun.
	const asTyped = match.matchedTexts.find((text) => otherLanguageOf(text) === undefined && holdsEveryWord(text, words));
	if (asTyped && !holdsEveryWord(best, words)) return asTyped;
	const least = NEARLY * longestRange(best);
	const inReadersLanguage = match.matchedTexts.find((text) => otherLanguageOf(text) === undefined && longestRange(text) >= least);
	if (inReadersLanguage) return inReadersLanguage;
	const language = otherLanguageOf(best);
	return language === undefined ? best : {...best, language};
}

/** Whether a matched text holds every one of `words` as typed. */
const holdsEveryWord = (text: MatchedText, words: readonly string[]) => words.length > 0 && words.every((word) => holdsAsWritten(searchText(text.text), word));

/** The text a record's row is labelled by, which it always shows: an entity's name, an event's title, a quote's speaker. */
const LABEL_FIELDS: Readonly<Record<SearchKind, SearchField>> = {entity: 'name', event: 'title', quote: 'speaker'};

/** What a row labelled by one of its record's texts shows: the text beside the label, and where the label itself matched. */
export interface ShownMatch {
	readonly matched: MatchedText | null;
	readonly labelMatched?: MatchedText;
}

/**
 * matchShown for a row labelled by its record's label text (LABEL_FIELDS), which the row always shows: where the query's words were found in the label
 * and in another text, the label is lit too, and the other text is shown beside it even when the
 * label matched best, if it holds a word of a query of several that the label does not.
 */
export function matchShownWithLabel(match: RecordMatch, otherLanguageOf: (text: MatchedText) => string | undefined, query: string): ShownMatch {
	const label = LABEL_FIELDS[match.kind];
	const words = queryWords(patternOf(query));
	const matched = matchShown(match, otherLanguageOf, words);
	if (matched === null) return {matched};
	const labelText = match.matchedTexts.find((text) => text.field === label);
	if (matched.field !== label) return labelText ? {matched, labelMatched: labelText} : {matched};
	// One word found (however fuzzily) in the label is shown there; so is every word of several the label holds.
	if (words.length === 0) return {matched};
	const missing = words.filter((word) => !holdsAsWritten(searchText(matched.text), word));
	// A text holding a missing word as typed; else one that matched it with a typo.
	const others = match.matchedTexts.filter((text) => text.field !== label);
	const exact = others.filter((text) => missing.some((word) => holdsAsWritten(searchText(text.text), word)));
	const holders = exact.length > 0 || missing.length === 0 ? exact : others;
	const beside = holders.find((text) => otherLanguageOf(text) === undefined) ?? holders[0];
	if (!beside) return {matched};
	const language = otherLanguageOf(beside);
	return {matched: language === undefined ? beside : {...beside, language}, labelMatched: matched};
}

/** Sort and merge overlapping or touching ranges. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** The ranking options for the narrowed search, which reads only their keys' names and weights, never their getFns. */
function rankingOptions<T>(): IFuseOptions<T> {
	return SEARCH_OPTIONS as unknown as IFuseOptions<T>;
}

/**
 * The columns as entries whose entities are their positions. Not a spread: a store's columns read
 * their units only when asked for (a search with the table kept never needs them), and a spread
 * would ask.
 */
function withPositions(columns: SearchColumns): SearchEntries<number> {
	return Object.create(columns, {entityAt: {value: (index: number) => index}}) as SearchEntries<number>;
}

/** The finder's table of a kind's texts, as a store keeps it so that no search builds it again. */
export function searchTableArrays(columns: SearchColumns): TextTableArrays {
	return textTableArrays(columns, searchTableWeights());
}

/** The keys' weights a search table is made with (their shares of the total). */
export function searchTableWeights(): number[] {
	return keyWeights(rankingOptions());
}

/**
 * The query as the finder compares it, or '' for none: its runs of spaces one space (two typed by
 * mistake change nothing); a single word without brackets or quotation marks around it.
 */
export function patternOf(query: string): string {
	const pattern = searchText(query.trim()).replace(/\s+/g, ' ');
	// A word of several loses them in queryWords; one word is searched as the phrase, where the two
	// marks of "(Komdigi)" would be two errors, more than fuse.js allows a word of seven letters.
	return pattern.includes(' ') ? pattern : withoutEdgePunctuation(pattern);
}

/** A record found by the finder: its kind and its position in that kind's searched list. */
export interface RecordMatch {
	readonly kind: SearchKind;
	/** Position in the kind's list as the catalog searches it (entities, events in timeline order, quotes). */
	readonly position: number;
	readonly score: number;
	/** The text that matched best (the first of `matchedTexts`), or null. */
	readonly matched: MatchedText | null;
	/** Every text of the record that matched, the best first: a view picks one in its language (matchShown). */
	readonly matchedTexts: readonly MatchedText[];
}

/** One kind's results: how many records match in all, and the best of them. */
export interface SearchGroup {
	readonly kind: SearchKind;
	readonly total: number;
	readonly matches: readonly RecordMatch[];
}

export interface RecordSearch {
	/** The kinds with a match, the kind with the best match first (ties in SEARCH_KINDS order); none for an empty query. */
	search(query: string, limitPerKind: number): SearchGroup[];
	/** `search` a step at a time (see NarrowedSearch.searchInSteps): the explorer's, between keys. */
	searchInSteps(query: string, limitPerKind: number): Steps<SearchGroup[]>;
	/** Make every kind's index ready now, for searches to come at every keystroke (a store's small tables are then kept in memory). */
	prepare(): void;
}

/**
 * The search over every kind's columns; each kind's index is built when first searched. Given
 * `positionOfId`, a query that is a record's id (as a listing or an export prints it) finds that
 * record first in its kind, with the best score: a reader pastes "ev-001661" to go to it.
 */
export function createRecordSearch(columnsOf: (kind: SearchKind) => SearchColumns, positionOfId?: (kind: SearchKind, id: string) => number | undefined): RecordSearch {
	const searches = new Map<SearchKind, {columns: SearchColumns; fuse: NarrowedSearch<number>}>();
	const searchOf = (kind: SearchKind) => {
		let known = searches.get(kind);
		if (!known) {
			const columns = columnsOf(kind);
			known = {columns, fuse: createNarrowedSearch<number>(withPositions(columns), rankingOptions<number>())};
			searches.set(kind, known);
		}
		return known;
	};
	const best = (group: SearchGroup) => group.matches[0]?.score ?? 1;
	const searchInSteps = function* (query: string, limitPerKind: number): Steps<SearchGroup[]> {
		const pattern = patternOf(query);
		if (pattern === '') return [];
		const id = query.trim().toLowerCase();
		const groups: SearchGroup[] = [];
		for (const kind of SEARCH_KINDS) {
			const {columns, fuse} = searchOf(kind);
			const results: FuseResult<number>[] = yield* fuse.searchWordsInSteps(pattern, limitPerKind);
			let total = fuse.lastTotal();
			let matches: RecordMatch[] = results.map((result) => {
				const matchedTexts = rankedMatches(columns, result.refIndex, result.matches);
				return {kind, position: result.refIndex, score: result.score ?? 0, matched: matchedTexts[0] ?? null, matchedTexts};
			});
			const named = positionOfId && limitPerKind > 0 && isId(id) ? positionOfId(kind, id) : undefined;
			if (named !== undefined) {
				const others = matches.filter((match) => match.position !== named);
				// Counted once: the record may match the query too (an id is often its name's slug).
				if (others.length === matches.length && !fuse.matchesDocument(pattern, named)) total++;
				matches = [{kind, position: named, score: 0, matched: null, matchedTexts: []}, ...others].slice(0, limitPerKind);
			}
			if (total === 0) continue;
			groups.push({kind, total, matches});
		}
		// Stable: kinds that tie keep SEARCH_KINDS order.
		return groups.sort((a, b) => best(a) - best(b));
	};
	return {
		search: (query, limitPerKind) => drain(searchInSteps(query, limitPerKind)),
		searchInSteps,
		prepare() {
			for (const kind of SEARCH_KINDS) searchOf(kind).columns.table?.keep?.();
		},
	};
}
