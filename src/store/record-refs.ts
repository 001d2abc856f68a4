/**
 * A checked record's reference resolved against the records before it (RecordIndex), alike for a
 * store build (build.ts) and a check (check.ts): an entity (a place, where the role says so) or an
 * event. The mode that finds every error (stream-errors.ts) does not refuse, so it asks otherwise.
 */
import {REF} from './record-batch.js';
import type {RecordIndex} from './record-stream.js';

/** The index of the entity or event that record `index` names by `id` in `role` (a REF); refused when there is none. */
export function resolvedRef(records: RecordIndex, id: string, role: number, index: number): number {
	return role === REF.entity || role === REF.place ? records.entity(id, index, role === REF.place) : records.event(id, index);
}
