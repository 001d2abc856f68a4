/**
 * Types of the generated record validators (record-validators.js, written by `npm run schema` from
 * src/model/record-validators-source.ts). Each takes a record as JSON.parse gives it and returns
 * what zod's safeParse gives as `data` when the compiled checks accept it, else undefined.
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
