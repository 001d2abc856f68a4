/**
 * The one reducer: every change to the explorer's state happens here, as a pure function of the
 * state, an action and the story's data. Work with side effects (copying, quitting) is only
 * decided here: each update returns it as a list of effects, in order, for the edge to do.
 */
import type {Command} from '../keys/commands.js';
import {keysFor} from '../keys/keymap.js';
import {sanitizeInline} from '../model/sanitize.js';
import {idsOf, speakerName, type ArticleInfo} from '../model/catalog.js';
import type {Entity} from '../model/schema.js';
import {citation, standaloneQuotation} from '../model/citation.js';
import {saidWhen} from '../model/occasion.js';
import {firstDay} from '../model/dates.js';
import type {EventSpans} from '../model/timeline.js';
import type {Action} from './actions.js';
import {clampCursor, cursorAt} from './cursor.js';
import type {ExplorerData} from './data.js';
import {isFollowable} from './detail.js';
import {clampDetailTop, moveDetail, revealCursor, type CursorMove} from './detail-window.js';
import {calculateLayout} from './layout.js';
import {openReader, readerCommand, resizeReader, typeIntoReader} from './reader.js';
import {detailCursorHidden, filterCandidate, finderRows, finderSelection, focusedDetailItem, modeOf, positionInView, quoteChoice, selectedEntity, selectedEvent, selectedSource, sourceFilterCandidate, visibleEvents} from './selectors.js';
import {START, type Effect, type ListCursor, type Pane, type Ref, type State, type Status} from './state.js';
import {counted, languageName, stringsFor} from './strings/index.js';
import {withoutLastWord} from '../text/words.js';
import {helpText} from './help-text.js';

const PANES: readonly Pane[] = ['timeline', 'entities', 'detail'];
/** With several sources, their list is a pane of its own, after the entities. */
const PANES_WITH_SOURCES: readonly Pane[] = ['timeline', 'entities', 'sources', 'detail'];
const panesOf = (data: ExplorerData) => (data.story.articles.length > 1 ? PANES_WITH_SOURCES : PANES);

const info = (text: string): Status => ({text, tone: 'info'});
const warning = (text: string): Status => ({text, tone: 'warning'});

/** The number of lines the help overlay has on a screen `columns` wide, in `lang` (help-text.ts). */
export function helpLineCount(columns: number, lang: string): number {
	return helpText(columns, stringsFor(lang)).rows.length;
}

/** Show a record in the detail pane afresh (no back history): what the lists do as they move. */
function showInDetail(state: State, ref: Ref | null): State {
	return {...state, detail: {ref, cursor: 0, top: 0, back: []}};
}

function listSelectionRef(state: State, data: ExplorerData, pane: 'timeline' | 'entities' | 'sources'): Ref | null {
	if (pane === 'timeline') {
		const event = selectedEvent(state, data);
		return event ? {kind: 'event', id: event.id} : null;
	}
	if (pane === 'sources') {
		const source = selectedSource(state, data);
		return source ? {kind: 'source', id: source.id} : null;
	}
	const entity = selectedEntity(state, data);
	return entity ? {kind: 'entity', id: entity.id} : null;
}

/** Where a list's (or the help's) cursor goes for a move: from `at`, in a list of `length`, `page` rows a screen. */
const TARGETS: Record<CursorMove, (at: number, length: number, page: number) => number> = {
	'cursor.down': (at) => at + 1,
	'cursor.up': (at) => at - 1,
	'cursor.first': () => 0,
	'cursor.last': (_at, length) => length - 1,
	'cursor.pageDown': (at, _length, page) => at + Math.max(1, page - 1),
	'cursor.pageUp': (at, _length, page) => at - Math.max(1, page - 1),
};

