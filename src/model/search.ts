/**
 * The fuzzy entity finder: fuse.js over names and aliases, case- and diacritic-blind and tolerant
 * of a typo or two. The index is built once per story, into typed arrays (search-table.ts); each
 * search hands fuse.js only the entities that can be among its results (search-candidates.ts), so
 * it stays instant at 100,000 entities while ranking exactly as fuse.js alone would. Results carry
 * the character ranges that matched, so views can highlight them without knowing how the search works.
 */
import type {FuseResultMatch, IFuseOptions} from 'fuse.js';
import type {SearchableEntity} from './search-entries.js';
import {createNarrowedSearch} from './search-candidates.js';
import {searchEntriesOf, type SearchEntries} from './search-entries.js';
import {searchText} from './search-text.js';

/** Where a result matched: which text (the name or one alias) and which characters. */
export interface MatchedText {
	readonly field: 'name' | 'alias';
	readonly text: string;
	/** Matched character ranges, [start, end) in UTF-16 units of `text`. */
	readonly ranges: readonly (readonly [number, number])[];
}

export interface EntityMatch<E extends SearchableEntity = SearchableEntity> {
	readonly entity: E;
	/** 0 is a perfect match, 1 no match at all (fuse.js's score). */
	readonly score: number;
	/** The best-matching text and its ranges; for an alias match, the name is shown beside it. */
	readonly matched: MatchedText | null;
}

export interface EntitySearch<E extends SearchableEntity = SearchableEntity> {
	/** Entities best first; an empty query gives none (the caller shows its own default list). */
	search(query: string, limit?: number): EntityMatch<E>[];
}

/** How fuse.js ranks entities for the finder. */
export const ENTITY_SEARCH_OPTIONS: IFuseOptions<SearchableEntity> = {
	// Names are made case- and diacritic-blind once, here, rather than by fuse.js at every search.
	keys: [
		{name: 'name', weight: 2, getFn: (entity) => searchText(entity.name)},
		{name: 'aliases', weight: 1, getFn: (entity) => entity.aliases.map(searchText)},
	],
	includeScore: true,
	includeMatches: true,
	// The getFn above and the query (searchText) are already folded: fuse.js compares them as they are.
	isCaseSensitive: true,
	ignoreDiacritics: false,
	// 0.4 admits a typo in a short word ("meutia", "laksno") but not unrelated names.
	threshold: 0.4,
	// Names are short; where in a name a match starts should not weigh much.
	ignoreLocation: true,
	minMatchCharLength: 1,
};

function bestMatch(entity: SearchableEntity, matches: readonly FuseResultMatch[] | undefined): MatchedText | null {
	if (!matches || matches.length === 0) return null;
	const covered = (match: FuseResultMatch) => match.indices.reduce((sum, [start, end]) => sum + end - start + 1, 0);
	const uncovered = (match: FuseResultMatch) => (match.value?.length ?? 0) - covered(match);
	// The name when it matched at all, else the alias that matched most and has least left over.
	const name = matches.find((match) => match.key === 'name');
	const chosen = name ?? [...matches].sort((a, b) => covered(b) - covered(a) || uncovered(a) - uncovered(b))[0]!;
	// fuse.js reports the normalized text it compared; show the name or alias as written.
	const text = chosen.key === 'name' ? entity.name : (entity.aliases[chosen.refIndex ?? -1] ?? chosen.value ?? '');
	return {
		field: chosen.key === 'name' ? 'name' : 'alias',
		text,
		ranges: mergeRanges(chosen.indices.map(([start, end]) => [start, end + 1] as const)),
	};
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

/** Build the search for a list of entities, or for their names and aliases as columns (the index is built here, once). */
export function createEntitySearch<E extends SearchableEntity>(entities: readonly E[] | SearchEntries<E>): EntitySearch<E> {
	const entries = Array.isArray(entities) ? searchEntriesOf(entities) : (entities as SearchEntries<E>);
	const fuse = createNarrowedSearch<E>(entries, ENTITY_SEARCH_OPTIONS as IFuseOptions<E>);
	return {
		search(query, limit = 50) {
			const pattern = searchText(query.trim());
			if (pattern === '') return [];
			return fuse.search(pattern, limit).map((result) => ({
				entity: result.item,
				score: result.score ?? 0,
				matched: bestMatch(result.item, result.matches),
			}));
		},
	};
}
