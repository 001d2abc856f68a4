/**
 * Types of the generated record validators (record-validators.js, written by `npm run schema` from
 * src/model/record-validators-source.ts). Each takes a record as JSON.parse gives it and returns
 * what zod's safeParse gives as `data` when the compiled checks accept it, else undefined; the
 * `InPlace` ones return the record itself, zod's defaults filled in (its keys in the file's order).
 */
import type {Claim, Entity, Event, Quote} from '../schema.js';

/** zod's output for an entity the compiled checks accept; undefined when they refuse it. */
export declare function entities(raw: unknown): Entity | undefined;
/** zod's output for an event the compiled checks accept; undefined when they refuse it. */
export declare function events(raw: unknown): Event | undefined;
/** zod's output for a quote the compiled checks accept; undefined when they refuse it. */
export declare function quotes(raw: unknown): Quote | undefined;
/** zod's output for a claim the compiled checks accept; undefined when they refuse it. */
export declare function claims(raw: unknown): Claim | undefined;
/** The entity itself, zod's defaults filled in, when the compiled checks accept it; undefined when they refuse it. */
export declare function entitiesInPlace(raw: unknown): Entity | undefined;
/** The event itself, zod's defaults filled in, when the compiled checks accept it; undefined when they refuse it. */
export declare function eventsInPlace(raw: unknown): Event | undefined;
/** The quote itself, zod's defaults filled in, when the compiled checks accept it; undefined when they refuse it. */
export declare function quotesInPlace(raw: unknown): Quote | undefined;
/** The claim itself, zod's defaults filled in, when the compiled checks accept it; undefined when they refuse it. */
export declare function claimsInPlace(raw: unknown): Claim | undefined;
