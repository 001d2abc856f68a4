import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildTimesLine, progressLine, ProgressReport, ReadingReport} from '../../src/cli/build-progress.js';
import {streamedWork} from '../../src/cli/files.js';
import {main} from '../../src/cli/main.js';
import type {StreamOptions} from '../../src/store/record-stream.js';
import {widthOf} from '../../src/text/fit.js';
import {EMBEDDED_DATASET, embeddedDatasetInline} from '../helpers/datasets.js';
import {writeGeneratedDataset} from '../helpers/catalogs.js';
import {tempDir} from '../helpers/cli.js';
import {memoryIo} from '../helpers/memory-io.js';

const MB = 2 ** 20;
const halfway = {bytes: 400 * MB, totalBytes: 1000 * MB, records: 500_000, elapsedMs: 20_000, phase: 'checking'} as const;
const indexing = {...halfway, bytes: 1000 * MB, phase: 'indexing'} as const;

describe('the progress of a first open', () => {
	it('says how much is read, how fast and how long is left to read', () => {
		expect(progressLine('big.json', halfway)).toBe('checking big.json: 400 of 1,000 MB (40%), 500,000 records at 25,000/s, about 30 s left to read');
		expect(progressLine('big.json', {...halfway, bytes: 1000 * MB})).toBe('checking big.json: 1,000 of 1,000 MB (100%), 500,000 records at 25,000/s');
		expect(progressLine('big.json', {...halfway, bytes: 10 * MB, elapsedMs: 3_000})).toMatch(/about 4 min 57 s left to read$/);
	});

	it('says, once every record is read, that it is indexing them, and for how long', () => {
		expect(progressLine('big.json', indexing, Number.POSITIVE_INFINITY, 12_000)).toBe('checking big.json: all 1,000 MB read, 500,000 records; indexing them, 12 s so far');
		expect(progressLine('/home/reporter/arsip/banjir-2025/dataset.json', indexing, 60, 12_000)).toBe('indexing …ir-2025/dataset.json: 500,000 records, 12 s so far');
		// As indexing begins, no second is claimed before it has passed (a first open then says it took 0.2 s).
		expect(progressLine('big.json', indexing, Number.POSITIVE_INFINITY, 0)).toBe('checking big.json: all 1,000 MB read, 500,000 records; indexing them…');
		expect(progressLine('big.json', {...halfway, phase: 'errors'})).toMatch(/^finding every error in big\.json: 400 of 1,000 MB/);
	});

	it('gives way on a narrow terminal, the name first, so that the figures stay', () => {
		const name = '/home/reporter/arsip/banjir-2025/dataset.json';
		expect(progressLine(name, halfway, 200)).toBe(`checking ${name}: 400 of 1,000 MB (40%), 500,000 records at 25,000/s, about 30 s left to read`);
		expect(progressLine(name, halfway, 67)).toBe('checking …njir-2025/dataset.json: 400/1,000 MB (40%), ~30 s to read');
		expect(progressLine(name, halfway, 40)).toBe('40%, ~30 s to read');
		for (const width of [20, 40, 60, 67, 80, 100]) {
			expect(widthOf(progressLine(name, halfway, width))).toBeLessThanOrEqual(width);
			expect(widthOf(progressLine(name, indexing, width, 5_000))).toBeLessThanOrEqual(width);
		}
	});

	it('on a terminal redraws one line, at once when the phase changes, and clears it when done; elsewhere writes a line now and then', () => {
		const tty = {...memoryIo('/'), stderrIsTTY: true};
		const onTerminal = new ProgressReport('big.json', tty);
		onTerminal.update({...halfway, elapsedMs: 0});
		onTerminal.update({...halfway, elapsedMs: 100});
		onTerminal.update(halfway);
		onTerminal.update({...indexing, elapsedMs: 20_050});
		onTerminal.done();
		expect(tty.err().split('\r\x1b[2K')).toEqual(['', expect.stringMatching(/^linimasa: checking big\.json: /), expect.stringMatching(/^linimasa: checking big\.json: /), expect.stringMatching(/indexing them…$/), '']);
		const log = memoryIo('/');
		const inLog = new ProgressReport('big.json', log);
		for (const elapsedMs of [0, 5_000, 10_000, 15_000, 20_000]) inLog.update({...halfway, elapsedMs});
		inLog.update({...halfway, elapsedMs: 21_000, phase: 'errors'});
		inLog.done();
		expect(log.err().split('\n')).toEqual([
			'linimasa: checking big.json (1,000 MB)…',
			expect.stringMatching(/^linimasa: checking big\.json: 400 of 1,000 MB/),
			expect.stringMatching(/^linimasa: checking big\.json: 400 of 1,000 MB/),
			'linimasa: finding every error in big.json (1,000 MB)…',
			'',
		]);
	});
});