function moveBy(state: State, data: ExplorerData, move: CursorMove): State {
	const {layout} = state;
	const target = TARGETS[move];
	if (state.help) {
		const lines = helpLineCount(layout.columns, state.lang);
		const top = Math.max(0, Math.min(lines - layout.helpRows, target(state.help.top, lines, layout.helpRows)));
		return {...state, help: {top}};
	}
	switch (state.focus) {
		case 'timeline': {
			const length = visibleEvents(state, data).length;
			const timeline = cursorAt(state.timeline, target(state.timeline.index, length, layout.timelineRows), length, layout.timelineRows);
			const moved = {...state, timeline};
			return showInDetail(moved, listSelectionRef(moved, data, 'timeline'));
		}
		case 'entities': {
			const length = data.entityOrder.length;
			const entities = cursorAt(state.entities, target(state.entities.index, length, layout.entityRows), length, layout.entityRows);
			const moved = {...state, entities};
			return showInDetail(moved, listSelectionRef(moved, data, 'entities'));
		}
		case 'sources': {
			const length = data.story.articles.length;
			const sources = cursorAt(state.sources, target(state.sources.index, length, layout.sourceRows), length, layout.sourceRows);
			const moved = {...state, sources};
			return showInDetail(moved, listSelectionRef(moved, data, 'sources'));
		}
		case 'detail': {
			const geometry = data.detailGeometry(state.detail.ref, state.lang, layout.detail.width, state.sourceFilter);
			return {...state, detail: {...state.detail, ...moveDetail(state.detail, move, geometry, layout.detailRows)}};
		}
	}
}

function focusPane(state: State, data: ExplorerData, pane: Pane): State {
	if (pane === 'detail') return {...state, focus: 'detail'};
	const lower = pane === 'timeline' ? state.lower : pane;
	return showInDetail({...state, focus: pane, list: pane, lower}, listSelectionRef(state, data, pane));
}

/** Put the lists' cursors on a record the detail pane now shows, where the lists hold it. */
function syncLists(state: State, data: ExplorerData, ref: Ref): State {
	const {layout} = state;
	if (ref.kind === 'entity') {
		const position = data.story.entityOrderPosition(ref.id);
		if (position === undefined) return state;
		return {...state, entities: cursorAt(state.entities, position, data.entityOrder.length, layout.entityRows)};
	}
	if (ref.kind === 'event') {
		const position = positionInView(state, data, ref.id);
		if (position < 0) return state;
		return {...state, timeline: cursorAt(state.timeline, position, visibleEvents(state, data).length, layout.timelineRows)};
	}
	if (ref.kind === 'source') {
		const position = idsOf(data.story.articles).indexOf(ref.id);
		if (position < 0) return state;
		return {...state, sources: cursorAt(state.sources, position, data.story.articles.length, layout.sourceRows)};
	}
	return state;
}

function follow(state: State, data: ExplorerData, ref: Ref): State {
	const {detail} = state;
	const back = detail.ref ? [...detail.back, {ref: detail.ref, cursor: detail.cursor, top: detail.top}] : detail.back;
	// What is followed opens at its top: its heading and its own words first.
	return syncLists({...state, detail: {ref, cursor: 0, top: 0, back}}, data, ref);
}

function open(state: State, data: ExplorerData): State {
	if (state.focus !== 'detail') return state.detail.ref ? {...state, focus: 'detail'} : state;
	const {layout} = state;
	const shown = revealCursor(state.detail, data.detailGeometry(state.detail.ref, state.lang, layout.detail.width, state.sourceFilter), layout.detailRows);
	if (shown) return {...state, detail: {...state.detail, ...shown}};
	const item = focusedDetailItem(state, data);
	if (!item) return state;
	// Evidence is a place in the article: Enter reads it there.
	if (item.section === 'evidence') return openReader(state, data);
	if (!isFollowable(item)) return state;
	return follow(state, data, item.ref);
}

function goBack(state: State, data: ExplorerData): State {
	const previous = state.detail.back.at(-1);
	if (!previous) return state;
	const restored = {...state, detail: {...previous, back: state.detail.back.slice(0, -1)}};
	// Its item was followed, so it showed; the window was saved at the size and language of then.
	return syncLists({...restored, detail: refitDetail(restored, data, true)}, data, previous.ref);
}

/** The timeline cursor after its list changed, kept on the same event when it is still there. */
function timelineKeeping(state: State, data: ExplorerData, eventId: string | undefined, day?: number): ListCursor {
	const position = eventId === undefined ? -1 : positionInView(state, data, eventId);
	const events = visibleEvents(state, data);
	// Not in the new view: its nearest day there, so a filter does not send the reader to the first
	// event of years of them (the timeline is in order of first days).
	const at = position >= 0 ? position : day === undefined ? 0 : nearestDay(events, day);
	return cursorAt(START, at, events.length, state.layout.timelineRows);
}

