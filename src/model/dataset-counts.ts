/** What a dataset holds, counted: the summary `linimasa validate` gives of a valid one. */
import type {Catalog} from './catalog.js';
import {compareClaims} from './claims.js';
import type {Claim, EntityType} from './schema.js';

export interface DatasetCounts {
	readonly events: number;
	readonly entities: number;
	readonly people: number;
	readonly organizations: number;
	readonly places: number;
	readonly quotes: number;
	readonly articles: number;
	readonly claims: number;
	/** Claim groups on which the sources disagree. */
	readonly disagreements: number;
}

/** The counts of a story of `articles` articles, `events` events and `quotes` quotes, from its entities' types and its (sanitized) claims. */
export function datasetCounts(parts: {articles: number; events: number; quotes: number; entityTypes: ReadonlyMap<EntityType, number>; claims: readonly Claim[]; firstArticle: string}): DatasetCounts {
	const ofType = (type: EntityType) => parts.entityTypes.get(type) ?? 0;
	return {
		events: parts.events,
		entities: ofType('person') + ofType('organization') + ofType('place'),
		people: ofType('person'),
		organizations: ofType('organization'),
		places: ofType('place'),
		quotes: parts.quotes,
		articles: parts.articles,
		claims: parts.claims.length,
		disagreements: compareClaims({length: parts.claims.length, at: (i) => parts.claims[i]}, parts.firstArticle).disagreements,
	};
}

/** The counts of a story opened as a Catalog. */
export function catalogCounts(story: Catalog): DatasetCounts {
	const types = story.entityCounts();
	return {
		events: story.events.length,
		entities: story.entities.length,
		people: types.person,
		organizations: types.organization,
		places: types.place,
		quotes: story.quotes.length,
		articles: story.articles.length,
		claims: story.claims.length,
		disagreements: story.claimComparison().disagreements,
	};
}
