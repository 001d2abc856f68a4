/**
 * What the story merge (storyMerge.ts, storyEvents.ts, storyQuotes.ts) shares: one article's draft
 * and the key of a record of one article.
 */
import type {DatasetFileV1} from '../model/schema.js';

/** One article's draft and the id its anchors will carry. */
export interface SourceDraft {
	readonly id: string;
	readonly draft: DatasetFileV1;
}

/** A record of one article: its article id and its own id. */
export type Key = string;
export const keyOf = (article: string, id: string): Key => `${article}\u0000${id}`;