/** The event of `events` (in timeline order) whose first day is nearest `day`, the earlier of two as near. */
function nearestDay(events: EventSpans, day: number): number {
	let low = 0;
	let high = events.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (events.firstDay(middle) < day) low = middle + 1;
		else high = middle;
	}
	// low: the first on or after `day` (or past the end); the one before it is the last before.
	if (low === 0) return 0;
	if (low === events.length) return events.length - 1;
	return day - events.firstDay(low - 1) <= events.firstDay(low) - day ? low - 1 : low;
}

/** The selected event's id and first day: where a change of filter keeps the timeline's cursor. */
function selectedPlace(state: State, data: ExplorerData): [string | undefined, number | undefined] {
	const event = selectedEvent(state, data);
	return [event?.id, event ? firstDay(event.start) : undefined];
}

/**
 * `f`: filter to the source or entity selected; on the one already filtered to, or with nothing
 * selected to filter by, clear the filter. Another one selected moves the filter to it, as a
 * reporter going through the sources one by one expects.
 */
function toggleFilter(state: State, data: ExplorerData): State {
	const filtered = state.filter !== null || state.sourceFilter !== null;
	const source = sourceFilterCandidate(state, data);
	const entity = source ? undefined : filterCandidate(state, data);
	if (filtered && (source ? source.id === state.sourceFilter : entity ? entity.id === state.filter : true)) return clearFilter(state, data);
	return source ? filterBySource(state, data, source) : filterByEntity(state, data, entity);
}

/** The timeline filtered to the events of one entity (in place of any filter; a warning keeps it). */
function filterByEntity(state: State, data: ExplorerData, entity: Entity | undefined): State {
	const words = stringsFor(state.lang);
	if (!entity) return {...state, status: warning(words.status.selectToFilter)};
	const events = data.eventsInView(entity.id).length;
	if (events === 0) return {...state, status: warning(words.status.inNoEvent(entity.name))};
	const [current, day] = selectedPlace(state, data);
	const filtered = {...state, filter: entity.id, sourceFilter: null};
	return {
		...filtered,
		timeline: timelineKeeping(filtered, data, current, day),
		status: info(words.status.filteredTo(entity.name, counted(words, events, 'event'))),
	};
}

/** The timeline filtered to the events one article reports (in place of any filter; a warning keeps it). */
function filterBySource(state: State, data: ExplorerData, source: ArticleInfo): State {
	const events = data.story.eventsFrom(source.id).length;
	const words = stringsFor(state.lang);
	if (events === 0) return {...state, status: warning(words.status.reportsNoEvent(source.outlet))};
	const [current, day] = selectedPlace(state, data);
	const filtered = {...state, sourceFilter: source.id, filter: null};
	return {...filtered, timeline: timelineKeeping(filtered, data, current, day), status: info(words.status.filteredTo(source.outlet, counted(words, events, 'event')))};
}

function clearFilter(state: State, data: ExplorerData): State {
	const [current, day] = selectedPlace(state, data);
	const cleared = {...state, filter: null, sourceFilter: null};
	return {...cleared, timeline: timelineKeeping(cleared, data, current, day), status: info(stringsFor(state.lang).status.filterCleared)};
}

/** How many words of a quote name it in a status line. */
const OPENING_WORDS = 4;

