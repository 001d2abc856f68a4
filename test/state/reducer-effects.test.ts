import {describe, expect, it} from 'vitest';
import {helpLineCount} from '../../src/state/reducer.js';
import {detailItems} from '../../src/state/detail.js';
import {keyContext, modeOf} from '../../src/state/selectors.js';
import type {State} from '../../src/state/state.js';
import {helpLines} from '../../src/ui/panes/help-lines.js';
import {stringsFor} from '../../src/state/strings/index.js';
import {effectsOf, embedded, run, runWithEffects, second, start} from './drive.js';

const quoteText = (id: string) => embedded.story.quoteById(id)!.text;
/** As `y` copies it: every embedded quote ends in the comma that leads into its attribution. */
const copied = (id: string) => quoteText(id).replace(/,$/, '.');

describe('copying a quote', () => {
	it('y on the first event copies its quote as it reads standing alone: the attribution\'s comma a full stop', () => {
		expect(quoteText('q-infrastructure')).toMatch(/^Kerja sama di bidang infrastruktur digital .* teknologi 4G dan 5G,$/);
		expect(effectsOf(start(embedded), embedded, 'quote.copy')).toEqual([{kind: 'copy', text: copied('q-infrastructure'), quote: {speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: false}}]);
	});

	it('Y copies a citation: who said it, the title the article gives them, the day said, the outlet and its day', () => {
		expect(effectsOf(start(embedded), embedded, 'quote.copyAttributed')).toEqual([{
			kind: 'copy',
			text:
				'“Kerja sama di bidang infrastruktur digital antara Indonesia dan Tiongkok menjadi yang terbesar di antara kerja sama dengan negara lainnya. ' +
				'Hal ini telah mendukung konektivitas hingga ke pelosok Indonesia melalui teknologi 4G dan 5G.”\n' +
				'— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025)',
			quote: {speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: true},
		}]);
		// On the 2030 target, the quote about it is dated when she said it: at the 25 March meeting.
		const target = runWithEffects(start(embedded), embedded, 'cursor.last', 'quote.copyAttributed');
		expect(target.state.detail.ref).toEqual({kind: 'event', id: 'talent-target-2030'});
		expect(target.effects).toMatchObject([{
			text: `“${quoteText('q-talent-target').replace(/,$/, '.')}”\n— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025)`,
		}]);
		// In English, the title is the dataset's English one and the months are English.
		const english = effectsOf(start(embedded), embedded, 'language.next', 'quote.copyAttributed');
		expect(english).toMatchObject([{text: expect.stringMatching(/\n— Meutya Hafid, Minister of Communication and Digital Affairs of Indonesia, 25 Mar 2025 \(Koran Jakarta, 26 Mar 2025\)$/)}]);
		// A quote whose occasion the article does not give is dated by the publication day: inferred.
		const boats = second.story.quoteById('q-boats')!;
		expect(boats.event).toBeNull();
		const flood = effectsOf(start(second), second, 'cursor.down', 'quote.copyAttributed');
		expect(flood).toEqual([{
			kind: 'copy',
			text: `“${boats.text.replace(/,$/, '.')}”\n— Endro Pudyo Martanto, Kepala BPBD Kota Semarang, 6 Feb 2025 [tanggal disimpulkan] (Suara Pantura, 6 Feb 2025)`,
			quote: {speaker: 'Endro Pudyo Martanto', opening: 'Kami siagakan 12 perahu…', attributed: true},
		}]);
	});

	it('Y says a day said that is inferred is inferred, in the explorer\'s language, so it is not pasted as fact', () => {
		// The third event, the release of the officers, is dated from "Saat ini": inferred.
		const posts = effectsOf(start(embedded), embedded, 'cursor.down', 'cursor.down', 'quote.copyAttributed');
		expect(posts).toMatchObject([{text: `“${copied('q-posts-staff')}”\n— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 [tanggal disimpulkan] (Koran Jakarta, 26 Mar 2025)`}]);
		const english = effectsOf(start(embedded, {lang: 'en'}), embedded, 'cursor.down', 'cursor.down', 'quote.copyAttributed');
		expect(english).toMatchObject([{text: expect.stringMatching(/\n— Meutya Hafid, Minister of Communication and Digital Affairs of Indonesia, 25 Mar 2025 \[date inferred\] \(Koran Jakarta, 26 Mar 2025\)$/)}]);
	});

	it('picks the quote highlighted in the detail pane first', () => {
		// Meutya Hafid's items: 4 events, then her quotes in timeline order.
		const meutya = run(start(embedded), embedded, 'focus.next', 'selection.open');
		const items = detailItems(embedded, meutya.detail.ref);
		const secondQuote = items.findIndex((item) => item.section === 'quotes') + 1;
		expect(items[secondQuote]).toMatchObject({section: 'quotes', ref: {id: 'q-talent-target'}});
		const effects = effectsOf(meutya, embedded, ...Array<'cursor.down'>(secondQuote).fill('cursor.down'), 'quote.copy');
		expect(effects).toMatchObject([{kind: 'copy', text: copied('q-talent-target')}]);
	});

	it('then the quote the detail pane shows', () => {
		const meeting = run(start(embedded), embedded, 'selection.open');
		const at = detailItems(embedded, meeting.detail.ref).findIndex((item) => item.section === 'quotes');
		const quote = run(meeting, embedded, ...Array<'cursor.down'>(at).fill('cursor.down'), 'selection.open');
		expect(quote.detail.ref).toEqual({kind: 'quote', id: 'q-infrastructure'});
		expect(effectsOf(quote, embedded, 'quote.copy')).toMatchObject([{text: copied('q-infrastructure')}]);
	});

	it('then the first quote of the event or entity shown', () => {
		const centre = effectsOf(start(embedded), embedded, 'cursor.down', 'quote.copy');
		expect(centre).toEqual([{kind: 'copy', text: copied('q-ai-centre'), quote: {speaker: 'Nong Shengwen', opening: 'Kami berharap dapat membangun…', attributed: false}}]);
		// An entity's quotes run in timeline order: the 25 March meeting's comes first.
		const meutya = effectsOf(start(embedded), embedded, 'focus.next', 'quote.copy');
		expect(meutya).toMatchObject([{text: copied('q-infrastructure')}]);
		// In the detail pane with an event highlighted, the entity's first quote still counts.
		const highlighted = effectsOf(start(embedded), embedded, 'focus.next', 'selection.open', 'cursor.last', 'quote.copy');
		expect(highlighted).toMatchObject([{text: copied('q-infrastructure')}]);
	});

	it('warns when there is no quote to copy', () => {
		const publication = run(start(embedded), embedded, 'cursor.down', 'cursor.down', 'cursor.down');
		expect(publication.detail.ref).toEqual({kind: 'event', id: 'publication'});
		for (const command of ['quote.copy', 'quote.copyAttributed'] as const) {
			const {state, effects} = runWithEffects(publication, embedded, command);
			expect(effects).toEqual([]);
			expect(state.status).toEqual({text: 'Tidak ada kutipan di sini untuk disalin', tone: 'warning'});
		}
	});

	it('effect.done shows a finished copy\'s outcome, and asks for nothing more', () => {
		const copying = run(start(embedded), embedded, 'quote.copy');
		const done = runWithEffects(copying, embedded, {type: 'effect.done', status: {text: 'Copied', tone: 'success'}});
		expect(done.effects).toEqual([]);
		expect(done.state.status).toEqual({text: 'Copied', tone: 'success'});
		const quiet = runWithEffects({...copying, status: {text: 'before', tone: 'info'}}, embedded, {type: 'effect.done'});
		expect(quiet.effects).toEqual([]);
		expect(quiet.state.status).toEqual({text: 'before', tone: 'info'});
	});

	it('a second copy before the first is done is a second effect: none is lost', () => {
		const effects = effectsOf(start(embedded), embedded, 'quote.copy', 'quote.copyAttributed', 'cursor.down', 'quote.copy');
		expect(effects.map((effect) => effect.kind === 'copy' && effect.quote)).toEqual([
			{speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: false},
			{speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: true},
			{speaker: 'Nong Shengwen', opening: 'Kami berharap dapat membangun…', attributed: false},
		]);
		// A copy then a quit: both, in that order.
		expect(effectsOf(start(embedded), embedded, 'quote.copy', 'app.quit').map((effect) => effect.kind)).toEqual(['copy', 'quit']);
	});

	it('a new command replaces the last message', () => {
		const warned = run(start(embedded), embedded, 'filter.toggle');
		expect(warned.status?.tone).toBe('warning');
		expect(run(warned, embedded, 'cursor.down').status).toBeNull();
	});
});

