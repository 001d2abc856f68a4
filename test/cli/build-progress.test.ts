import {describe, expect, it} from 'vitest';
import {progressLine, ProgressReport} from '../../src/cli/build-progress.js';
import {widthOf} from '../../src/text/fit.js';
import {memoryIo} from '../helpers/memory-io.js';

const MB = 2 ** 20;
const halfway = {bytes: 400 * MB, totalBytes: 1000 * MB, records: 500_000, elapsedMs: 20_000};

describe('the progress of a first open', () => {
	it('says how much is read, how fast and how long is left', () => {
		expect(progressLine('big.json', halfway)).toBe('checking big.json: 400 of 1,000 MB (40%), 500,000 records at 25,000/s, about 30 s left');
		expect(progressLine('big.json', {...halfway, bytes: 1000 * MB})).toBe('checking big.json: 1,000 of 1,000 MB (100%), 500,000 records at 25,000/s');
		expect(progressLine('big.json', {...halfway, bytes: 10 * MB, elapsedMs: 3_000})).toMatch(/about 4 min 57 s left$/);
	});

	it('gives way on a narrow terminal, the name first, so that the figures stay', () => {
		const name = '/home/reporter/arsip/banjir-2025/dataset.json';
		expect(progressLine(name, halfway, 200)).toBe(`checking ${name}: 400 of 1,000 MB (40%), 500,000 records at 25,000/s, about 30 s left`);
		expect(progressLine(name, halfway, 69)).toBe('checking …2025/dataset.json: 400/1,000 MB (40%), 25,000/s, ~30 s left');
		expect(progressLine(name, halfway, 49)).toBe('40%, 25,000 records/s, ~30 s left');
		for (const width of [20, 40, 60, 69, 80, 100]) expect(widthOf(progressLine(name, halfway, width))).toBeLessThanOrEqual(width);
	});

	it('on a terminal redraws one line, and clears it when done; elsewhere writes a line now and then', () => {
		const tty = {...memoryIo('/'), stderrIsTTY: true};
		const onTerminal = new ProgressReport('big.json', tty);
		onTerminal.update({...halfway, elapsedMs: 0});
		onTerminal.update({...halfway, elapsedMs: 100});
		onTerminal.update(halfway);
		onTerminal.done();
		expect(tty.err().split('\r\x1b[2K')).toEqual(['', expect.stringMatching(/^linimasa: checking big\.json: /), expect.stringMatching(/^linimasa: checking big\.json: /), '']);
		const log = memoryIo('/');
		const inLog = new ProgressReport('big.json', log);
		for (const elapsedMs of [0, 5_000, 10_000, 15_000, 20_000]) inLog.update({...halfway, elapsedMs});
		inLog.done();
		expect(log.err().split('\n')).toEqual(['linimasa: checking big.json (1,000 MB)…', expect.stringMatching(/^linimasa: checking big\.json: 400 of 1,000 MB/), expect.stringMatching(/^linimasa: checking big\.json: 400 of 1,000 MB/), '']);
	});
});
