/**
 * What the finder lists: a misspelt name, found and ranked first; not a record whose only match
 * is the query taken apart across words, or bent two letters inside an unrelated word.
 */
import {describe, expect, it} from 'vitest';
import {sliceOf, type Catalog} from '../../src/model/catalog.js';
import {createRecordSearch, type SearchGroup} from '../../src/model/search.js';
import type {SearchKind} from '../../src/model/search-entries.js';
import {searchText} from '../../src/model/search-text.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {generateDataset, withInlineText} from '../bench/generator/dataset.js';
import {createRandom} from '../bench/generator/random.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';

/** The finder over a catalog: each kind's results as ids, best first. */
function finderOver(catalog: Catalog) {
	const search = createRecordSearch((kind) => catalog.searchColumns(kind));
	const idAt = (kind: SearchKind, position: number) => (kind === 'entity' ? catalog.entities : kind === 'event' ? catalog.events : catalog.quotes).at(position)!.id;
	return {
		groups: (query: string, limit = 50): SearchGroup[] => search.search(query, limit),
		ids: (query: string, kind: SearchKind, limit = 50): string[] =>
			(search.search(query, limit).find((group) => group.kind === kind)?.matches ?? []).map((match) => idAt(kind, match.position)),
	};
}

const embedded = finderOver(catalogOf(loadStory(EMBEDDED_DATASET)));

describe('the finder lists what a reader would call a match', () => {
	it('lists only the meeting among the events for "meutia", not glosses it was bent into', () => {
		// With two errors allowed in six letters, "meutia" matched "ment ai" across "government
		// aims", "menyia" inside "menyiapkan" and "ment a" in "joint government and".
		expect(embedded.ids('meutia', 'event')).toEqual(['meeting-nanning']);
		expect(embedded.ids('meutia', 'entity')[0]).toBe('meutya-hafid');
	});

	it('shows a quote found by its speaker with the speaker, not a word of the quote bent to the query', () => {
		// "kemudian" in the quote took "meutia" with two errors, and a quote's own text is shown first.
		const quotes = embedded.groups('meutia').find((group) => group.kind === 'quote')!;
		expect(quotes.matches.length).toBeGreaterThan(0);
		for (const match of quotes.matches) expect(match.matchedTexts.map((text) => text.field)).toEqual(['speaker']);
	});

	it('needs a query of three or four letters as typed: "pos" is not "pusat", "dave" is not "have"', () => {
		expect(embedded.ids('pos', 'event').sort()).toEqual(['lebaran-posts', 'release-officers'].sort());
		expect(embedded.ids('pos', 'entity')).toEqual([]);
		expect(embedded.ids('dave', 'quote')).toEqual([]);
		expect(embedded.ids('dave', 'entity')).toEqual(['dave-laksono']);
	});

	it('still finds misspelt names, first', () => {
		const firstEntity = (query: string) => embedded.ids(query, 'entity')[0];
		expect(firstEntity('meutia')).toBe('meutya-hafid');
		expect(firstEntity('meutya hafd')).toBe('meutya-hafid');
		expect(firstEntity('laksno')).toBe('dave-laksono');
		expect(firstEntity('nong shenwen')).toBe('nong-shengwen');
		expect(firstEntity('nong sengwen')).toBe('nong-shengwen');
		expect(firstEntity('kementrian komunikasi')).toBe('kemkomdigi');
		// "Kantor Kemkomdigi" holds the word in its name, the ministry in an alias: both lead.
		for (const typo of ['kemkomdgi', 'kemkomdigy', 'kemkmodigi', 'kemkomdidi']) expect(embedded.ids(typo, 'entity').slice(0, 2).sort(), typo).toEqual(['kantor-kemkomdigi', 'kemkomdigi']);
		expect(embedded.ids('nong shenwen', 'event')[0]).toBe('meeting-nanning');
	});
});

describe('the finder over a generated story', () => {
	const loaded = validateDatasetValue(withInlineText(generateDataset({events: 1000, seed: 11})), {file: 'generated.json'});
	if (!loaded.ok) throw new Error('the generated dataset is invalid');
	const catalog = catalogOf(loaded.story);
	const search = createRecordSearch((kind) => catalog.searchColumns(kind));

	it('lists for a surname only records that hold it, not every word a letter or two away', () => {
		// With 0.4, "pohan" listed over a thousand events ("chan-o-cha", "pontianak", "hanya"), most of them without it.
		for (const surname of ['pohan', 'wulan', 'hafid', 'gunawan', 'kediri']) {
			for (const group of search.search(surname, 1000)) {
				expect(group.total, `${group.kind} "${surname}"`).toBe(group.matches.length);
				for (const match of group.matches) expect(match.matchedTexts.some((text) => searchText(text.text).includes(surname)), `${group.kind} "${surname}": ${match.matched?.text}`).toBe(true);
			}
		}
	});

	it('finds a name with a letter missed, that name first', () => {
		const random = createRandom(7);
		const names = sliceOf(catalog.entities)
			.map((entity) => entity.name)
			.filter((name) => name.length >= 6 && /^[A-Za-z ]+$/.test(name));
		// A letter missed can spell another name ("Komisi XII" → "Komisi XI"), which then rightly leads.
		const written = sliceOf(catalog.entities).flatMap((entity) => [entity.name, ...entity.aliases].map(searchText));
		let tried = 0;
		while (tried < 25) {
			const name = random.pick(names);
			const at = random.int(1, name.length - 2);
			const typo = name.slice(0, at) + name.slice(at + 1);
			if (written.some((text) => text.includes(searchText(typo)))) continue;
			// A word of under four characters is found as written ("komisi ix" is not Komisi IV): a
			// letter missed from one ("Mei" typed "Mi") is another word, not a typo the finder forgives.
			const wordAt = name.slice(0, at + 1).split(' ').length - 1;
			if (name.split(' ')[wordAt]!.length <= 4) continue;
			tried++;
			const [first] = search.search(typo, 5).find((group) => group.kind === 'entity')?.matches ?? [];
			expect(first && searchText(catalog.entities.at(first.position)!.name), typo).toBe(searchText(name));
		}
	});
});