describe('the progress of a first open read a second time', () => {
	it('is said from the start again at once, not held back until the second reading outlasts the first', () => {
		const tty = {...memoryIo('/'), stderrIsTTY: true};
		const report = new ProgressReport('big.json', tty);
		report.update({...halfway, bytes: 900 * MB, elapsedMs: 30_000});
		report.update({...halfway, bytes: 10 * MB, records: 5_000, elapsedMs: 300});
		report.update({...halfway, bytes: 20 * MB, records: 10_000, elapsedMs: 350});
		report.done();
		expect(tty.err().split('\r\x1b[2K')).toEqual(['', expect.stringMatching(/: 900 of 1,000 MB/), expect.stringMatching(/: 10 of 1,000 MB \(1%\), 5,000 records at 16,667\/s/), '']);
		const log = memoryIo('/');
		const inLog = new ProgressReport('big.json', log);
		inLog.update({...halfway, bytes: 900 * MB, elapsedMs: 30_000});
		inLog.update({...halfway, bytes: 10 * MB, elapsedMs: 300});
		// The second reading says it is one: the same line twice read as a fault (a researcher's find).
		expect(log.err().split('\n')).toEqual(['linimasa: checking big.json (1,000 MB)…', 'linimasa: checking big.json again (1,000 MB)…', '']);
	});
});

describe('reading a dataset from standard input', () => {
	it('says, on a terminal, how much has come once it is large, and clears the line when done', () => {
		const tty = {...memoryIo('/'), stderrIsTTY: true};
		const report = new ReadingReport(tty);
		report.update(4 * MB);
		expect(tty.err()).toBe('');
		report.update(9 * MB);
		report.done();
		expect(tty.err()).toBe('\r\x1b[2Klinimasa: reading standard input: 9 MB so far\r\x1b[2K');
	});

	it('says how to end it when standard input is a terminal, as `linimasa validate -` typed alone would wait', async () => {
		const io = {...memoryIo('/', JSON.stringify(embeddedDatasetInline())), stdinIsTTY: true};
		expect(await main(['validate', '-'], io)).toBe(0);
		expect(io.err()).toBe('linimasa: reading the dataset from standard input; end it with Ctrl-D (or give a file with --data FILE)\n');
	});
});

