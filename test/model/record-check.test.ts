/**
 * parseRecord, the compiled record validator, against zod: the committed generated module is the
 * one the schema gives today, and on every record of every dataset in the repository (and of a
 * generated and a hostile dataset) it answers as the kind's safeParse does, to the order of the
 * output's keys. Random mutations are in record-check-mutations.test.ts.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import * as z from 'zod/mini';
import * as compiled from '../../src/model/generated/record-validators.js';
import {parseRecord} from '../../src/model/record-check.js';
import {DefaultsCode} from '../../src/model/record-defaults-code.js';
import {RECORD_KINDS, type RecordKind} from '../../src/model/record-schemas.js';
import {RECORD_AJV_OPTIONS, RECORD_VALIDATORS_FILE, recordValidatorsSource, standaloneModule} from '../../src/model/record-validators-source.js';
import {Entity, Event} from '../../src/model/schema.js';
import {generateDataset} from '../bench/generator/dataset.js';
import {PROJECT_ROOT} from '../helpers/datasets.js';
import {hostileDataset} from '../helpers/hostile.js';
import {expectAgreement} from '../helpers/record-agreement.js';

/** Every JSON file under test/fixtures and data, by its path from the project root. */
function repositoryJsonFiles(): string[] {
	const listed = execFileSync('find', ['test/fixtures', 'data', '-name', '*.json'], {cwd: PROJECT_ROOT, encoding: 'utf8'});
	return listed.split('\n').filter(Boolean).sort();
}

type Records = Partial<Record<RecordKind, unknown[]>>;

/** The record arrays of a document, by kind (a dataset, a curation file, or nothing at all). */
function recordsOf(document: unknown): Records {
	if (!document || typeof document !== 'object') return {};
	const members = document as Record<string, unknown>;
	return Object.fromEntries(RECORD_KINDS.filter((kind) => Array.isArray(members[kind])).map((kind) => [kind, members[kind]]));
}

