/**
 * Run as a process of its own by load.ts, bundled like dist/: loads a dataset as the program does
 * (read, parse, validate, sanitize, index) and derives the explorer's data from it, then prints
 * the times and the process's peak resident memory as one line of JSON.
 */
import {loadDatasetFile} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: load-child DATASET');
const start = performance.now();
const result = loadDatasetFile(file);
const loadMs = performance.now() - start;
if (!result.ok) {
	process.stderr.write(`${JSON.stringify(result.errors.slice(0, 5))}\n`);
	process.exit(1);
}
const dataStart = performance.now();
createExplorerData(result.story);
const dataMs = performance.now() - dataStart;
process.stdout.write(`${JSON.stringify({loadMs, dataMs, peakRssMb: process.resourceUsage().maxRSS / 1024})}\n`);
