/**
 * Search latency per keystroke: queries typed a character at a time into the finder's search, at
 * 1k, 10k and 100k entities; beside it, fuse.js alone over every entity, for scale.
 */
import Fuse from 'fuse.js';
import {ENTITY_SEARCH_OPTIONS, createRecordSearch} from '../../src/model/search.js';
import {searchColumns, searchTextsOfEntity} from '../../src/model/search-entries.js';
import {searchText} from '../../src/model/search-text.js';
import {FINDER_LIMIT} from '../../src/state/data.js';
import {generateEntities} from './generator/entities.js';
import {createRandom} from './generator/random.js';
import {spread} from './stats.js';

export interface SearchFigures {
	readonly entities: number;
	readonly indexMs: number;
	readonly keystrokes: ReturnType<typeof spread>;
	/** fuse.js over every entity, for the same keystrokes (fewer at 100k: it is slow). */
	readonly fuseAlone: ReturnType<typeof spread>;
}

/** What people type: names and aliases of the list, some with a typo, and a few fixed queries. */
function typedQueries(names: readonly string[], seed: number): string[] {
	const random = createRandom(seed);
	const fixed = ['kementrian komunikasi', 'meutia hafid', 'laksno', 'pemkot surabaya', 'dinas pertanian'];
	const picked = Array.from({length: 15}, () => {
		const name = random.pick(names).toLowerCase();
		if (!random.chance(0.4) || name.length < 5) return name;
		const at = random.int(1, name.length - 2);
		return name.slice(0, at) + name.slice(at + 1); // one letter missed
	});
	return [...fixed, ...picked];
}

const now = () => performance.now();

/** Time every keystroke of `queries` on a search function. */
function typeAll(queries: readonly string[], search: (query: string) => unknown): number[] {
	const times: number[] = [];
	for (const query of queries) {
		for (let length = 1; length <= query.length; length++) {
			const start = now();
			search(query.slice(0, length));
			times.push(now() - start);
		}
	}
	return times;
}

/** Measure one list size. */
export function searchFigures(count: number): SearchFigures {
	const entities = generateEntities(createRandom(20250326 + count), count);
	const names = entities.flatMap((entity) => [entity.name, ...entity.aliases]);
	const queries = typedQueries(names, count);
	const start = now();
	// The finder's search over entities alone (its other kinds empty), its index built now.
	const columns = searchColumns(entities, searchTextsOfEntity);
	const none = searchColumns([], searchTextsOfEntity);
	const finder = createRecordSearch((kind) => (kind === 'entity' ? columns : none));
	finder.prepare();
	const indexMs = now() - start;
	// One query first, so the figures are of a warm program, as after the first keystrokes.
	typeAll(['warm up'], (query) => finder.search(query, FINDER_LIMIT));
	const keystrokes = spread(typeAll(queries, (query) => finder.search(query, FINDER_LIMIT)));
	const fuse = new Fuse(entities, ENTITY_SEARCH_OPTIONS, Fuse.createIndex(ENTITY_SEARCH_OPTIONS.keys ?? [], entities));
	const aloneQueries = count >= 100_000 ? queries.slice(0, 2) : queries;
	const fuseAlone = spread(typeAll(aloneQueries, (query) => fuse.search(searchText(query.trim()), {limit: FINDER_LIMIT})));
	return {entities: count, indexMs, keystrokes, fuseAlone};
}
