import fc from 'fast-check';
import Fuse, {type FuseResult} from 'fuse.js';
import {describe, expect, it} from 'vitest';
import type {Entity} from '../../src/model/schema.js';
import {createNarrowedSearch, keyWeights} from '../../src/model/search-candidates.js';
import {holdsAsWritten, queryWords} from '../../src/model/search-words.js';
import {ENTITY_SEARCH_OPTIONS} from '../../src/model/search.js';
import {searchEntriesOf, searchTextsOfEntity} from '../../src/model/search-entries.js';
import {textTableArrays} from '../../src/model/search-table.js';
import {searchText} from '../../src/model/search-text.js';
import {partsOfArrays} from '../../src/model/text-table-parts.js';
import {drain} from '../../src/model/steps.js';
import {phraseThenWords} from '../helpers/words-reference.js';
import {generateEntities} from '../bench/generator/entities.js';
import {createRandom} from '../bench/generator/random.js';

const entities = generateEntities(createRandom(31), 400);
const plain = new Fuse(entities, ENTITY_SEARCH_OPTIONS, Fuse.createIndex(ENTITY_SEARCH_OPTIONS.keys ?? [], entities));
const fresh = () => createNarrowedSearch(searchEntriesOf(entities), ENTITY_SEARCH_OPTIONS);

const textsOf = (position: number) => searchTextsOfEntity(entities[position]!).map(({text}) => searchText(text));
const near = (threshold: number) => new Fuse(entities, {...ENTITY_SEARCH_OPTIONS, threshold});
const expected = (pattern: string, limit: number) => phraseThenWords(plain, entities.length, pattern, limit, textsOf, near);

const positionsAndScores = (results: FuseResult<Entity>[]) => results.map(({refIndex, score}) => ({refIndex, score: score ?? 0}));

/** Two or three words a person might type: pieces of names and titles of different entities or the same, some with a typo. */
const wordsQuery = fc
	.array(fc.tuple(fc.nat(entities.length - 1), fc.nat(3), fc.nat(8), fc.integer({min: 1, max: 9}), fc.option(fc.tuple(fc.nat(8), fc.constantFrom(...'aeiounkr')), {nil: undefined})), {minLength: 2, maxLength: 3})
	.map((picks) =>
		picks
			.map(([which, part, from, length, typo]) => {
				const entity = entities[which]!;
				const texts = [entity.name, ...entity.aliases, ...(entity.titles ?? []).flatMap((title) => Object.values(title))];
				const words = texts[part % texts.length]!.split(' ');
				const word = [...words[from % words.length]!.slice(0, length)];
				if (typo) word[typo[0] % word.length] = typo[1];
				return word.join('');
			})
			.join(' '),
	);

