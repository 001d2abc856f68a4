import {describe, expect, it} from 'vitest';
import {IdTable, IdTableBuilder} from '../../src/store/id-table.js';

/** An IdTable over the parts a builder collected from `ids`, as a store reopens it. */
function tableOf(ids: readonly string[]): IdTable {
	const builder = new IdTableBuilder();
	for (const id of ids) builder.add(id);
	return new IdTable(builder.parts());
}

describe('an id table read back from its parts', () => {
	const ids = ['ev-1', 'ev-10', 'ev-100', 'e', 'warga-café', 'kota-東京', 'ev-1x', 'x'.repeat(300), 'ev-2'];
	const table = tableOf(ids);

	it('finds every id at its index, ASCII or not', () => {
		expect(ids.map((id) => table.indexOf(id))).toEqual(ids.map((_, index) => index));
	});

	it('finds no id that is only a prefix, an extension or a look-alike of a stored one', () => {
		for (const id of ['ev-', 'ev-1000', 'ev-11', 'warga-cafe', 'warga-café ', 'kota-東', 'kota-東京都', 'x'.repeat(299), 'x'.repeat(301), '', 'E']) {
			expect(table.indexOf(id), id).toBeUndefined();
		}
	});

	it('gives each index its id', () => {
		expect(ids.map((_, index) => table.idAt(index))).toEqual(ids);
	});
});
