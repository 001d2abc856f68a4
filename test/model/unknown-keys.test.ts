/**
 * A key the format does not know is an error at every level, named with the nearest known key:
 * a misspelt `quote` must not pass as a dataset of no quotes. The generated JSON Schema says the
 * same (additionalProperties: false), and every shipped dataset and fixture still passes both.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {describe, expect, it} from 'vitest';
import {formatDatasetError} from '../../src/model/errors.js';
import {nearestName} from '../../src/model/known-keys.js';
import {loadDatasetFile, parseDataset} from '../../src/model/load.js';
import {datasetJsonSchema} from '../../src/model/schema.js';
import {embeddedDatasetInline, PROJECT_ROOT, sourcesDatasetInline} from '../helpers/datasets.js';

type Data = Record<string, any>;

/** Every error line of the dataset, as `validate` prints them. */
function errorLines(data: Data): string[] {
	const result = parseDataset(JSON.stringify(data, null, 2), {file: 'story.json'});
	return result.ok ? [] : result.errors.map(formatDatasetError);
}

/** [what, which dataset, the change, the error's path and message] */
const SLIPS: readonly (readonly [string, () => Data, (data: Data) => void, string])[] = [
	['the dataset', embeddedDatasetInline, (d) => { d.quote = d.quotes; delete d.quotes; }, '$.quote: unknown key (did you mean "quotes"?)'],
	['a version-2 dataset', sourcesDatasetInline, (d) => (d.claim = []), '$.claim: unknown key (did you mean "claims"?)'],
	['the article', embeddedDatasetInline, (d) => (d.article.autor = ['Eko S']), '$.article.autor: unknown key (did you mean "authors"?)'],
	['an article of several', sourcesDatasetInline, (d) => (d.articles[1].timeZone = 'WIB'), '$.articles[1].timeZone: unknown key (did you mean "timezone"?)'],
	['an entity', embeddedDatasetInline, (d) => (d.entities[2].alias = ['x']), '$.entities[2].alias: unknown key (did you mean "aliases"?)'],
	['an event', embeddedDatasetInline, (d) => (d.events[1].titel = {id: 'x'}), '$.events[1].titel: unknown key (did you mean "title"?)'],
	['a participant', embeddedDatasetInline, (d) => (d.events[0].participants[0].rol = {id: 'x'}), '$.events[0].participants[0].rol: unknown key (did you mean "role"?)'],
	['a quote', embeddedDatasetInline, (d) => (d.quotes[2].speeker = 'x'), '$.quotes[2].speeker: unknown key (did you mean "speaker"?)'],
	['an anchor', embeddedDatasetInline, (d) => (d.entities[0].mentions[0].sufix = 'x'), '$.entities[0].mentions[0].sufix: unknown key (did you mean "suffix"?)'],
	['a date evidence', embeddedDatasetInline, (d) => (d.events[0].dateEvidence.Start = 1), '$.events[0].dateEvidence.Start: unknown key (did you mean "start"?)'],
	['a claim', sourcesDatasetInline, (d) => (d.claims[0].units = 'orang'), '$.claims[0].units: unknown key (did you mean "unit"?)'],
	['a claim subject', sourcesDatasetInline, (d) => (d.claims[0].subject.events = 'banjir'), '$.claims[0].subject.events: unknown key (did you mean "event"?)'],
	['another printing of a quote', sourcesDatasetInline, (d) => (d.quotes.find((q: Data) => q.otherSources).otherSources[0].atribution = {}), 'otherSources[0].atribution: unknown key (did you mean "attribution"?)'],
];

const ajv = new Ajv2020.default({allErrors: true, strict: false});
addFormats.default(ajv);
const validateJson = ajv.compile(datasetJsonSchema());

