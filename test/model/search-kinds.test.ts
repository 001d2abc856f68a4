/**
 * The finder over every kind: each kind's results and its count are fuse.js's own over the same
 * documents (its results without a limit; for several words, phraseThenWords of them), for the
 * embedded article and a generated dataset larger than the finder's cap.
 */
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {sliceOf, speakerName, type Catalog} from '../../src/model/catalog.js';
import {createRecordSearch, patternOf, SEARCH_OPTIONS, type SearchDocument, type SearchGroup} from '../../src/model/search.js';
import {SEARCH_KINDS, searchTextsOfEntity, searchTextsOfEvent, searchTextsOfQuote, type SearchKind} from '../../src/model/search-entries.js';
import {searchText} from '../../src/model/search-text.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {generateDataset, withInlineText} from '../bench/generator/dataset.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {phraseThenWords} from '../helpers/words-reference.js';

/** Every record of a kind as fuse.js is given it. */
function documentsOf(catalog: Catalog, kind: SearchKind): SearchDocument[] {
	if (kind === 'entity') return sliceOf(catalog.entities).map((entity) => ({texts: searchTextsOfEntity(entity)}));
	if (kind === 'event') return sliceOf(catalog.events).map((event) => ({texts: searchTextsOfEvent(event)}));
	return sliceOf(catalog.quotes).map((quote) => ({texts: searchTextsOfQuote(quote, speakerName(catalog, quote))}));
}

function expectFuseAlike(catalog: Catalog, queries: readonly string[], limit: number) {
	const search = createRecordSearch((kind) => catalog.searchColumns(kind));
	const plain = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, new Fuse(documentsOf(catalog, kind), SEARCH_OPTIONS)]));
	for (const query of queries) {
		const groups = search.search(query, limit);
		for (const kind of SEARCH_KINDS) {
			const documents = documentsOf(catalog, kind);
			const near = (threshold: number) => new Fuse(documents, {...SEARCH_OPTIONS, threshold});
			const all = phraseThenWords(plain[kind]!, documents.length, patternOf(query), limit, (position) => documents[position]!.texts.map(({text}) => searchText(text)), near);
			const group = groups.find((found) => found.kind === kind);
			expect(group?.total ?? 0, `${kind} "${query}"`).toBe(all.total);
			expect(group?.matches.map((match) => [match.position, match.score]) ?? [], `${kind} "${query}"`).toEqual(all.results.map((result) => [result.refIndex, result.score]));
		}
	}
}

