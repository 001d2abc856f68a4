/**
 * ExplorerData: the catalog plus the read-only things the explorer derives from it — memoized
 * views and the search index — so the reducer and selectors share them.
 */
import type {Catalog, EventList, List} from '../model/catalog.js';
import {createRecordSearch, type SearchGroup} from '../model/search.js';
import type {Entity} from '../model/schema.js';
import {catalogOf} from '../model/story-catalog.js';
import type {Story} from '../model/story.js';
import {drain, type Steps} from '../model/steps.js';
import type {DetailGeometry} from './detail-window.js';
import {listWidthOf} from './list-width.js';
import {eventsAsTold, positionInTimelineList} from '../model/told-dates.js';
import type {Ref} from './state.js';

/**
 * Where the detail pane's lines fall for a record, at a width and in a language. The view that
 * draws the lines measures them (ui/panes/detail-lines.ts), so the reducer scrolls by the lines drawn.
 */
export type DetailMeasure = (data: ExplorerData, ref: Ref | null, lang: string, width: number, source: string | null) => DetailGeometry;

export interface ExplorerData {
	/** The story being explored: loaded whole, or read from its store. */
	readonly story: Catalog;
	/** Entities as the entity pane lists them: people, organizations, places; busiest first. */
	readonly entityOrder: List<Entity>;
	/** The events shown for a filter (null: all of them), or those of one source at its own dates when `sourceId` is given. */
	eventsInView(filterEntityId: string | null, sourceId?: string | null): EventList;
	/** Where an event is in the events shown for a filter, or −1 (a binary search, not a scan). */
	indexInView(filterEntityId: string | null, eventId: string, sourceId?: string | null): number;
	/** Fuzzy search of entities, events and quotes, grouped by kind; the last few queries' results are kept. */
	find(query: string): readonly SearchGroup[];
	/**
	 * `find` a step at a time, for the explorer to run between keys (and drop when the query changes).
	 * The search shares its scratch with every other: once another has begun (searchesBegun moved on),
	 * it must be dropped, not resumed.
	 */
	findInSteps(query: string): Steps<readonly SearchGroup[]>;
	/** How many searches have begun, by find or findInSteps. */
	searchesBegun(): number;
	/** The results for a query when they are at hand (it was searched lately), without searching. */
	found(query: string): readonly SearchGroup[] | undefined;
	/**
	 * What the finder shows for a query: its results when at hand, else the last query's until its
	 * own are found (the edge searches once the keys typed meanwhile are in, not at every key).
	 */
	shown(query: string): readonly SearchGroup[];
	/** Build the search index now (it is otherwise built by the first search). */
	prepareSearch(): void;
	/**
	 * The detail pane's geometry for a record (memoized on the last asked for): what the reducer
	 * scrolls it by. `source`: the source whose view it is (the timeline filtered to it), or null.
	 */
	detailGeometry(ref: Ref | null, lang: string, width: number, source?: string | null): DetailGeometry;
	/** The columns the lists' rows want (list-width.ts), measured on first use; the wide layout sizes its left column by it. */
	readonly listWidth: number;
}

/** The number of results the finder ranks of each kind; more than a screen, few enough to stay instant. */
export const FINDER_LIMIT = 100;
/** How many queries' results are kept: erasing back to a query typed a moment ago shows its results at once. */
const QUERIES_KEPT = 16;

/** Derive what the explorer needs from a catalog (or a story loaded whole); nothing is worked out before it is asked for. */
export function createExplorerData(source: Catalog | Story, measureDetail: DetailMeasure): ExplorerData {
	const story = 'index' in source ? catalogOf(source) : source;
	// Each kind's index is built on its first search (or prepareSearch), so start-up does not pay for it.
	const search = createRecordSearch((kind) => story.searchColumns(kind), (kind, id) => story.searchPosition(kind, id));
	// The latest query last: a Map keeps the order in which keys were set.
	const kept = new Map<string, readonly SearchGroup[]>();
	// The results the finder showed last (found, or taken from those kept), shown until the next are found.
	let lastShown: readonly SearchGroup[] = [];
	// Searches begun, for a search run in steps to know that another ran meanwhile (searchesBegun).
	let begun = 0;
	let listWidth: number | undefined;
	// The record, language and width measured last: every key in the detail pane asks again.
	let measured: {readonly ref: Ref | null; readonly lang: string; readonly width: number; readonly source: string | null; readonly geometry: DetailGeometry} | undefined;

	const findInSteps = function* (typed: string): Steps<readonly SearchGroup[]> {
		const query = typed.trim();
		const groups = kept.get(query) ?? (yield* search.searchInSteps(query, FINDER_LIMIT));
		kept.delete(query);
		kept.set(query, groups);
		if (kept.size > QUERIES_KEPT) kept.delete(kept.keys().next().value!);
		lastShown = groups;
		return groups;
	};
	const found = (typed: string): readonly SearchGroup[] | undefined => {
		const query = typed.trim();
		// A blank query has nothing to find (the finder lists every entity).
		return query === '' ? [] : kept.get(query);
	};
	const eventsInView = (filterEntityId: string | null, sourceId: string | null = null): EventList =>
		sourceId !== null ? eventsAsTold(story, sourceId) : filterEntityId === null ? story.events : story.eventsOf(filterEntityId);
	const data: ExplorerData = {
		story,
		get entityOrder() {
			return story.entityOrder;
		},
		get listWidth() {
			listWidth ??= listWidthOf(story);
			return listWidth;
		},
		eventsInView,
		indexInView(filterEntityId, eventId, sourceId = null) {
			// One source's events are in the order of its dates; it knows where each one is.
			if (sourceId !== null) return eventsAsTold(story, sourceId).indexOf(eventId);
			if (filterEntityId === null) return story.eventPosition(eventId) ?? -1;
			// An entity's events keep timeline order, so timeline positions grow along them.
			return positionInTimelineList(story.eventsOf(filterEntityId), (id) => story.eventPosition(id), eventId);
		},
		find(typed) {
			begun++;
			return drain(findInSteps(typed));
		},
		findInSteps(typed) {
			begun++;
			return findInSteps(typed);
		},
		found,
		shown(typed) {
			const groups = found(typed);
			if (groups !== undefined && typed.trim() !== '') lastShown = groups;
			return groups ?? lastShown;
		},
		searchesBegun: () => begun,
		prepareSearch() {
			search.prepare();
		},
		detailGeometry(ref, lang, width, source = null) {
			const same = measured && measured.ref?.kind === ref?.kind && measured.ref?.id === ref?.id && measured.lang === lang && measured.width === width && measured.source === source;
			if (!same) measured = {ref, lang, width, source, geometry: measureDetail(data, ref, lang, width, source)};
			return measured!.geometry;
		},
	};
	return data;
}
