/**
 * A record checked as zod checks it, faster: the validator compiled from the zod schema
 * (generated/record-validators.js) accepts a record and builds zod's output for it; where it
 * refuses one, zod parses the record itself, so the errors are zod's own, with zod's paths. It
 * imports no more than the schema and the generated code, for a worker thread to load cheaply.
 */
import type * as z from 'zod/mini';
import {claims, claimsInPlace, entities, entitiesInPlace, events, eventsInPlace, quotes, quotesInPlace} from './generated/record-validators.js';
import {RECORD_SCHEMAS, type RecordKind, type RecordOf} from './record-schemas.js';

export type {RecordKind} from './record-schemas.js';

/** The compiled check of each kind, in a plain object: a module namespace is slow to index by a variable key. */
const COMPILED = {entities, events, quotes, claims};
const COMPILED_IN_PLACE = {entities: entitiesInPlace, events: eventsInPlace, quotes: quotesInPlace, claims: claimsInPlace};

/** What `safeParse` of a kind's schema returns: `{success: true, data}` or `{success: false, error}`. */
export type RecordParse<K extends RecordKind> = z.core.util.SafeParseResult<RecordOf<K>>;

/**
 * `Entity.safeParse(raw)` for kind "entities", and so on: the same answer, and on success the same
 * value (keys in the schema's order, defaults filled in); on failure zod's own result.
 */
export function parseRecord<K extends RecordKind>(kind: K, raw: unknown): RecordParse<K> {
	const data = COMPILED[kind](raw) as RecordOf<K> | undefined;
	if (data !== undefined) return {success: true, data};
	return RECORD_SCHEMAS[kind].safeParse(raw) as RecordParse<K>;
}

/**
 * parseRecord for a record JSON.parse just made and nothing keeps (a check): on success zod's
 * value, but for the order of its keys. Where the compiled checks accept the record (all but a few
 * odd ones zod alone decides) that is the record itself, zod's defaults filled in, not a copy.
 */
export function parseRecordInPlace<K extends RecordKind>(kind: K, raw: unknown): RecordParse<K> {
	const data = COMPILED_IN_PLACE[kind](raw) as RecordOf<K> | undefined;
	if (data !== undefined) return {success: true, data};
	return RECORD_SCHEMAS[kind].safeParse(raw) as RecordParse<K>;
}
