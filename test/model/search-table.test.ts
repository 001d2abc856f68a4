import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import type {SearchableEntity} from '../../src/model/catalog.js';
import {createNarrowedSearch} from '../../src/model/search-candidates.js';
import {keyOfField, namesAt, searchColumns, searchEntriesOf, searchTextsOfEntity, textAt} from '../../src/model/search-entries.js';
import {ALIASES_KEY, comparedText, fieldNorm, NAME_KEY, textTableArrays} from '../../src/model/search-table.js';
import {ENTITY_SEARCH_OPTIONS} from '../../src/model/search.js';
import {searchText} from '../../src/model/search-text.js';

/** Any text, weighted towards what trips a norm or a blank check: spaces of every kind, marks, surrogates. */
const text = fc.oneof(
	fc.string({unit: 'binary', maxLength: 20}),
	fc.string({unit: 'grapheme', maxLength: 20}),
	fc.string({unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u0301', 'a', 'B', 'é', 'ß', 'İ', '\ud800', '-', '.'), maxLength: 14}),
	fc.constantFrom('', ' ', '\u00a0', 'Meutya Hafid', 'Kementerian Komunikasi dan Digital', 'a  b\tc\u00a0d\u2003e'),
);

const entity = fc.record({name: text, aliases: fc.array(text, {maxLength: 5})});
const entities = fc.array(entity, {minLength: 1, maxLength: 12}).map((list) =>
	list.map(({name, aliases}, i): SearchableEntity => ({id: `e${i}`, type: 'person', name, aliases})),
);

const WEIGHTS = [2 / 3, 1 / 3];

const range = (from: number, to: number) => Array.from({length: Math.max(0, to - from)}, (_, k) => from + k);

/** fuse.js's own index of the entities, as the finder's options build it: sub-records by entity and key. */
function fuseRecords(list: readonly SearchableEntity[]) {
	return Fuse.createIndex(ENTITY_SEARCH_OPTIONS.keys ?? [], list).toJSON().records;
}

describe('the search columns', () => {
	it('give back every name and alias exactly, lone surrogates included', () => {
		fc.assert(
			fc.property(entities, (list) => {
				const columns = searchColumns(list, searchTextsOfEntity);
				expect(columns.entityStart.length).toBe(list.length + 1);
				list.forEach((entity, e) => {
					expect(namesAt(columns, e)).toEqual({name: entity.name, aliases: entity.aliases});
					expect(textAt(columns, columns.entityStart[e]!)).toBe(entity.name);
				});
			}),
			{numRuns: 300},
		);
	});

	it('hand the entities themselves to results when they come from an array', () => {
		const list: SearchableEntity[] = [{id: 'a', type: 'place', name: 'Jakarta', aliases: ['DKI']}];
		expect(searchEntriesOf(list).entityAt(0)).toBe(list[0]);
	});
});

describe('the text table', () => {
	it('gives every text the norm fuse.js gives it, and leaves out the texts fuse.js leaves out', () => {
		fc.assert(
			fc.property(entities, (list) => {
				const columns = searchColumns(list, searchTextsOfEntity);
				const table = textTableArrays(columns, WEIGHTS);
				const records = fuseRecords(list);
				list.forEach((_entity, e) => {
					const first = columns.entityStart[e]!;
					// Each key's sub-records, at the i-th text of that key in the entity's columns.
					const textsOfKey = (key: number) => range(first, columns.entityStart[e + 1]!).filter((t) => keyOfField(columns.fields[t]!) === key);
					const indexed = [NAME_KEY, ALIASES_KEY].flatMap((key) =>
						((records[e]!.$?.[key] ?? []) as {v: string; n: number; i: number}[]).map((sub) => ({...sub, key, t: textsOfKey(key)[sub.i]!})),
					);
					const present = new Set(indexed.map((sub) => sub.t));
					for (let t = first; t < columns.entityStart[e + 1]!; t++) {
						const length = table.start[t + 1]! - table.start[t]!;
						// A text fuse.js leaves out (blank once folded) has no characters in the table.
						expect(length > 0).toBe(present.has(t));
					}
					for (const sub of indexed) {
						const id = table.exponentOf[sub.t]!;
						expect(table.norms[id]).toBe(sub.n);
						expect(table.exponents[id]).toBe(WEIGHTS[sub.key]! * sub.n);
						expect(comparedText(columns, sub.t)).toBe(sub.v);
						expect(table.start[sub.t + 1]! - table.start[sub.t]!).toBe(sub.v.length);
					}
				});
			}),
			{numRuns: 300},
		);
	});

	it('computes the norm as fuse.js does for any number of words', () => {
		const words = Array.from({length: 400}, (_, n) => Array.from({length: n + 1}, () => 'kata').join(' '));
		const norms = Fuse.createIndex(['v'], words.map((v) => ({v}))).toJSON().records.map((record) => (record.$?.[0] as {n: number}).n);
		words.forEach((_words, n) => expect(fieldNorm(n + 1)).toBe(norms[n]));
	});

	it('folds names as the finder does: case, diacritics, and letters NFD leaves whole', () => {
		const list: SearchableEntity[] = [{id: 'a', type: 'person', name: 'Nguyễn Văn AN', aliases: ['Łukasz', 'STRASSE', 'Straße']}];
		const columns = searchColumns(list, searchTextsOfEntity);
		expect([0, 1, 2, 3].map((t) => comparedText(columns, t))).toEqual(['nguyen van an', 'lukasz', 'strasse', 'strasse']);
		expect([0, 1, 2, 3].map((t) => comparedText(columns, t))).toEqual([list[0]!.name, ...list[0]!.aliases].map(searchText));
	});
});

describe('the narrowed search over texts of every kind', () => {
	it('finds nothing in an empty list, whatever the query', () => {
		const narrowed = createNarrowedSearch(searchEntriesOf<SearchableEntity>([]), ENTITY_SEARCH_OPTIONS);
		for (const pattern of ['a', ' ', 'x'.repeat(40)]) expect(narrowed.search(pattern, 10)).toEqual([]);
	});

	const query = fc.oneof(text, fc.constantFrom(' ', '  ', 'a', 'ss', 'an', 'kementerian komunikasi dan digital republik', '\u00a0'));

	it('returns exactly what fuse.js returns over every entity', () => {
		fc.assert(
			fc.property(entities, fc.array(query, {minLength: 1, maxLength: 4}), fc.constantFrom(1, 3, 50), (list, patterns, limit) => {
				const plain = new Fuse(list, ENTITY_SEARCH_OPTIONS);
				const narrowed = createNarrowedSearch(searchEntriesOf(list), ENTITY_SEARCH_OPTIONS);
				for (const pattern of patterns.map(searchText)) {
					if (pattern === '') continue;
					expect(narrowed.search(pattern, limit)).toEqual(plain.search(pattern, {limit}));
				}
			}),
			{numRuns: 300},
		);
	});
});