/** A quote's first words, to say which it is: "Kerja sama di bidang…". */
export function openingWords(text: string, words = OPENING_WORDS): string {
	const all = text.trim().split(/\s+/u);
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

function copyQuote(state: State, data: ExplorerData, attributed: boolean): Update {
	const choice = quoteChoice(state, data);
	const words = stringsFor(state.lang);
	if (!choice) return {state: {...state, status: warning(words.status.noQuote)}, effects: []};
	const {quote, position} = choice;
	const speaker = speakerName(data.story, quote);
	const text = attributed ? citation(data.story, quote, state.lang, words.citation) : standaloneQuotation(quote.text);
	// Named by its first words: an entity or event may have several, and `y` takes the first.
	return {state, effects: [{kind: 'copy', text, quote: {speaker, opening: openingWords(quote.text), attributed, ...(position ? {position} : {})}}]};
}

function nextLanguage(state: State, data: ExplorerData): State {
	const {languages} = data.story;
	if (languages.length <= 1) {
		const words = stringsFor(state.lang);
		return {...state, status: info(words.status.oneLanguage(languageName(words, languages[0] ?? state.lang)))};
	}
	const lang = languages[(languages.indexOf(state.lang) + 1) % languages.length] ?? state.lang;
	// Said in the language switched to: the whole screen now reads in it.
	const words = stringsFor(lang);
	const switched = {...state, lang, status: info(words.status.language(languageName(words, lang)))};
	// The detail pane's lines wrap anew in the other language.
	return {...switched, detail: refitDetail(switched, data, showsItsItem(state, data))};
}

/** The nearest record row from `index` on, in the direction of `step` (a kind's heading is skipped). */
function recordRowFrom(state: State, data: ExplorerData, index: number, step: 1 | -1): number | undefined {
	const rows = finderRows(state, data);
	for (let at = index; at >= 0 && at < rows.length; at += step) if (rows.at(at)?.type === 'match') return at;
	return undefined;
}

function moveFinder(state: State, data: ExplorerData, delta: number): State {
	if (!state.finder) return state;
	const length = finderRows(state, data).length;
	const step = delta < 0 ? -1 : 1;
	const wanted = Math.max(0, Math.min(length - 1, state.finder.cursor.index + delta));
	const index = recordRowFrom(state, data, wanted, step) ?? recordRowFrom(state, data, wanted, step === 1 ? -1 : 1) ?? state.finder.cursor.index;
	// A heading just above the first record of a group stays in view when moving up to it.
	const cursor = cursorAt(state.finder.cursor, index, length, state.layout.finderRows);
	const top = step === -1 && index - 1 < cursor.top && finderRows(state, data).at(index - 1)?.type === 'group' ? Math.max(0, index - 1) : cursor.top;
	return {...state, finder: {...state.finder, cursor: {...cursor, top}}};
}

/**
 * The query's results replace the last query's: the cursor goes to the first of them, as typing put
 * it. Keys that moved it over the last query's rows meanwhile moved it among records no longer
 * listed: kept at its row, it would stand on a record nobody chose.
 */
function showFound(state: State, data: ExplorerData): State {
	return state.finder ? setQuery(state, data, state.finder.query) : state;
}

function acceptFinder(given: State, data: ExplorerData): State {
	if (!given.finder) return given;
	let state = given;
	if (!data.found(given.finder.query)) {
		// Enter before the results of the last keys are in: they are found now, and the first taken.
		data.find(given.finder.query);
		state = setQuery(given, data, given.finder.query);
	}
	if (!state.finder) return state;
	const row = finderSelection(state, data);
	if (!row) return {...state, status: warning(stringsFor(state.lang).finder.nothingMatches(state.finder.query))};
	const {ref} = row;
	if (ref.kind === 'entity') {
		const closed: State = {...state, finder: null, focus: 'entities', list: 'entities'};
		return syncLists(showInDetail(closed, ref), data, ref);
	}
	if (ref.kind === 'event') {
		// An event the filter hides is shown on the whole timeline.
		const filter = state.filter !== null && data.indexInView(state.filter, ref.id) < 0 ? null : state.filter;
		const closed: State = {...state, finder: null, filter, focus: 'timeline', list: 'timeline'};
		return syncLists(showInDetail(closed, ref), data, ref);
	}
	// A quote's occasion gets the timeline's cursor, where the timeline shows it: Back then lands
	// there. Only an occasion that dates the quote (saidWhen): one after the article ran is what
	// the quote is about, not where it was said.
	const shown = showInDetail({...state, finder: null, focus: 'detail'}, ref);
	const quote = ref.kind === 'quote' ? data.story.quoteById(ref.id) : undefined;
	const occasion = quote ? saidWhen(data.story, quote).event?.id : undefined;
	return occasion ? syncLists(shown, data, {kind: 'event', id: occasion}) : shown;
}

function setQuery(state: State, data: ExplorerData, query: string): State {
	if (!state.finder) return state;
	const typed: State = {...state, finder: {query, cursor: START}};
	// The cursor starts on the first record, below its kind's heading.
	const first = recordRowFrom(typed, data, 0, 1) ?? 0;
	return {...typed, finder: {query, cursor: {index: first, top: 0}}};
}

/** The commands whose work is done at the edge: they give effects. */
type EffectCommand = 'quote.copy' | 'quote.copyAttributed' | 'app.quit';

function runCommand(state: State, command: Command, data: ExplorerData): Update {
	switch (command) {
		case 'quote.copy':
			return copyQuote(state, data, false);
		case 'quote.copyAttributed':
			return copyQuote(state, data, true);
		case 'app.quit':
			return {state, effects: [{kind: 'quit'}]};
		default:
			return {state: changeState(state, command, data), effects: []};
	}
}

/** A command that only changes the state. */
function changeState(state: State, command: Exclude<Command, EffectCommand>, data: ExplorerData): State {
	// The reader takes the keys it shares with the lists (scrolling) while it is open, under no overlay.
	const read = state.reader && !state.help ? readerCommand(state, command, data) : undefined;
	if (read) return read;
	switch (command) {
		case 'cursor.down':
		case 'cursor.up':
		case 'cursor.first':
		case 'cursor.last':
		case 'cursor.pageDown':
		case 'cursor.pageUp':
			return moveBy(state, data, command);
		case 'focus.next': {
			const panes = panesOf(data);
			return focusPane(state, data, panes[(panes.indexOf(state.focus) + 1) % panes.length]!);
		}
		case 'focus.previous': {
			const panes = panesOf(data);
			return focusPane(state, data, panes[(panes.indexOf(state.focus) + panes.length - 1) % panes.length]!);
		}
		case 'sources.show':
			return data.story.articles.length > 1 ? focusPane(state, data, 'sources') : {...state, status: info(stringsFor(state.lang).status.oneSource(data.story.article.outlet))};
		case 'selection.open':
			return open(state, data);
		case 'detail.back':
			return goBack(state, data);
		case 'reader.open':
			return openReader(state, data);
		case 'reader.next':
		case 'reader.previous':
		case 'reader.search':
		case 'reader.close':
		case 'readerSearch.accept':
		case 'readerSearch.cancel':
		case 'readerSearch.erase':
		case 'readerSearch.eraseWord':
		case 'readerSearch.clear':
			// Only while the reader is open (above).
			return state;
		case 'finder.open':
			return {...state, finder: {query: '', cursor: START}};
		case 'finder.down':
			return moveFinder(state, data, 1);
		case 'finder.up':
			return moveFinder(state, data, -1);
		// A page is the rows the finder shows, less one: the row at the edge stays in sight.
		case 'finder.pageDown':
			return moveFinder(state, data, Math.max(1, state.layout.finderRows - 1));
		case 'finder.pageUp':
			return moveFinder(state, data, -Math.max(1, state.layout.finderRows - 1));
		case 'finder.first':
			return moveFinder(state, data, -Infinity);
		case 'finder.last':
			return moveFinder(state, data, Infinity);
		case 'finder.accept':
			return acceptFinder(state, data);
		case 'finder.close':
			return {...state, finder: null};
		case 'finder.erase':
			return setQuery(state, data, Array.from(state.finder?.query ?? '').slice(0, -1).join(''));
		case 'finder.eraseWord':
			return setQuery(state, data, withoutLastWord(state.finder?.query ?? ''));
		case 'finder.clear':
			return setQuery(state, data, '');
		case 'filter.toggle':
			return toggleFilter(state, data);
		case 'filter.clear':
			return state.filter === null && state.sourceFilter === null ? state : clearFilter(state, data);
		case 'language.next':
			return nextLanguage(state, data);
		case 'help.open':
			return {...state, help: {top: 0}};
		case 'help.close':
			return {...state, help: null};
	}
}

function resize(state: State, data: ExplorerData, columns: number, rows: number): State {
	// Asked at the old width first: measuring is kept for one width at a time. A record as it opened
	// (at its top, on its first item) stays at its top: its head (a quotation, an event's account) is
	// what was being read. Once the reader moved, the selected item is what the keys act on: it stays in sight.
	const opened = state.detail.top === 0 && state.detail.cursor === 0;
	const showed = !opened && showsItsItem(state, data);
	const layout = calculateLayout(columns, rows, data.listWidth);
	const resized = {...state, layout};
	return {
		...resized,
		timeline: clampCursor(state.timeline, visibleEvents(state, data).length, layout.timelineRows),
		entities: clampCursor(state.entities, data.entityOrder.length, layout.entityRows),
		sources: clampCursor(state.sources, data.story.articles.length, layout.sourceRows),
		finder: state.finder && {...state.finder, cursor: clampCursor(state.finder.cursor, finderRows(state, data).length, layout.finderRows)},
		help: state.help && {top: Math.max(0, Math.min(state.help.top, helpLineCount(layout.columns, state.lang) - layout.helpRows))},
		detail: refitDetail(resized, data, showed),
		reader: resizeReader(resized, data),
	};
}

/**
 * The detail pane fitted to the state's layout and language, after either changed or a window
 * was restored: scrolled within its content, and its selected item brought into sight when
 * `keepInSight` (it showed before: the keys act on what shows).
 */
function refitDetail(state: State, data: ExplorerData, keepInSight: boolean): State['detail'] {
	const {detail, layout} = state;
	const geometry = data.detailGeometry(detail.ref, state.lang, layout.detail.width, state.sourceFilter);
	const window = {cursor: detail.cursor, top: clampDetailTop(detail.top, geometry.total, layout.detailRows)};
	const kept = keepInSight ? revealCursor(window, geometry, layout.detailRows) : undefined;
	return {...detail, ...(kept ?? window)};
}

/** Whether the detail pane has focus on an item that shows (asked before a change that moves lines). */
const showsItsItem = (state: State, data: ExplorerData) => state.focus === 'detail' && !detailCursorHidden(state, data);

/** Text typed or pasted into the finder's query: one line, no controls. */
function typeIntoFinder(state: State, data: ExplorerData, typed: string): State {
	const text = sanitizeInline(typed);
	return text === '' ? state : setQuery(state, data, (state.finder?.query ?? '') + text);
}

/** Text typed or pasted into the reader's search, made safe as the finder's is. */
function typeIntoSearch(state: State, typed: string): State {
	const text = sanitizeInline(typed);
	return text === '' ? state : typeIntoReader(state, text);
}

/** Pasted text goes into the prompt that is open (the finder's query, the reader's search); elsewhere it does nothing. */
function paste(state: State, data: ExplorerData, text: string): State {
	const mode = modeOf(state);
	if (mode === 'finder') return typeIntoFinder(state, data, text);
	if (mode === 'readerSearch') return typeIntoSearch(state, text);
	// Never read as keys: pasted words would run commands.
	const {pasteIgnored} = stringsFor(state.lang).status;
	const message = mode === 'reader' ? pasteIgnored('search', keysFor('reader.search', 'reader')) : pasteIgnored('finder', keysFor('finder.open'));
	return {...state, status: info(message)};
}

/** What an action gives: the next state, and the work for the edge to do, in order. */
export interface Update {
	readonly state: State;
	readonly effects: readonly Effect[];
}

const only = (state: State): Update => ({state, effects: []});

/** The next state and the effects it asks for. */
export function update(state: State, action: Action, data: ExplorerData): Update {
	switch (action.type) {
		case 'command':
			// A new command replaces the last message, so the status line never goes stale.
			return runCommand({...state, status: null}, action.command, data);
		case 'finder.type':
			return only(typeIntoFinder(state, data, action.text));
		case 'reader.type':
			return only(typeIntoSearch(state, action.text));
		case 'paste':
			return only(paste({...state, status: null}, data, action.text));
		case 'resize':
			return only(resize(state, data, action.columns, action.rows));
		case 'finder.found':
			return only(showFound(state, data));
		case 'effect.done':
			return only({...state, status: action.status ?? state.status});
	}
}