describe('language, help and quitting', () => {
	it('l cycles through the story\'s languages and says which', () => {
		const english = run(start(embedded), embedded, 'language.next');
		expect(english.lang).toBe('en');
		expect(english.status).toEqual({text: 'Language: English', tone: 'info'});
		const back = run(english, embedded, 'language.next');
		expect(back.lang).toBe('id');
		expect(back.status).toEqual({text: 'Bahasa: Indonesia', tone: 'info'});
	});

	it('? opens the help at its top, j/k scroll it within its lines, Esc closes it', () => {
		const help = run(start(embedded), embedded, 'help.open');
		expect(help.help).toEqual({top: 0});
		expect(modeOf(help)).toBe('help');
		// 72 lines in 30 rows at 120×36: the last top is 42.
		expect(helpLineCount(120, 'id')).toBe(helpLines(120, stringsFor('id')).length);
		const maxTop = helpLineCount(120, 'id') - help.layout.helpRows;
		expect(maxTop).toBe(42);
		expect(run(help, embedded, 'cursor.up').help).toEqual({top: 0});
		expect(run(help, embedded, 'cursor.down', 'cursor.down').help).toEqual({top: 2});
		expect(run(help, embedded, ...Array<'cursor.down'>(maxTop + 5).fill('cursor.down')).help).toEqual({top: maxTop});
		// A page is a screen less a line of context.
		expect(run(help, embedded, 'cursor.pageDown').help).toEqual({top: help.layout.helpRows - 1});
		expect(run(help, embedded, 'cursor.pageDown', 'cursor.pageDown').help).toEqual({top: maxTop});
		expect(run(help, embedded, 'cursor.last', 'cursor.pageUp').help).toEqual({top: maxTop - (help.layout.helpRows - 1)});
		expect(run(help, embedded, 'cursor.last', 'cursor.pageUp', 'cursor.pageUp').help).toEqual({top: 0});
		// Scrolling the help moves nothing else.
		expect(run(help, embedded, 'cursor.down').timeline).toEqual(help.timeline);
		const closed = run(help, embedded, 'cursor.down', 'help.close');
		expect(closed.help).toBeNull();
		expect(closed).toEqual({...help, help: null});
	});

	it('the help does not scroll when it fits', () => {
		const tall = run(start(embedded, {columns: 120, rows: 80}), embedded, 'help.open', 'cursor.down', 'cursor.last');
		expect(tall.help).toEqual({top: 0});
	});

	it('q leaves a quit for the edge to do', () => {
		const {state, effects} = runWithEffects(start(embedded), embedded, 'app.quit');
		expect(effects).toEqual([{kind: 'quit'}]);
		expect(state).toEqual(start(embedded));
	});
});

