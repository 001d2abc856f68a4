/**
 * data/opensearch-mapping.json, the index mapping the README gives for `export --format jsonl`:
 * every field it maps is one the export writes, and every value the export writes for a mapped
 * field is one OpenSearch takes for that type (dates in the formats mapped, offsets as integers).
 * A field the export gains must be mapped or named here as kept unindexed.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {EMBEDDED_DATASET, PROJECT_ROOT, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';

interface Mapping {
	readonly type?: string;
	readonly format?: string;
	readonly properties?: Record<string, Mapping>;
}

const mapping = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'opensearch-mapping.json'), 'utf8')) as {mappings: {dynamic: boolean; properties: Record<string, Mapping>}};

/** Fields the export writes that the mapping leaves in _source only (dynamic: false keeps them unindexed). */
const UNINDEXED = new Set(['timezone', 'section', 'dateNote', 'dateEvidence', 'attribution', 'value', 'note']);

const DATE_FORMATS: Record<string, RegExp> = {
	'yyyy-MM-dd': /^\d{4}-\d{2}-\d{2}$/,
	'yyyy-MM': /^\d{4}-\d{2}$/,
	yyyy: /^\d{4}$/,
	// The ISO forms the datasets write: a date-time with minutes or seconds and an offset.
	strict_date_optional_time: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
};

/** Why `value` does not fit `field`'s mapping, or null when it does (arrays hold values of the type). */
function misfit(path: string, value: unknown, field: Mapping): string | null {
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) {
		for (const item of value) {
			const why = misfit(path, item, field);
			if (why) return why;
		}
		return null;
	}
	if (field.properties) {
		if (typeof value !== 'object') return `${path}: an object was mapped, got ${JSON.stringify(value)}`;
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
			const sub = field.properties[key];
			if (sub) {
				const why = misfit(`${path}.${key}`, inner, sub);
				if (why) return why;
			}
		}
		return null;
	}
	switch (field.type) {
		case 'keyword':
		case 'text':
			return typeof value === 'string' ? null : `${path}: a string was mapped, got ${JSON.stringify(value)}`;
		case 'integer':
			return Number.isInteger(value) ? null : `${path}: an integer was mapped, got ${JSON.stringify(value)}`;
		case 'double':
			return typeof value === 'number' && Number.isFinite(value) ? null : `${path}: a number was mapped, got ${JSON.stringify(value)}`;
		case 'date': {
			const formats = (field.format ?? 'strict_date_optional_time').split('||').map((name) => DATE_FORMATS[name]!);
			return typeof value === 'string' && formats.some((format) => format.test(value)) ? null : `${path}: a date (${field.format}) was mapped, got ${JSON.stringify(value)}`;
		}
		case 'date_range': {
			const range = value as {gte?: unknown; lte?: unknown};
			const day = DATE_FORMATS[field.format ?? 'yyyy-MM-dd']!;
			return typeof range.gte === 'string' && day.test(range.gte) && typeof range.lte === 'string' && day.test(range.lte) && range.gte <= range.lte ? null : `${path}: a date range was mapped, got ${JSON.stringify(value)}`;
		}
		default:
			return `${path}: the test does not know the type ${field.type}`;
	}
}

async function exportedRecords(data: string): Promise<Record<string, unknown>[]> {
	const io = memoryIo(dirname(data));
	expect(await main(['export', '--format', 'jsonl', '--data', data], io)).toBe(0);
	return io
		.out()
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the OpenSearch mapping for export --format jsonl', () => {
	it('maps only the fields the export writes, and every value written fits its field', async () => {
		const records = (await Promise.all([EMBEDDED_DATASET, SECOND_DATASET, SOURCES_DATASET].map(exportedRecords))).flat();
		expect(mapping.mappings.dynamic).toBe(false);
		const written = new Set(records.flatMap((record) => Object.keys(record)));
		const mapped = new Set(Object.keys(mapping.mappings.properties));
		expect([...mapped].filter((field) => !written.has(field))).toEqual([]);
		expect([...written].filter((field) => !mapped.has(field) && !UNINDEXED.has(field))).toEqual([]);
		const misfits = records.flatMap((record) =>
			Object.entries(record).flatMap(([key, value]) => {
				const field = mapping.mappings.properties[key];
				const why = field ? misfit(`${record.kind}:${record.id}.${key}`, value, field) : null;
				return why ? [why] : [];
			}),
		);
		expect(misfits).toEqual([]);
		// Every kind is there, claims with their value in a field of its own type.
		expect(new Set(records.map((record) => record.kind))).toEqual(new Set(['article', 'entity', 'event', 'quote', 'claim']));
		const claims = records.filter((record) => record.kind === 'claim');
		for (const claim of claims) expect(typeof claim.value === 'number' ? claim.number : claim.date).toBe(claim.value);
		expect(claims.some((claim) => typeof claim.value === 'number') && claims.some((claim) => typeof claim.value === 'string')).toBe(true);
	});

	it('refuses a value of the wrong type (the check above can fail)', () => {
		expect(misfit('x', '26 Maret 2025', {type: 'date', format: 'yyyy-MM-dd||yyyy-MM||yyyy'})).toMatch(/a date/);
		expect(misfit('x', 3.5, {type: 'integer'})).toMatch(/an integer/);
		expect(misfit('x', [{start: 1, end: '2'}], {properties: {start: {type: 'integer'}, end: {type: 'integer'}}})).toMatch(/x\.end/);
		expect(misfit('x', {gte: '2025-04-08', lte: '2025-03-26'}, {type: 'date_range', format: 'yyyy-MM-dd'})).toMatch(/range/);
		expect(misfit('x', '2025-03-26T01:00+07:00', {type: 'date', format: 'strict_date_optional_time'})).toBeNull();
	});
});