describe('the finder over entities, events and quotes', () => {
	it('ranks and counts each kind as fuse.js does, in the embedded article', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		expectFuseAlike(catalog, ['menteri komunikasi', 'posko siaga', 'meutia', '25 mar', '2025-03-26', 'kerja sama', 'nong', 'ai', 'x'], 5);
	});

	it('counts every match, not the cap, in a dataset of a thousand events', () => {
		const loaded = validateDatasetValue(withInlineText(generateDataset({events: 1000, seed: 11})), {file: 'generated.json'});
		if (!loaded.ok) throw new Error('the generated dataset is invalid');
		const catalog = catalogOf(loaded.story);
		expectFuseAlike(catalog, ['ka', 'pemkot', 'kementrian', 'mar 2025'], 20);
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const events = search.search('ka', 20).find((group) => group.kind === 'event')!;
		expect(events.matches).toHaveLength(20);
		expect(events.total).toBeGreaterThan(20);
	});

	it('finds a record by its id first in its kind, counted once whether or not the query matches its texts too', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const byId = createRecordSearch((kind) => catalog.searchColumns(kind), (kind, id) => catalog.searchPosition(kind, id));
		const plain = createRecordSearch((kind) => catalog.searchColumns(kind));
		const groupOf = (groups: readonly SearchGroup[], kind: SearchKind) => groups.find((group) => group.kind === kind);
		// "meutya-hafid" matches her name too (a hyphen for a space): the same count, her record first.
		const named = groupOf(byId.search('meutya-hafid', 5), 'entity')!;
		expect(named.total).toBe(groupOf(plain.search('meutya-hafid', 5), 'entity')!.total);
		expect(named.matches[0]).toMatchObject({position: catalog.searchPosition('entity', 'meutya-hafid'), score: 0});
		// "q-talent-target" is in no text: one more match than the texts give, listed first, its kind first.
		const groups = byId.search('Q-Talent-Target', 5);
		const quotes = groupOf(groups, 'quote')!;
		expect(groups[0]!.kind).toBe('quote');
		expect(quotes.total).toBe((groupOf(plain.search('q-talent-target', 5), 'quote')?.total ?? 0) + 1);
		expect(catalog.quotes.idAt(quotes.matches[0]!.position)).toBe('q-talent-target');
		expect(quotes.matches.filter((match) => catalog.quotes.idAt(match.position) === 'q-talent-target')).toHaveLength(1);
		// An event's position is in timeline order, as the events are searched.
		expect(catalog.events.idAt(groupOf(byId.search('meeting-nanning', 5), 'event')!.matches[0]!.position)).toBe('meeting-nanning');
		expect(byId.search('no-such-record', 5)).toEqual(plain.search('no-such-record', 5));
	});

	it('lists the kind with the best match first', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const [first] = search.search('Menteri Komunikasi', 5);
		expect(first?.kind).toBe('entity');
		expect(catalog.entities.at(first!.matches[0]!.position)?.id).toBe('meutya-hafid');
		expect(first!.matches[0]!.matched).toMatchObject({field: 'title', text: 'Menteri Komunikasi dan Digital RI'});
		expect(search.search('posko siaga', 5)[0]?.kind).toBe('event');
		expect(search.search('   ', 5)).toEqual([]);
	});

	it('shows the text that holds the query word for word, not one with more scattered runs', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const events = search.search('operator seluler', 5).find((group) => group.kind === 'event')!;
		const release = events.matches.find((match) => catalog.events.at(match.position)!.id === 'release-officers')!;
		// Its English summary ("…mobile-operator staff…") has more characters in fuse.js's runs; the
		// Indonesian one has the words themselves.
		expect(release.matched).toMatchObject({field: 'summary', text: catalog.eventById('release-officers')!.summary.id});
		const [start, end] = release.matched!.ranges.find(([from, to]) => to - from >= 'operator seluler'.length)!;
		expect(release.matched!.text.slice(start, end).toLowerCase()).toContain('operator seluler');
	});

	it('finds the events of a date typed with its month in full, in Indonesian or English, first', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const onTheDay = sliceOf(catalog.events).filter((event) => event.start === '2025-03-25' && !event.end).map((event) => event.id).sort();
		expect(onTheDay).toHaveLength(3);
		for (const query of ['25 Maret 2025', '25 March 2025']) {
			const events = search.search(query, 5).find((group) => group.kind === 'event')!;
			const firstThree = events.matches.slice(0, 3).map((match) => catalog.events.at(match.position)!.id);
			expect(firstThree.sort(), query).toEqual(onTheDay);
		}
		// A range is written in full too, as the reader sees it in the article ("26 Maret – 8 April 2025").
		const range = search.search('26 Maret – 8 April 2025', 5).find((group) => group.kind === 'event')!;
		expect(range.matches[0]!.matched).toMatchObject({field: 'date', text: '26 Maret – 8 April 2025'});
		expectFuseAlike(catalog, ['25 Maret 2025', '8 april', 'maret'], 5);
	});

	it('finds the events of a day by its day of the week, as the article dates it ("Selasa (25/3)", "Selasa (25/3/2025)"), in either language', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const onTheDay = sliceOf(catalog.events).filter((event) => event.start === '2025-03-25' && !event.end).map((event) => event.id).sort();
		for (const query of ['Selasa', 'Selasa (25/3)', 'Selasa (25/3/2025)', 'Selasa, 25 Maret 2025', 'Tuesday']) {
			const events = search.search(query, 5).find((group) => group.kind === 'event')!;
			expect(events.matches.slice(0, 3).map((match) => catalog.events.at(match.position)!.id).sort(), query).toEqual(onTheDay);
		}
		// The article came out on a Wednesday: its publication event is the day's one.
		const wednesday = search.search('Rabu', 5).find((group) => group.kind === 'event')!;
		expect(catalog.events.at(wednesday.matches[0]!.position)!.start).toBe('2025-03-26');
		expectFuseAlike(catalog, ['Selasa', 'selasa (25/3)', 'tuesday'], 5);
	});

	it('finds a single word in brackets or quotation marks as the word itself: "(Komdigi)", "“Meutya”"', () => {
		const catalog = catalogOf(loadStory(EMBEDDED_DATASET));
		const search = createRecordSearch((kind) => catalog.searchColumns(kind));
		const found = (query: string) => search.search(query, 5).map((group) => [group.kind, group.total, group.matches.map((match) => match.position)]);
		for (const [marked, word] of [['(Komdigi)', 'Komdigi'], ['"Meutya"', 'Meutya'], ['“Meutya”', 'Meutya'], ['[2025]', '2025']] as const) {
			expect(found(word), word).not.toEqual([]);
			expect(found(marked), marked).toEqual(found(word));
		}
	});
});