describe('resizing', () => {
	const resize = (columns: number, rows: number) => ({type: 'resize', columns, rows}) as const;

	it('switches between the wide and the narrow layout at 100 columns', () => {
		const state = start(embedded);
		expect(state.layout.mode).toBe('wide');
		expect(run(state, embedded, resize(100, 30)).layout.mode).toBe('wide');
		expect(run(state, embedded, resize(99, 30)).layout.mode).toBe('narrow');
		expect(run(state, embedded, resize(99, 30), resize(100, 30)).layout.mode).toBe('wide');
	});

	it('re-clamps the lists\' windows so their cursors stay on screen, and scrolls back when it grows', () => {
		const big = run(start(embedded), embedded, 'cursor.last', 'focus.next', 'cursor.last');
		expect(big.timeline).toEqual({index: 7, top: 0});
		expect(big.entities).toEqual({index: 18, top: 8});
		const small = run(big, embedded, resize(60, 16));
		expect(small.timeline).toEqual({index: 7, top: 5});
		expect(small.entities).toEqual({index: 18, top: 14});
		const grown = run(small, embedded, resize(120, 36));
		expect(grown.timeline).toEqual({index: 7, top: 0});
		expect(grown.entities).toEqual({index: 18, top: 8});
		expect(grown.detail).toEqual(big.detail);
	});

	it('re-clamps the finder\'s cursor and the help\'s top', () => {
		const deep = run(start(embedded), embedded, 'finder.open', ...Array<'finder.down'>(18).fill('finder.down'));
		expect(deep.finder?.cursor).toEqual({index: 18, top: 0});
		expect(run(deep, embedded, resize(60, 16)).finder?.cursor).toEqual({index: 18, top: 15});
		const help = run(start(embedded), embedded, 'help.open', 'cursor.last');
		expect(help.help).toEqual({top: 42});
		expect(run(help, embedded, resize(120, 80)).help).toEqual({top: 0});
	});

	it('below 60×16 the screen is too small and only quitting works', () => {
		for (const [columns, rows] of [[59, 16], [60, 15]] as const) {
			const state: State = run(start(embedded), embedded, resize(columns, rows));
			expect(state.layout.tooSmall).toBe(true);
			expect(keyContext(state, embedded).mode).toBe('tooSmall');
		}
		const fits = run(start(embedded), embedded, resize(60, 16));
		expect(fits.layout.tooSmall).toBe(false);
		expect(keyContext(fits, embedded).mode).toBe('browse');
		// An overlay open when the terminal shrinks is still there when it grows back.
		const help = run(start(embedded), embedded, 'help.open', resize(50, 10));
		expect(modeOf(help)).toBe('tooSmall');
		expect(modeOf(run(help, embedded, resize(120, 36)))).toBe('help');
	});
});
