/** How a store writes an entity's type and an event's precision: as their index in these lists. */
import type {EntityType, Precision} from '../model/schema.js';

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];
export const ENTITY_TYPE_CODES: readonly EntityType[] = ['person', 'organization', 'place'];
