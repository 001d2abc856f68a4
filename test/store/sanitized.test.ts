/**
 * A store holds records as the whole-file loader gives them: sanitized. A dataset whose names and
 * texts carry terminal escapes and controls comes out of its store (built, and opened again) with
 * none of them, equal to the story loaded whole, and its records hold none of them either. Only
 * the dataset as written (kept apart, for `export --format json`) and the article text (which
 * views sanitize as they show it) keep what was written.
 */
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sliceOf, type Catalog} from '../../src/model/catalog.js';
import {openDataset} from '../../src/store/open.js';
import {decodeTrailer, TRAILER_BYTES} from '../../src/store/layout.js';
import {catalogContent, expectSameCatalog, temporaryFolder, wholeCatalog} from '../helpers/catalogs.js';
import {hostileDataset, HOSTILE_PERSON, strings, UNSAFE} from '../helpers/hostile.js';

const root = temporaryFolder('store-sanitized');
afterAll(() => rmSync(root, {recursive: true, force: true}));

const path = join(root, 'dataset.json');
writeFileSync(path, JSON.stringify(hostileDataset(), null, 2));
const cache = join(root, 'cache');

async function opened(how: 'built' | 'store'): Promise<Catalog> {
	const outcome = await openDataset(path, 'hostile.json', cache);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
	expect(outcome.how).toBe(how);
	return outcome.catalog;
}

/** The JSON paths of the strings in everything a catalog answers that a terminal could misread. */
const unsafeStrings = (catalog: Catalog) => {
	// The article texts are given as written (what is shown of them is sanitized as it is drawn).
	const {articleText: _text, articleTexts: _texts, written: _written, ...shown} = catalogContent(catalog);
	return strings(shown).filter(([, text]) => UNSAFE.test(text)).map(([where]) => where);
};

describe('a store built from a dataset that attacks the terminal', () => {
	let built: Catalog;
	let reopened: Catalog;
	beforeAll(async () => {
		built = await opened('built');
		reopened = await opened('store');
	});

	it('gives records with no escape, control, bidi or invisible character, built and reopened', async () => {
		expect(sliceOf(built.entities).length).toBeGreaterThan(0);
		expect(unsafeStrings(built)).toEqual([]);
		expect(unsafeStrings(reopened)).toEqual([]);
		expect(reopened.entityById('ratu')!.name).toBe('Ratu⟨⟩Jahat');
		expect(reopened.entityById('ratu')!.name).not.toBe(HOSTILE_PERSON);
	});

	it('keeps the dataset as written apart, for export', async () => {
		expect(JSON.stringify(sliceOf(reopened.written().entities))).toContain('PWNED');
	});

	it('gives the records the whole-file loader gives, sanitized the same way', async () => {
		const whole = wholeCatalog(path, 'hostile.json');
		expectSameCatalog(built, whole);
		expectSameCatalog(reopened, whole);
	});

	it('holds no escape or control in its file, raw or JSON-escaped, nor the text of a removed sequence', async () => {
		const [store] = readdirSync(cache).filter((name) => name.endsWith('.store'));
		const bytes = readFileSync(join(cache, store!));
		// The records come first in the file; the typed-array sections after them hold binary numbers.
		const {at, length} = decodeTrailer(bytes.subarray(bytes.length - TRAILER_BYTES))!;
		const header = JSON.parse(bytes.toString('utf8', at, at + length)) as {sections: Record<string, {offset: number}>};
		const records = bytes.toString('utf8', 0, Math.min(...Object.values(header.sections).map((section) => section.offset)));
		expect(records).toContain('Ratu⟨⟩Jahat');
		expect(records).not.toMatch(UNSAFE);
		expect(records).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|\\u00[89][0-9a-f]/i);
		expect(records).not.toContain('PWNED');
		const {articles} = (JSON.parse(bytes.toString('utf8', at, at + length)) as {meta: {articles: {info: unknown}[]}}).meta;
		expect(articles).toHaveLength(1);
		expect(JSON.stringify(articles.map((article) => article.info))).not.toMatch(UNSAFE);
	});
});
