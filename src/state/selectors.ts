/** What the views and the keymap read from the state: derived, never stored. */
import type {KeyContext, Mode} from '../keys/keymap.js';
import type {ArticleInfo, EventList} from '../model/catalog.js';
import type {Entity, Event, Quote} from '../model/schema.js';
import {matchShownWithLabel, type MatchedText, type SearchGroup} from '../model/search.js';
import type {SearchKind} from '../model/search-entries.js';
import type {ExplorerData} from './data.js';
import {detailItems, type DetailItem} from './detail.js';
import {itemShows} from './detail-window.js';
import {otherLanguageOf} from './match-language.js';
import type {Ref, State} from './state.js';

/** Which bindings exist now: the smallest screen first, then overlays, then browsing. */
export function modeOf(state: State): Mode {
	if (state.layout.tooSmall) return 'tooSmall';
	if (state.help) return 'help';
	if (state.reader) return state.reader.prompt === null ? 'reader' : 'readerSearch';
	if (state.finder) return 'finder';
	return 'browse';
}

/** The events the timeline shows (all, the filter entity's, or the filter source's). */
export function visibleEvents(state: State, data: ExplorerData): EventList {
	return data.eventsInView(state.filter, state.sourceFilter);
}

/** Where an event is in the timeline as filtered now, or −1. */
export function positionInView(state: State, data: ExplorerData, eventId: string): number {
	return data.indexInView(state.filter, eventId, state.sourceFilter);
}

/** The article under the sources list's cursor. */
export function selectedSource(state: State, data: ExplorerData): ArticleInfo | undefined {
	return data.story.articles.at(state.sources.index);
}

/** The source `f` would filter by: the one under the focused sources list's cursor, else the one shown in detail. */
export function sourceFilterCandidate(state: State, data: ExplorerData): ArticleInfo | undefined {
	if (state.focus === 'sources') return selectedSource(state, data);
	const ref = state.detail.ref;
	return state.focus === 'detail' && ref?.kind === 'source' ? data.story.articleById(ref.id) : undefined;
}

/** The event under the timeline's cursor. */
export function selectedEvent(state: State, data: ExplorerData): Event | undefined {
	return visibleEvents(state, data).at(state.timeline.index);
}

/** The entity under the entity pane's cursor. */
export function selectedEntity(state: State, data: ExplorerData): Entity | undefined {
	return data.entityOrder.at(state.entities.index);
}

/** A finder row: a kind's heading with its count, or a record and, for a query, where it matched. */
export type FinderRow =
	| {readonly type: 'group'; readonly kind: SearchKind; readonly total: number}
	| {readonly type: 'match'; readonly kind: SearchKind; readonly ref: Ref; readonly matched: MatchedText | null; readonly labelMatched?: MatchedText};

/** The finder's rows, read by index. */
export interface FinderRows {
	readonly length: number;
	at(index: number): FinderRow | undefined;
}

// Per list of groups, its rows for each language and query the screen has shown them with.
const groupedRows = new WeakMap<readonly SearchGroup[], Map<string, FinderRows>>();

/** The id of the record at a position of a kind's searched list (catalog.searchColumns). */
function refAt(data: ExplorerData, kind: SearchKind, position: number): Ref | undefined {
	const {story} = data;
	const id = kind === 'entity' ? story.entities.idAt(position) : kind === 'event' ? story.events.idAt(position) : story.quotes.idAt(position);
	return id === undefined ? undefined : {kind, id};
}

/** Groups as rows: each kind's heading, then its matches, each showing a text in `lang` where one matched. */
function rowsOfGroups(data: ExplorerData, groups: readonly SearchGroup[], lang: string, query: string): FinderRows {
	let byLanguage = groupedRows.get(groups);
	if (!byLanguage) groupedRows.set(groups, (byLanguage = new Map()));
	// The query too: the last results stay on screen while the next query's are searched, and what a row shows beside its label depends on the words typed.
	const key = `${lang}\u0000${query}`;
	let rows = byLanguage.get(key);
	if (!rows) {
		const starts: number[] = [];
		let length = 0;
		for (const group of groups) {
			starts.push(length);
			length += 1 + group.matches.length;
		}
		rows = {
			length,
			at(index) {
				if (!(index >= 0 && index < length)) return undefined;
				let g = starts.length - 1;
				while (starts[g]! > index) g--;
				const group = groups[g]!;
				const k = index - starts[g]!;
				if (k === 0) return {type: 'group', kind: group.kind, total: group.total};
				const match = group.matches[k - 1]!;
				const ref = refAt(data, match.kind, match.position);
				if (!ref) return undefined;
				const {matched, labelMatched} = matchShownWithLabel(match, otherLanguageOf(data.story, ref, lang), query);
				return {type: 'match', kind: match.kind, ref, matched, ...(labelMatched ? {labelMatched} : {})};
			},
		};
		byLanguage.set(key, rows);
	}
	return rows;
}

