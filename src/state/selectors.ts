/** What the views and the keymap read from the state: derived, never stored. */
import type {KeyContext, Mode} from '../keys/keymap.js';
import type {EventList} from '../model/catalog.js';
import type {Entity, Event, Quote} from '../model/schema.js';
import type {EntityMatch} from '../model/search.js';
import type {ExplorerData} from './data.js';
import {detailItems, type DetailItem} from './detail.js';
import type {Ref, State} from './state.js';

/** Which bindings exist now: the smallest screen first, then overlays, then browsing. */
export function modeOf(state: State): Mode {
	if (state.layout.tooSmall) return 'tooSmall';
	if (state.help) return 'help';
	if (state.reader) return state.reader.prompt === null ? 'reader' : 'readerSearch';
	if (state.finder) return 'finder';
	return 'browse';
}

/** The events the timeline shows (all, or the filter entity's). */
export function visibleEvents(state: State, data: ExplorerData): EventList {
	return data.eventsInView(state.filter);
}

/** The event under the timeline's cursor. */
export function selectedEvent(state: State, data: ExplorerData): Event | undefined {
	return visibleEvents(state, data).at(state.timeline.index);
}

/** The entity under the entity pane's cursor. */
export function selectedEntity(state: State, data: ExplorerData): Entity | undefined {
	return data.entityOrder.at(state.entities.index);
}

/** A finder row: an entity and, for a query, where it matched. */
export type FinderRow = Pick<EntityMatch, 'entity' | 'matched'>;

/** The finder's rows: every entity in list order for an empty query, else the ranked matches. */
export function finderRows(state: State, data: ExplorerData): {readonly length: number; at(index: number): FinderRow | undefined} {
	const query = state.finder?.query.trim() ?? '';
	if (query === '') {
		// A view over entityOrder rather than a copy: with 100k entities the finder opens at once.
		return {length: data.entityOrder.length, at: (index) => {
			const entity = data.entityOrder.at(index);
			return entity && {entity, matched: null};
		}};
	}
	const matches = data.findEntities(query);
	return {length: matches.length, at: (index) => matches[index]};
}

/** What the detail pane shows: the finder's highlighted match while it is open, else the selection. */
export function detailRef(state: State, data: ExplorerData): Ref | null {
	if (state.finder) {
		const row = finderRows(state, data).at(state.finder.cursor.index);
		if (row) return {kind: 'entity', id: row.entity.id};
	}
	return state.detail.ref;
}

/** The detail item under the detail cursor, when the detail pane has focus. */
export function focusedDetailItem(state: State, data: ExplorerData): DetailItem | undefined {
	if (state.focus !== 'detail') return undefined;
	return detailItems(data, state.detail.ref)[state.detail.cursor];
}

/** The entity `f` would filter by: the focused detail item's, else the entity shown in detail. */
export function filterCandidate(state: State, data: ExplorerData): Entity | undefined {
	const item = focusedDetailItem(state, data);
	const ref = item && item.section === 'entities' ? item.ref : state.detail.ref;
	return ref?.kind === 'entity' ? data.story.entityById(ref.id) : undefined;
}

/**
 * The quote `y` copies: the one highlighted in the detail pane, else the quote shown there, else
 * the first quote of the event or entity shown there.
 */
export function quoteToCopy(state: State, data: ExplorerData): Quote | undefined {
	const {story} = data;
	const item = focusedDetailItem(state, data);
	if (item?.section === 'quotes') return story.quoteById(item.ref.id);
	const ref = state.detail.ref;
	if (!ref) return undefined;
	if (ref.kind === 'quote') return story.quoteById(ref.id);
	if (ref.kind === 'event') return story.quotesAt(ref.id).at(0);
	return story.quotesOf(ref.id).at(0);
}

/** The context the keymap's bindings are enabled by. */
export function keyContext(state: State, data: ExplorerData): KeyContext {
	const item = focusedDetailItem(state, data);
	// In the detail pane, every item opens: a record in the pane, evidence in the reader.
	const canOpen = state.focus === 'detail' ? item !== undefined : state.detail.ref !== null;
	return {
		mode: modeOf(state),
		focus: state.focus,
		filterActive: state.filter !== null,
		canFilter: filterCandidate(state, data) !== undefined,
		quoteAvailable: quoteToCopy(state, data) !== undefined,
		canGoBack: state.detail.back.length > 0,
		canOpen,
		languageCount: data.story.languages.length,
		readerTargets: state.reader !== null && (state.reader.search !== null || state.reader.anchors.length > 0),
	};
}
