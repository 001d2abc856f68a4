import {describe, expect, it} from 'vitest';
import {citation, glossFor, saidBy, standaloneQuotation} from '../../src/model/citation.js';
import {eventIdsOfQuote, saidWhen} from '../../src/model/occasion.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {stringsFor} from '../../src/state/strings/index.js';
import {embeddedDatasetInline, EMBEDDED_DATASET, loadStory, SOURCES_DATASET, sourcesDatasetInline} from '../helpers/datasets.js';

const embedded = catalogOf(loadStory(EMBEDDED_DATASET));
const quote = (id: string) => embedded.quoteById(id)!;
const sources = catalogOf(loadStory(SOURCES_DATASET));
/** The words a citation adds, as the explorer gives them in `lang`. */
const words = (lang: string) => stringsFor(lang).citation;

/** The embedded dataset changed by `edit`, loaded. */
function edited(edit: (data: Record<string, any>) => void) {
	const data = embeddedDatasetInline();
	edit(data);
	const result = validateDatasetValue(data, {file: 'edited.json'});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return catalogOf(result.story);
}

describe('standaloneQuotation', () => {
	it('ends with a full stop the comma that led into the attribution', () => {
		expect(standaloneQuotation('melalui teknologi 4G dan 5G,')).toBe('melalui teknologi 4G dan 5G.');
		expect(standaloneQuotation('sampai kondisi benar-benar aman, ')).toBe('sampai kondisi benar-benar aman.');
	});

	it('drops the comma after a question or an exclamation, which end themselves', () => {
		expect(standaloneQuotation('Kapan jembatan kami diperbaiki?,')).toBe('Kapan jembatan kami diperbaiki?');
		expect(standaloneQuotation('Jangan menyeberang!,')).toBe('Jangan menyeberang!');
		expect(standaloneQuotation('Kami belum tahu…,')).toBe('Kami belum tahu…');
		// Three dots typed as such, or an abbreviation's dot, are no less an end: no fourth dot.
		expect(standaloneQuotation('Kami belum tahu...,')).toBe('Kami belum tahu...');
		expect(standaloneQuotation('Yang rusak jalan, jembatan, dll.,')).toBe('Yang rusak jalan, jembatan, dll.');
	});

	it('changes nothing else', () => {
		for (const text of ['Kami siap.', 'Apakah aman?', 'Satu, dua, tiga', 'Pompa dipasang pekan depan!', '“Aman,” katanya, lalu pergi']) {
			expect(standaloneQuotation(text)).toBe(text);
		}
		expect(standaloneQuotation('Keluarga 👩‍👩‍👧‍👦 aman,')).toBe('Keluarga 👩‍👩‍👧‍👦 aman.');
	});

	it('drops the mark that opens each paragraph after the first of a quotation over several, but not a quoted phrase\'s', () => {
		expect(standaloneQuotation('Lampu padam. “Anak saya, La Ode Rasyid, belum ditemukan. “Saya masih menunggu,')).toBe('Lampu padam. Anak saya, La Ode Rasyid, belum ditemukan. Saya masih menunggu.');
		expect(standaloneQuotation('Kami pakai pelampung satu. "Kami bertahan di laut 😀 empat jam,')).toBe('Kami pakai pelampung satu. Kami bertahan di laut 😀 empat jam.');
		expect(standaloneQuotation('Status “siaga” kami pakai. “Semua posko buka,')).toBe('Status “siaga” kami pakai. Semua posko buka.');
		expect(standaloneQuotation('Kami siap. "Cukup" kata mereka,')).toBe('Kami siap. "Cukup" kata mereka.');
		// A phrase's mark mid-sentence is no paragraph's, closed or not.
		expect(standaloneQuotation('Kami sebut “Gerakan Bersih” dan “Gerakan Hijau,')).toBe('Kami sebut “Gerakan Bersih” dan “Gerakan Hijau.');
	});
});

