/**
 * parseRecord against zod on records broken at random: real records (the repository's datasets,
 * and random valid ones with hostile text) with keys deleted, added or reordered, values of the
 * wrong type, empty, huge or strange strings (non-BMP characters, lone surrogates), bad ids and
 * dates, negative and fractional offsets, null for missing. Each time parseRecord must give zod's
 * answer and, on success, zod's output to the order of its keys.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {RECORD_KINDS, RECORD_SCHEMAS, type RecordKind} from '../../src/model/record-schemas.js';
import {validDataset} from '../properties/arbitraries.js';
import {PROJECT_ROOT} from '../helpers/datasets.js';
import {expectAgreement} from '../helpers/record-agreement.js';

type Path = (string | number)[];
type Node = Record<string | number, unknown>;

/** Datasets whose records the mutations start from. */
const SEED_FILES = [
	'data/articles/komdigi-ai-asean-2025/dataset.json',
	'test/fixtures/banjir-semarang/dataset.json',
	'test/fixtures/sources/banjir-sukaraya/dataset.json',
	'test/fixtures/stories/kebakaran-pasar-sindangrasa/expected.json',
	'test/fixtures/stories/jembatan-putus-lebak/expected.json',
];

/** The valid records of each kind in the seed datasets and in a few random valid datasets. */
function seedRecords(): Record<RecordKind, unknown[]> {
	const datasets: Record<string, unknown>[] = SEED_FILES.map((path) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')));
	datasets.push(...fc.sample(validDataset, {numRuns: 8, seed: 42}).map((dataset) => JSON.parse(JSON.stringify(dataset))));
	const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, datasets.flatMap((dataset) => (dataset[kind] as unknown[] | undefined) ?? [])])) as Record<RecordKind, unknown[]>;
	for (const kind of RECORD_KINDS) records[kind] = records[kind].filter((record) => RECORD_SCHEMAS[kind].safeParse(record).success);
	return records;
}

const SEEDS = seedRecords();

/** Every path to a value inside `value`, the value itself (the empty path) included. */
function paths(value: unknown, at: Path = []): Path[] {
	if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))];
	if (value !== null && typeof value === 'object') return [at, ...Object.keys(value).flatMap((key) => paths((value as Node)[key], [...at, key]))];
	return [at];
}

const get = (value: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node as Node)[key], value);

/** Sets an own key as JSON.parse does, even "__proto__" (which `=` would take as the prototype). */
function setOwn(node: Node, key: string | number, value: unknown): void {
	Object.defineProperty(node, key, {value, enumerable: true, writable: true, configurable: true});
}

const HUGE = 'panjang sekali '.repeat(5_000);

/** Values that no field takes, or that a field takes only just: each probes one rule of the schema. */
const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(null, undefined, '', ' ', 'x', 0, -1, 1.5, -0, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}),
	fc.constantFrom('😀', '\ud800', 'a\udc00b', HUGE, 'Bad Id', '-id', 'a'.repeat(200), 'a'.repeat(201), 'ok-id.2_x', 'id\n'),
	fc.constantFrom('2025', '2025-03', '2025-03-26', '2025-13-01', '2025-02-30', '25-03-26', '2025-3-6', '2025-03-26T01:00+07:00'),
	fc.constantFrom('person', 'place', 'day', 'month', 'year', 'stated', 'inferred', 'en', 'id-ID', 'EN'),
	fc.constantFrom({id: 'x'}, {en: ''}, {start: 0, end: 1, exact: 'x'}, {event: 'e'}, {entity: 'n'}, {event: 'e', entity: 'n'}, [{start: 0, end: 1, exact: 'x'}], [{entity: 'n'}]),
	fc.integer({min: -3, max: 1_000_000}),
	fc.double({noDefaultInfinity: true, noNaN: true}),
	fc.string({unit: 'binary', maxLength: 12}),
	fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/),
	fc.jsonValue({maxDepth: 2}),
);

/** Keys to add: the schema's own (in the wrong place), language tags, prototype names, anything. */
const strangeKey: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('id', 'start', 'end', 'exact', 'article', 'prefix', 'role', 'event', 'entity', 'mentions', 'aliases', 'unit', 'note', 'titles'),
	fc.constantFrom('en', 'id', 'jv', 'zh-Hant', 'EN', 'e', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', ''),
	fc.string({maxLength: 6}),
);

/** A string changed in a way a field may or may not take. */
const stringEdit = fc.constantFrom<(text: string) => string>(
	() => '',
	(text) => `${text}😀`,
	(text) => `${text}\ud800`,
	(text) => `\udc00${text}`,
	(text) => text.toUpperCase(),
	(text) => ` ${text}`,
	(text) => `${text}\n`,
	(text) => text + HUGE,
	(text) => text.slice(0, 1),
);

