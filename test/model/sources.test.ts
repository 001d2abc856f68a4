import {describe, expect, it} from 'vitest';
import {compareClaims} from '../../src/model/claims.js';
import {formatDatasetError} from '../../src/model/errors.js';
import {parseDataset} from '../../src/model/load.js';
import {eventSources, quoteSources, quoteWording} from '../../src/model/sources.js';
import {sourcesOfEvent} from '../../src/model/catalog.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, loadStory, SOURCES_DATASET, sourcesDatasetInline} from '../helpers/datasets.js';

function errorsOf(value: unknown): string[] {
	const result = parseDataset(JSON.stringify(value, null, 2), {file: 'story.json'});
	if (result.ok) throw new Error('expected the dataset to be refused');
	return result.errors.map(formatDatasetError);
}

describe('a story of several articles', () => {
	const story = loadStory(SOURCES_DATASET);

	it('holds every article with its own text, read from its textFile', () => {
		expect(story.articles.map((article) => [article.id, article.outlet])).toEqual([
			['warta-priangan', 'Warta Priangan'],
			['kabar-sukaraya', 'Kabar Sukaraya'],
			['jurnal-nusantara', 'Jurnal Nusantara Daring'],
		]);
		expect(story.articles[1]!.text).toMatch(/^Sungai Cikawung Meluap/);
		expect(story.article.id).toBe('warta-priangan');
	});

	it("gives an event's sources per article, each with its own evidence and date evidence (date claims included)", () => {
		const flood = story.index.eventById.get('banjir')!;
		const sources = sourcesOfEvent(catalogOf(story), flood);
		expect(sources.map((source) => source.article)).toEqual(['warta-priangan', 'kabar-sukaraya', 'jurnal-nusantara']);
		expect(sources[1]!.evidence.map((anchor) => anchor.exact)).toEqual(['Sungai Cikawung meluap dan merendam permukiman di Desa Cibeureum Hilir']);
		expect(sources[0]!.dateEvidence.map((anchor) => anchor.exact)).toEqual(['Sabtu (1/11/2025) malam']);
		expect(sources[1]!.dateEvidence.map((anchor) => anchor.exact)).toEqual(['Minggu (2/11/2025) dini hari']);
		expect(sources[2]!.dateEvidence).toEqual([]);
	});

	it('lists the events each article supports, in timeline order', () => {
		const catalog = catalogOf(story);
		const ids = (article: string) => Array.from({length: catalog.eventsFrom(article).length}, (_, i) => catalog.eventsFrom(article).idAt(i));
		expect(ids('warta-priangan')).toEqual(['banjir', 'evakuasi']);
		expect(ids('jurnal-nusantara')).toEqual(['banjir', 'kunjungan-bupati']);
		expect(ids('no-such-article')).toEqual([]);
		expect(catalog.articleText('kabar-sukaraya').slice(0, 14)).toBe('Sungai Cikawun');
		expect(catalog.articleText('no-such-article').length).toBe(0);
		expect(catalog.articleText().slice(0, 6)).toBe('Banjir');
	});

	it('keeps one quote printed by two outlets, each printing in its own words', () => {
		const quote = story.index.quoteById.get('ridwan-personel')!;
		expect(quoteSources(quote, story.article.id).map((source) => [source.article, source.wording, source.attribution?.exact])).toEqual([
			['warta-priangan', 'same', 'kata Ridwan'],
			['kabar-sukaraya', 'part', 'ujar Ridwan Hakim'],
		]);
	});

	it('compares claims: disagreements first, each value with the words of every source that gives it', () => {
		const comparison = catalogOf(story).claimComparison();
		expect(comparison.disagreements).toBe(2);
		expect(comparison.groups.map((group) => [group.measure, group.agree, group.articles.length])).toEqual([
			['date', false, 2],
			['rumah rusak', false, 3],
			['personel', true, 2],
			['pengungsi', true, 1],
			['bantuan', true, 1],
		]);
		const houses = comparison.groups[1]!;
		expect(houses.values.map((value) => [value.value, value.unit, value.sources.map((source) => `${source.article}: ${source.evidence.exact}`)])).toEqual([
			[12, 'rumah', ['warta-priangan: 12 rumah rusak berat', 'jurnal-nusantara: merusak 12 rumah']],
			[15, 'rumah', ['kabar-sukaraya: 15 rumah rusak']],
		]);
		expect(comparison.disputed({event: 'banjir'})).toBe(true);
		expect(comparison.disputed({event: 'evakuasi'})).toBe(false);
		expect(comparison.disputesOf('kabar-sukaraya')).toBe(2);
		expect(comparison.disputesOf('jurnal-nusantara')).toBe(1);
	});

	it('treats the same value in another unit as a disagreement, and an unknown unit as none', () => {
		const claim = (id: string, value: number, unit?: string) => ({id, subject: {event: 'e'}, measure: 'm', value, unit, evidence: {article: id, start: 0, end: 1, exact: 'x'}});
		expect(compareClaims([claim('a', 5, 'rumah'), claim('b', 5, 'unit')], 'a').groups[0]!.agree).toBe(false);
		expect(compareClaims([claim('a', 5), claim('b', 5)], 'a').groups[0]!.agree).toBe(true);
	});
});

