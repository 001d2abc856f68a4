/**
 * Every command prints the same from a dataset's store as from the dataset loaded whole: listings
 * (text and JSON, in two languages), search, the text timeline and every export (JSON Lines and
 * Timesketch included). The store is what `--data FILE` opens; where no store can be kept the
 * dataset is loaded whole; standard input (`--data -`) is saved and gets a store of its own. The
 * same dataset given every way must print byte for byte the same. In process: `main` with
 * in-memory streams.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {main} from '../../src/cli/main.js';
import {catalogCounts} from '../../src/model/dataset-counts.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {openDataset} from '../../src/store/open.js';
import {cacheDir, reopenDataset} from '../../src/store/reopen.js';
import {temporaryFolder, writeGeneratedDataset} from '../helpers/catalogs.js';
import {EMBEDDED_DATASET, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';
import {hostileDataset} from '../helpers/hostile.js';
import {memoryIo} from '../helpers/memory-io.js';

// Every whole load counted: a run through a store must make none (no silent fall back to the loader).
vi.mock('../../src/model/load.js', async (original) => (await import('../helpers/counted-loads.js')).countedLoads(original));
const {wholeLoads} = await import('../helpers/counted-loads.js');
const {loadDatasetFile} = await import('../../src/model/load.js');
beforeEach(() => {
	wholeLoads.count = 0;
});

const root = temporaryFolder('cli-store-equivalence');
afterAll(() => rmSync(root, {recursive: true, force: true}));

const hostile = join(root, 'hostile', 'dataset.json');
mkdirSync(dirname(hostile));
writeFileSync(hostile, JSON.stringify(hostileDataset(), null, 2));

const DATASETS: Record<string, string> = {
	embedded: EMBEDDED_DATASET,
	semarang: SECOND_DATASET,
	// Three outlets that disagree on a date: whose date each listing gives.
	sources: SOURCES_DATASET,
	generated: writeGeneratedDataset(join(root, 'generated'), {events: 300, seed: 12}),
	hostile,
};

/** Stands for a misspelling of a word each dataset holds: "kota", but the three outlets' story has none, so "banjir". */
const MISSPELT = '<misspelt>';
const misspelt = (name: string) => (name === 'sources' ? 'banjiir' : 'koota');
/** Stands for an entity of the dataset that speaks (its first quotation's speaker), else its first. */
const SPEAKER = '<speaker>';
const speakerIn = (path: string): string => {
	const data = JSON.parse(readFileSync(path, 'utf8')) as {quotes?: {speaker: string}[]; entities: {id: string}[]};
	return data.quotes?.[0]?.speaker ?? data.entities[0]!.id;
};

const COMMANDS: readonly (readonly string[])[] = [
	['events'],
	['events', '--json', '--lang', 'en'],
	['entities'],
	['entities', '--json'],
	['quotes', '--lang', 'en'],
	['quotes', '--json'],
	['events', '--entity', SPEAKER, '--json'],
	['quotes', '--entity', SPEAKER],
	['claims', '--json'],
	// A misspelling (one error from a word of the dataset's): the store counts errors as the whole load does.
	['search', MISSPELT],
	['search', 'a', '--json', '--limit', '50'],
	[],
	['export', '--format', 'json'],
	['export', '--format', 'timelinejs', '--lang', 'en'],
	['export', '--format', 'ics'],
	['export', '--format', 'markdown', '--lang', 'en'],
	['export', '--format', 'jsonl', '--lang', 'en'],
	['export', '--format', 'jsonl', '--bulk'],
	['export', '--format', 'timesketch'],
];

/** A store folder that cannot be made (its parent is a file): a dataset is then loaded whole. */
const NO_STORE = join(root, 'not-a-folder');
writeFileSync(NO_STORE, '');
const UNWRITABLE_CACHE = join(NO_STORE, 'cache');

/**
 * What a command prints for the dataset at `path`: read through its store; piped in (saved, then
 * through a store of its own); or loaded whole, where no store can be kept.
 */
