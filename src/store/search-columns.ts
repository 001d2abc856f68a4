/**
 * A kind's search columns as a store keeps them (search-entries.ts), read when asked for: the
 * arrays whole only if a caller wants them whole, the texts a search shows or compares by ranges.
 * A search at 1,000,000 events reads a few MB of them, not the 600 MB they fill.
 */
import type {SearchColumns, SearchKind} from '../model/search-entries.js';
import type {OpenedStore} from './layout.js';
import {columnSection, readSearchTable} from './search-sections.js';

/** The columns of `kind` in `store`. */
export function storeSearchColumns(store: OpenedStore<unknown>, kind: SearchKind): SearchColumns {
	const name = (part: Parameters<typeof columnSection>[1]) => columnSection(kind, part);
	const section = (part: Parameters<typeof columnSection>[1]) => store.section(name(part));
	const [textsName, unitsName] = [name('texts'), name('units')];
	/** Texts from .. to − 1: their starts among the units read, then their units. */
	const textsBetween = (from: number, to: number) => {
		const textStart = store.readRange(textsName, from, new Int32Array(to - from + 1));
		const units = store.readRange(unitsName, textStart[0]!, Buffer.allocUnsafe((textStart[to - from]! - textStart[0]!) * 2));
		// Node's UTF-16 decoder copies code units as they are, lone surrogates included.
		return (t: number) => units.toString('utf16le', (textStart[t - from]! - textStart[0]!) * 2, (textStart[t + 1 - from]! - textStart[0]!) * 2);
	};
	return {
		get units() {
			return section('units') as Uint16Array;
		},
		get textStart() {
			return section('texts') as Int32Array;
		},
		get fields() {
			return section('fields') as Uint8Array;
		},
		get entityStart() {
			return section('records') as Int32Array;
		},
		table: readSearchTable(store, kind),
		text: (t) => textsBetween(t, t + 1)(t),
		textsBetween,
	};
}
