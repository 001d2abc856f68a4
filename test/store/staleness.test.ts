/**
 * A store is used only while it is what this program would build now: a changed dataset or
 * article text, or a store file that is damaged or of another format, is rebuilt and never read;
 * a cache folder that cannot be written still opens the dataset (loaded whole).
 */
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {Catalog} from '../../src/model/catalog.js';
import {loadDatasetFile} from '../../src/model/load.js';
import {cacheDir, openDataset, type OpenOutcome} from '../../src/store/open.js';
import {SIDE_FILES} from '../../src/store/build.js';
import {decodeTrailer, encodeTrailer, STORE_FORMAT, TRAILER_BYTES} from '../../src/store/layout.js';
import {expectSameCatalog, temporaryFolder, wholeCatalog} from '../helpers/catalogs.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, SECOND_ARTICLE, SECOND_DATASET} from '../helpers/datasets.js';

const root = temporaryFolder('store-staleness');
afterAll(() => rmSync(root, {recursive: true, force: true}));

let folders = 0;

/** A copy of a dataset and its article.txt in a folder of its own, with a cache folder beside them. */
function copyOf(dataset = EMBEDDED_DATASET, article = EMBEDDED_ARTICLE): {dir: string; path: string; article: string; cache: string} {
	const dir = join(root, `case-${folders++}`);
	mkdirSync(dir);
	copyFileSync(dataset, join(dir, 'dataset.json'));
	copyFileSync(article, join(dir, 'article.txt'));
	return {dir, path: join(dir, 'dataset.json'), article: join(dir, 'article.txt'), cache: join(dir, 'cache')};
}

/** Open, expecting the dataset to open the given way; returns its catalog. */
async function openedAs(how: 'store' | 'built' | 'whole', path: string, cache: string): Promise<Catalog> {
	const outcome: OpenOutcome = await openDataset(path, 'dataset.json', cache);
	if (!outcome.ok) throw new Error(`expected ${path} to open: ${JSON.stringify(outcome.errors)}`);
	expect(outcome.how).toBe(how);
	return outcome.catalog;
}

/** The one store file in a cache folder. */
function storeFile(cache: string): string {
	const stores = readdirSync(cache).filter((name) => name.endsWith('.store'));
	expect(stores).toHaveLength(1);
	return join(cache, stores[0]!);
}

/** Rewrite a dataset's JSON through `change` (keeping its layout: one change, the rest as it was). */
function rewrite(path: string, change: (text: string) => string): void {
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	expect(after).not.toBe(before);
	writeFileSync(path, after);
}

const titleOf = (catalog: Catalog, id: string) => catalog.eventById(id)?.title.en;
/** The dataset's JSON with the English title of the event "meeting-nanning" replaced. */
const renameMeeting = (text: string) => text.replace(/("id": "meeting-nanning",[\s\S]*?"en": )"[^"]*"/, '$1"A meeting that was renamed"');