describe('unknown keys', () => {
	it('refuse a dataset with "quote" for "quotes", at its line, instead of reading it as one of no quotes', () => {
		const data = embeddedDatasetInline();
		const {quotes, ...rest} = data;
		const text = JSON.stringify({...rest, quote: quotes}, null, 2);
		const result = parseDataset(text, {file: 'story.json'});
		expect(result.ok).toBe(false);
		const line = text.split('\n').findIndex((l) => l.startsWith('  "quote":')) + 1;
		expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([`story.json:${line}:3 $.quote: unknown key (did you mean "quotes"?)`]);
	});

	it.each(SLIPS)('are refused in %s with the nearest known key', (_what, dataset, change, expected) => {
		const data = dataset();
		expect(errorLines(data)).toEqual([]);
		change(data);
		const lines = errorLines(data);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(expected);
	});

	it.each(SLIPS)('are refused in %s by the generated JSON Schema too', (_what, dataset, change) => {
		const data = dataset();
		change(data);
		expect(validateJson(data)).toBe(false);
		expect(validateJson.errors?.some((error) => error.keyword === 'additionalProperties')).toBe(true);
	});

	it('list the keys that are known when none is near', () => {
		const data = embeddedDatasetInline();
		data.events[0].participants[0].xyzzy = 1;
		expect(errorLines(data)).toEqual([expect.stringMatching(/ \$\.events\[0\]\.participants\[0\]\.xyzzy: unknown key \(the keys here are "entity", "role"\)$/)]);
	});

	it('suggest a version-1 key in a version-1 dataset and a version-2 key in a version-2 one', () => {
		const one = embeddedDatasetInline();
		one.articel = one.article;
		const two = sourcesDatasetInline();
		two.articels = two.articles;
		expect(errorLines(one)).toEqual([expect.stringContaining('$.articel: unknown key (did you mean "article"?)')]);
		expect(errorLines(two)).toEqual([expect.stringContaining('$.articels: unknown key (did you mean "articles"?)')]);
	});

	it('are each reported, all in one run', () => {
		const data = embeddedDatasetInline();
		data.entities[0].nmae = 'x';
		data.entities[0].tipe = 'x';
		data.events[3].sumary = {id: 'x'};
		expect(errorLines(data).map((line) => line.replace(/^story\.json:\d+:\d+ /, ''))).toEqual([
			'$.entities[0].nmae: unknown key (did you mean "name"?)',
			'$.entities[0].tipe: unknown key (did you mean "type"?)',
			'$.events[3].sumary: unknown key (did you mean "summary"?)',
		]);
	});

	it('nearest names: a slip of a letter or two, or of case; nothing for a key unlike any', () => {
		expect(nearestName('quote', ['version', 'article', 'entities', 'events', 'quotes'])).toBe('quotes');
		expect(nearestName('TEXTFILE', ['text', 'textFile'])).toBe('textFile');
		expect(nearestName('banana', ['text', 'textFile'])).toBeUndefined();
		expect(nearestName('x'.repeat(10_000), ['text'])).toBeUndefined();
	});

	it('nearest names: the one name a name cut short starts, none when it starts several or is under three characters', () => {
		const ids = ['q-air-datang-sangat-cepat', 'q-kami-lari-ke-masjid', 'q-kami-patroli-setiap-malam'];
		expect(nearestName('q-air-datang', ids)).toBe('q-air-datang-sangat-cepat');
		expect(nearestName('Q-AIR', ids)).toBe('q-air-datang-sangat-cepat');
		expect(nearestName('q-kami', ids)).toBeUndefined();
		expect(nearestName('ev', ['events', 'entities', 'export'])).toBeUndefined();
	});
});

describe('every shipped dataset and fixture', () => {
	const files = execFileSync('git', ['ls-files', 'data', 'test/fixtures'], {cwd: PROJECT_ROOT, encoding: 'utf8'})
		.split('\n')
		.filter((file) => file.endsWith('.json'))
		.filter((file) => {
			const value = JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as unknown;
			return value !== null && typeof value === 'object' && 'version' in value && 'entities' in value;
		});

	it('includes the shipped dataset and the fixtures', () => {
		expect(files).toContain('data/articles/komdigi-ai-asean-2025/dataset.json');
		expect(files.length).toBeGreaterThanOrEqual(10);
	});

	it.each(files)('%s has no key the format does not know (loader and JSON Schema)', (file) => {
		const result = loadDatasetFile(join(PROJECT_ROOT, file), file);
		expect(result.ok ? [] : result.errors.map(formatDatasetError)).toEqual([]);
		expect(validateJson(JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8'))), JSON.stringify(validateJson.errors)).toBe(true);
	});
});
