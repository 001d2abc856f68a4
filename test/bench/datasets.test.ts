import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {writeEntityNames} from './datasets.js';
import {writeDatasetFiles} from './generator/files.js';

const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-datasets-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("the benchmark's datasets on disk", () => {
	it("reads a generated dataset's entity names a line at a time, the same as parsing the whole file", async () => {
		const {dataset} = writeDatasetFiles({events: 3000}, dir);
		const whole = (JSON.parse(readFileSync(dataset, 'utf8')) as {entities: {name: string}[]}).entities.map((entity) => entity.name);
		const out = join(dir, 'names.txt');
		expect(await writeEntityNames(dataset, out)).toBe(1000);
		expect(readFileSync(out, 'utf8')).toBe(whole.join('\n'));
	});

	it('refuses a file that is not laid out a record a line', async () => {
		const file = join(dir, 'one-line.json');
		const {dataset} = writeDatasetFiles({events: 30}, dir);
		const oneLine = JSON.stringify(JSON.parse(readFileSync(dataset, 'utf8')));
		writeFileSync(file, oneLine);
		await expect(writeEntityNames(file, join(dir, 'none.txt'))).rejects.toThrow(/not a dataset the generator wrote/);
	});
});