/** A number changed in a way an offset or a value may or may not take. */
const numberEdit = fc.constantFrom<(value: number) => unknown>(
	(value) => -value - 1,
	(value) => value + 0.5,
	() => -0,
	(value) => String(value),
	(value) => value * 2 ** 53,
);

/** One change at the `at`-th path of the record (modulo their number). */
type Mutation =
	| {readonly op: 'replace'; readonly at: number; readonly value: unknown}
	| {readonly op: 'delete'; readonly at: number}
	| {readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown}
	| {readonly op: 'copy'; readonly at: number; readonly from: number}
	| {readonly op: 'reverse'; readonly at: number}
	| {readonly op: 'string'; readonly at: number; readonly edit: (text: string) => string}
	| {readonly op: 'number'; readonly at: number; readonly edit: (value: number) => unknown};

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({op: fc.constant('replace' as const), at, value: strangeValue}),
	fc.record({op: fc.constant('delete' as const), at}),
	fc.record({op: fc.constant('add' as const), at, key: strangeKey, value: strangeValue}),
	fc.record({op: fc.constant('copy' as const), at, from: fc.nat()}),
	fc.record({op: fc.constant('reverse' as const), at}),
	fc.record({op: fc.constant('string' as const), at, edit: stringEdit}),
	fc.record({op: fc.constant('number' as const), at, edit: numberEdit}),
);

/** `record` after the mutation (changed in place, or a new value for a change of the whole). */
function mutate(record: unknown, change: Mutation): unknown {
	const all = paths(record);
	const path = all[change.at % all.length]!;
	const node = get(record, path);
	const parent = path.length === 0 ? undefined : (get(record, path.slice(0, -1)) as Node);
	const key = path.at(-1)!;
	const replace = (value: unknown): unknown => {
		if (!parent) return value;
		setOwn(parent, key, value);
		return record;
	};
	switch (change.op) {
		case 'replace':
			return replace(structuredClone(change.value));
		case 'delete':
			if (!parent) return undefined;
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete parent[key];
			return record;
		case 'add':
			if (Array.isArray(node)) node.push(structuredClone(change.value));
			else if (node !== null && typeof node === 'object') setOwn(node as Node, change.key, structuredClone(change.value));
			return record;
		case 'copy':
			// Another part of the same record in this place: often the right type, sometimes just so.
			return replace(structuredClone(get(record, all[change.from % all.length]!)));
		case 'reverse':
			// The same keys in the opposite order: zod's output still lists them in the schema's.
			if (Array.isArray(node)) node.reverse();
			else if (node !== null && typeof node === 'object') return replace(Object.fromEntries(Object.entries(node).reverse()));
			return record;
		case 'string':
			return typeof node === 'string' ? replace(change.edit(node)) : record;
		case 'number':
			return typeof node === 'number' ? replace(change.edit(node)) : record;
	}
}

/** Whether a value holds an own key "__proto__" anywhere: zod skips it in a record (a localized text), the compiled checks refuse it. */
function hasProtoKey(value: unknown): boolean {
	if (value === null || typeof value !== 'object') return false;
	return Object.hasOwn(value, '__proto__') || Object.values(value).some(hasProtoKey);
}

describe('parseRecord on records broken at random', () => {
	it('has valid records of every kind to break', () => {
		for (const kind of RECORD_KINDS) expect(SEEDS[kind].length, kind).toBeGreaterThan(5);
	});

	it.each(RECORD_KINDS)('answers as zod does for %s: the same success, output and key order, and zod\'s errors', (kind) => {
		const seen = {valid: 0, refused: 0};
		const broken = fc.record({record: fc.constantFrom(...SEEDS[kind]), changes: fc.array(mutation, {minLength: 1, maxLength: 3})}).map(({record, changes}) => changes.reduce(mutate, structuredClone(record)));
		fc.assert(
			fc.property(broken, (raw) => {
				const {valid, compiled} = expectAgreement(kind, raw);
				// On anything else the compiled checks decide as zod does, so zod parses only what is refused.
				if (!hasProtoKey(raw)) expect(compiled).toBe(valid);
				seen[valid ? 'valid' : 'refused']++;
			}),
			{numRuns: 500},
		);
		// Both paths were walked often enough to mean something.
		expect(seen.valid).toBeGreaterThan(50);
		expect(seen.refused).toBeGreaterThan(50);
	});
});
