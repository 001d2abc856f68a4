/**
 * ExplorerData: the story plus the read-only things the explorer derives from it once — the
 * entity list order, the search index, memoized views — so the reducer and selectors share them.
 */
import {createEntitySearch, type EntityMatch} from '../model/search.js';
import {listOf, type Entity, type Event, type Story} from '../model/story.js';

export interface ExplorerData {
	readonly story: Story;
	/** Entities as the entity pane lists them: people, organizations, places; busiest first. */
	readonly entityOrder: readonly Entity[];
	/** Position of each entity in entityOrder. */
	readonly entityPosition: ReadonlyMap<string, number>;
	/** The events shown for a filter (null: all of them). Memoized per entity. */
	eventsInView(filterEntityId: string | null): readonly Event[];
	/** Where an event is in the events shown for a filter, or −1 (a binary search, not a scan). */
	indexInView(filterEntityId: string | null, eventId: string): number;
	/** Fuzzy entity search, memoized on the last query. */
	findEntities(query: string): readonly EntityMatch[];
	/** Build the search index now (it is otherwise built by the first search). */
	prepareSearch(): void;
}

const TYPE_ORDER = {person: 0, organization: 1, place: 2} as const;

/** The number of results the finder ranks; more than a screen, few enough to stay instant. */
export const FINDER_LIMIT = 100;

/**
 * Entities by type, then busiest first, then in dataset order. A counting sort: the first frame
 * needs this order, and counts are small integers, so it is linear where a comparison sort of
 * 33,000 entities took most of the explorer's set-up.
 */
export function busiestFirst(entities: readonly Entity[], eventCount: (entity: Entity) => number): Entity[] {
	const order: Entity[] = [];
	for (const type of Object.keys(TYPE_ORDER) as (keyof typeof TYPE_ORDER)[]) {
		const ofType = entities.filter((entity) => entity.type === type);
		const counts = ofType.map(eventCount);
		let most = 0;
		for (const count of counts) most = Math.max(most, count);
		// Slot s holds the entities with most − s events; each slot's start is the sum before it.
		const slotStart = new Int32Array(most + 2);
		for (const count of counts) slotStart[most - count + 1]!++;
		for (let slot = 1; slot <= most + 1; slot++) slotStart[slot]! += slotStart[slot - 1]!;
		const sorted = new Array<Entity>(ofType.length);
		ofType.forEach((entity, i) => {
			sorted[slotStart[most - counts[i]!]!++] = entity;
		});
		order.push(...sorted);
	}
	return order;
}

/** Derive everything the explorer needs from a story, once. */
export function createExplorerData(story: Story): ExplorerData {
	const eventCount = (entity: Entity) => listOf(story.index.eventsOfEntity, entity.id).length;
	const entityOrder = busiestFirst(story.entities, eventCount);
	// Only following a link to an entity needs positions: built then, not before the first frame.
	let entityPosition: ReadonlyMap<string, number> | undefined;

	let search: ReturnType<typeof createEntitySearch> | undefined;
	let lastQuery: string | undefined;
	let lastMatches: readonly EntityMatch[] = [];
	let viewFor: string | null | undefined;
	let view: readonly Event[] = story.events;

	const eventsInView = (filterEntityId: string | null): readonly Event[] => {
		if (filterEntityId === null) return story.events;
		if (filterEntityId !== viewFor) {
			viewFor = filterEntityId;
			view = listOf(story.index.eventsOfEntity, filterEntityId);
		}
		return view;
	};
	const {eventPosition} = story.index;
	return {
		story,
		entityOrder,
		get entityPosition() {
			entityPosition ??= new Map(entityOrder.map((entity, position) => [entity.id, position]));
			return entityPosition;
		},
		eventsInView,
		indexInView(filterEntityId, eventId) {
			const target = eventPosition.get(eventId);
			if (target === undefined) return -1;
			if (filterEntityId === null) return target;
			// A filtered list keeps timeline order, so timeline positions grow along it.
			const events = eventsInView(filterEntityId);
			let lo = 0;
			let hi = events.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if ((eventPosition.get(events[mid]!.id) ?? -1) < target) lo = mid + 1;
				else hi = mid;
			}
			return events[lo]?.id === eventId ? lo : -1;
		},
		findEntities(query) {
			if (query !== lastQuery) {
				// The index is built on first use (or prepareSearch), so start-up does not pay for it.
				search ??= createEntitySearch(story.entities);
				lastQuery = query;
				lastMatches = search.search(query, FINDER_LIMIT);
			}
			return lastMatches;
		},
		prepareSearch() {
			search ??= createEntitySearch(story.entities);
		},
	};
}
