import {openDataset} from './src/store/open.ts';
import {rmSync} from 'node:fs';
rmSync('/tmp/catalog-p', {force: true, recursive: true});
const o = openDataset('data/articles/komdigi-ai-asean-2025/dataset.json', 'x', '/tmp/catalog-p');
console.log(o.ok && o.how);