describe('when a quote was said', () => {
	it('is its occasion, not what it is about', () => {
		const target = quote('q-talent-target');
		expect(target).toMatchObject({event: 'meeting-nanning', about: ['talent-target-2030']});
		expect(saidWhen(embedded, target)).toMatchObject({start: '2025-03-25', end: null, certainty: 'stated', event: {id: 'meeting-nanning'}});
		expect(eventIdsOfQuote(target)).toEqual(['meeting-nanning', 'talent-target-2030']);
	});

	it('is known as its occasion\'s date is: inferred at an occasion of inferred date, stated at one of stated date', () => {
		expect(embedded.eventById('release-officers')!.certainty).toBe('inferred');
		expect(saidWhen(embedded, quote('q-posts-staff'))).toMatchObject({start: '2025-03-25', certainty: 'inferred', event: {id: 'release-officers'}});
		expect(saidWhen(embedded, quote('q-ai-centre'))).toMatchObject({start: '2025-03-25', certainty: 'stated'});
		// A story of several sources: one quote at an evacuation dated from context, one at a visit the text dates.
		expect(saidWhen(sources, sources.quoteById('ridwan-personel')!)).toMatchObject({certainty: 'inferred', event: {id: 'evakuasi'}});
		expect(saidWhen(sources, sources.quoteById('maya-kebutuhan')!)).toMatchObject({certainty: 'stated', event: {id: 'kunjungan-bupati'}});
	});

	it('is the publication day when the article gives no occasion', () => {
		const story = edited((data) => {
			data.quotes[1].event = null;
		});
		// The article does not say the day: it is read from the publication day, so it is inferred.
		expect(saidWhen(story, story.quoteById('q-talent-target')!)).toEqual({start: '2025-03-26', end: null, certainty: 'inferred'});
		// Still about the 2030 target, so the target's event lists it.
		expect(story.quotesAt('talent-target-2030').idAt(0)).toBe('q-talent-target');
	});

	it('is never after the article ran: an occasion in its future is read as the publication day', () => {
		const story = edited((data) => {
			data.quotes[1].event = 'talent-target-2030';
			data.quotes[1].about = [];
		});
		expect(saidWhen(story, story.quoteById('q-talent-target')!)).toEqual({start: '2025-03-26', end: null, certainty: 'inferred'});
	});

	it("is the day the quote's own source gives its occasion, where the sources disagree on that day", () => {
		// Both printings of Ridwan's words at the flood, which Warta Priangan dates 1 Nov and Kabar Sukaraya 2 Nov.
		const data = sourcesDatasetInline();
		const ridwan = data.quotes[0];
		const printing = ridwan.otherSources[0];
		const kabar = {...ridwan, id: 'ridwan-kabar', event: 'banjir', text: printing.evidence.exact, ...printing};
		delete kabar.otherSources;
		delete ridwan.otherSources;
		ridwan.event = 'banjir';
		data.quotes = [ridwan, kabar];
		const result = validateDatasetValue(data, {file: 'disputed.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const story = catalogOf(result.story);
		expect(story.eventById('banjir')!.start).toBe('2025-11-01');
		expect(saidWhen(story, story.quoteById('ridwan-kabar')!)).toMatchObject({start: '2025-11-02', certainty: 'stated', event: {id: 'banjir', start: '2025-11-02'}});
		expect(citation(story, story.quoteById('ridwan-kabar')!, 'id', words('id'))).toContain('2 Nov 2025 (Kabar Sukaraya');
		expect(saidWhen(story, story.quoteById('ridwan-personel')!)).toMatchObject({start: '2025-11-01', certainty: 'stated'});
	});

	it('lists a quote once under an event it is both said at and about', () => {
		expect(eventIdsOfQuote({event: 'a', about: ['b', 'a', 'b']})).toEqual(['a', 'b']);
		expect(eventIdsOfQuote({event: null, about: []})).toEqual([]);
	});
});

describe('citation', () => {
	it('names the speaker, the title the article gives them, the day said, the outlet and the publication day', () => {
		expect(citation(embedded, quote('q-ai-centre'), 'id', words('id'))).toBe(
			'“Kami berharap dapat membangun pusat kerja sama dan inovasi AI antara Tiongkok dan Asean di Indonesia, dengan dukungan penuh dari Kementerian Komunikasi dan Digital.”\n' +
				'— Nong Shengwen, Sekretaris Partai Kota Nanning, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025)',
		);
		expect(citation(embedded, quote('q-ai-centre'), 'en', words('en'))).toMatch(/\n— Nong Shengwen, Party Secretary of Nanning, 25 Mar 2025 \(Koran Jakarta, 26 Mar 2025\)$/);
	});

	it('gives the article URL where the dataset has one, and leaves out a title the article does not give', () => {
		const story = edited((data) => {
			data.article.url = 'https://example.org/berita/ai-asean';
			data.entities.find((entity: {id: string}) => entity.id === 'nong-shengwen').titles = [];
		});
		expect(citation(story, story.quoteById('q-ai-centre')!, 'id', words('id')).split('\n')[1]).toBe(
			'— Nong Shengwen, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025, https://example.org/berita/ai-asean)',
		);
	});

	it('dates the publication by its own offset, not UTC', () => {
		// 01:00 WIB on 26 March is still 25 March in UTC.
		expect(embedded.article.published).toBe('2025-03-26T01:00+07:00');
		expect(citation(embedded, quote('q-posts-staff'), 'en', words('en'))).toMatch(/\(Koran Jakarta, 26 Mar 2025\)$/);
	});

	it('says, in the reader\'s language, that a day said is inferred, and leaves a stated day as it was', () => {
		expect(citation(embedded, quote('q-posts-staff'), 'id', words('id')).split('\n')[1]).toBe(
			'— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 [tanggal disimpulkan] (Koran Jakarta, 26 Mar 2025)',
		);
		expect(citation(embedded, quote('q-posts-staff'), 'en', words('en')).split('\n')[1]).toBe(
			'— Meutya Hafid, Minister of Communication and Digital Affairs of Indonesia, 25 Mar 2025 [date inferred] (Koran Jakarta, 26 Mar 2025)',
		);
		expect(citation(sources, sources.quoteById('ridwan-personel')!, 'id', words('id'))).toMatch(/, 1 Nov 2025 \[tanggal disimpulkan\] \(/);
		expect(citation(sources, sources.quoteById('maya-kebutuhan')!, 'id', words('id'))).toMatch(/, 3 Nov 2025 \(/);
	});

	it('attributes a quotation in exports by who and when, saying when the day is inferred', () => {
		expect(saidBy(embedded, quote('q-talent-target'), 'id', words('en'))).toBe('Meutya Hafid, 25 Mar 2025');
		expect(saidBy(embedded, quote('q-posts-staff'), 'id', words('en'))).toBe('Meutya Hafid, 25 Mar 2025 [date inferred]');
	});
});

describe('glossFor', () => {
	it('is the gloss only for a reader of another language than the article\'s, and only where the dataset has it', () => {
		const q = quote('q-infrastructure');
		expect(glossFor(embedded, q, 'id')).toBeUndefined();
		expect(glossFor(embedded, q, 'en')).toBe(q.gloss.en);
		expect(glossFor(embedded, q, 'en-GB')).toBe(q.gloss.en);
		expect(glossFor(embedded, q, 'fr')).toBeUndefined();
	});
});

describe('what a quote is about', () => {
	it('names events of the dataset', () => {
		const data = embeddedDatasetInline();
		data.quotes[1].about = ['talent-target-2030', 'no-such-event'];
		const result = validateDatasetValue(data, {file: 'about.json'});
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`)).toContainEqual(
			'$.quotes[1].about[1]: unknown event "no-such-event" (expected the id of an event in $.events)',
		);
	});

	it('defaults to nothing in a dataset written before it existed', () => {
		const data = embeddedDatasetInline();
		for (const quote of data.quotes) delete quote.about;
		const result = validateDatasetValue(data, {file: 'older.json'});
		expect(result.ok && result.story.quotes.map((quote) => quote.about)).toEqual([[], [], [], []]);
	});
});
