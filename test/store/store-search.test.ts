/**
 * The finder over a store's columns finds what it finds over the same dataset loaded whole, for
 * names it folds (diacritics, letters NFD leaves whole, case), a lone surrogate, a blank alias and
 * punctuation, typed a character at a time. (equivalence.test.ts compares the columns themselves.)
 */
import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openDataset} from '../../src/store/open.js';
import {createExplorerData} from '../../src/state/data.js';
import {searchTableArrays} from '../../src/model/search.js';
import type {TextTableArrays, TextTableParts} from '../../src/model/text-table-parts.js';
import {SEARCH_KINDS} from '../../src/model/search-entries.js';
import {generateDataset, serializeDataset, withInlineText} from '../bench/generator/dataset.js';
import {foundEntities, temporaryFolder, wholeCatalog} from '../helpers/catalogs.js';
import {expectSameNumbers} from '../helpers/same-content.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const root = temporaryFolder('store-search');
afterAll(() => rmSync(root, {recursive: true, force: true}));

const UNUSUAL_ALIASES = [['Nguyễn Văn', 'STRASSE'], ['Łukasz \ud800 Nowak', ' '], ['王小明', 'Søren'], ['Al-Habsyi', 'univ. ternate']];

/** A generated dataset whose every fifth entity also goes by some unusual aliases. */
function datasetWithUnusualAliases(): string {
	const dataset = withInlineText(generateDataset({events: 600, seed: 7}));
	dataset.entities.forEach((entity, i) => {
		if (i % 5 === 0) entity.aliases = [...entity.aliases, ...UNUSUAL_ALIASES[(i / 5) % UNUSUAL_ALIASES.length]!];
	});
	const path = join(root, 'dataset.json');
	writeFileSync(path, serializeDataset(dataset));
	return path;
}

describe("the finder over a store's columns", () => {
	it('finds what it finds over the dataset loaded whole, typed a character at a time', async () => {
		const path = datasetWithUnusualAliases();
		const opened = await openDataset(path, 'dataset.json', join(root, 'cache'));
		if (!opened.ok || opened.how !== 'built') throw new Error('the dataset did not go through its store');
		const whole = wholeCatalog(path, 'dataset.json');
		const [fromStore, fromWhole] = [createExplorerData(opened.catalog, measureDetail), createExplorerData(whole, measureDetail)];
		const shown = (data: typeof fromStore, query: string) =>
			foundEntities(data, query).map(({entity: {id, type, name, aliases}, score, matched}) => ({id, type, name, aliases, score, matched}));
		for (const query of ['nguyen van', 'lukasz', 'strasse', 'univ. t', 'al-habs', '王小', whole.entities.at(3)!.name, 'kementerian komunikasi dan digital indonesia']) {
			for (let length = 1; length <= query.length; length++) expect(shown(fromStore, query.slice(0, length))).toEqual(shown(fromWhole, query.slice(0, length)));
		}
		expect(shown(fromStore, 'lukasz \ud800').map((match) => match.matched?.text)).toContain('Łukasz \ud800 Nowak');
	});

	it('reads back the table of texts it keeps, by any range and kept whole, as the finder would build it from the texts', async () => {
		const path = datasetWithUnusualAliases();
		const cache = join(root, 'cache-table');
		const built = await openDataset(path, 'dataset.json', cache);
		const reopened = await openDataset(path, 'dataset.json', cache);
		if (!built.ok || !reopened.ok || reopened.how !== 'store') throw new Error('the dataset did not go through its store');
		const whole = wholeCatalog(path, 'dataset.json');
		for (const kind of SEARCH_KINDS) {
			const kept = reopened.catalog.searchColumns(kind).table!;
			const fresh = searchTableArrays(whole.searchColumns(kind));
			expectSameTable(kept, fresh, kind);
			kept.keep?.();
			expectSameTable(kept, fresh, `${kind} kept whole`);
		}
	});
});

/** The table read by ranges (the whole of it, and ranges inside) holds what the arrays hold. */
function expectSameTable(parts: TextTableParts, arrays: TextTableArrays, label: string): void {
	const count = arrays.start.length - 1;
	expect(parts.count, label).toBe(count);
	for (const part of ['bigramStart', 'exponents', 'norms', 'weights'] as const) expectSameNumbers(parts[part], arrays[part], `${label} ${part}`);
	for (const [from, to] of [[0, count], [1, count - 1], [count >> 1, count], [3, 3]] as const) {
		expectSameNumbers(parts.starts(from, to), arrays.start.subarray(from, to + 1), `${label} starts`);
		expectSameNumbers(parts.charsLow(from, to), arrays.charsLow.subarray(from, to), `${label} charsLow`);
		expectSameNumbers(parts.charsHigh(from, to), arrays.charsHigh.subarray(from, to), `${label} charsHigh`);
		expectSameNumbers(parts.exponentOf(from, to), arrays.exponentOf.subarray(from, to), `${label} exponentOf`);
		expectSameNumbers(parts.codes(arrays.start[from]!, arrays.start[to]!), arrays.codes.subarray(arrays.start[from]!, arrays.start[to]!), `${label} codes`);
	}
	for (let bigram = 0; bigram < arrays.bigramStart.length - 1; bigram++) {
		const postings = arrays.bigramTexts.subarray(arrays.bigramStart[bigram]!, arrays.bigramStart[bigram + 1]!);
		const into = new Int32Array(postings.length);
		parts.postings(bigram, 0, postings.length, into);
		expectSameNumbers(into, postings, `${label} postings of ${bigram}`);
		if (postings.length > 2) {
			const middle = new Int32Array(postings.length - 2);
			parts.postings(bigram, 1, postings.length - 1, middle);
			expectSameNumbers(middle, postings.subarray(1, postings.length - 1), `${label} postings of ${bigram} but the first and last`);
		}
	}
}
