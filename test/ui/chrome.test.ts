import {describe, expect, it} from 'vitest';
import {eventListOf} from '../../src/model/story-catalog.js';
import {visibleEvents} from '../../src/state/selectors.js';
import {clip, dateRange, footerLines, headerLines} from '../../src/ui/chrome.js';
import {lineText} from '../../src/ui/line.js';
import {widthOf} from '../../src/text/fit.js';
import {theme} from '../../src/ui/theme.js';
import {BROWSING} from '../keys/context.js';
import {embedded, run, second, start} from '../state/drive.js';
import {wide, wideEvent} from './wide-story.js';

const header = (width: number, filter: string | null = null, lang = 'id') =>
	headerLines({data: embedded, events: embedded.eventsInView(filter), filter, lang, width}).map(lineText);

describe('headerLines', () => {
	it('names the story, its outlet and date, then the dates in view and the counts', () => {
		expect(header(120)).toEqual([
			'linimasa  Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean  Koran Jakarta · 26 Mar 2025',
			'25 Mar 2025 – 2030 · 8 peristiwa · 19 entitas · 4 kutipan · ID',
		]);
		expect(header(120, null, 'en')[1]).toBe('25 Mar 2025 – 2030 · 8 events · 19 entities · 4 quotes · EN');
	});

	it('narrow, gives up the brand, then cuts the outlet, before the title loses more than two fifths of the line', () => {
		// At 60 columns the title was cut to "Indonesia dan…" beside the brand and the whole outlet.
		expect(header(60)[0]).toBe('Indonesia dan Tiongkok Berkomitmen…  Koran… · 26 Mar 2025');
		expect(header(100)[0]).toBe('Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean  Koran Jakarta · 26 Mar 2025');
		expect(widthOf(header(80)[0]!)).toBeLessThanOrEqual(80);
		expect(header(80)[0]).toMatch(/^Indonesia dan Tiongkok Berkomitmen Bangun Pusat…  Koran Jakarta · 26 Mar 2025$/);
		// The outlet is cut to whole words, or left out: "Kor…" would name no outlet; the title takes its room.
		expect(header(58)[0]).toBe('Indonesia dan Tiongkok Berkomitmen…  Koran… · 26 Mar 2025');
		expect(header(48)[0]).toBe('Indonesia dan Tiongkok…  Koran… · 26 Mar 2025');
		expect(header(44)[0]).toBe('Indonesia dan Tiongkok…  26 Mar 2025');
		// A cut never ends on a word that leads on to what it left out: "… Suara di…", "… Tiongkok dan…".
		for (let width = 30; width <= 130; width++) {
			const title = headerLines({data: embedded, events: embedded.story.events, filter: null, lang: 'id', width})[0].find((segment) => segment.style === theme.heading)!.text;
			expect(title, `${width}`).not.toMatch(/ (?:di|dan|ke|dari|yang|untuk)…$/);
		}
		for (let width = 40; width <= 130; width++) {
			const outlet = headerLines({data: embedded, events: embedded.story.events, filter: null, lang: 'id', width})[0].find((segment) => segment.style === theme.muted)!.text;
			expect(outlet, `${width}`).toMatch(/^ {2}(?:(?:Koran Jakarta|Koran…) · )?26 Mar 2025$/);
		}
		for (let width = 60; width <= 130; width++) {
			const [line] = headerLines({data: embedded, events: embedded.story.events, filter: null, lang: 'en', width});
			expect(widthOf(lineText(line))).toBeLessThanOrEqual(width);
			const title = line.find((segment) => segment.style === theme.heading)!.text;
			expect(widthOf(title)).toBeGreaterThanOrEqual(Math.min(64, width * 0.6 - 8));
		}
	});

	it('names the filter and counts only its events', () => {
		const state = run(start(embedded), embedded, 'focus.next', 'filter.toggle');
		const [, second] = headerLines({data: embedded, events: visibleEvents(state, embedded), filter: state.filter, lang: state.lang, width: 120});
		// Only the events are the filter's: the story's entities and quotes beside them would read as hers.
		expect(lineText(second)).toBe('25 Mar 2025 – 2030 · 4 peristiwa · ID · saringan: Meutya Hafid');
		expect(second.at(-1)).toEqual({text: 'Meutya Hafid', style: theme.filter});
	});

	it('gives up whole counts when narrow, the last first, keeping the dates, the language and a filter', () => {
		expect(header(60)[1]).toBe('25 Mar 2025 – 2030 · 8 peristiwa · 19 entitas · ID');
		expect(header(45)[1]).toBe('25 Mar 2025 – 2030 · 8 peristiwa · ID');
		expect(header(30)[1]).toBe('25 Mar 2025 – 2030 · ID');
		const [, filtered] = headerLines({data: embedded, events: embedded.eventsInView('meutya-hafid'), filter: 'meutya-hafid', lang: 'id', width: 60});
		expect(lineText(filtered)).toBe('25 Mar 2025 – 2030 · ID · saringan: Meutya Hafid');
	});

	it('fits the width with wide characters in the title and the filter', () => {
		for (const width of [60, 61, 75, 120]) {
			for (const line of headerLines({data: wide, events: wide.story.events, filter: 'nong', lang: 'zh', width})) {
				expect([width, widthOf(lineText(line)) <= width]).toEqual([width, true]);
			}
		}
		expect(lineText(headerLines({data: wide, events: wide.story.events, filter: 'nong', lang: 'zh', width: 120})[1])).toMatch(/ · filter: 农生文$/);
	});
});

