import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import type {Entity} from '../../src/model/schema.js';
import {createNarrowedSearch} from '../../src/model/search-candidates.js';
import {ENTITY_SEARCH_OPTIONS} from '../../src/model/search.js';
import {searchEntriesOf} from '../../src/model/search-entries.js';
import {searchText} from '../../src/model/search-text.js';
import {generateEntities} from '../bench/generator/entities.js';
import {createRandom} from '../bench/generator/random.js';

// Names whose characters fall outside a–z, 0–9 and space, where the candidate filter only bounds.
const UNUSUAL: Entity[] = ['王小明', 'Łukasz Nowak', 'Nguyễn Văn An', "O'Brien", 'Al-Habsyi', 'Søren Kierkegaard', 'Zoë', 'Univ. Ternate', 'ÆØÅ', 'محمد'].map((name, i) => ({
	id: `unusual-${i}`,
	type: 'person',
	name,
	aliases: i % 2 === 0 ? [name.split(' ')[0]!, `${name}!`] : [],
	titles: [],
	description: {en: name},
	mentions: [],
}));

/** A list of generated entities with the unusual ones mixed in, and fuse.js over all of it. */
function fixture(size: number, seed: number) {
	const entities = [...generateEntities(createRandom(seed), size), ...UNUSUAL];
	const plain = new Fuse(entities, ENTITY_SEARCH_OPTIONS, Fuse.createIndex(ENTITY_SEARCH_OPTIONS.keys ?? [], entities));
	return {entities, plain, narrowed: createNarrowedSearch(searchEntriesOf(entities), ENTITY_SEARCH_OPTIONS)};
}

// Sizes big enough that limits of 100 cut long candidate lists, small enough that fuse.js over every
// entity (the reference) stays cheap: the property, not the size, is the point here.
const small = fixture(500, 11);

/** A query a person might type: part of a name, possibly with typos, or anything at all. */
const query = (entities: readonly Entity[]) =>
	fc.oneof(
		fc.tuple(fc.nat(entities.length - 1), fc.nat(40), fc.integer({min: 1, max: 34}), fc.array(fc.tuple(fc.nat(40), fc.constantFrom('drop', 'swap', 'add'), fc.constantFrom(...'aeiouykmnrst ')), {maxLength: 4})).map(([which, from, length, edits]) => {
			const entity = entities[which]!;
			const text = [entity.name, ...entity.aliases][from % (entity.aliases.length + 1)]!;
			const chars = [...text.slice(from % Math.max(1, text.length), (from % Math.max(1, text.length)) + length)];
			for (const [at, edit, char] of edits) {
				const i = at % Math.max(1, chars.length);
				if (edit === 'drop') chars.splice(i, 1);
				else if (edit === 'swap') chars[i] = char;
				else chars.splice(i, 0, char);
			}
			return chars.join('');
		}),
		fc.string({minLength: 1, maxLength: 12}),
		fc.constantFrom('a', 'an', 'e', 'ng', 'x', 'kementrian komunikasi', 'pemkot', 'universitas negeri', 'wang', 'łuk', '王', 'zzzz', 'dinas pertanian kota surabaya jawa timur'),
	);

const searchable = (text: string) => searchText(text.trim());

