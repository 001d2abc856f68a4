/** What a dataset holds, counted: the summary `linimasa validate` gives of a valid one. */
import type {Catalog} from './catalog.js';
import type {ClaimComparison} from './claims.js';

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

/**
 * What the counts read of a story: how many records of each kind, its entities by type, and its
 * claims compared. A Catalog is one; a dataset checked as it streams (store/check.ts) gives the same.
 */
export type CountedStory = {readonly [kind in 'events' | 'entities' | 'quotes' | 'articles' | 'claims']: {readonly length: number}} & Pick<Catalog, 'entityCounts'> & {
	claimComparison(): Pick<ClaimComparison, 'disagreements'>;
};

/** The counts of a story: a Catalog, or a dataset checked as it streams. */
export function catalogCounts(story: CountedStory): DatasetCounts {
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
