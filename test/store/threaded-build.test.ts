/**
 * A store built with its records checked by other threads is the one a single thread builds; a build tells how far it is, and one stopped midway leaves no file behind.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {buildStore, type BuildProgress} from '../../src/store/build.js';
import {openDataset} from '../../src/store/open.js';
import {temporaryFolder, writeGeneratedDataset} from '../helpers/catalogs.js';

const root = temporaryFolder('store-threaded');
afterAll(() => rmSync(root, {recursive: true, force: true}));

// Enough records for many batches (about 512 KB each) over two threads.
const path = writeGeneratedDataset(join(root, 'dataset'), {events: 1200, entities: 400, seed: 7});

describe('a store whose records other threads check', () => {
	// A store built in one thread answers as the dataset loaded whole (equivalence.test.ts).
	it('is, byte for byte, the store one thread writes', async () => {
		const threaded = await openDataset(path, 'dataset.json', join(root, 'threaded'), {threads: 2});
		expect(threaded.ok && threaded.how).toBe('built');
		const alone = join(root, 'alone.store');
		expect(await buildStore(path, alone, {threads: 0})).toMatchObject({ok: true});
		const [store] = readdirSync(join(root, 'threaded'));
		expect(readFileSync(join(root, 'threaded', store!)).equals(readFileSync(alone))).toBe(true);
	});

	it('says how far it is, chunk by chunk, up to the whole file', async () => {
		const seen: BuildProgress[] = [];
		expect(await buildStore(path, join(root, 'progress.store'), {threads: 1, onProgress: (progress) => seen.push(progress)})).toMatchObject({ok: true});
		expect(seen.length).toBeGreaterThan(1);
		const last = seen.at(-1)!;
		expect(last.bytes).toBe(last.totalBytes);
		expect(last.records).toBe(1200 + 400 + 120);
		for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
	});

	it('stops when asked, midway, and leaves no store and no partial file', async () => {
		const cache = join(root, 'stopped');
		const controller = new AbortController();
		const opening = openDataset(path, 'dataset.json', cache, {threads: 2, signal: controller.signal, onProgress: (progress) => progress.records > 0 && controller.abort(new Error('stop'))});
		await expect(opening).rejects.toThrow('stop');
		expect(readdirSync(cache)).toEqual([]);
	});

	it('stops when asked at any pause of its indexing, in this thread or with threads, and leaves nothing', async () => {
		// How often a build in this thread pauses while it indexes: every step of the end of a build, each kind's search sections among them.
		let pauses = 0;
		expect(await buildStore(path, join(root, 'pauses.store'), {threads: 0, onProgress: (progress) => void (progress.phase === 'indexing' && pauses++)})).toMatchObject({ok: true});
		expect(pauses).toBeGreaterThan(8);
		for (const threads of [0, 2]) {
			// With threads, the pauses while a thread writes sections depend on time: the sweep stops short of them.
			for (let stopAt = 1; stopAt <= (threads === 0 ? pauses : 3); stopAt++) {
				const cache = join(root, `stopped-indexing-${threads}-${stopAt}`);
				const controller = new AbortController();
				let seen = 0;
				const onProgress = (progress: BuildProgress) => {
					if (progress.phase === 'indexing' && ++seen === stopAt) controller.abort(new Error('stop'));
				};
				await expect(openDataset(path, 'dataset.json', cache, {threads, signal: controller.signal, onProgress}), `threads ${threads}, pause ${stopAt}`).rejects.toThrow('stop');
				expect(readdirSync(cache), `threads ${threads}, pause ${stopAt}`).toEqual([]);
			}
		}
	});

	it('stops its threads when the file cannot be opened, so that the program ends', () => {
		// The threads start with the stream, before the file is opened: left running, they would keep
		// the process alive after its error was said. Run apart, as only a process's end shows it.
		const stream = pathToFileURL(join(process.cwd(), 'src/store/record-stream.ts')).href;
		const script = [
			`import {RecordStream, streamRecords} from ${JSON.stringify(stream)};`,
			"class Kept extends RecordStream { keep() {} }",
			"const gone = {path: '/nonexistent/dataset.json', size: 10, mtimeMs: 0, ctimeMs: 0, ino: 0};",
			"await streamRecords(gone, new Kept('/', 1, 'check'), {}).then(() => process.exit(3), (error) => console.log(error.code));",
		].join('\n');
		const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL'});
		expect(child.signal, 'the process was still running, held by its threads').toBeNull();
		expect(child.stdout.trim()).toBe('ENOENT');
		expect(child.status).toBe(0);
	});
});
