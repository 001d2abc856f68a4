import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runMain, tempDir} from '../helpers/cli.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';

describe('linimasa validate of a file with more errors than it lists', () => {
	it('lists a hundred, says how many more, and counts them all on stderr and in --json', async () => {
		const data = embeddedDatasetInline();
		for (let i = 0; i < 1130; i++) data.events.push({...data.events[0], id: `copy-${i}`, participants: [{entity: `ghost-${i}`}]});
		const file = join(tempDir(), 'many.json');
		writeFileSync(file, JSON.stringify(data));
		const text = await runMain(['validate', file]);
		expect(text.code).toBe(1);
		const lines = text.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(101);
		expect(lines.at(-1)).toBe(`${file}: and 1,030 more errors (1,130 in all)`);
		expect(text.stderr).toBe(`linimasa: ${file} is not a valid dataset (1,130 errors)\n`);
		const json = await runMain(['validate', file, '--json']);
		expect((JSON.parse(json.stdout) as {errorCount: number}[])[0]!.errorCount).toBe(1130);
	});
});
