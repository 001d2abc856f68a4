import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import type {Entity} from '../../src/model/story.js';
import type {ExplorerData} from '../../src/state/data.js';
import {lineText, type Line} from '../../src/ui/line.js';
import {entityRow, highlighted} from '../../src/ui/panes/entity-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {theme} from '../../src/ui/theme.js';
import {embedded} from '../state/drive.js';
import {foundEntities} from '../helpers/catalogs.js';
import {wide} from './wide-story.js';

const entity = (id: string) => embedded.story.entityById(id)!;
const lit = (line: Line) => line.filter((segment) => segment.style === theme.match).map((segment) => segment.text);
const plainRow = (data: ExplorerData, of: Entity, width: number, selected = false) => entityRow(data.story, of, {selected, focused: true, width, lang: 'en'});

function found(data: ExplorerData, query: string, width: number): Line {
	const match = foundEntities(data, query)[0]!;
	return entityRow(data.story, match.entity, {selected: false, focused: true, width, lang: 'en', matched: match.matched});
}

describe('entityRow', () => {
	it('writes a cursor mark, the type tag, the name, and the event count at the right edge', () => {
		const row = plainRow(embedded, entity('meutya-hafid'), 66, true);
		expect(lineText(row)).toBe(`› per Meutya Hafid${' '.repeat(47)}4`);
		expect(lineText(plainRow(embedded, entity('kemkomdigi'), 40))).toBe('  org Kementerian Komunikasi dan…      7');
		expect(lineText(plainRow(embedded, entity('guangxi'), 30))).toBe(`  plc Guangxi${' '.repeat(16)}0`);
	});

	it('colours the type tag by type', () => {
		expect(plainRow(embedded, entity('meutya-hafid'), 40)[1]).toEqual({text: 'per ', style: theme.entityType.person});
		expect(plainRow(embedded, entity('asean'), 40)[1]).toEqual({text: 'org ', style: theme.entityType.organization});
		expect(plainRow(embedded, entity('jakarta'), 40)[1]).toEqual({text: 'plc ', style: theme.entityType.place});
	});

	it('lights the selected row: inverse when focused, underlined when not', () => {
		const focused = entityRow(embedded.story, entity('asean'), {selected: true, focused: true, width: 40, lang: 'en'});
		expect(focused.every((segment) => segment.style?.inverse)).toBe(true);
		const blurred = entityRow(embedded.story, entity('asean'), {selected: true, focused: false, width: 40, lang: 'en'});
		expect(blurred.every((segment) => segment.style?.underline && !segment.style.inverse)).toBe(true);
		expect(plainRow(embedded, entity('asean'), 40).some((segment) => segment.style?.inverse)).toBe(false);
	});

	it('highlights the characters a finder query matched in the name', () => {
		const row = found(embedded, 'meutia', 66);
		expect(lineText(row).trimEnd()).toBe('  per Meutya Hafid                                               4');
		expect(lit(row)).toEqual(['Meut', 'a']);
	});

	it('shows a matched alias in parentheses beside the name, lit', () => {
		const row = found(embedded, 'china', 66);
		expect(lineText(row)).toMatch(/^ {2}plc Tiongkok \(China\) +1$/);
		expect(lit(row)).toEqual(['China']);
		const narrow = lineText(found(embedded, 'china', 20));
		expect(narrow).toBe('  plc Tiong… (Ch…) 1');
	});

	it('is exactly the width asked for, CJK and emoji names and aliases included', () => {
		const cases: [ExplorerData, Entity, string | null][] = [
			...sliceOf(embedded.entityOrder).map((each): [ExplorerData, Entity, null] => [embedded, each, null]),
			...sliceOf(wide.entityOrder).map((each): [ExplorerData, Entity, null] => [wide, each, null]),
		];
		for (let width = 20; width <= 80; width++) {
			for (const [data, each] of cases) expect([each.id, width, widthOf(lineText(plainRow(data, each, width)))]).toEqual([each.id, width, width]);
			for (const [data, query] of [[embedded, 'meutia'], [embedded, 'china'], [wide, 'nong'], [wide, '南宁']] as const) {
				expect([query, width, widthOf(lineText(found(data, query, width)))]).toEqual([query, width, width]);
			}
		}
	});
});

describe('highlighted', () => {
	it('splits a name into plain and matched segments', () => {
		expect(highlighted('Meutya Hafid', [[0, 4], [7, 8]], 20)).toEqual([
			{text: 'Meut', style: theme.match},
			{text: 'ya '},
			{text: 'H', style: theme.match},
			{text: 'afid'},
		]);
	});

	it('drops the ranges past a cut name', () => {
		const segments = highlighted('Meutya Hafid', [[0, 2], [7, 12]], 6);
		expect(segments.map((segment) => segment.text).join('')).toBe('Meuty…');
		expect(segments[0]).toEqual({text: 'Me', style: theme.match});
		expect(segments.filter((segment) => segment.style)).toHaveLength(1);
	});
});

describe('highlighting a cut name', () => {
	it('never lights the ellipsis', async () => {
		const {highlighted} = await import('../../src/ui/panes/entity-lines.js');
		const segments = highlighted('Kementerian Komunikasi', [[0, 22]], 8);
		expect(segments.map((s) => s.text).join('')).toBe('Kemente…');
		expect(segments.at(-1)).toEqual({text: '…'});
	});
});
