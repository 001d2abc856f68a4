/**
 * The errors of a file too large for the whole-file loader, found as it streams, are the loader's:
 * the same errors, in the same order, at the same places. Compared here on files the loader can
 * read, every one broken differently.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadDatasetFile, NOT_JSON} from '../../src/model/load.js';
import {streamErrors} from '../../src/store/stream-errors.js';
import {BAD, changed, json, withByte} from '../helpers/bad-datasets.js';
import {temporaryFolder} from '../helpers/catalogs.js';
import {EMBEDDED_ARTICLE, embeddedDatasetInline, sourcesDatasetInline} from '../helpers/datasets.js';

const root = temporaryFolder('stream-errors');
afterAll(() => rmSync(root, {recursive: true, force: true}));

let folders = 0;
function datasetFile(content: string | Uint8Array): string {
	const dir = join(root, `case-${folders++}`);
	mkdirSync(dir);
	writeFileSync(join(dir, 'article.txt'), readFileSync(EMBEDDED_ARTICLE));
	writeFileSync(join(dir, 'dataset.json'), content);
	return join(dir, 'dataset.json');
}

/** The loader's errors of a file, and those found as it streams (one thread, and two). */
async function bothWays(content: string | Uint8Array) {
	const path = datasetFile(content);
	const loaded = loadDatasetFile(path, 'bad.json');
	return {loader: loaded.ok ? [] : loaded.errors, streamed: await streamErrors(path, 'bad.json', {threads: 0}), threaded: await streamErrors(path, 'bad.json', {threads: 1})};
}

// What the stream leaves to the loader (or places by the byte where it breaks): a file that is not an object of members in order, whose JSON breaks between records, or whose article is wrong.
const TOP_LEVEL = ['invalid JSON in the last quote', 'a wrong version', 'an empty file', 'a file of whitespace', 'an array instead of an object', 'a file that ends inside the events', 'an article with both text and textFile'];

