import {describe, expect, it} from 'vitest';
import {IdTable, IdTableBuilder} from '../../src/store/id-table.js';

describe('the id table', () => {
	const ids = ['meutya-hafid', 'a', 'komdigi', 'kota-semarang.2', 'ñandú', '东京', 'x'.repeat(300)];
	const builder = new IdTableBuilder();
	for (const id of ids) expect(builder.add(id)).toBe(true);

	it('finds every id it was given, built and stored, whatever its characters', () => {
		const stored = new IdTable(builder.parts());
		ids.forEach((id, index) => {
			expect(builder.indexOf(id)).toBe(index);
			expect(stored.indexOf(id)).toBe(index);
			expect(stored.idAt(index)).toBe(id);
		});
	});

	it('finds none it was not given: a prefix, a longer id, another case, a lone surrogate', () => {
		const stored = new IdTable(builder.parts());
		for (const id of ['meutya', 'meutya-hafid-2', 'Komdigi', 'nandu', '东', '\ud800', '', 'x'.repeat(299)]) {
			expect(builder.indexOf(id)).toBeUndefined();
			expect(stored.indexOf(id)).toBeUndefined();
		}
	});

	it('refuses an id a second time', () => {
		expect(builder.add('komdigi')).toBe(false);
		expect(builder.length).toBe(ids.length);
	});
});
