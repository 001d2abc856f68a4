import {describe, expect, it} from 'vitest';
import {idsOf} from '../../src/model/catalog.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {dateAccounts, eventsAsTold, whoseDate} from '../../src/model/told-dates.js';
import {loadStory, SOURCES_DATASET} from '../helpers/datasets.js';

const story = catalogOf(loadStory(SOURCES_DATASET));
const outletOf = (article: string) => story.articleById(article)?.outlet ?? article;

describe('an event dated differently by its sources', () => {
	it('has an account per date, each with the articles that give it', () => {
		const flood = story.eventById('banjir')!;
		expect(dateAccounts(story.claimComparison(), flood, story.article.id)).toEqual({
			disputed: true,
			accounts: [
				{date: '2025-11-01', articles: ['warta-priangan']},
				{date: '2025-11-02', articles: ['kabar-sukaraya']},
			],
		});
	});

	it('says whose date is shown, that source first, then the others with theirs', () => {
		const {accounts} = dateAccounts(story.claimComparison(), story.eventById('banjir')!, story.article.id);
		const write = (date: string) => date.slice(8);
		expect(whoseDate(accounts, '2025-11-01', 'stated', outletOf, write)).toBe('stated: Warta Priangan; Kabar Sukaraya 02');
		expect(whoseDate(accounts, '2025-11-02', 'stated', outletOf, write, 'kabar-sukaraya')).toBe('stated: Kabar Sukaraya; Warta Priangan 01');
		expect(whoseDate(accounts, undefined, 'inferred', outletOf, write)).toBe('inferred; Warta Priangan 01; Kabar Sukaraya 02');
	});
});

describe("one source's events at its own dates", () => {
	it('puts the event where the source dates it, redated and stated, and finds each event in the new order', () => {
		const kabar = eventsAsTold(story, 'kabar-sukaraya');
		// The story's timeline has the flood (1 Nov) first; Kabar Sukaraya dates it 2 Nov, after the evacuation.
		expect(idsOf(story.eventsFrom('kabar-sukaraya'))).toEqual(['banjir', 'evakuasi']);
		expect(idsOf(kabar)).toEqual(['evakuasi', 'banjir']);
		expect(kabar.at(1)).toMatchObject({id: 'banjir', start: '2025-11-02', end: null, precision: 'day', certainty: 'stated'});
		expect(kabar.datingAt(1)).toMatchObject({start: '2025-11-02'});
		expect(kabar.briefAt(1)).toMatchObject({start: '2025-11-02', title: story.eventById('banjir')!.title});
		expect(kabar.firstDay(1) - kabar.firstDay(0)).toBe(1);
		expect(['banjir', 'evakuasi', 'kunjungan-bupati', 'nothing'].map((id) => kabar.indexOf(id))).toEqual([1, 0, -1, -1]);
		// The record itself keeps the story's date.
		expect(story.eventById('banjir')!.start).toBe('2025-11-01');
		// The same list each time: the day axis keeps its shape by it.
		expect(eventsAsTold(story, 'kabar-sukaraya')).toBe(kabar);
	});

	it("leaves the events of a source whose dates are the story's as they are", () => {
		const warta = eventsAsTold(story, 'warta-priangan');
		expect(idsOf(warta)).toEqual(idsOf(story.eventsFrom('warta-priangan')));
		expect(warta.at(0)).toBe(story.eventById('banjir'));
		expect(warta.indexOf('evakuasi')).toBe(1);
	});
});
