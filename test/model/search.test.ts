import {describe, expect, it} from 'vitest';
import type {Entity} from '../../src/model/schema.js';
import {searchColumns, searchTextsOfEntity, searchTextsOfEvent} from '../../src/model/search-entries.js';
import {createRecordSearch, matchShownWithLabel, mergeRanges} from '../../src/model/search.js';
import {searchText} from '../../src/model/search-text.js';
import {runMain} from '../helpers/cli.js';
import {EMBEDDED_DATASET, loadStory, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';

/** The finder's entity group over a list of entities, each match with its entity. */
function createEntitySearch(entities: readonly Entity[]) {
	const columns = searchColumns(entities, searchTextsOfEntity);
	const none = searchColumns([], searchTextsOfEntity);
	const finder = createRecordSearch((kind) => (kind === 'entity' ? columns : none));
	return {
		search: (query: string, limit = 50) =>
			(finder.search(query, limit).find((group) => group.kind === 'entity')?.matches ?? []).map((match) => ({entity: entities[match.position]!, score: match.score, matched: match.matched, matchedTexts: match.matchedTexts})),
	};
}

const story = loadStory(EMBEDDED_DATASET);
const finder = createEntitySearch(story.entities);
const first = (query: string) => finder.search(query)[0];

describe('the fuzzy entity search', () => {
	it('ranks Meutya Hafid first for "meutia" and marks the matched characters', () => {
		const match = first('meutia')!;
		expect(match.entity.name).toBe('Meutya Hafid');
		expect(match.matched).toMatchObject({field: 'name', text: 'Meutya Hafid'});
		const highlighted = match.matched!.ranges.map(([s, e]) => 'Meutya Hafid'.slice(s, e)).join('');
		expect(highlighted).toBe('Meuta');
	});

	it('finds the ministry first for "kementrian komunikasi"', () => {
		expect(first('kementrian komunikasi')!.entity.id).toBe('kemkomdigi');
	});

	it('finds Dave Laksono for "laksno"', () => {
		expect(first('laksno')!.entity.id).toBe('dave-laksono');
	});

	it('matches aliases, ignoring case', () => {
		expect(first('CHINA')!.entity.id).toBe('tiongkok');
		expect(first('china')!.matched).toMatchObject({field: 'alias', text: 'China', ranges: [[0, 5]]});
		expect(first('komdigi')!.entity.id).toBe('kemkomdigi');
		expect(first('komdigi')!.matched!.text).toBe('Komdigi');
		expect(first('dpr ri')!.entity.id).toBe('komisi-i-dpr-ri');
		expect(first('pmt')!.entity.id).toBe('pmt');
	});

	it('ignores diacritics', () => {
		expect(first('Méutyà')!.entity.id).toBe('meutya-hafid');
	});

	it('finds a person by words of different texts, in any order, each lit where it matched', () => {
		const match = first('menteri meutya')!;
		expect(match.entity.id).toBe('meutya-hafid');
		// The phrase is in no text: each word is found on its own, the name's word and the title's.
		const all = finder.search('menteri meutya');
		expect(all.map((found) => found.entity.id)).toEqual(['meutya-hafid']);
		const lit = match.matchedTexts.map(({text, ranges}) => ranges.map(([s, e]) => text.slice(s, e)).join(''));
		expect(lit).toEqual(expect.arrayContaining(['Menteri', 'Meutya']));
	});

	it('finds a person by her name and title set apart by a dash, though none of her texts has one', () => {
		expect(first('meutya hafid - menteri')!.entity.id).toBe('meutya-hafid');
	});

	it('finds nothing that lacks a word of the query, however close the phrase comes', () => {
		// The phrase "meutya hafid bertemu xyzzy" is within fuse.js's errors of the meeting's title; "xyzzy" is in no text.
		expect(finder.search('meutya hafid bertemu xyzzy')).toEqual([]);
		// Two spaces typed by mistake are one.
		expect(finder.search('meutya  hafid')).toEqual(finder.search('meutya hafid'));
		expect(finder.search('meutya hafid')[0]?.entity.id).toBe('meutya-hafid');
	});

	it('returns nothing for nonsense and for an empty query', () => {
		expect(finder.search('xyzzy')).toEqual([]);
		expect(finder.search('   ')).toEqual([]);
	});

	it('respects a limit', () => {
		expect(finder.search('a', 3)).toHaveLength(3);
	});

	it('works on another story', () => {
		const second = createEntitySearch(loadStory(SECOND_DATASET).entities);
		expect(second.search('agustna')[0]!.entity.id).toBe('agustina');
	});
});

describe('the finder and no-break spaces', () => {
	const entity = (id: string, name: string): Entity => ({id, type: 'organization', name, aliases: [], titles: [], description: {id: ''}, mentions: []});
	const joined = [entity('nbsp', 'Balai\u00a0Monitoring\u202fFrekuensi Radio'), entity('plain', 'Balai Monitoring Frekuensi Radio')];

	it('matches a typed space to a no-break or narrow no-break space as to a space: the same score, every character lit', () => {
		const matches = createEntitySearch(joined).search('balai monitoring frekuensi');
		expect(matches.map((match) => match.entity.id).sort()).toEqual(['nbsp', 'plain']);
		const [a, b] = matches;
		expect(a!.score).toBe(b!.score);
		const nbsp = matches.find((match) => match.entity.id === 'nbsp')!;
		expect(nbsp.matched).toMatchObject({field: 'name', text: 'Balai\u00a0Monitoring\u202fFrekuensi Radio', ranges: [[0, 26]]});
	});
});

describe('searchText', () => {
	it('folds case and diacritics, including letters NFD leaves whole', () => {
		expect(searchText('Nguyễn Văn An')).toBe('nguyen van an');
		expect(searchText('Łukasz Søren Straße')).toBe('lukasz soren strasse');
		expect(searchText('MEUTYA')).toBe('meutya');
		expect(searchText('王小明')).toBe('王小明');
	});
});

describe('mergeRanges', () => {
	it('joins touching and overlapping ranges', () => {
		expect(mergeRanges([[5, 7], [0, 2], [2, 3], [6, 9]])).toEqual([[0, 3], [5, 9]]);
	});
});

describe('what a row labelled by its record shows for a query of several words', () => {
	it('shows beside the label the text that holds a number the label has only inside a longer one ("2" in "2025")', () => {
		const title = {field: 'title', text: 'Rapat anggaran 2025 ditunda', ranges: [[0, 5]]} as const;
		const date = {field: 'date', text: 'Minggu, 2 Maret 2025', ranges: [[8, 9]]} as const;
		const match = {kind: 'event', position: 0, score: 0.1, matched: title, matchedTexts: [title, date]} as const;
		const shown = matchShownWithLabel(match, () => undefined, 'rapat 2');
		expect(shown).toEqual({matched: date, labelMatched: title});
	});

	it('shows the text that holds the query as typed before one that matched it with a typo: the outlet that printed the figure', () => {
		const title = {field: 'title', text: 'Penerimaan pajak turun', ranges: []} as const;
		const summary = {field: 'summary', text: 'Penerimaan tercatat Rp1,2 triliun.', ranges: [[21, 33]]} as const;
		const other = {field: 'evidence', text: 'Penerimaan pajak tercatat Rp1,12 triliun.', ranges: [[27, 40]]} as const;
		const match = {kind: 'event', position: 0, score: 0.1, matched: summary, matchedTexts: [summary, other, title]} as const;
		expect(matchShownWithLabel(match, () => undefined, '1,12 triliun').matched).toEqual(other);
		expect(matchShownWithLabel(match, () => undefined, 'Rp1,2 triliun').matched).toEqual(summary);
	});
});

describe('an event several sources report', () => {
	const anchor = (article: string | undefined, exact: string) => ({...(article ? {article} : {}), start: 0, end: exact.length, exact});
	const event = (evidence: ReturnType<typeof anchor>[]) => ({title: {id: 'Banjir bandang'}, summary: {id: 'Sungai meluap.'}, start: '2025-11-01', evidence});

	it('is searched by every source\'s passage as it prints it', () => {
		const texts = searchTextsOfEvent(event([anchor('a', 'Banjir merendam desa'), anchor('b', 'Banjir merusak 12 rumah'), anchor('b', 'Dua jembatan putus')]));
		expect(texts.filter((text) => text.field === 'evidence').map((text) => text.text)).toEqual(['Banjir merendam desa', 'Banjir merusak 12 rumah', 'Dua jembatan putus']);
	});

	it('but an event of one source by its own texts alone, as a large archive\'s are', () => {
		expect(searchTextsOfEvent(event([anchor('a', 'Banjir merendam desa'), anchor('a', 'Dua jembatan putus')])).some((text) => text.field === 'evidence')).toBe(false);
		expect(searchTextsOfEvent(event([anchor(undefined, 'Banjir merendam desa')])).some((text) => text.field === 'evidence')).toBe(false);
	});

	it('is found by another outlet\'s words, which `search` shows', async () => {
		const {code, stdout} = await runMain(['search', '--data', SOURCES_DATASET, 'merusak 12 rumah', '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject([{kind: 'event', id: 'banjir', matched: {field: 'evidence', text: 'Banjir yang terjadi Sabtu malam itu merusak 12 rumah'}}]);
	});
});
