import {describe, expect, it} from 'vitest';
import {ingestDocument} from '../../src/ingest/ingest.js';
import {quoteShown, scoreDraft, type Scorable} from '../../src/ingest/score.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, loadStory, SECOND_ARTICLE, SECOND_DATASET} from '../helpers/datasets.js';
import {fixtureArticle, fixtureExpected, fixtureInput, readText} from './helpers.js';

const dataset = (parts: Partial<Scorable>): Scorable => ({events: [], quotes: [], entities: [], ...parts});
const event = (start: string, end?: string) => ({start, ...(end ? {end} : {}), title: {id: `${start}`}});

describe('scoring a draft against a curated dataset', () => {
	it('matches events by their dates, one drafted event to one curated event', () => {
		const curated = dataset({events: [event('2025-03-25'), event('2025-03-25'), event('2025-03-26', '2025-04-08')]});
		const draft = dataset({events: [event('2025-03-25'), event('2025-03-26', '2025-04-08'), event('2025-03-26')]});
		expect(scoreDraft(draft, curated).events).toMatchObject({drafted: 3, curated: 3, matched: 2, precision: 2 / 3, recall: 2 / 3, missed: ['2025-03-25 2025-03-25'], extra: ['2025-03-26 2025-03-26']});
	});

	it('matches a quotation by its text and a speaker who shares a name or alias', () => {
		const curated = dataset({entities: [{id: 'meutya-hafid', name: 'Meutya Hafid', aliases: ['Menkomdigi']}], quotes: [{text: 'Kami terbuka untuk bekerja sama,', speaker: 'meutya-hafid'}]});
		const right = dataset({entities: [{id: 'meutya', name: 'Menkomdigi', aliases: []}], quotes: [{text: 'Kami terbuka untuk bekerja sama', speaker: 'meutya'}]});
		const wrongSpeaker = dataset({entities: [{id: 'prabowo', name: 'Prabowo Subianto', aliases: []}], quotes: [{text: 'Kami terbuka untuk bekerja sama,', speaker: 'prabowo'}]});
		expect(scoreDraft(right, curated).quotes.matched).toBe(1);
		expect(scoreDraft(wrongSpeaker, curated).quotes.matched).toBe(0);
	});

	it('matches entities by any shared name or alias, each curated entity once', () => {
		const curated = dataset({entities: [{id: 'pmt', name: 'Pusat Monitoring Telekomunikasi', aliases: ['PMT']}, {id: 'indonesia', name: 'Indonesia', aliases: ['Pemerintah Indonesia']}]});
		const draft = dataset({entities: [{id: 'a', name: 'PMT', aliases: []}, {id: 'b', name: 'Indonesia', aliases: []}, {id: 'c', name: 'Pemerintah Indonesia', aliases: []}]});
		expect(scoreDraft(draft, curated).entities).toMatchObject({matched: 2, precision: 2 / 3, recall: 1, extra: ['Pemerintah Indonesia']});
	});

	it('lists a long quotation cut after a whole word, marked as cut inside its quotation marks', () => {
		expect(quoteShown('Jembatan itu memang sudah lapuk dan tidak layak dilintasi kendaraan berat.')).toBe('“Jembatan itu memang sudah lapuk dan tidak layak…”');
		expect(quoteShown('Kami siap.')).toBe('“Kami siap.”');
	});

	it('gives F1 0 and precision 0 for an empty draft of a non-empty dataset', () => {
		expect(scoreDraft(dataset({}), dataset({events: [event('2030')]})).events).toMatchObject({precision: 0, recall: 0, f1: 0});
	});
});

/**
 * The figures the rules reached when this was written (matched / drafted / curated); the tests
 * hold them. Raise a floor when the rules get better; never lower one to make a change pass.
 */
