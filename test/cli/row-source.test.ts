import {describe, expect, it} from 'vitest';
import {rowSource, type RowContext} from '../../src/cli/listing.js';
import type {Catalog} from '../../src/model/catalog.js';
import type {Palette} from '../../src/cli/style.js';

const asItIs = (text: string) => text;
const palette: Palette = {enabled: false, heading: asItIs, muted: asItIs, date: asItIs, match: asItIs, label: asItIs, warning: asItIs};
/** The rows below draw on nothing of the context. */
const context = (): RowContext => ({story: {} as Catalog, lang: 'id', palette});

/** A listing of `count` rows whose last cell is `size(index)` characters long, counting what it is asked. */
function countingSpec(size: (index: number) => number) {
	const asked = {leading: 0, last: 0, row: 0};
	const leadingCells = (index: number) => [`id-${index}`, `name ${index % 7}`];
	const lastCell = (index: number) => `${index}:`.padEnd(size(index), 'x');
	return {
		asked,
		spec: {
			columns: [{header: 'ID'}, {header: 'NAME'}, {header: 'TEXT', flex: true}],
			row: (index: number) => (asked.row++, [...leadingCells(index), lastCell(index)]),
			leading: (index: number) => (asked.leading++, leadingCells(index)),
			last: (index: number) => (asked.last++, lastCell(index)),
		},
		whole: (index: number) => [...leadingCells(index), lastCell(index)],
	};
}

/** Both passes of a table over the source: every row measured, then every row printed (`between` runs in between). */
function bothPasses(source: ReturnType<typeof rowSource>, between: () => void = () => {}): string[][] {
	for (let index = 0; index < source.count; index++) source.leading!(index);
	between();
	return Array.from({length: source.count}, (_, index) => [...source.row(index)]);
}

describe('the rows of a listing with leading and last cells', () => {
	it('prints every row whole, its cells made once each, the last made while its record is at hand', () => {
		const {asked, spec, whole} = countingSpec(() => 80);
		const rows = bothPasses(rowSource(spec, 500, context()));
		expect(rows).toEqual(Array.from({length: 500}, (_, index) => whole(index)));
		expect(asked).toEqual({leading: 500, last: 500, row: 0});
	});

	it('keeps only the leading cells once the last cells kept pass their budget, and makes the rest in the second pass', () => {
		// 300 last cells of 20,000 characters: more than the 4 million kept at the most.
		const {asked, spec, whole} = countingSpec(() => 20_000);
		let madeFirst = 0;
		const rows = bothPasses(rowSource(spec, 300, context()), () => (madeFirst = asked.last));
		expect(rows).toEqual(Array.from({length: 300}, (_, index) => whole(index)));
		expect(asked.leading).toBe(300);
		expect(asked.row).toBe(0);
		// Each last cell once: those within the budget in the first pass, the others in the second.
		expect(madeFirst).toBeGreaterThan(100);
		expect(madeFirst).toBeLessThan(300);
		expect(asked.last).toBe(300);
	});
});
