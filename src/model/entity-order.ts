/**
 * The order lists show entities in: people, then organizations, then places; within each, the
 * busiest (most events) first, then dataset order. Shared by a story loaded whole and by the
 * store, which works it out once from types and counts alone.
 */
import type {Entity, EntityType} from './schema.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * The positions of entities in list order, given each one's type and event count. A counting
 * sort: counts are small integers, so it is linear where a comparison sort of 33,000 entities took
 * most of the explorer's set-up.
 */
export function busiestFirstOrder(types: ArrayLike<EntityType>, counts: ArrayLike<number>): Int32Array {
	const order = new Int32Array(types.length);
	let written = 0;
	for (const type of ENTITY_TYPES) {
		const ofType: number[] = [];
		let most = 0;
		for (let i = 0; i < types.length; i++) {
			if (types[i] !== type) continue;
			ofType.push(i);
			most = Math.max(most, counts[i]!);
		}
		// Slot s holds the entities with most − s events; each slot's start is the sum before it.
		const slotStart = new Int32Array(most + 2);
		for (const i of ofType) slotStart[most - counts[i]! + 1]!++;
		for (let slot = 1; slot <= most + 1; slot++) slotStart[slot]! += slotStart[slot - 1]!;
		for (const i of ofType) order[written + slotStart[most - counts[i]!]!++] = i;
		written += ofType.length;
	}
	return order.subarray(0, written);
}

/** Entities in list order (a new array), given how many events each has. */
export function busiestFirst(entities: readonly Entity[], eventCount: (entity: Entity) => number): Entity[] {
	const order = busiestFirstOrder(entities.map((entity) => entity.type), entities.map(eventCount));
	return Array.from(order, (i) => entities[i]!);
}