describe('the finder search by several words', () => {
	it('gives the phrase matches first, then every entity holding each word, exactly as fuse.js scores the words', () => {
		const search = fresh();
		fc.assert(
			fc.property(fc.oneof(wordsQuery, fc.constantFrom('siregar a', 'a i', 'dinas kota', 'kepala badan', 'x y', 'ketua umum partai', 'kepala - badan', 'dinas / -', 'siregar &')), fc.constantFrom(1, 5, 40), (text, limit) => {
				const pattern = searchText(text.trim());
				fc.pre(queryWords(pattern).length > 0);
				const want = expected(pattern, limit);
				expect(positionsAndScores(drain(search.searchWordsInSteps(pattern, limit)))).toEqual(want.results);
				expect(search.lastTotal()).toBe(want.total);
			}),
			{numRuns: 30},
		);
	});

	it('stays exact while the words are typed one character at a time, and after erasing', () => {
		const search = fresh();
		fc.assert(
			fc.property(wordsQuery, (text) => {
				const steps = [...text].map((_, i) => text.slice(0, i + 1));
				for (const step of [...steps, ...steps.slice(0, -1).reverse()]) {
					const pattern = searchText(step.trim());
					if (pattern === '') continue;
					expect(positionsAndScores(drain(search.searchWordsInSteps(pattern, 20)))).toEqual(expected(pattern, 20).results);
				}
			}),
			{numRuns: 4},
		);
	});

	it('stays exact after searches left unfinished or run in between, as the explorer and the command line do', () => {
		const search = fresh();
		fc.assert(
			fc.property(wordsQuery, fc.nat(6), fc.string({minLength: 1, maxLength: 3}), (text, steps, other) => {
				const pattern = searchText(text.trim());
				const [first] = queryWords(pattern);
				fc.pre(first !== undefined);
				// The first word searched alone, then another search (by phrase) over what it left, then the words.
				drain(search.searchWordsInSteps(first!, 20));
				if (searchText(other.trim()) !== '') search.search(searchText(other.trim()), 5);
				// A search by words begun and dropped after a few steps.
				const dropped = search.searchWordsInSteps(`${pattern} ${searchText(other.trim())}`.trim(), 20);
				for (let step = 0; step < steps; step++) dropped.next();
				expect(positionsAndScores(drain(search.searchWordsInSteps(pattern, 20)))).toEqual(expected(pattern, 20).results);
				expect(search.lastTotal()).toBe(expected(pattern, 20).total);
			}),
			{numRuns: 30},
		);
	});

	it('reads no more after a search by words was dropped than a fresh finder reads', () => {
		// A finder over a table that counts the codes read: a later word searches only the texts of the
		// records holding the words before it, and a dropped search must leave no others to be read.
		const entries = searchEntriesOf(entities);
		const parts = partsOfArrays(textTableArrays(entries, keyWeights(ENTITY_SEARCH_OPTIONS)));
		const counting = () => {
			let read = 0;
			const table = {...parts, codes: (from: number, to: number) => ((read += to - from), parts.codes(from, to))};
			return {search: createNarrowedSearch({...entries, table}, ENTITY_SEARCH_OPTIONS), read: () => read};
		};
		const readBy = (finder: ReturnType<typeof counting>, pattern: string) => {
			const before = finder.read();
			drain(finder.search.searchWordsInSteps(pattern, 20));
			return finder.read() - before;
		};
		for (let steps = 1; steps <= 4; steps++) {
			const finder = counting();
			// "dinas" holds eighty entities; "a" is then searched among their texts, and dropped.
			const dropped = finder.search.searchWordsInSteps('a dinas', 20);
			for (let step = 0; step < steps; step++) dropped.next();
			expect(readBy(finder, 'menteri kota'), `dropped after ${steps} steps`).toBe(readBy(counting(), 'menteri kota'));
		}
	});

	it('finds an entity by a word of its name and a word of its title, which no phrase matches', () => {
		const target = entities.find((entity) => (entity.titles ?? []).length > 0)!;
		const title = Object.values(target.titles![0]!)[0]!;
		const pattern = searchText(`${target.name.split(' ').at(-1)} ${title.split(' ')[0]}`);
		expect(plain.search(pattern).map((result) => result.refIndex)).not.toContain(entities.indexOf(target));
		const results = drain(fresh().searchWordsInSteps(pattern, 1000));
		const found = results.find((result) => result.refIndex === entities.indexOf(target));
		expect(found).toBeDefined();
		// Where each word matched: the name and the title each carry a range.
		const matchedTexts = found!.matches!.map((match) => match.value);
		expect(matchedTexts).toContain(searchText(target.name));
		expect(matchedTexts).toContain(searchText(title));
	});

	it('searches one word, or a word past 32 characters, as the phrase alone', () => {
		const search = fresh();
		for (const pattern of ['siregar', 'a', `${'x'.repeat(33)} siregar`]) {
			expect(drain(search.searchWordsInSteps(pattern, 20))).toEqual(plain.search(pattern, {limit: 20}));
			expect(search.lastTotal()).toBe(plain.search(pattern).length);
		}
	});

	it('takes of more than eight words (a passage pasted) the eight longest, in the order typed; a number alone is a word', () => {
		expect(queryWords('kami mengimbau untuk tetap tenang dan mengikuti informasi resmi jenewa')).toEqual(['mengimbau', 'untuk', 'tetap', 'tenang', 'mengikuti', 'informasi', 'resmi', 'jenewa']);
		expect(queryWords('2025')).toEqual(['2025']);
		expect(queryWords('meutya')).toEqual([]);
	});

	it('finds a number only as written, never a digit away ("25" is not "26", "1.500" not "1.00")', () => {
		const search = fresh();
		// Near the phrase, a short word is still as written: "komisi ix" is no other commission a letter away.
		expect(drain(search.searchWordsInSteps('komisi ix dpr', 40)).map((result) => entities[result.refIndex]!.name)).toEqual(['Komisi IX DPR RI']);
		// "komisi 11" is in "Komisi 11 DPR" alone; fuzzily, "1" and "10" are a digit away.
		expect(drain(search.searchWordsInSteps('komisi 11', 40)).map((result) => entities[result.refIndex]!.name)).toEqual(['Komisi XI DPR RI']);
		for (const pattern of ['1.500', '25 maret', 'siregar 77', 'komisi 1', '11']) {
			const got = drain(search.searchWordsInSteps(pattern, 40));
			expect(positionsAndScores(got)).toEqual(expected(pattern, 40).results);
			const number = queryWords(pattern).find((word) => /\d/.test(word))!;
			for (const result of got) expect(textsOf(result.refIndex).some((text) => text.includes(number)), `${pattern}: ${result.refIndex}`).toBe(true);
		}
	});

	it('holds a number as written only where no digit, nor a dot or comma and a digit, joins it', () => {
		const held = (text: string, word: string) => holdsAsWritten(text, word);
		expect([held('2025-03-02', '2'), held('12 maret', '2'), held('1.500 petugas', '500'), held('1,50 meter', '1,5'), held('1.500.000', '1.500')]).toEqual([false, false, false, false, false]);
		expect([held('2 maret', '2'), held('selasa (25/3)', '25'), held('selasa (25/3)', '3'), held('2025-03-02', '2025'), held('1,5 meter', '1,5'), held('rp 1.500, lalu', '1.500'), held('4g dan 5g', '4g')]).toEqual([true, true, true, true, true, true, true]);
		// A time's hour is held, its minutes are no group of thousands; a thousands group is.
		expect([held('pukul 14.30 wib', '14'), held('1.500 petugas', '1'), held('rp 1.500.000', '1.500')]).toEqual([true, false, false]);
		// A word without a digit is held anywhere, as fuse.js finds it; a number after a first joined one still counts.
		expect([held('kemenkomdigi', 'komdigi'), held('12 dan 2 maret', '2')]).toEqual([true, true]);
	});

	it('keeps a decimal comma inside its number: "Rp1,2 miliar" is two words, "meutya,nong" two as well', () => {
		expect(queryWords('Rp1,2 miliar')).toEqual(['Rp1,2', 'miliar']);
		expect(queryWords('1,5 meter, 40 meter')).toEqual(['1,5', 'meter', '40']);
		expect(queryWords('meutya,nong')).toEqual(['meutya', 'nong']);
	});

	it('takes no bracket or quotation mark around a word as part of it', () => {
		expect(queryWords('Minggu (2/3/2025)')).toEqual(['Minggu', '2', '3', '2025']);
		expect(queryWords('“kerja sama” [pusat]')).toEqual(['kerja', 'sama', 'pusat']);
		// Inside a word they stay: a figure or an id is as written.
		expect(queryWords("rp1.500 q-ai-centre jum'at")).toEqual(['rp1.500', 'q-ai-centre', "jum'at"]);
	});

	it('takes each word once, whatever spaces are between', () => {
		expect(queryWords('siregar  77 siregar\t77')).toEqual(['siregar', '77']);
	});

	it('takes no token without a letter or a digit as a word: a lone "-" or "/" only joins words', () => {
		expect(queryWords('siregar - 77 / kota')).toEqual(['siregar', '77', 'kota']);
		expect(queryWords('meutya/nong,hafid;ai')).toEqual(['meutya', 'nong', 'hafid', 'ai']);
		expect(queryWords('siregar -')).toEqual(['siregar']);
		expect(queryWords('- /')).toEqual([]);
		expect(queryWords('siregar')).toEqual([]);
	});
});