describe('dateRange', () => {
	it('runs from the first event to the one that ends last', () => {
		expect(dateRange(embedded.story.events, 'id')).toBe('25 Mar 2025 – 2030');
		expect(dateRange(embedded.eventsInView('kemkomdigi'), 'id')).toBe('25 Mar 2025 – 2030');
		expect(dateRange(embedded.eventsInView('operator-seluler'), 'id')).toBe('25 Mar – 8 Apr 2025');
		expect(dateRange(embedded.eventsInView('nong-shengwen'), 'id')).toBe('25 Mar 2025');
		expect(dateRange(eventListOf([]), 'id')).toBe('');
	});

	it('counts a month-precise event as lasting to the month\'s end', () => {
		// The second story's events all lie in February 2025; the pumps are dated only "2025-02".
		expect(dateRange(second.story.events, 'en')).toBe('Feb 2025');
		const march = [wideEvent('month', '2025-03', null, 'm'), wideEvent('day', '2025-03-25', null, 'd')];
		expect(dateRange(eventListOf(march), 'en')).toBe('Mar 2025');
	});
});

describe('footerLines', () => {

	it('shows the enabled keys with their hints, keys in the key style', () => {
		const [keys, status] = footerLines(BROWSING, null, 120, 'en');
		expect(lineText(keys)).toBe('j/k move  Tab pane  Enter open  a article  / find  y copy  Y cite  l language  ? help  q quit');
		expect(keys[0]).toEqual({text: 'j/k', style: theme.key});
		expect(status).toEqual([]);
	});

	it('leaves out the keys that do nothing now', () => {
		const [keys] = footerLines({...BROWSING, quoteAvailable: false, canOpen: false, languageCount: 1}, null, 120, 'en');
		expect(lineText(keys)).toBe('j/k move  Tab pane  a article  / find  ? help  q quit');
	});

	it('shows the status in its tone, both lines cut to the width', () => {
		const [keys, status] = footerLines(BROWSING, {text: 'No quote here to copy', tone: 'warning'}, 38, 'en');
		expect(status).toEqual([{text: 'No quote here to copy', style: theme.tone.warning}]);
		expect(widthOf(lineText(keys))).toBeLessThanOrEqual(38);
		expect(lineText(keys)).toBe('j/k move  / find  ? help  q quit');
		const [, long] = footerLines(BROWSING, {text: 'x'.repeat(100), tone: 'error'}, 40, 'en');
		expect(widthOf(lineText(long))).toBe(40);
	});

});