async function printed(args: readonly string[], path: string, how: 'store' | 'stdin' | 'whole'): Promise<{code: number; out: string; err: string}> {
	const io = how === 'stdin' ? memoryIo(dirname(path), readFileSync(path, 'utf8')) : memoryIo(dirname(path));
	if (how === 'whole') io.env.LINIMASA_CACHE = UNWRITABLE_CACHE;
	const loadsBefore = wholeLoads.count;
	const code = await main([...args, '--data', how === 'stdin' ? '-' : path], io);
	// What each way is: loaded whole once, or never.
	expect(wholeLoads.count - loadsBefore, `${how}: ${args.join(' ')}`).toBe(how === 'whole' ? 1 : 0);
	return {code, out: io.out(), err: io.err()};
}

describe('a command prints the same from a store as from the dataset loaded whole', () => {
	it('loads a dataset whole where its store cannot be kept (what the comparisons below rely on)', async () => {
		for (const path of Object.values(DATASETS)) {
			const opened = await openDataset(path, path, UNWRITABLE_CACHE);
			expect(opened).toMatchObject({ok: true, how: 'whole'});
		}
	});

	for (const [name, path] of Object.entries(DATASETS)) {
		it(`for the ${name} dataset, every listing, search and export`, async () => {
			for (const command of COMMANDS) {
				const args = command.map((arg) => (arg === MISSPELT ? misspelt(name) : arg === SPEAKER ? speakerIn(path) : arg));
				const whole = await printed(args, path, 'whole');
				expect(whole.code, `${args.join(' ')}: ${whole.err}`).toBe(0);
				expect(whole.out.length, args.join(' ')).toBeGreaterThan(0);
				// Twice through the store: the first run builds it, the second opens it.
				expect(await printed(args, path, 'store'), args.join(' ')).toEqual(whole);
				expect(await printed(args, path, 'store'), args.join(' ')).toEqual(whole);
			}
			// Piped in, it is saved and read through a store of its own: every record, as JSON Lines.
			const records = ['export', '--format', 'jsonl'];
			expect(await printed(records, path, 'stdin')).toEqual(await printed(records, path, 'whole'));
		});
	}
});

describe('validate counts the same, checking a file as it streams, piped in or from its store, as the dataset loaded whole', () => {
	for (const [name, path] of Object.entries(DATASETS)) {
		it(`for the ${name} dataset`, async () => {
			// A cache of its own: the listings above built stores in the test process's.
			const env = {LINIMASA_CACHE: join(root, `validate-cache-${name}`)};
			const countsOf = async (how: 'file' | 'stdin') => {
				const io = {...(how === 'file' ? memoryIo(dirname(path)) : memoryIo(dirname(path), readFileSync(path, 'utf8'))), env};
				const code = await main(['validate', how === 'file' ? path : '-', '--json'], io);
				expect(code, io.err()).toBe(0);
				return (JSON.parse(io.out()) as {counts: unknown}[]).map((report) => report.counts);
			};
			const loaded = loadDatasetFile(path, path);
			if (!loaded.ok) throw new Error(`${name} does not load`);
			const whole = [JSON.parse(JSON.stringify(catalogCounts(catalogOf(loaded.story))))];
			const io = {...memoryIo(dirname(path)), env};
			// Checked as it streams (from a file, and piped in), never loaded whole: validate builds no store of its own.
			wholeLoads.count = 0;
			expect(await countsOf('file')).toEqual(whole);
			expect(await countsOf('stdin')).toEqual(whole);
			expect(wholeLoads.count).toBe(0);
			expect(reopenDataset(path, path, cacheDir(io.env))).toBeUndefined();
			// A listing builds the store; validate then reads its counts from it.
			expect(await main(['events', '--data', path], io), io.err()).toBe(0);
			expect(reopenDataset(path, path, cacheDir(io.env))).toBeDefined();
			expect(await countsOf('file')).toEqual(whole);
		});
	}
});
