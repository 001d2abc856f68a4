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
	/** Fuzzy entity search, memoized on the last query. */
	findEntities(query: string): readonly EntityMatch[];
}

const TYPE_ORDER = {person: 0, organization: 1, place: 2} as const;

/** The number of results the finder ranks; more than a screen, few enough to stay instant. */
export const FINDER_LIMIT = 100;

/** Derive everything the explorer needs from a story, once. */
export function createExplorerData(story: Story): ExplorerData {
	const eventCount = (entity: Entity) => listOf(story.index.eventsOfEntity, entity.id).length;
	const entityOrder = story.entities
		.map((entity, index) => ({entity, index, count: eventCount(entity)}))
		.sort((a, b) => TYPE_ORDER[a.entity.type] - TYPE_ORDER[b.entity.type] || b.count - a.count || a.index - b.index)
		.map(({entity}) => entity);
	const entityPosition = new Map(entityOrder.map((entity, position) => [entity.id, position]));

	let search: ReturnType<typeof createEntitySearch> | undefined;
	let lastQuery: string | undefined;
	let lastMatches: readonly EntityMatch[] = [];
	let viewFor: string | null | undefined;
	let view: readonly Event[] = story.events;

	return {
		story,
		entityOrder,
		entityPosition,
		eventsInView(filterEntityId) {
			if (filterEntityId === null) return story.events;
			if (filterEntityId !== viewFor) {
				viewFor = filterEntityId;
				view = listOf(story.index.eventsOfEntity, filterEntityId);
			}
			return view;
		},
		findEntities(query) {
			if (query !== lastQuery) {
				// The index is built on first use, so start-up does not pay for it.
				search ??= createEntitySearch(story.entities);
				lastQuery = query;
				lastMatches = search.search(query, FINDER_LIMIT);
			}
			return lastMatches;
		},
	};
}