describe('errors found as a file streams', () => {
	for (const [what, content] of BAD.filter(([what]) => !TOP_LEVEL.includes(what))) {
		it(`are the loader's for ${what}`, async () => {
			const {loader, streamed, threaded} = await bothWays(content);
			expect(streamed).toEqual(loader);
			expect(threaded).toEqual(loader);
		});
	}

	it('are the loader\'s for a record of each kind broken, references to refused records, and duplicates', async () => {
		const {loader, streamed} = await bothWays(changed((data) => {
			data.entities[1].type = 'robot';
			data.entities[2].id = data.entities[0].id;
			data.entities[3].alias = ['typo of aliases'];
			data.events[0].participants.push({entity: data.entities[1].id}, {entity: 'nobody'});
			data.events[1].start = '2025-02-30';
			data.events[2].evidence[0].exact = 'not the text';
			data.events[3].id = data.events[0].id;
			data.quotes[0].speaker = 'no-one';
			data.quotes[1].event = data.events[3].id;
		}));
		expect(loader.length).toBeGreaterThan(6);
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s when the article text file is missing: where it looked, then the records\' own errors, anchors unchecked', async () => {
		const {loader, streamed} = await bothWays(changed((data) => {
			delete data.article.text;
			data.article.textFile = 'gone.txt';
			data.events[1].participants[0].entity = 'nobody';
			data.quotes[0].evidence.start += 1;
		}));
		expect(loader.map((error) => error.path)).toEqual(['$.article.textFile', '$.events[1].participants[0].entity']);
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s for the top level too: a key it does not know, a $schema that is not a string', async () => {
		const data = embeddedDatasetInline();
		const {loader, streamed} = await bothWays(json({$schema: 5, ...data, extra: 1, events: data.events.map((event: {id: string}, i: number) => (i === 2 ? {...event, start: 'soon'} : event))}));
		expect(loader.map((error) => error.path)).toEqual(expect.arrayContaining(['$.events[2].start', '$.extra']));
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s for ids given twice after a refused record, and a place given twice as another type', async () => {
		const {loader, streamed} = await bothWays(changed((data) => {
			data.entities[0].type = 'robot';
			data.entities[5].id = data.entities[3].id;
			const place = data.entities.find((entity: {type: string}) => entity.type === 'place');
			data.entities.push({...data.entities[1], id: place.id, type: 'person'});
		}));
		expect(loader.some((error) => / is a person, expected the id of a place$/.test(error.message))).toBe(true);
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s in its order when claims come before quotes', async () => {
		const data = sourcesDatasetInline();
		const {quotes, claims, ...rest} = data;
		claims[0].value = 'many';
		claims[1].subject = {event: 'nowhere'};
		quotes[0].speaker = 'no-one';
		quotes[1].gloss = 'not localized';
		const {loader, streamed} = await bothWays(JSON.stringify({...rest, claims, quotes}, null, 2));
		expect(loader.length).toBeGreaterThanOrEqual(4);
		expect(streamed).toEqual(loader);
	});

	it('say the file is not UTF-8, as the loader does, though a record before the bad byte is not JSON', async () => {
		const text = json(embeddedDatasetInline()).replace('"id": "meeting-nanning",', '"id": "meeting-nanning",,');
		const {loader, streamed} = await bothWays(withByte(text, '"speaker"', 0xe9));
		expect(loader).toEqual([expect.objectContaining({message: expect.stringMatching(/^is not UTF-8 text/)})]);
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s past a hundred errors: the first hundred, then how many more', async () => {
		const data = embeddedDatasetInline();
		const event = data.events[0];
		for (let i = 0; i < 130; i++) data.events.push({...event, id: `copy-${i}`, participants: [{entity: `ghost-${i}`}]});
		const {loader, streamed} = await bothWays(json(data));
		expect(loader.at(-1)?.message).toMatch(/^and \d+ more errors \(\d+ in all\)$/);
		expect(streamed).toEqual(loader);
	});

	it('are the loader\'s in a file written on one line, with a byte order mark', async () => {
		const {loader, streamed} = await bothWays(`\uFEFF${JSON.stringify({...JSON.parse(changed((data) => (data.quotes[2].about = ['nowhere'])))})}`);
		expect(loader[0]?.line).toBe(1);
		expect(streamed).toEqual(loader);
	});

	it('leave a version linimasa does not read to the loader before any record is checked: its error is the version\'s alone', async () => {
		const path = datasetFile(changed((data) => {
			data.version = 7;
			data.events[0].start = 'soon';
			data.quotes[0].speaker = 'no-one';
		}));
		const loaded = loadDatasetFile(path, 'bad.json');
		expect(loaded.ok ? [] : loaded.errors.map((error) => error.path)).toEqual(['$.version']);
		for (const threads of [0, 1]) {
			const checked: number[] = [];
			expect(await streamErrors(path, 'bad.json', {threads, onProgress: ({records}) => checked.push(records)})).toBeUndefined();
			expect(checked.filter((records) => records > 0)).toEqual([]);
		}
	});

	it('say only that a file is not UTF-8, at its first bad byte (inside a record), as the loader does', async () => {
		const content = withByte(json(embeddedDatasetInline()), '"id": "meeting-nanning"', 0xe9);
		const {loader, streamed} = await bothWays(content);
		expect(loader).toHaveLength(1);
		expect(streamed).toEqual(loader);
	});

	it('say a file that is not JSON at all is not, as the loader does, with how to draft a dataset', async () => {
		const {loader, streamed} = await bothWays('Koran-jakarta.com || Rabu, 26 Mar 2025\n\nJAKARTA - Menteri Komunikasi…\n');
		expect(loader).toEqual([{file: 'bad.json', line: 1, column: 1, message: NOT_JSON}]);
		expect(streamed).toEqual(loader);
	});

	for (const what of TOP_LEVEL) {
		it(`leave ${what} to the loader, or say where its JSON breaks`, async () => {
			const {loader, streamed} = await bothWays(BAD.find(([name]) => name === what)![1]);
			expect(loader.length).toBeGreaterThan(0);
			if (streamed === undefined) return;
			expect(streamed).toHaveLength(1);
			expect(streamed[0]).toMatchObject({file: 'bad.json', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^invalid JSON: /)});
		});
	}
});