const HELD: readonly {name: string; article: string; curated: string; events: [number, number, number]; quotes: [number, number, number]; entities: [number, number, number]}[] = [
	// Dave Laksono and Komisi I DPR RI are named only in the embedded article's photo caption, which is chrome.
	{name: 'the embedded article', article: EMBEDDED_ARTICLE, curated: EMBEDDED_DATASET, events: [7, 7, 8], quotes: [4, 4, 4], entities: [15, 16, 19]},
	{name: 'bali-autogate', article: fixtureArticle('bali-autogate'), curated: fixtureExpected('bali-autogate'), events: [7, 7, 7], quotes: [3, 3, 3], entities: [10, 10, 10]},
	{name: 'papua-kapal-perintis', article: fixtureArticle('papua-kapal-perintis'), curated: fixtureExpected('papua-kapal-perintis'), events: [6, 6, 6], quotes: [2, 2, 2], entities: [10, 10, 10]},
	{name: 'medan-titik-banjir', article: fixtureArticle('medan-titik-banjir'), curated: fixtureExpected('medan-titik-banjir'), events: [8, 8, 8], quotes: [2, 2, 2], entities: [11, 11, 11]},
	{name: 'makassar-operasi-pasar', article: fixtureArticle('makassar-operasi-pasar'), curated: fixtureExpected('makassar-operasi-pasar'), events: [7, 7, 7], quotes: [3, 3, 3], entities: [11, 11, 11]},
	{name: 'ambon-festival-teluk', article: fixtureArticle('ambon-festival-teluk'), curated: fixtureExpected('ambon-festival-teluk'), events: [6, 6, 6], quotes: [2, 2, 2], entities: [8, 8, 8]},
	{name: 'demak-rob-sayung', article: fixtureInput('demak-rob-sayung'), curated: fixtureExpected('demak-rob-sayung'), events: [6, 6, 6], quotes: [4, 4, 4], entities: [15, 15, 15]},
	{name: 'html-arus-balik-cikampek', article: fixtureInput('html-arus-balik-cikampek'), curated: fixtureExpected('html-arus-balik-cikampek'), events: [5, 5, 5], quotes: [2, 2, 2], entities: [8, 8, 8]},
	// Held out: written after the rules of 202adb8; their first scores are in the README.
	{name: 'kupang-pelantikan-wakil', article: fixtureInput('kupang-pelantikan-wakil'), curated: fixtureExpected('kupang-pelantikan-wakil'), events: [5, 5, 5], quotes: [2, 2, 2], entities: [10, 10, 10]},
	{name: 'garut-longsor-cisewu', article: fixtureInput('garut-longsor-cisewu'), curated: fixtureExpected('garut-longsor-cisewu'), events: [5, 5, 5], quotes: [2, 2, 2], entities: [10, 10, 12]},
	{name: 'warta6-harga-cabai', article: fixtureInput('warta6-harga-cabai'), curated: fixtureExpected('warta6-harga-cabai'), events: [5, 5, 5], quotes: [2, 2, 2], entities: [10, 10, 10]},
	{name: 'html-pontianak-kabut-asap', article: fixtureInput('html-pontianak-kabut-asap'), curated: fixtureExpected('html-pontianak-kabut-asap'), events: [5, 5, 5], quotes: [2, 2, 2], entities: [6, 6, 6]},
	{name: 'html-makassar-kapal-ternak', article: fixtureInput('html-makassar-kapal-ternak'), curated: fixtureExpected('html-makassar-kapal-ternak'), events: [4, 4, 4], quotes: [2, 2, 2], entities: [8, 8, 10]},
	// Held out, second batch: written after the rules of b22b041.
	{name: 'html-solo-festival-batik', article: fixtureInput('html-solo-festival-batik'), curated: fixtureExpected('html-solo-festival-batik'), events: [3, 3, 3], quotes: [2, 2, 2], entities: [8, 10, 10]},
	{name: 'html-ambon-gempa-sekolah', article: fixtureInput('html-ambon-gempa-sekolah'), curated: fixtureExpected('html-ambon-gempa-sekolah'), events: [3, 3, 3], quotes: [2, 2, 2], entities: [6, 6, 8]},
	{name: 'surabaya-bus-listrik', article: fixtureInput('surabaya-bus-listrik'), curated: fixtureExpected('surabaya-bus-listrik'), events: [3, 3, 3], quotes: [2, 2, 2], entities: [8, 8, 9]},
	// Held out, third batch: written after the rules of d93b353, scored once (first-score.out in each folder).
	{name: 'html-jakarta-rob-pesisir', article: fixtureInput('html-jakarta-rob-pesisir'), curated: fixtureExpected('html-jakarta-rob-pesisir'), events: [10, 10, 10], quotes: [3, 3, 3], entities: [16, 17, 18]},
	{name: 'html-kendari-jembatan-teluk', article: fixtureInput('html-kendari-jembatan-teluk'), curated: fixtureExpected('html-kendari-jembatan-teluk'), events: [9, 9, 9], quotes: [3, 3, 3], entities: [15, 16, 15]},
	{name: 'samarinda-tanggap-darurat', article: fixtureInput('samarinda-tanggap-darurat'), curated: fixtureExpected('samarinda-tanggap-darurat'), events: [13, 13, 13], quotes: [3, 3, 3], entities: [17, 19, 17]},
	{name: 'banjir-semarang', article: SECOND_ARTICLE, curated: SECOND_DATASET, events: [2, 5, 4], quotes: [2, 2, 2], entities: [6, 7, 6]},
];

describe.each(HELD)('the draft of $name', ({article, curated, ...figures}) => {
	const score = scoreDraft(ingestDocument(readText(article)), loadStory(curated));
	it.each(['events', 'quotes', 'entities'] as const)('keeps %s precision and recall at or above what was reached', (kind) => {
		const [matched, drafted, total] = figures[kind];
		expect(score[kind].precision).toBeGreaterThanOrEqual(matched / drafted - 1e-9);
		expect(score[kind].recall).toBeGreaterThanOrEqual(matched / total - 1e-9);
	});
});
