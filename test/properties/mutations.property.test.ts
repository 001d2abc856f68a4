/**
 * Valid dataset files broken at random — cut short, a byte that is not UTF-8, a value of the wrong
 * type, an anchor moved, an id repeated, a reference to nothing, a field removed, a character
 * changed — and handed to the command line. Each answer is an error message naming the file, one
 * line per problem; never an exception, never a stack trace.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {embeddedDatasetInline, SECOND_ARTICLE, SECOND_DATASET} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';
import {validDataset} from './arbitraries.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Path = (string | number)[];

const dir = mkdtempSync(join(tmpdir(), 'linimasa-mutations-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function secondDatasetInline(): Json {
	const data = JSON.parse(readFileSync(SECOND_DATASET, 'utf8'));
	data.article.text = readFileSync(SECOND_ARTICLE, 'utf8');
	delete data.article.textFile;
	return data;
}

const validFile: fc.Arbitrary<Json> = fc.oneof(
	fc.constant(embeddedDatasetInline() as Json),
	fc.constant(secondDatasetInline()),
	validDataset.map((dataset) => JSON.parse(JSON.stringify(dataset)) as Json),
);

/** Every path to a value inside a JSON document (the root excluded). */
function paths(value: Json, at: Path = []): Path[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => [[...at, i], ...paths(item, [...at, i])]);
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...paths(item, [...at, key])]);
	return [];
}

function get(value: Json, path: Path): Json {
	return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

/** A copy of the document with the value at `path` replaced (or removed, for undefined). */
function set(document: Json, path: Path, replacement: Json | undefined): Json {
	const copy = structuredClone(document);
	const parent = get(copy, path.slice(0, -1)) as Record<string | number, Json>;
	const key = path.at(-1)!;
	if (replacement === undefined) {
		if (Array.isArray(parent)) parent.splice(key as number, 1);
		else delete parent[key];
	} else {
		parent[key] = replacement;
	}
	return copy;
}

/** A value of another JSON type than `value`, that no field of the schema takes in its place. */
function otherType(value: Json): Json {
	if (Array.isArray(value)) return {};
	if (value === null) return 7;
	switch (typeof value) {
		case 'object':
			return [];
		case 'string':
			return 7;
		default:
			return 'tujuh';
	}
}

const text = (document: Json) => Buffer.from(JSON.stringify(document, null, 2));

/** A broken file: its bytes, and whether the break always makes the dataset invalid. */
interface Broken {
	readonly how: string;
	readonly bytes: Buffer;
	readonly alwaysInvalid: boolean;
}

/** One random way to break a valid file. */
const breakage = (document: Json): fc.Arbitrary<Broken> => {
	const all = paths(document);
	const anchors = all.filter((path) => {
		const node = get(document, path);
		return node !== null && typeof node === 'object' && !Array.isArray(node) && 'exact' in node && 'start' in node;
	});
	const references = all.filter((path) => ['entity', 'place', 'speaker', 'event'].includes(String(path.at(-1))) && typeof get(document, path) === 'string' && path[0] !== 'entities');
	const record = document as {entities: {id: string}[]};
	const bytes = text(document);
	return fc.oneof(
		fc.integer({min: 0, max: bytes.length - 2}).map((length): Broken => ({how: `cut to ${length} bytes`, bytes: bytes.subarray(0, length), alwaysInvalid: true})),
		fc.integer({min: 0, max: bytes.length}).map((at): Broken => ({how: `0xff at byte ${at}`, bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]), alwaysInvalid: true})),
		fc.constantFrom(...all).map((path): Broken => ({how: `wrong type at ${path.join('.')}`, bytes: text(set(document, path, otherType(get(document, path)))), alwaysInvalid: true})),
		...(anchors.length > 0
			? [fc.tuple(fc.constantFrom(...anchors), fc.integer({min: 1, max: 5})).map(([path, by]): Broken => ({
				how: `anchor ${path.join('.')} moved by ${by}`,
				bytes: text(set(document, [...path, 'start'], (get(document, [...path, 'start']) as number) + by)),
				alwaysInvalid: true,
			}))]
			: []),
		...(record.entities.length >= 2
			? [fc.constant<Broken>({how: 'an entity id repeated', bytes: text(set(document, ['entities', 1, 'id'], record.entities[0]!.id)), alwaysInvalid: true})]
			: []),
		...(references.length > 0
			? [fc.constantFrom(...references).map((path): Broken => ({how: `reference ${path.join('.')} to nothing`, bytes: text(set(document, path, 'tidak-ada')), alwaysInvalid: true}))]
			: []),
		fc.constantFrom(...all).map((path): Broken => ({how: `${path.join('.')} removed`, bytes: text(set(document, path, undefined)), alwaysInvalid: false})),
		fc.tuple(fc.integer({min: 0, max: bytes.length - 1}), fc.integer({min: 0, max: 0x7f})).map(([at, byte]): Broken => {
			const changed = Buffer.from(bytes);
			changed[at] = byte;
			return {how: `byte ${at} set to 0x${byte.toString(16)}`, bytes: changed, alwaysInvalid: false};
		}),
	);
};

const brokenFile = validFile.chain(breakage);

describe('a valid dataset file broken at random', () => {
	it('gives an error message naming the file, one line per problem, never an exception or a stack trace', async () => {
		await fc.assert(
			fc.asyncProperty(brokenFile, async (broken) => {
				const path = join(dir, 'broken.json');
				writeFileSync(path, broken.bytes);
				const io = memoryIo(dir);
				const code = await main(['--data', path], io);
				if (broken.alwaysInvalid) expect(code, broken.how).toBe(1);
				if (code === 0) return;
				expect(code).toBe(1);
				expect(io.out()).toBe('');
				const lines = io.err().split('\n');
				expect(lines.pop()).toBe('');
				expect(lines.length).toBeGreaterThan(0);
				for (const line of lines) {
					expect(line.startsWith(`linimasa: ${path}`), line).toBe(true);
					expect(line).not.toMatch(/^\s+at |\bat .+:\d+:\d+\)?$|TypeError|RangeError|SyntaxError|undefined/);
				}
			}),
			{numRuns: 180},
		);
	});
});
