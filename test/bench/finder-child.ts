/**
 * Run as a process of its own by finder.ts, bundled like dist/: the finder's index in the
 * explorer's process. Opens a dataset from the store already built in DIR, builds the index as the
 * explorer does after its first frame, then types queries a character at a time, as the first
 * keystrokes of a session (nothing warmed up). Prints one line of JSON.
 *   finder-child DATASET DIR
 */
import {createExplorerData} from '../../src/state/data.js';
import {openDataset} from '../../src/store/open.js';
import {useBuiltCheckWorker} from './built-check-worker.js';
import {spread} from './stats.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

useBuiltCheckWorker();

/** What a person might type first: common surnames, a ministry, a name with a typo. */
const FINDER_QUERIES = ['siregar', 'meutia hafid', 'kementrian kom', 'universitas', 'nguyen'];

const [file, dir] = process.argv.slice(2);
if (file === undefined || dir === undefined) throw new Error('usage: finder-child DATASET DIR');

/** Resident and heap memory in MB, after a full collection when the process runs with --expose-gc. */
function memory() {
	globalThis.gc?.();
	const {rss, heapUsed} = process.memoryUsage();
	return {rssMb: rss / 1048576, heapUsedMb: heapUsed / 1048576};
}

const opened = await openDataset(file, file, dir);
if (!opened.ok) throw new Error(JSON.stringify(opened.errors.slice(0, 5)));
if (opened.how !== 'store') throw new Error(`expected the store to be opened, but the dataset was ${opened.how}`);
const data = createExplorerData(opened.catalog, measureDetail);
const before = memory();
let start = performance.now();
data.prepareSearch();
const indexMs = performance.now() - start;
const prepared = memory();
const times: number[] = [];
for (const query of FINDER_QUERIES) {
	for (let length = 1; length <= query.length; length++) {
		start = performance.now();
		data.find(query.slice(0, length));
		times.push(performance.now() - start);
	}
}
const typed = memory();
process.stdout.write(`${JSON.stringify({indexMs, before, prepared, typed, peakRssMb: process.resourceUsage().maxRSS / 1024, keystrokes: spread(times)})}\n`);
