/**
 * Run as a process of its own by load.ts, bundled like dist/, so each figure has a fresh process
 * and its own peak memory. Modes:
 *   whole DATASET        the whole-file loader (read, parse, validate, sanitize, index), as the
 *                        listings and exports load a dataset, and the explorer's data over it
 *   build DATASET DIR    the explorer's first open: validate the dataset into a store in DIR
 *   open DATASET DIR     every later open: the store in DIR, opened
 * Prints the milliseconds and the process's peak resident memory as one line of JSON.
 */
import {loadDatasetFile} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {openDataset} from '../../src/store/open.js';
import {useBuiltCheckWorker} from './built-check-worker.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

useBuiltCheckWorker();

const [mode, file, dir] = process.argv.slice(2);
if (file === undefined || !['whole', 'build', 'open'].includes(mode ?? '') || (mode !== 'whole' && dir === undefined)) {
	throw new Error('usage: load-child whole DATASET | build DATASET DIR | open DATASET DIR');
}
const start = performance.now();
if (mode === 'whole') {
	const result = loadDatasetFile(file);
	if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
	createExplorerData(result.story, measureDetail);
} else {
	const opened = await openDataset(file, file, dir!);
	if (!opened.ok) throw new Error(JSON.stringify(opened.errors.slice(0, 5)));
	const expected = mode === 'build' ? 'built' : 'store';
	if (opened.how !== expected) throw new Error(`expected the dataset to be ${expected}, but it was opened ${opened.how}`);
	createExplorerData(opened.catalog, measureDetail);
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ms, peakRssMb: process.resourceUsage().maxRSS / 1024})}\n`);
