/**
 * Names the dataset format fixes, apart from its zod schema (schema.ts re-exports them): code that
 * reads records needs these words, and importing them from schema.ts loaded zod and built every
 * schema before a listing could start.
 */

/** The id of a version-1 dataset's one article, which has none written. */
export const ARTICLE_ID = 'article';

/** The measure of a claim about the date of its event. */
export const DATE_MEASURE = 'date';
