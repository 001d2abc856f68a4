/**
 * A kind's search sections written through files (search-file.ts) hold, byte for byte, what the
 * columns put in order and their table made in memory (search-table.ts) hold: for any texts
 * (folded, blank, lone surrogates, one longer than a chunk), texts the build adds (a quote's
 * speaker), any order, and chunks of any size, down to one text each.
 */
import {closeSync, openSync, readSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {SEARCH_FIELDS, SearchColumnsBuilder, type SearchColumns, type SearchedText} from '../../src/model/search-entries.js';
import {searchTableArrays} from '../../src/model/search.js';
import {StoreWriter, type SectionInfo} from '../../src/store/layout.js';
import {writeSearchFile} from '../../src/store/search-file.js';
import {SideSearchColumns} from '../../src/store/side-search-columns.js';
import {columnSection, searchTableSections, tableSection} from '../../src/store/search-sections.js';
import {temporaryFolder} from '../helpers/catalogs.js';
import {expectSameNumbers} from '../helpers/same-content.js';
import {OPEN_FILES_LISTED, openFileCount} from '../helpers/open-files.js';

const root = temporaryFolder('search-file');
afterAll(() => rmSync(root, {recursive: true, force: true}));

const text = fc.oneof(
	fc.string({unit: 'binary', maxLength: 24}),
	fc.string({unit: fc.constantFrom(' ', '\t', '\u00a0', '\u0301', 'a', 'B', 'é', 'ß', 'İ', '\ud800', '王', '-', '.', '7'), maxLength: 30}),
	fc.constantFrom('', ' ', 'Selasa (25/3)', 'Kementerian Komunikasi dan Digital', 'x'.repeat(300)),
);
const searched = fc.record({field: fc.constantFrom(...SEARCH_FIELDS), text});
/** A record's texts as a checking thread packs them, and those the build adds (a quote's speaker). */
const records = fc.array(fc.record({packed: fc.array(searched, {minLength: 1, maxLength: 5}), more: fc.array(searched, {maxLength: 1})}), {minLength: 1, maxLength: 40});

/** The columns with their records in `order`, as the store keeps them: the oracle, made the plain way. */
function reordered(columns: SearchColumns, order: readonly number[]): SearchColumns {
	const builder = new SearchColumnsBuilder();
	for (const record of order) {
		const texts: SearchedText[] = [];
		for (let t = columns.entityStart[record]!; t < columns.entityStart[record + 1]!; t++) {
			texts.push({field: SEARCH_FIELDS[columns.fields[t]!]!, text: Buffer.from(columns.units.buffer, columns.units.byteOffset + columns.textStart[t]! * 2, (columns.textStart[t + 1]! - columns.textStart[t]!) * 2).toString('utf16le')});
		}
		builder.append(texts);
	}
	return builder.columns();
}

/** Section `name` of the file at `path` as bytes. */
function sectionBytes(path: string, sections: Readonly<Record<string, SectionInfo>>, name: string): Buffer {
	const info = sections[name];
	if (!info) throw new Error(`no section ${name}`);
	const fd = openSync(path, 'r');
	try {
		const bytes = Buffer.alloc(info.bytes);
		readSync(fd, bytes, 0, info.bytes, info.offset);
		return bytes;
	} finally {
		closeSync(fd);
	}
}

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

let runs = 0;

describe('search sections written through files', () => {
	it('hold what the columns in order and their table made in memory hold, chunk size whatever', async () => {
		await fc.assert(
			fc.asyncProperty(records, fc.integer({min: 1, max: 400}), fc.integer(), fc.boolean(), async (list, chunkBytes, seed, pausing) => {
				const dir = join(root, `run-${runs++}`);
				const columns = new SearchColumnsBuilder();
				const side = new StoreWriter(`${dir}.units`);
				const sideColumns = new SideSearchColumns(side, true);
				// Packed as a checking thread packs a batch: every record's texts back to back.
				const units: number[] = [];
				const textEnds: number[] = [];
				const fields: number[] = [];
				const recordEnds: number[] = [];
				for (const {packed: texts, more} of list) {
					columns.append([...texts, ...more]);
					for (const {field, text: value} of texts) {
						for (let i = 0; i < value.length; i++) units.push(value.charCodeAt(i));
						textEnds.push(units.length);
						fields.push(SEARCH_FIELDS.indexOf(field));
					}
					recordEnds.push(textEnds.length);
				}
				const packed = {units: Uint16Array.from(units), textEnds: Int32Array.from(textEnds), fields: Uint8Array.from(fields)};
				recordEnds.forEach((end, r) => sideColumns.appendPacked(packed.units, packed.textEnds, packed.fields, r === 0 ? 0 : recordEnds[r - 1]!, end, list[r]!.more));
				list.forEach(({packed: texts}, r) => expect(sideColumns.firstText(r)).toBe(texts[0]!.text));
				// Any order of the records, as a timeline gives them.
				const order = list.map((_, r) => r).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
				const out = `${dir}.sections`;
				try {
					// Written here, with turns of the event loop between, or at one go, as in a thread.
					let turns = 0;
					const between = pausing ? () => Promise.resolve(void turns++) : undefined;
					const {sections} = await writeSearchFile(sideColumns.request('event', out, Int32Array.from(order)), between, chunkBytes);
					if (pausing) expect(turns).toBeGreaterThan(0);
					const expected = reordered(columns.columns(), order);
					const table = searchTableArrays(expected);
					const parts = {units: expected.units, texts: expected.textStart, fields: expected.fields, records: expected.entityStart} as const;
					for (const [part, array] of Object.entries(parts)) expectSameNumbers(sectionBytes(out, sections, columnSection('event', part as keyof typeof parts)), bytesOf(array), part);
					for (const name of searchTableSections('event')) {
						const part = (Object.keys(table) as (keyof typeof table)[]).find((key) => tableSection('event', key as Parameters<typeof tableSection>[1]) === name)!;
						expectSameNumbers(sectionBytes(out, sections, name), bytesOf(table[part]), name);
					}
					expect(Object.keys(sections).sort()).toEqual([...Object.keys(parts).map((part) => columnSection('event', part as keyof typeof parts)), ...searchTableSections('event')].sort());
				} finally {
					side.abandon();
					rmSync(`${dir}.units`, {force: true});
					rmSync(out, {force: true});
				}
			}),
			{numRuns: 60},
		);
	});

	// Open files are counted where the system lists them (test/helpers/open-files.ts): not on Windows.
	it.skipIf(!OPEN_FILES_LISTED)('closes the side file when its sections cannot be written (a file is in the way)', async () => {
		const dir = join(root, 'in-the-way');
		const side = new StoreWriter(`${dir}.units`);
		const columns = new SideSearchColumns(side);
		columns.appendPacked(Uint16Array.from('Meutya Hafid', (c) => c.charCodeAt(0)), Int32Array.of(12), Uint8Array.of(0), 0, 1);
		writeFileSync(`${dir}.sections`, 'left by a build that was killed');
		const request = columns.request('entity', `${dir}.sections`);
		side.abandon();
		const open = openFileCount;
		const before = open();
		await expect(writeSearchFile(request)).rejects.toThrow(/EEXIST/);
		expect(open()).toBe(before);
	});
});