const documents: [string, Records][] = [
	...repositoryJsonFiles().map((path): [string, Records] => [path, recordsOf(JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')))]),
	['a generated dataset of 300 events', recordsOf(JSON.parse(JSON.stringify(generateDataset({events: 300, seed: 7}).dataset)))],
	['the hostile dataset', recordsOf(JSON.parse(JSON.stringify(hostileDataset())))],
];

describe('the generated record validators', () => {
	it(`in ${RECORD_VALIDATORS_FILE} are the ones the schema gives (run \`npm run schema\` after changing the format)`, () => {
		expect(readFileSync(join(PROJECT_ROOT, RECORD_VALIDATORS_FILE), 'utf8')).toBe(recordValidatorsSource());
	});

	it('import nothing, so ajv stays a development tool and esbuild has nothing to bundle', () => {
		expect(readFileSync(join(PROJECT_ROOT, RECORD_VALIDATORS_FILE), 'utf8')).not.toMatch(/^\s*import\b|\brequire\(/m);
	});

	it('count string lengths in code points as zod does: a surrogate pair once, a lone surrogate as one', async () => {
		// The generated module's length checks come from these options and standaloneModule's helpers.
		const ajv = new Ajv2020.default(RECORD_AJV_OPTIONS);
		ajv.addSchema({$id: 'urn:test:length', type: 'string', minLength: 2, maxLength: 3});
		const source = standaloneModule(ajv, {twoToThree: 'urn:test:length'});
		const {twoToThree} = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {twoToThree: (value: unknown) => boolean};
		const zodTwoToThree = z.string().check(z.minLength(2), z.maxLength(3));
		const surrogates = fc.string({unit: fc.constantFrom('a', '😀', '\ud800', '\udc00', '\ud83d'), maxLength: 8});
		fc.assert(fc.property(fc.oneof(surrogates, fc.string({unit: 'binary', maxLength: 6})), (text) => twoToThree(text) === zodTwoToThree.safeParse(text).success));
		expect(twoToThree('😀😀😀')).toBe(true);
		expect(twoToThree('\ud800\ud800\ud800\ud800')).toBe(false);
	});
});

describe('the code that fills zod\'s defaults in place', () => {
	/** The generated function for `schema`, run on a copy of `value`: what it leaves. */
	const filled = (schema: z.core.$ZodType, value: unknown) => {
		const code = new DefaultsCode();
		const name = code.functionFor(schema, 'Test');
		const copy = structuredClone(value);
		if (name) (new Function(`${code.source()}\nreturn ${name};`)() as (value: unknown) => void)(copy);
		return copy;
	};

	it('gives what zod gives, but for the order of keys, where a default is an object (taken as it is) or sits under an array', () => {
		const inner = z.strictObject({xs: z._default(z.array(z.string()), [])});
		// zod hands out a default as it is, unparsed: an object default without the key it would default stays without it.
		const schema = z.strictObject({o: z._default(inner, {} as {xs: string[]}), list: z._default(z.array(inner), []), n: z.optional(z.nullable(inner)), m: z.nullable(z._default(z.array(z.string()), []))});
		for (const value of [{}, {o: {}}, {o: {xs: ['a']}, list: [{}, {xs: ['b']}]}, {n: null}, {n: {}}, {m: null}, {m: ['c']}]) {
			expect(filled(schema, value), JSON.stringify(value)).toStrictEqual(schema.parse(value));
		}
	});

	it('refuses a schema whose value it could not give in place: an object that is not strict, a default inside an optional', () => {
		expect(() => filled(z.object({xs: z._default(z.array(z.string()), [])}), {})).toThrow(/not strict/);
		expect(() => filled(z.strictObject({o: z.optional(z._default(z.array(z.string()), []))}), {})).toThrow(/inside an optional/);
	});
});

describe('parseRecord on every record in the repository', () => {
	it.each(documents)('agrees with zod on %s', (_name, records) => {
		for (const kind of RECORD_KINDS) {
			for (const raw of records[kind] ?? []) {
				const {valid, compiled} = expectAgreement(kind, raw);
				// On records as JSON gives them, the compiled checks decide as zod does: zod parses only what they refuse.
				expect(compiled).toBe(valid);
			}
		}
	});

	it('saw records of every kind, valid and refused ones', () => {
		const seen = documents.flatMap(([, records]) => RECORD_KINDS.flatMap((kind) => (records[kind] ?? []).map((raw) => [kind, parseRecord(kind, raw).success] as const)));
		for (const kind of RECORD_KINDS) expect(seen.filter(([k, valid]) => k === kind && valid).length, kind).toBeGreaterThan(10);
		expect(seen.filter(([, valid]) => !valid).length).toBeGreaterThan(0);
	});
});

describe('parseRecord, as a drop-in for safeParse', () => {
	const entity = {id: 'meutya-hafid', type: 'person', name: 'Meutya Hafid', description: {id: 'Menteri', en: 'Minister'}};

	it('fills zod\'s defaults, and lists the keys in the schema\'s order whatever the input\'s', () => {
		const reversed = Object.fromEntries(Object.entries({...entity, mentions: []}).reverse());
		const parsed = parseRecord('entities', reversed);
		expect(parsed.success && Object.keys(parsed.data)).toEqual(['id', 'type', 'name', 'aliases', 'titles', 'description', 'mentions']);
		expect(parsed).toStrictEqual(Entity.safeParse(reversed));
	});

	it('returns new objects, never the input\'s own', () => {
		const parsed = parseRecord('entities', entity);
		expect(parsed.success && parsed.data.description).not.toBe(entity.description);
	});

	it('keeps an optional key given as undefined, as zod does', () => {
		const event = {id: 'e', start: '2025', precision: 'year', certainty: 'stated', title: {id: 'x'}, summary: {id: 'y'}, evidence: [{start: 0, end: 1, exact: 'x'}], dateNote: undefined};
		const parsed = parseRecord('events', event);
		expect(parsed.success && Object.hasOwn(parsed.data, 'dateNote')).toBe(true);
		expect(parsed).toStrictEqual(Event.safeParse(event));
	});

	it('refuses a claim about both an event and an entity, or neither, with zod\'s words', () => {
		const claim = (subject: object) => ({id: 'c', subject, measure: 'posko', value: 3, evidence: {start: 0, end: 1, exact: 'x'}});
		for (const subject of [{event: 'e', entity: 'n'}, {}, {event: undefined}]) expect(expectAgreement('claims', claim(subject)).valid).toBe(false);
		expect(expectAgreement('claims', claim({event: 'e', entity: undefined})).compiled).toBe(true);
	});

	it('leaves to zod what no JSON parse gives: a localized text that is a class instance or has a symbol key', () => {
		class Text {
			id = 'Menteri';
		}
		for (const description of [new Text(), {id: 'Menteri', [Symbol('x')]: 'y'}]) {
			expect(compiled.entities({...entity, description})).toBeUndefined();
			expectAgreement('entities', {...entity, description});
		}
	});

	it('agrees with zod on a language called "__proto__", which zod skips and the compiled checks refuse', () => {
		const description = JSON.parse('{"id": "Menteri", "__proto__": "x"}');
		expect(compiled.entities({...entity, description})).toBeUndefined();
		expect(expectAgreement('entities', {...entity, description}).valid).toBe(true);
	});
});
