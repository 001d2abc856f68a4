import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/model/load.js';
import type {Anchor} from '../../src/model/schema.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, SECOND_ARTICLE, SECOND_DATASET} from '../helpers/datasets.js';

/** Every anchor in a raw dataset, found by walking it (independently of the loader's own checks). */
function anchorsIn(value: unknown, path = '$', found: {path: string; anchor: Anchor}[] = []) {
	if (Array.isArray(value)) value.forEach((item, i) => anchorsIn(item, `${path}[${i}]`, found));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.exact === 'string') {
			found.push({path, anchor: record as unknown as Anchor});
		} else for (const [key, item] of Object.entries(record)) anchorsIn(item, `${path}.${key}`, found);
	}
	return found;
}

/** Slice by code points with Array.from: a second, simple implementation to check against. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe.each([
	['the embedded article', EMBEDDED_DATASET, EMBEDDED_ARTICLE],
	['the second story (with an astral character)', SECOND_DATASET, SECOND_ARTICLE],
])('anchors of %s', (_name, datasetPath, articlePath) => {
	const data = JSON.parse(readFileSync(datasetPath, 'utf8'));
	const text = readFileSync(articlePath, 'utf8');
	const anchors = anchorsIn(data);

	it('are many: every event, mention and quote has one', () => {
		expect(anchors.length).toBeGreaterThan(data.events.length + data.quotes.length);
	});

	it.each(anchors.map(({path, anchor}) => [path, anchor] as const))('%s gives exactly its text', (_path, anchor) => {
		expect(slice(text, anchor.start, anchor.end)).toBe(anchor.exact);
		if (anchor.prefix) expect(slice(text, anchor.start - Array.from(anchor.prefix).length, anchor.start)).toBe(anchor.prefix);
		if (anchor.suffix) expect(slice(text, anchor.end, anchor.end + Array.from(anchor.suffix).length)).toBe(anchor.suffix);
	});
});

describe('offsets count code points, not UTF-16 units', () => {
	const text = readFileSync(SECOND_ARTICLE, 'utf8');

	it('the fixture really has an astral character before its anchors', () => {
		const wave = text.indexOf('🌊');
		expect(wave).toBeGreaterThan(0);
		expect(text.length).toBe(Array.from(text).length + 1);
	});

	it('an anchor written with JavaScript string indices is refused', () => {
		const exact = 'BMKG memperkirakan';
		const start = text.indexOf(exact); // a UTF-16 index: one more than the code-point offset
		const dataset = {
			version: 1,
			article: {title: 't', outlet: 'o', published: '2025-02-06T19:30+08:00', language: 'id', text},
			entities: [{id: 'bmkg', type: 'organization', name: 'BMKG', description: {id: 'x'}, mentions: [{start, end: start + exact.length, exact}]}],
			events: [],
		};
		const result = parseDataset(JSON.stringify(dataset), {file: 'utf16.json'});
		expect(result.ok).toBe(false);
		const fixed = {...dataset, entities: [{...dataset.entities[0], mentions: [{start: start - 1, end: start - 1 + exact.length, exact}]}]};
		expect(parseDataset(JSON.stringify(fixed), {file: 'cp.json'}).ok).toBe(true);
	});
});