/** The finder's rows: every entity in list order for an empty query, else each kind's heading and ranked matches. */
export function finderRows(state: State, data: ExplorerData): FinderRows {
	const query = state.finder?.query.trim() ?? '';
	if (query === '') {
		// A view over entityOrder rather than a copy: with 100k entities the finder opens at once.
		return {length: data.entityOrder.length, at: (index) => {
			const entity = data.entityOrder.at(index);
			return entity && {type: 'match', kind: 'entity', ref: {kind: 'entity', id: entity.id}, matched: null};
		}};
	}
	return rowsOfGroups(data, data.shown(query), state.lang, query);
}

/** The finder row under its cursor, when it is a record. */
export function finderSelection(state: State, data: ExplorerData): Extract<FinderRow, {type: 'match'}> | undefined {
	if (!state.finder) return undefined;
	const row = finderRows(state, data).at(state.finder.cursor.index);
	return row?.type === 'match' ? row : undefined;
}

/** What the detail pane shows: the finder's highlighted match while it is open, else the selection. */
export function detailRef(state: State, data: ExplorerData): Ref | null {
	const row = finderSelection(state, data);
	if (row) return row.ref;
	// A query that matches nothing shows nothing, not what was selected before the finder opened.
	if (state.finder && state.finder.query.trim() !== '') return null;
	return state.detail.ref;
}

/**
 * The detail item under the detail cursor, when the detail pane has focus and the item shows: a
 * record opens at its top, its first item maybe below, and a key acts on what the reader sees
 * (a, f, y then act on the record itself).
 */
export function focusedDetailItem(state: State, data: ExplorerData): DetailItem | undefined {
	if (state.focus !== 'detail' || detailCursorHidden(state, data)) return undefined;
	return detailItems(data, state.detail.ref)[state.detail.cursor];
}

/** Whether the detail pane has focus with its cursor on an item out of sight (Enter brings it in). */
export function detailCursorHidden(state: State, data: ExplorerData): boolean {
	if (state.focus !== 'detail') return false;
	const {ref, cursor, top} = state.detail;
	const geometry = data.detailGeometry(ref, state.lang, state.layout.detail.width, state.sourceFilter);
	return cursor < geometry.items && !itemShows(geometry.itemLines(cursor), top, state.layout.detailRows);
}

/** The entity `f` would filter by: the focused detail item's, else the entity shown in detail. */
export function filterCandidate(state: State, data: ExplorerData): Entity | undefined {
	const item = focusedDetailItem(state, data);
	const ref = item && item.section === 'entities' ? item.ref : state.detail.ref;
	return ref?.kind === 'entity' ? data.story.entityById(ref.id) : undefined;
}

/** A quote to copy, and its place among the quotes it was picked from when there were several. */
export interface QuoteChoice {
	readonly quote: Quote;
	readonly position?: {readonly number: number; readonly of: number};
}

/**
 * The quote `y` copies: the one highlighted in the detail pane, else the quote shown there, else
 * the first quote of the event or entity shown there (with its place among them, when it has several).
 */
export function quoteChoice(state: State, data: ExplorerData): QuoteChoice | undefined {
	const {story} = data;
	const item = focusedDetailItem(state, data);
	const chosen = (quote: Quote | undefined) => quote && {quote};
	if (item?.section === 'quotes') return chosen(story.quoteById(item.ref.id));
	const ref = state.detail.ref;
	if (!ref || ref.kind === 'source') return undefined;
	if (ref.kind === 'quote') return chosen(story.quoteById(ref.id));
	const quotes = ref.kind === 'event' ? story.quotesAt(ref.id) : story.quotesOf(ref.id);
	const first = quotes.at(0);
	if (!first) return undefined;
	return quotes.length > 1 ? {quote: first, position: {number: 1, of: quotes.length}} : {quote: first};
}

/** The quote `y` copies (see quoteChoice). */
export function quoteToCopy(state: State, data: ExplorerData): Quote | undefined {
	return quoteChoice(state, data)?.quote;
}

/** The context the keymap's bindings are enabled by. */
export function keyContext(state: State, data: ExplorerData): KeyContext {
	const item = focusedDetailItem(state, data);
	// In the detail pane, every item opens but a claim: a record in the pane, evidence in the reader;
	// an item out of sight is first brought into view.
	const canOpen = state.focus === 'detail' ? detailCursorHidden(state, data) || (item !== undefined && item.section !== 'claims') : state.detail.ref !== null;
	return {
		mode: modeOf(state),
		focus: state.focus,
		filterActive: state.filter !== null || state.sourceFilter !== null,
		canFilter: filterCandidate(state, data) !== undefined || sourceFilterCandidate(state, data) !== undefined,
		quoteAvailable: quoteToCopy(state, data) !== undefined,
		canGoBack: state.detail.back.length > 0,
		canOpen,
		languageCount: data.story.languages.length,
		sourceCount: data.story.articles.length,
		readerTargets: state.reader !== null && (state.reader.search !== null || state.reader.anchors.length > 0),
	};
}
