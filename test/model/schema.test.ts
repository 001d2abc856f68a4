import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {describe, expect, it} from 'vitest';
import {datasetJsonSchema} from '../../src/model/schema.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, PROJECT_ROOT, SECOND_DATASET} from '../helpers/datasets.js';

const schemaFile = join(PROJECT_ROOT, 'data', 'linimasa.schema.json');

describe('the generated JSON Schema', () => {
	it('in data/ is the one the code generates (run `npm run schema` after changing the format)', () => {
		expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(datasetJsonSchema());
	});

	it('says what anchor offsets count', () => {
		expect(readFileSync(schemaFile, 'utf8')).toMatch(/Unicode code points/);
	});

	const ajv = new Ajv2020.default({allErrors: true, strict: false});
	addFormats.default(ajv);
	const validate = ajv.compile(datasetJsonSchema());

	it.each([['embedded', EMBEDDED_DATASET], ['second story', SECOND_DATASET]])('accepts the %s dataset in another validator (ajv)', (_name, path) => {
		expect(validate(JSON.parse(readFileSync(path, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
	});

	it('refuses what the loader refuses on shape', () => {
		const data = embeddedDatasetInline();
		delete data.events[0].start;
		expect(validate(data)).toBe(false);
	});
});