describe('the narrowed finder search', () => {
	it('returns exactly what fuse.js returns over every entity, for any query', () => {
		fc.assert(
			fc.property(query(small.entities), fc.constantFrom(1, 5, 20, 100), (text, limit) => {
				const pattern = searchable(text);
				fc.pre(pattern !== '');
				expect(small.narrowed.search(pattern, limit)).toEqual(small.plain.search(pattern, {limit}));
			}),
			{numRuns: 250},
		);
	});

	it('stays exact while a query is typed one character at a time, and after erasing', () => {
		const fresh = fixture(300, 23);
		fc.assert(
			fc.property(fc.array(query(fresh.entities), {minLength: 1, maxLength: 2}), (texts) => {
				for (const text of texts) {
					// Typing, then erasing back to the start: each step compared on the same search.
					const steps = [...text].map((_, i) => text.slice(0, i + 1));
					for (const step of [...steps, ...steps.slice(0, -1).reverse()]) {
						const pattern = searchable(step);
						if (pattern === '') continue;
						expect(fresh.narrowed.search(pattern, 50)).toEqual(fresh.plain.search(pattern, {limit: 50}));
					}
				}
			}),
			{numRuns: 15},
		);
	});

	it('stays exact for queries longer than 32 characters, which fuse.js cuts into pieces', () => {
		// Names run together (a pasted phrase), edited, 33 to about 100 characters: two pieces, or three with a remainder.
		const longQuery = fc
			.tuple(fc.array(fc.nat(small.entities.length - 1), {minLength: 2, maxLength: 6}), fc.array(fc.tuple(fc.nat(100), fc.constantFrom(...'aeiouykmnrst ')), {maxLength: 6}))
			.map(([which, edits]) => {
				const chars = [...which.map((i) => small.entities[i]!.name).join(' ')];
				for (const [at, char] of edits) chars[at % chars.length] = char;
				return chars.join('').slice(0, 100);
			});
		fc.assert(
			fc.property(fc.oneof(longQuery, fc.string({minLength: 33, maxLength: 70})), fc.constantFrom(1, 20, 100), (text, limit) => {
				const pattern = searchable(text);
				fc.pre(pattern.length > 32);
				// fuse.js's search with a limit is its search without one, cut.
				const every = small.plain.search(pattern);
				expect(small.narrowed.search(pattern, limit)).toEqual(every.slice(0, limit));
				expect(small.narrowed.lastTotal()).toBe(every.length);
			}),
			{numRuns: 15},
		);
	});

	it('ranks long queries exactly among many entities of long, alike names, where few of the matches are shown', () => {
		// Offices of one template across cities: a long query matches most of them through one piece or another,
		// so which few enter the results is decided by the scores alone.
		const offices = ['Dinas Komunikasi dan Informatika', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Badan Kependudukan dan Catatan Sipil', 'Kantor Pelayanan Pajak Pratama'];
		const places = ['Kota Surabaya', 'Kota Sukabumi', 'Kabupaten Sumbawa', 'Kota Surakarta', 'Kabupaten Subang', 'Kota Semarang', 'Kabupaten Sumedang', 'Kota Serang', 'Kabupaten Bandung Barat', 'Kota Bandar Lampung', 'Kota Sabang', 'Kabupaten Serdang Bedagai', 'Kota Batu', 'Kabupaten Bantul', 'Kota Bukittinggi', 'Kabupaten Banyuwangi', 'Kota Kupang', 'Kabupaten Kutai Kartanegara', 'Kota Kendari', 'Kabupaten Karangasem'];
		const alike: Entity[] = offices.flatMap((office, o) =>
			places.map((place, p) => ({id: `office-${o}-${p}`, type: 'organization' as const, name: `${office} ${place}`, aliases: p % 3 === 0 ? [`${office.split(' ')[0]} ${place}`, `${place} ${office}`] : p % 3 === 1 ? [office] : [], titles: [], description: {en: office}, mentions: []})),
		);
		const plain = new Fuse(alike, ENTITY_SEARCH_OPTIONS, Fuse.createIndex(ENTITY_SEARCH_OPTIONS.keys ?? [], alike));
		const narrowed = createNarrowedSearch(searchEntriesOf(alike), ENTITY_SEARCH_OPTIONS);
		const officeQuery = fc.tuple(fc.nat(offices.length - 1), fc.nat(places.length - 1), fc.array(fc.tuple(fc.nat(80), fc.constantFrom(...'aeiounkr ')), {maxLength: 5})).map(([o, p, edits]) => {
			const chars = [...`${offices[o]} ${places[p]}`];
			for (const [at, char] of edits) chars[at % chars.length] = char;
			return chars.join('');
		});
		fc.assert(
			fc.property(officeQuery, fc.constantFrom(1, 3, 10), (text, limit) => {
				const pattern = searchable(text);
				fc.pre(pattern.length > 32);
				const every = plain.search(pattern);
				expect(narrowed.search(pattern, limit)).toEqual(every.slice(0, limit));
				expect(narrowed.lastTotal()).toBe(every.length);
			}),
			{numRuns: 25},
		);
	});

	it('stays exact after a search left unfinished, as the explorer drops one for a query typed over', () => {
		fc.assert(
			fc.property(query(small.entities), fc.string({minLength: 1, maxLength: 3}), fc.string({minLength: 1, maxLength: 3}), (text, more, other) => {
				const pattern = searchable(text);
				fc.pre(pattern !== '');
				small.narrowed.search(pattern, 20);
				// A longer query begun, its texts searched, then dropped before it is done.
				const dropped = small.narrowed.searchInSteps(searchable(pattern + more), 20);
				dropped.next();
				for (const next of [searchable(pattern + more + other), searchable(pattern + other)]) {
					if (next === '') continue;
					expect(small.narrowed.search(next, 20)).toEqual(small.plain.search(next, {limit: 20}));
				}
			}),
			{numRuns: 20},
		);
	});

	it('finds an entity by its whole name when the name is longer than 32 characters', () => {
		const name = 'Dinas Komunikasi dan Informatika Provinsi Nusa Tenggara Barat';
		const fixtureWithLong = createNarrowedSearch(searchEntriesOf([...small.entities, {...small.entities[0]!, id: 'long-name', name, aliases: []}]), ENTITY_SEARCH_OPTIONS);
		const results = fixtureWithLong.search(searchable(name), 5);
		expect(results[0]?.item.id).toBe('long-name');
		expect(results[0]?.score).toBeLessThan(0.01);
	});

	it('ranks a name typed exactly first, and finds it with a typo', () => {
		const target = small.entities[300]!;
		const exact = small.narrowed.search(searchable(target.name), 10);
		expect(exact[0]?.item.id).toBe(target.id);
		const typo = searchable(target.name).replace(/[aeiou]/, 'y');
		expect(small.narrowed.search(typo, 100).map((result) => result.refIndex)).toEqual(small.plain.search(typo, {limit: 100}).map((result) => result.refIndex));
	});

	it('gives nothing for an empty pattern or a zero limit', () => {
		expect(small.narrowed.search('', 10)).toEqual([]);
		expect(small.narrowed.search('a', 0)).toEqual([]);
	});
});