describe('a store is rebuilt when what it was built from changes', () => {
	it('a rewritten dataset: the next open rebuilds and shows the new content', async () => {
		const {path, cache} = copyOf();
		expect(titleOf(await openedAs('built', path, cache), 'meeting-nanning')).not.toBe('A meeting that was renamed');
		await openedAs('store', path, cache);
		rewrite(path, renameMeeting);
		const rebuilt = await openedAs('built', path, cache);
		expect(titleOf(rebuilt, 'meeting-nanning')).toBe('A meeting that was renamed');
		expectSameCatalog(rebuilt, wholeCatalog(path, 'dataset.json'));
		expectSameCatalog(await openedAs('store', path, cache), wholeCatalog(path, 'dataset.json'));
	});

	it('a rewrite of the same size with a new modification time: rebuilt, with the new content', async () => {
		const {path, cache} = copyOf();
		const title = titleOf(await openedAs('built', path, cache), 'meeting-nanning')!;
		const renamed = title.replace(/^./, (first) => (first === 'X' ? 'Y' : 'X'));
		rewrite(path, (text) => text.replace(JSON.stringify(title), JSON.stringify(renamed)));
		const {size, mtime} = statSync(path);
		utimesSync(path, mtime, new Date(mtime.getTime() + 60_000));
		expect(statSync(path).size).toBe(size);
		expect(titleOf(await openedAs('built', path, cache), 'meeting-nanning')).toBe(renamed);
	});

	it('a rewrite of the same size given back its old modification time is still seen (by its change time)', async () => {
		const {path, cache} = copyOf();
		// A time in whole seconds, which utimes can give back exactly.
		const time = Math.floor(Date.now() / 1000) - 3600;
		utimesSync(path, time, time);
		const title = titleOf(await openedAs('built', path, cache), 'meeting-nanning')!;
		const renamed = title.replace(/^./, (first) => (first === 'X' ? 'Y' : 'X'));
		rewrite(path, (text) => text.replace(JSON.stringify(title), JSON.stringify(renamed)));
		utimesSync(path, time, time);
		expect(statSync(path).mtimeMs).toBe(time * 1000);
		expect(titleOf(await openedAs('built', path, cache), 'meeting-nanning')).toBe(renamed);
	});

	it('only a new modification time, the same bytes: rebuilt all the same', async () => {
		const {path, cache} = copyOf();
		await openedAs('built', path, cache);
		const {atime, mtime} = statSync(path);
		utimesSync(path, atime, new Date(mtime.getTime() - 3_600_000));
		expectSameCatalog(await openedAs('built', path, cache), wholeCatalog(path, 'dataset.json'));
	});

	it('an article text that grows at its end (the anchors still hold): rebuilt against it', async () => {
		const {path, article, cache} = copyOf();
		await openedAs('built', path, cache);
		writeFileSync(article, `${readFileSync(article, 'utf8')}\n\nTambahan di akhir berita.\n`);
		expectSameCatalog(await openedAs('built', path, cache), wholeCatalog(path, 'dataset.json'));
		await openedAs('store', path, cache);
	});

	it('an article text changed under the anchors: refused with the whole loader\'s errors, the old store not used', async () => {
		const {path, article, cache} = copyOf();
		await openedAs('built', path, cache);
		writeFileSync(article, `Paragraf baru di awal.\n${readFileSync(article, 'utf8')}`);
		const loaded = loadDatasetFile(path, 'dataset.json');
		expect(loaded.ok).toBe(false);
		expect(await openDataset(path, 'dataset.json', cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
		expect(readdirSync(cache).filter((name) => name.endsWith('.partial'))).toEqual([]);
	});

	it('an article text that was removed: refused with the whole loader\'s errors', async () => {
		const {path, article, cache} = copyOf();
		await openedAs('built', path, cache);
		rmSync(article);
		const loaded = loadDatasetFile(path, 'dataset.json');
		expect(await openDataset(path, 'dataset.json', cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
	});
});

/** The trailer's offset and length of the store's JSON header. */
function headerRange(bytes: Buffer): {at: number; length: number} {
	return decodeTrailer(bytes.subarray(bytes.length - TRAILER_BYTES))!;
}

const DAMAGE: readonly (readonly [string, (store: string) => void])[] = [
	['cut in half', (store) => truncateSync(store, Math.floor(statSync(store).size / 2))],
	['cut by its last byte', (store) => truncateSync(store, statSync(store).size - 1)],
	['emptied', (store) => truncateSync(store, 0)],
	['overwritten with garbage of the same size', (store) => writeFileSync(store, Buffer.alloc(statSync(store).size, 0x5a))],
	['given a damaged trailer', (store) => {
		const bytes = readFileSync(store);
		bytes.write('XXXXXXXX', bytes.length - TRAILER_BYTES, 'latin1');
		writeFileSync(store, bytes);
	}],
	['written by another format version', (store) => {
		const bytes = readFileSync(store);
		const {at} = headerRange(bytes);
		const prefix = `{"format":${STORE_FORMAT},`;
		expect(bytes.toString('utf8', at, at + prefix.length)).toBe(prefix);
		// Another version of as many digits in its place: the header's length stays the same.
		const other = String(STORE_FORMAT).replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
		bytes.write(other, at + 10, 'latin1');
		writeFileSync(store, bytes);
	}],
	['given a header that is not JSON', (store) => {
		const bytes = readFileSync(store);
		const {at} = headerRange(bytes);
		bytes.write('}', at, 'latin1');
		writeFileSync(store, bytes);
	}],
	['given a header of this format that lacks what the store holds', (store) => {
		const bytes = readFileSync(store);
		const {at} = headerRange(bytes);
		const header = Buffer.from(JSON.stringify({format: STORE_FORMAT, endianness: JSON.parse(bytes.toString('utf8', at, at + headerRange(bytes).length)).endianness, sections: {}}));
		writeFileSync(store, Buffer.concat([bytes.subarray(0, at), header, encodeTrailer(at, header.length)]));
	}],
	['given a section that ends past the file', (store) => {
		const bytes = readFileSync(store);
		const {at, length} = headerRange(bytes);
		const header = JSON.parse(bytes.toString('utf8', at, at + length)) as {sections: Record<string, {offset: number}>};
		header.sections['event.timeline']!.offset = bytes.length * 2;
		const json = Buffer.from(JSON.stringify(header));
		writeFileSync(store, Buffer.concat([bytes.subarray(0, at), json, encodeTrailer(at, json.length)]));
	}],
];

describe('a store file that is not what this program wrote is rebuilt, never read', () => {
	for (const [what, damage] of DAMAGE) {
		it(`a store ${what}`, async () => {
			const {path, cache} = copyOf();
			await openedAs('built', path, cache);
			damage(storeFile(cache));
			const whole = wholeCatalog(path, 'dataset.json');
			expectSameCatalog(await openedAs('built', path, cache), whole);
			expectSameCatalog(await openedAs('store', path, cache), whole);
		});
	}

	it('the store of another dataset put in this one\'s place', async () => {
		const mine = copyOf();
		const other = copyOf(SECOND_DATASET, SECOND_ARTICLE);
		await openedAs('built', mine.path, mine.cache);
		await openedAs('built', other.path, other.cache);
		copyFileSync(storeFile(other.cache), storeFile(mine.cache));
		expectSameCatalog(await openedAs('built', mine.path, mine.cache), wholeCatalog(mine.path, 'dataset.json'));
	});
});

describe('the cache folder', () => {
	it('that cannot be created (its path runs through a file): the dataset opens loaded whole', async () => {
		const {dir, path} = copyOf();
		const file = join(dir, 'a-file');
		writeFileSync(file, 'not a folder');
		for (const cache of [join(file, 'cache'), file]) {
			expectSameCatalog(await openedAs('whole', path, cache), wholeCatalog(path, 'dataset.json'));
		}
		expect(readFileSync(file, 'utf8')).toBe('not a folder');
	});

	it('holds a store of its own for each dataset (two side by side, one elsewhere), and each reopens with its own content', async () => {
		const cache = join(root, 'shared-cache');
		const first = copyOf();
		const beside = join(first.dir, 'renamed.json');
		writeFileSync(beside, renameMeeting(readFileSync(first.path, 'utf8')));
		const elsewhere = copyOf(SECOND_DATASET, SECOND_ARTICLE).path;
		for (const path of [first.path, beside, elsewhere]) await openedAs('built', path, cache);
		expect(readdirSync(cache).filter((name) => name.endsWith('.store'))).toHaveLength(3);
		for (const path of [first.path, beside, elsewhere]) expectSameCatalog(await openedAs('store', path, cache), wholeCatalog(path, 'dataset.json'));
		expect(titleOf(await openedAs('store', beside, cache), 'meeting-nanning')).toBe('A meeting that was renamed');
		expect(titleOf(await openedAs('store', first.path, cache), 'meeting-nanning')).not.toBe('A meeting that was renamed');
	});

	it('is $LINIMASA_CACHE, else $XDG_CACHE_HOME/linimasa, else ~/.cache/linimasa', async () => {
		expect(cacheDir({LINIMASA_CACHE: '/x/cache', XDG_CACHE_HOME: '/y'})).toBe('/x/cache');
		expect(cacheDir({XDG_CACHE_HOME: '/y'})).toBe(join('/y', 'linimasa'));
		expect(cacheDir({XDG_CACHE_HOME: ''})).toBe(join(homedir(), '.cache', 'linimasa'));
		expect(cacheDir({})).toBe(join(homedir(), '.cache', 'linimasa'));
	});
});

describe('a dataset reached through a symbolic link', () => {
	it('reads its article text beside the link, as the whole loader does', async () => {
		const real = copyOf();
		const elsewhere = join(root, `link-${folders++}`);
		mkdirSync(elsewhere);
		const link = join(elsewhere, 'dataset.json');
		symlinkSync(real.path, link);
		// No article.txt beside the link: the whole loader refuses it, and so must the store.
		const loaded = loadDatasetFile(link, 'dataset.json');
		expect(loaded.ok).toBe(false);
		expect(await openDataset(link, 'dataset.json', real.cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
		// With one, it opens; the dataset opened directly still reads its own.
		copyFileSync(EMBEDDED_ARTICLE, join(elsewhere, 'article.txt'));
		expectSameCatalog(await openedAs('built', link, real.cache), wholeCatalog(link, 'dataset.json'));
		expectSameCatalog(await openedAs('built', real.path, real.cache), wholeCatalog(real.path, 'dataset.json'));
		rmSync(join(elsewhere, 'article.txt'));
		expect(await openDataset(link, 'dataset.json', real.cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
		await openedAs('store', real.path, real.cache);
	});
});

describe('what the review of the store found', () => {
	it('a re-pointed link to the article text: the store is not trusted, and the new text is checked', async () => {
		const {dir, path, cache} = copyOf();
		const original = readFileSync(join(dir, 'article.txt'), 'utf8');
		writeFileSync(join(dir, 'a.txt'), original);
		// One character changed inside the first anchor of the dataset.
		const at = original.indexOf('Menkomdigi');
		writeFileSync(join(dir, 'b.txt'), `${original.slice(0, at)}X${original.slice(at + 1)}`);
		rmSync(join(dir, 'article.txt'));
		symlinkSync(join(dir, 'a.txt'), join(dir, 'article.txt'));
		await openedAs('built', path, cache);
		await openedAs('store', path, cache);
		rmSync(join(dir, 'article.txt'));
		symlinkSync(join(dir, 'b.txt'), join(dir, 'article.txt'));
		const loaded = loadDatasetFile(path, 'dataset.json');
		expect(loaded.ok).toBe(false);
		expect(await openDataset(path, 'dataset.json', cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
	});

	it('two folders linking to one dataset, each with its own text beside the link: each is checked against its own', async () => {
		const real = copyOf();
		const [a, b] = ['a', 'b'].map((name) => join(root, `links-${folders}-${name}`));
		folders++;
		for (const folder of [a!, b!]) {
			mkdirSync(folder);
			symlinkSync(real.dir, join(folder, 'link'));
		}
		// The dataset names its text "article.txt": beside each link's path, that is the real folder's.
		// Give the dataset a text one folder up instead, which differs between the two.
		rewrite(real.path, (text) => text.replace('"textFile": "article.txt"', '"textFile": "../article.txt"'));
		copyFileSync(EMBEDDED_ARTICLE, join(a!, 'article.txt'));
		writeFileSync(join(b!, 'article.txt'), 'a different text, which no anchor fits');
		const viaA = join(a!, 'link', 'dataset.json');
		const viaB = join(b!, 'link', 'dataset.json');
		expectSameCatalog(await openedAs('built', viaA, real.cache), wholeCatalog(viaA, 'dataset.json'));
		const loaded = loadDatasetFile(viaB, 'dataset.json');
		expect(loaded.ok).toBe(false);
		expect(await openDataset(viaB, 'dataset.json', real.cache)).toEqual({ok: false, errors: loaded.ok ? [] : loaded.errors});
		await openedAs('store', viaA, real.cache);
	});

	it('a dataset larger than the whole loader reads is refused with where it breaks, and no store is built', async () => {
		const {path, cache} = copyOf();
		const size = statSync(path).size;
		// Sparse: the dataset, then zero bytes up to 260 MB, which the loader would not read at all.
		truncateSync(path, 260 * 2 ** 20);
		const loaded = loadDatasetFile(path, 'dataset.json');
		expect(loaded.ok ? [] : loaded.errors.map((error) => error.message)).toEqual([expect.stringMatching(/^is 260 MB; linimasa reads files up to 256 MB in one piece/)]);
		const lines = readFileSync(EMBEDDED_DATASET, 'utf8').split('\n');
		expect(await openDataset(path, 'dataset.json', cache)).toEqual({ok: false, errors: [{file: 'dataset.json', line: lines.length, column: lines.at(-1)!.length + 1, message: `invalid JSON: expected nothing more at byte ${size}, found byte 0x00`}]});
		expect(readdirSync(cache).filter((name) => name.endsWith('.store'))).toEqual([]);
	});

	it('what an interrupted build left is removed by the next build; a running build\'s files are left alone', async () => {
		const {path, cache} = copyOf();
		await openedAs('built', path, cache);
		const store = storeFile(cache);
		// A process id beyond Linux's largest is never running.
		const abandoned = `${store}.4194305.0a1b2c.partial`;
		const running = `${store}.${process.pid}.0a1b2c.partial`;
		// With every file a build keeps beside its store (a killed build's, the searched texts of a million events, run to GBs).
		for (const partial of [abandoned, running]) for (const name of [partial, ...SIDE_FILES.map((side) => `${partial}.${side}`)]) writeFileSync(name, 'half a store');
		rewrite(path, renameMeeting);
		await openedAs('built', path, cache);
		expect(readdirSync(cache).sort()).toEqual([store, running, ...SIDE_FILES.map((side) => `${running}.${side}`)].map((file) => file.slice(cache.length + 1)).sort());
		expect(SIDE_FILES).toContain('event.searched');
	});

	it('stores are readable by their owner alone, in a folder of the owner\'s alone', async () => {
		const {path, cache} = copyOf();
		await openedAs('built', path, cache);
		expect(statSync(cache).mode & 0o777).toBe(0o700);
		expect(statSync(storeFile(cache)).mode & 0o777).toBe(0o600);
	});

	it('a store another version of linimasa built is built again', async () => {
		const {path, cache} = copyOf();
		await openedAs('built', path, cache);
		const store = storeFile(cache);
		const bytes = readFileSync(store);
		const {at, length} = headerRange(bytes);
		const header = JSON.parse(bytes.toString('utf8', at, at + length)) as {meta: {program: string}};
		header.meta.program = '0.0.0-other';
		const json = Buffer.from(JSON.stringify(header));
		writeFileSync(store, Buffer.concat([bytes.subarray(0, at), json, encodeTrailer(at, json.length)]));
		await openedAs('built', path, cache);
		await openedAs('store', path, cache);
	});
});
