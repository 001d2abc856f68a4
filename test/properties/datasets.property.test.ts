/**
 * Random datasets valid by the schema and the integrity rules: every one loads, and the command
 * line lists its timeline, one clean line per event. (Rendering them is in keys.property.test.tsx.)
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {memoryIo} from '../helpers/memory-io.js';
import {validDataset} from './arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'linimasa-random-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('random valid datasets', () => {
	it('load, with every event, entity and quote', () => {
		fc.assert(
			fc.property(validDataset, (dataset) => {
				const result = validateDatasetValue(dataset, {file: 'random.json'});
				if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
				expect(result.story.events).toHaveLength(dataset.events.length);
				expect(result.story.entities).toHaveLength(dataset.entities.length);
				expect(result.story.quotes).toHaveLength(dataset.quotes.length);
			}),
			{numRuns: 100},
		);
	});

	it('are listed by the command line: the title, the byline, a blank line, then one clean line per event', async () => {
		await fc.assert(
			fc.asyncProperty(validDataset, async (dataset) => {
				const path = join(dir, 'dataset.json');
				writeFileSync(path, JSON.stringify(dataset));
				const io = memoryIo(dir);
				expect(await main(['--data', path], io)).toBe(0);
				expect(io.err()).toBe('');
				const lines = io.out().split('\n');
				expect(lines.pop()).toBe('');
				expect(lines[2]).toBe('');
				expect(lines.slice(3)).toHaveLength(dataset.events.length);
				for (const line of lines) expect(line).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f]/);
			}),
			{numRuns: 60},
		);
	});
});