describe('what a first open says of its time', () => {
	it('gives the reading (with its rate) and the indexing, to a tenth of a second while short', () => {
		expect(buildTimesLine('big.json', {bytes: 111 * MB, readMs: 2_430, indexMs: 1_710})).toBe('linimasa: big.json read and checked in 2.4 s (46 MB/s), then indexed in 1.7 s');
		expect(buildTimesLine('huge.json', {bytes: 1165 * MB, readMs: 20_400, indexMs: 65_000})).toBe('linimasa: huge.json read and checked in 20.4 s (57 MB/s), then indexed in 1 min 5 s');
		expect(buildTimesLine('bad\u001b[31mname.json', {bytes: MB, readMs: 0, indexMs: 9_949})).toBe('linimasa: badname.json read and checked in 0.0 s (0 MB/s), then indexed in 9.9 s');
	});

	it('is said after a first open of a file large enough to be told how far it is, before where its store is', async () => {
		const io = memoryIo('/');
		io.env.LINIMASA_CACHE = tempDir();
		// Past SAY_PROGRESS_BYTES (8 MB): about 9 MB.
		const big = writeGeneratedDataset(join(tempDir(), 'big'), {events: 8_000, seed: 3});
		expect(await main(['events', '--data', big], io)).toBe(0);
		const lines = io.err().trimEnd().split('\n');
		expect(lines.at(-2)).toMatch(/^linimasa: \S+ read and checked in \d+\.\d s \([\d,]+ MB\/s\), then indexed in \d+\.\d s$/);
		expect(lines.at(-1)).toMatch(/^linimasa: its store is kept for later opens: /);
	});
});

describe('LINIMASA_THREADS', () => {
	it('that is not a number of threads is said, and the default used', async () => {
		const io = memoryIo('/');
		io.env.LINIMASA_THREADS = 'many';
		// A cache of its own: with the dataset's store already there, nothing would be checked.
		io.env.LINIMASA_CACHE = tempDir();
		expect(await main(['validate', EMBEDDED_DATASET], io)).toBe(0);
		expect(io.err()).toBe('linimasa: LINIMASA_THREADS=many is not a number of threads (0 or more); the default is used (none under 8 MB, else a thread a core besides this one, at most 7)\n');
	});

	it('is said once in a run that reads several files, or a file twice', async () => {
		const io = memoryIo('/');
		io.env.LINIMASA_THREADS = '-1';
		io.env.LINIMASA_CACHE = tempDir();
		const bad = join(tempDir(), 'bad.json');
		writeFileSync(bad, JSON.stringify({...embeddedDatasetInline(), events: [{id: 'x'}]}));
		// The bad file is read twice: as it streams, then for every error.
		expect(await main(['validate', EMBEDDED_DATASET, bad], io)).toBe(1);
		expect(io.err().match(/LINIMASA_THREADS/g)).toHaveLength(1);
	});
});

describe('a first open stopped by a signal', () => {
	/** An Io whose termination signals the test sends itself. */
	const signalled = () => {
		let listener: ((signal: 'SIGINT') => void) | undefined;
		const io = {
			...memoryIo(tempDir()),
			onTermination: (given: (signal: 'SIGINT') => void) => {
				listener = given;
				return () => void (listener = undefined);
			},
		};
		return {io, send: () => listener?.('SIGINT')};
	};

	it('is heard when it comes in the last moments of the work, which ran at one go', async () => {
		const {io, send} = signalled();
		const path = join(tempDir(), 'big.json');
		writeFileSync(path, '{}');
		// As a signal is delivered: on a later turn of the event loop, here after the work has returned.
		const work = () => {
			setImmediate(send);
			return Promise.resolve('opened');
		};
		const discarded: string[] = [];
		await expect(streamedWork(path, 'big.json', io, work, (done) => discarded.push(done))).rejects.toMatchObject({message: 'stopped while checking big.json; nothing was kept', exitCode: 130});
		// What the work finished is undone: a store built to its end is removed (openDatasetFile).
		expect(discarded).toEqual(['opened']);
	});

	it('says what the work was doing when it came: checking the records, or indexing them', async () => {
		const {io, send} = signalled();
		const path = join(tempDir(), 'big.json');
		writeFileSync(path, '{}');
		const work = (options: StreamOptions) =>
			new Promise<string>((_resolve, reject) => {
				options.onProgress?.({...indexing, bytes: 2, totalBytes: 2});
				options.signal?.addEventListener('abort', () => reject(options.signal!.reason));
				send();
			});
		await expect(streamedWork(path, 'big.json', io, work)).rejects.toMatchObject({message: 'stopped while indexing big.json; nothing was kept', exitCode: 130});
	});
});
