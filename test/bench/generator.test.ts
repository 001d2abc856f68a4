import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/model/load.js';
import {generateDataset, serializeDataset, withInlineText} from './generator/dataset.js';
import {writeDatasetFiles} from './generator/files.js';

const generated = (events: number, seed?: number) => {
	const {dataset, articleText} = generateDataset({events, ...(seed === undefined ? {} : {seed})});
	return {dataset, articleText, json: serializeDataset(dataset)};
};

describe('the benchmark dataset generator', () => {
	it('writes a dataset that loads: schema, references and every anchor hold', () => {
		const result = parseDataset(serializeDataset(withInlineText(generateDataset({events: 600}))), {file: 'generated.json'});
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('writes datasets that load at small sizes too, where there are too few entities for a place', () => {
		for (const [events, entities] of [[1, undefined], [12, undefined], [5, 3], [40, 9]] as const) {
			const result = parseDataset(serializeDataset(withInlineText(generateDataset({events, entities}))), {file: 'small.json'});
			expect(result.ok ? [] : result.errors, `${events} events`).toEqual([]);
		}
	});

	it('gives about a third as many entities and a tenth as many quotes as events', () => {
		const {dataset} = generated(900);
		expect(dataset.events).toHaveLength(900);
		expect(dataset.entities).toHaveLength(300);
		expect(dataset.quotes.length).toBeGreaterThanOrEqual(85);
		expect(dataset.quotes.length).toBeLessThanOrEqual(95);
	});

	it('mixes points and ranges, day, month and year precision, stated and inferred dates', () => {
		const {dataset} = generated(900);
		const events = dataset.events;
		expect(events.some((event) => event.end)).toBe(true);
		expect(new Set(events.map((event) => event.precision))).toEqual(new Set(['day', 'month', 'year']));
		expect(new Set(events.map((event) => event.certainty))).toEqual(new Set(['stated', 'inferred']));
		expect(dataset.entities.some((entity) => entity.aliases.length > 0)).toBe(true);
		expect(dataset.entities.some((entity) => /[^\x00-\x7f]/.test(entity.name))).toBe(true);
	});

	it('is deterministic: the same seed gives the same bytes, another seed another dataset', () => {
		const first = generated(300, 5);
		const again = generated(300, 5);
		expect(again.json).toBe(first.json);
		expect(again.articleText).toBe(first.articleText);
		expect(generated(300, 6).json).not.toBe(first.json);
	});

	it('streams to disk the same bytes as serializeDataset and the same article text, leaving no partial files', () => {
		// 10,000 events cross many of the writer's 1 MB chunks and its 8 MB copies; 0 events has empty lists.
		for (const [events, seed] of [[0, undefined], [1, undefined], [12, 3], [10_000, undefined]] as const) {
			const dir = mkdtempSync(join(tmpdir(), 'linimasa-generator-'));
			try {
				const options = {events, ...(seed === undefined ? {} : {seed})};
				const written = writeDatasetFiles(options, dir);
				const {dataset, articleText} = generateDataset(options);
				const json = serializeDataset(dataset);
				expect(readFileSync(written.dataset, 'utf8') === json, `${events} events: dataset.json`).toBe(true);
				expect(readFileSync(written.article, 'utf8') === articleText, `${events} events: article.txt`).toBe(true);
				expect(written.bytes).toBe(Buffer.byteLength(json));
				expect(readdirSync(dir).sort()).toEqual(['article.txt', 'dataset.json']);
			} finally {
				rmSync(dir, {recursive: true, force: true});
			}
		}
	});
});
