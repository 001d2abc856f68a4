import {openDataset} from '../src/store/open.js';
import {createExplorerData} from '../src/state/data.js';
const rss = (what: string) => { global.gc?.(); const m = process.memoryUsage(); console.log(what, 'rss', (m.rss / 1e6) | 0, 'heap', (m.heapUsed / 1e6) | 0, 'peak', (process.resourceUsage().maxRSS / 1024) | 0); };
rss('start');
const a = openDataset(process.argv[2]!, 'x', '/tmp/lc/cache');
if (!a.ok) throw 1;
rss('opened ' + a.how);
const data = createExplorerData(a.catalog);
let t = performance.now();
a.catalog.searchEntries();
console.log('entries', (performance.now() - t) | 0);
rss('entries');
t = performance.now();
data.prepareSearch();
console.log('index', (performance.now() - t) | 0);
rss('search');
for (const q of ['s', 'si', 'sir', 'sire', 'nguyen']) { t = performance.now(); data.findEntities(q); console.log(q, (performance.now() - t).toFixed(1)); }
rss('searched');