describe('the footer as the width runs out', () => {
	it('keeps f filter in the sources pane, what the pane is for, at 80 and 60 columns', () => {
		const sources = {...BROWSING, focus: 'sources' as const, canFilter: true, sourceCount: 3};
		for (const width of [80, 60]) {
			const line = lineText(footerLines(sources, null, width, 'en')[0]);
			expect(line, `${width}`).toContain('f filter');
			expect(widthOf(line)).toBeLessThanOrEqual(width);
		}
		// Elsewhere it gives way as before.
		expect(lineText(footerLines({...BROWSING, canFilter: true}, null, 60, 'en')[0])).not.toContain('f filter');
	});

	it('always keeps / find, ? help and q quit, whole; the last hints of the keymap give way first', () => {
		const at = (width: number) => lineText(footerLines(BROWSING, null, width, 'en')[0]);
		expect(at(80)).toBe('j/k move  Tab pane  Enter open  a article  / find  y copy  ? help  q quit');
		expect(at(81)).toBe('j/k move  Tab pane  Enter open  a article  / find  y copy  Y cite  ? help  q quit');
		// At 60 columns (a terminal split in two) the finder, the explorer's main way in, still shows.
		expect(at(60)).toBe('j/k move  Tab pane  Enter open  / find  ? help  q quit');
		expect(at(38)).toBe('j/k move  / find  ? help  q quit');
		expect(at(22)).toBe('/ find  ? help  q quit');
		// Narrower than the kept hints: quit and help, the ones a user must never lose, stay.
		expect(at(16)).toBe('? help  q quit');
		expect(at(8)).toBe('q quit');
		for (const width of [8, 16, 22, 38, 60, 80, 120]) expect(widthOf(at(width))).toBeLessThanOrEqual(width);
	});

	it('gives way from the end only: a shorter hint later on never pushes out one before it', () => {
		// The detail pane: at 60 columns f's "saring" and l's "bahasa" used to fit where Enter's "buka" did not.
		const context = {...BROWSING, focus: 'detail' as const, canFilter: true, canGoBack: true};
		const all = lineText(footerLines(context, null, 400, 'id')[0]).split('  ');
		for (const width of [40, 50, 60, 70, 80, 90]) {
			const shown = lineText(footerLines(context, null, width, 'id')[0]).split('  ');
			const kept = ['/ cari', '? bantuan', 'q keluar'];
			const others = shown.filter((hint) => !kept.includes(hint));
			expect(others, `${width}`).toEqual(all.filter((hint) => !kept.includes(hint)).slice(0, others.length));
		}
	});

	it('keeps Esc close in the finder and the help overlay', () => {
		expect(lineText(footerLines({...BROWSING, mode: 'finder'}, null, 12, 'en')[0])).toBe('Esc close');
		expect(lineText(footerLines({...BROWSING, mode: 'help'}, null, 20, 'en')[0])).toBe('Esc/? close  q quit');
	});
});

describe('clip', () => {
	it('cuts a line of segments to the width, keeping each segment\'s style', () => {
		const line = clip([{text: 'linimasa '}, {text: 'Meutya Hafid', style: theme.heading}, {text: ' rest'}], 14);
		expect(line).toEqual([{text: 'linimasa '}, {text: 'Meut…', style: theme.heading}]);
	});

	it('keeps what fits whole and drops what is past the width', () => {
		expect(clip([{text: 'ab'}, {text: 'cd'}], 4)).toEqual([{text: 'ab'}, {text: 'cd'}]);
		expect(clip([{text: 'ab'}, {text: 'cd'}], 2)).toEqual([{text: 'ab'}]);
		expect(clip([{text: 'ab'}], 0)).toEqual([]);
	});

	it('never exceeds the width with wide characters', () => {
		for (let width = 1; width <= 14; width++) {
			const line = clip([{text: 'ab'}, {text: '农生文', style: theme.filter}, {text: '🌊🌊'}], width);
			expect([width, widthOf(lineText(line)) <= width]).toEqual([width, true]);
		}
	});
});

describe('counts in the header', () => {
	it('say "1 quote", not "1 quotes"', async () => {
		const {count} = await import('../../src/model/count.js');
		expect(count(1, 'quote')).toBe('1 quote');
		expect(count(4, 'quote')).toBe('4 quotes');
		expect(count(1, 'entity', 'entities')).toBe('1 entity');
		expect(count(19, 'entity', 'entities')).toBe('19 entities');
	});
});