describe('checking every anchor against its own article', () => {
	it('refuses an anchor whose words are in another article, naming the article it points into', () => {
		const data = sourcesDatasetInline();
		data.events[0].evidence[1].article = 'warta-priangan';
		expect(errorsOf(data).join('\n')).toMatch(/\$\.events\[0\]\.evidence\[1\]\.(exact|end): anchor/);
	});

	it('refuses an anchor that names no article when the story has several, and one that names an unknown article', () => {
		const data = sourcesDatasetInline();
		delete data.entities[0].mentions[0].article;
		data.claims[0].evidence.article = 'harian-lain';
		const errors = errorsOf(data).join('\n');
		expect(errors).toMatch(/\$\.entities\[0\]\.mentions\[0\]: the anchor names no article; in a story of 3 articles every anchor needs "article"/);
		expect(errors).toMatch(/\$\.claims\[0\]\.evidence\.article: unknown article "harian-lain"/);
	});

	it('refuses duplicate article ids and a missing text file, naming the path it looked for', () => {
		const data = sourcesDatasetInline();
		data.articles[2].id = 'warta-priangan';
		expect(errorsOf(data).join('\n')).toMatch(/\$\.articles\[2\]\.id: duplicate id "warta-priangan"/);
		const missing = sourcesDatasetInline();
		delete missing.articles[1].text;
		missing.articles[1].textFile = 'nowhere.txt';
		const result = parseDataset(JSON.stringify(missing), {file: 'story.json', baseDir: '/nonexistent'});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map(formatDatasetError).join('\n')).toMatch(/\$\.articles\[1\]\.textFile: the article text file "nowhere\.txt": no such file \(looked for \/nonexistent\/nowhere\.txt\)/);
	});

	it('refuses a printing of a quote with other words, and two printings in one article', () => {
		const data = sourcesDatasetInline();
		const printing = data.quotes[0].otherSources[0];
		const words = 'Ratusan warga mengungsi';
		const start = data.articles[1].text.indexOf(words);
		printing.evidence = {article: 'kabar-sukaraya', start, end: start + words.length, exact: words};
		data.quotes[1].otherSources = [{evidence: data.quotes[1].evidence}];
		const errors = errorsOf(data).join('\n');
		expect(errors).toMatch(/\$\.quotes\[0\]\.otherSources\[0\]\.evidence\.exact: "Ratusan warga mengungsi" has other words than the quote/);
		expect(errors).toMatch(/\$\.quotes\[1\]\.otherSources\[0\]\.evidence\.article: the quote is already printed in article "jurnal-nusantara"/);
	});

	it("refuses a claim whose value does not fit its measure, or whose subject does not resolve", () => {
		const data = sourcesDatasetInline();
		data.claims[0].value = 12;
		data.claims[2].value = '2025-11-01';
		data.claims[3].subject = {event: 'gempa'};
		data.claims[4].subject = {event: 'banjir', entity: 'maya-lestari'};
		const errors = errorsOf(data).join('\n');
		expect(errors).toMatch(/\$\.claims\[4\]\.subject: exactly one of "event" or "entity"/);
		const second = sourcesDatasetInline();
		second.claims[0].value = 12;
		second.claims[2].value = '2025-11-01';
		second.claims[3].subject = {event: 'gempa'};
		const more = errorsOf(second).join('\n');
		expect(more).toMatch(/\$\.claims\[0\]\.value: a "date" claim's value is a date/);
		expect(more).toMatch(/\$\.claims\[2\]\.value: a "rumah rusak" claim's value is a number/);
		expect(more).toMatch(/\$\.claims\[3\]\.subject\.event: unknown event "gempa"/);
	});

	it('says which versions there are when the version is missing or unknown', () => {
		const data = sourcesDatasetInline();
		delete data.version;
		expect(errorsOf(data).join('\n')).toMatch(/\$\.version: missing required field "version" \(expected 1 \(one "article"\) or 2 \("articles"\)\)/);
		data.version = 3;
		expect(errorsOf(data).join('\n')).toMatch(/expected 1 \(one "article"\) or 2 \("articles"\), got 3/);
	});
});

describe('a dataset of version 1', () => {
	it('loads unchanged as a story of one source, every anchor in its one article', () => {
		const story = loadStory(EMBEDDED_DATASET);
		expect(story.articles.map((article) => article.id)).toEqual(['article']);
		expect(story.claims).toEqual([]);
		const catalog = catalogOf(story);
		expect(catalog.eventsFrom('article').length).toBe(catalog.events.length);
		expect(eventSources(story.events[0]!, 'article').map((source) => source.article)).toEqual(['article']);
	});

	it('may not hold the articles or claims of version 2', () => {
		const data = embeddedDatasetInline();
		data.claims = [];
		const result = parseDataset(JSON.stringify(data), {file: 'old.json'});
		// Unknown keys are refused once the format is strict; until then they are dropped, never read.
		if (result.ok) expect(catalogOf(result.story).claims.length).toBe(0);
		else expect(result.errors.map(formatDatasetError).join('\n')).toMatch(/claims/);
	});
});

describe('comparing the words of two printings', () => {
	it('ignores case, spacing, punctuation and quotation marks; allows a shorter run of the words; refuses other words', () => {
		expect(quoteWording('Kami sudah siap, kata dia', '“kami  sudah SIAP” — kata dia')).toBe('same');
		expect(quoteWording('Kami sudah mengerahkan 35 personel dan dua perahu', 'mengerahkan 35 personel')).toBe('part');
		expect(quoteWording('Kami sudah mengerahkan 35 personel', 'Kami sudah mengerahkan 40 personel')).toBe('different');
		expect(quoteWording('Kami siap', '...')).toBe('different');
	});
});
