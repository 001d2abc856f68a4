/**
 * What the finder searches of every entity — its name, then its aliases — as three flat columns
 * instead of an object per entity: at 100,000 events that is 3 typed arrays rather than 33,000
 * objects, 33,000 arrays and 93,000 strings in the heap. A store keeps the columns as they are;
 * a story loaded whole lays them out from its entities. Texts are kept as UTF-16 code units, so
 * every string comes back exactly as it went in (UTF-8 would turn a lone surrogate into U+FFFD).
 */
import type {Entity} from './schema.js';
import {Growable} from './growable.js';

/** What the finder searches of an entity, and what its rows show. */
export type SearchableEntity = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>;

/** Every entity's name and aliases, in dataset order, as columns of text. */
export interface SearchColumns {
	/** The code units of every text, back to back: each entity's name, then its aliases. */
	readonly units: Uint16Array;
	/** Text t is units[textStart[t] .. textStart[t + 1]). */
	readonly textStart: Int32Array;
	/** Entity e's texts are entityStart[e] (its name) .. entityStart[e + 1] (its aliases between). */
	readonly entityStart: Int32Array;
}

/** The columns, and the entity a result shows (made when asked for, not kept). */
export interface SearchEntries<E extends SearchableEntity = SearchableEntity> extends SearchColumns {
	entityAt(index: number): E;
}

/** Columns filled entity by entity, as a store build or a loaded story reads them. */
export class SearchColumnsBuilder {
	private readonly units = new Growable(Uint16Array, 64 * 1024);
	private readonly textStart = new Growable(Int32Array);
	private readonly entityStart = new Growable(Int32Array);

	constructor() {
		this.textStart.push(0);
		this.entityStart.push(0);
	}

	/** The next entity's name and aliases. */
	append(name: string, aliases: readonly string[]): void {
		for (const text of [name, ...aliases]) {
			for (let i = 0; i < text.length; i++) this.units.push(text.charCodeAt(i));
			this.textStart.push(this.units.length);
		}
		this.entityStart.push(this.textStart.length - 1);
	}

	/** The columns so far (views: valid until the next append). */
	columns(): SearchColumns {
		return {units: this.units.view(), textStart: this.textStart.view(), entityStart: this.entityStart.view()};
	}
}

/** Lay out names and aliases (entity by entity, in order) as columns. */
export function searchColumns(entities: readonly Pick<SearchableEntity, 'name' | 'aliases'>[]): SearchColumns {
	const builder = new SearchColumnsBuilder();
	for (const {name, aliases} of entities) builder.append(name, aliases);
	return builder.columns();
}

/** The search entries of entities held in an array (each result is the entity itself). */
export function searchEntriesOf<E extends SearchableEntity>(entities: readonly E[]): SearchEntries<E> {
	return {...searchColumns(entities), entityAt: (index) => entities[index]!};
}

/** Text t as a string. */
export function textAt(columns: SearchColumns, t: number): string {
	const {units, textStart} = columns;
	// Node's UTF-16 decoder copies code units as they are, lone surrogates included.
	return Buffer.from(units.buffer, units.byteOffset + textStart[t]! * 2, (textStart[t + 1]! - textStart[t]!) * 2).toString('utf16le');
}

/** Entity e's name and aliases, as strings. */
export function namesAt(columns: SearchColumns, e: number): {name: string; aliases: string[]} {
	const first = columns.entityStart[e]!;
	const aliases: string[] = [];
	for (let t = first + 1; t < columns.entityStart[e + 1]!; t++) aliases.push(textAt(columns, t));
	return {name: textAt(columns, first), aliases};
}
