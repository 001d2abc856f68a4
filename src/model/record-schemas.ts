/**
 * The four kinds of record a dataset lists, by the name of their array, with the zod schema of
 * each: what the compiled validators are generated from and what they must agree with.
 */
import {Claim, Entity, Event, Quote} from './schema.js';

/** The zod schema of each kind of record, keyed by the dataset member that lists them. */
export const RECORD_SCHEMAS = {entities: Entity, events: Event, quotes: Quote, claims: Claim} as const;

/** A kind of record: the dataset member that lists records of that kind. */
export type RecordKind = keyof typeof RECORD_SCHEMAS;

/** Every kind of record, in the order a dataset lists them. */
export const RECORD_KINDS: readonly RecordKind[] = ['entities', 'events', 'quotes', 'claims'];

/** The record a kind's schema gives back: Entity for entities, and so on. */
export type RecordOf<K extends RecordKind> = {entities: Entity; events: Event; quotes: Quote; claims: Claim}[K];
