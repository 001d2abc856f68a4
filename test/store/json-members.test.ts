/**
 * The member splitter under the streaming loader: members and elements come out whole and in order
 * whatever the chunk size (tiny chunks split keys, strings, escapes and characters), and every file
 * it cannot split is refused with NotStreamable so the caller falls back to the whole-file loader.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {MemberStream, NotStreamable, streamMembers, type MemberSink} from '../../src/store/json-members.js';
import {OPEN_FILES_LISTED, openFileCount} from '../helpers/open-files.js';

const dir = mkdtempSync(join(tmpdir(), 'linimasa-members-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

let files = 0;
function fileOf(content: string | Uint8Array): string {
	const path = join(dir, `${files++}.json`);
	writeFileSync(path, content);
	return path;
}

const RECORDS: ReadonlySet<string> = new Set(['entities', 'events', 'quotes']);
const CHUNKS = [1, 3, 7, 64, undefined] as const;

/** Every call the sink receives, as a line. */
function calls(path: string, streamed: ReadonlySet<string> = RECORDS, chunkBytes?: number): string[] {
	const log: string[] = [];
	streamMembers(path, streamed, {
		value: (key, json) => log.push(`value ${key} ${json}`),
		element: (key, index, json) => log.push(`element ${key} ${index} ${json}`),
		end: (key, count) => log.push(`end ${key} ${count}`),
	}, chunkBytes === undefined ? {} : {chunkBytes});
	return log;
}

/** The object rebuilt from the streamed members, checking indexes and counts on the way. */
function rebuild(path: string, streamed: ReadonlySet<string>, chunkBytes?: number): Record<string, unknown> {
	const object: Record<string, unknown> = {};
	// defineProperty, as JSON.parse does, so a key "__proto__" is a member and not the prototype.
	const set = (key: string, value: unknown) => Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true});
	let array: unknown[] = [];
	const sink: MemberSink = {
		value: (key, json) => set(key, JSON.parse(json)),
		element: (key, index, json) => {
			if (index === 0) set(key, (array = []));
			expect(index).toBe(array.length);
			array.push(JSON.parse(json));
		},
		end: (key, count) => {
			if (count === 0) set(key, (array = []));
			expect(count).toBe(array.length);
		},
	};
	streamMembers(path, streamed, sink, chunkBytes === undefined ? {} : {chunkBytes});
	return object;
}

describe('streamMembers', () => {
	it('hands over members in file order: other values whole, streamed arrays element by element, then their end', () => {
		const path = fileOf('{"version":1,"events":[{"id":"a"},{"id":"b","n":[1,2]}],"article":{"title":"T"},"quotes":[],"entities":["x"]}');
		expect(calls(path)).toEqual([
			'value version 1',
			'element events 0 {"id":"a"}',
			'element events 1 {"id":"b","n":[1,2]}',
			'end events 2',
			'value article {"title":"T"}',
			'end quotes 0',
			'element entities 0 "x"',
			'end entities 1',
		]);
	});

	it('hands over arrays whose keys are not streamed whole, and streamed keys whose values are not arrays whole', () => {
		const path = fileOf('{"tags":[1,2],"events":{"not":"an array"},"quotes":null,"entities":"none"}');
		expect(calls(path)).toEqual(['value tags [1,2]', 'value events {"not":"an array"}', 'value quotes null', 'value entities "none"']);
	});

	it('passes duplicate keys on in order and reads escaped keys by their meaning', () => {
		const path = fileOf('{"\\u0065vents":[1],"a":1,"a":2,"events":[]}');
		expect(calls(path)).toEqual(['element events 0 1', 'end events 1', 'value a 1', 'value a 2', 'end events 0']);
	});

	it('hands over an element or value without the whitespace around it, and allows whitespace wherever JSON does', () => {
		const path = fileOf(' \r\n\t{ \n"events" \t: \r\n[ \n{ "a" : [ 1 , 2 ] } \t,\r\n-1.5e3 ,true\n,\tnull ] ,\n"n"\n:\nfalse , "s" : "x" \n}\n\t ');
		for (const chunkBytes of CHUNKS) {
			expect(calls(path, RECORDS, chunkBytes)).toEqual(['element events 0 { "a" : [ 1 , 2 ] }', 'element events 1 -1.5e3', 'element events 2 true', 'element events 3 null', 'end events 4', 'value n false', 'value s "x"']);
		}
	});

	it('keeps strings whole when they hold quotes, backslashes, brackets, commas and multi-byte characters split across chunks', () => {
		const tricky = ['a"b', '\\', '\\"', '"\\', ']', '}', '{', ',', '[{"', 'é', '中文', '😀', 'x\\\\"]},{[', '\u2028', '\uFFFD'];
		const text = JSON.stringify({']"é': tricky, events: tricky, quotes: tricky.map((s) => ({[s]: [s, {s}]}))});
		const path = fileOf(text);
		for (const chunkBytes of [1, 2, 7, undefined]) {
			const log = calls(path, RECORDS, chunkBytes);
			expect(log[0]).toBe(`value ]"é ${JSON.stringify(tricky)}`);
			expect(log.slice(1, tricky.length + 1)).toEqual(tricky.map((s, index) => `element events ${index} ${JSON.stringify(s)}`));
			expect(log.slice(tricky.length + 2, -1)).toEqual(tricky.map((s, index) => `element quotes ${index} ${JSON.stringify({[s]: [s, {s}]})}`));
			expect(rebuild(path, RECORDS, chunkBytes)).toEqual(JSON.parse(text));
		}
	});

	it('keeps nested arrays and objects inside an element as one element', () => {
		const element = {a: [[1, [2, {b: [3]}]], {}, []], c: {d: {e: [{}]}}};
		const path = fileOf(JSON.stringify({events: [element, [[[]]], {}]}, null, '\t'));
		for (const chunkBytes of CHUNKS) expect(rebuild(path, RECORDS, chunkBytes)).toEqual({events: [element, [[[]]], {}]});
	});

	it('ends an empty streamed array with a count of 0, and hands over an empty object as no members', () => {
		expect(calls(fileOf('{"events":[ \n ],"quotes":[]}'))).toEqual(['end events 0', 'end quotes 0']);
		expect(calls(fileOf(' { } '))).toEqual([]);
	});

	it('skips a leading byte order mark, even split across chunks', () => {
		const path = fileOf('\uFEFF{"events":[1]}');
		for (const chunkBytes of [1, 2, undefined]) expect(calls(path, RECORDS, chunkBytes)).toEqual(['element events 0 1', 'end events 1']);
	});

	it('passes a literal U+FFFD in the file', () => {
		expect(calls(fileOf('{"\uFFFD":"\uFFFD","events":["a\uFFFDb"]}'))).toEqual(['value \uFFFD "\uFFFD"', 'element events 0 "a\uFFFDb"', 'end events 1']);
	});

	it.each([
		['komdigi-ai-asean-2025', 'data/articles/komdigi-ai-asean-2025/dataset.json'],
		['banjir-semarang', 'test/fixtures/banjir-semarang/dataset.json'],
	])('rebuilds the %s dataset exactly as JSON.parse reads it, at any chunk size', (_name, path) => {
		const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
		for (const chunkBytes of CHUNKS) expect(rebuild(path, RECORDS, chunkBytes)).toEqual(parsed);
	});

	const ffInElement = Buffer.concat([Buffer.from('{"events":[{"a":"x'), Buffer.from([0xff]), Buffer.from('"}]}')]);
	const cutCharacter = Buffer.concat([Buffer.from('{"title":"'), Buffer.from('中').subarray(0, 2), Buffer.from('"}')]);
	const badKey = Buffer.concat([Buffer.from('{"'), Buffer.from([0xc3, 0x28]), Buffer.from('":1}')]);
	it.each<[string, string | Uint8Array, RegExp]>([
		['an empty file', '', /empty/],
		['only whitespace', ' \n', /truncated.*expected '\{'/],
		['a top-level array', '[1,2]', /expected '\{' at byte 0, found '\['/],
		['a top-level string', ' "a"', /expected '\{' at byte 1/],
		['a file cut inside an element', '{"events":[{"a":[1,2', /truncated.*value that starts at byte 11/],
		['a file cut inside a string', '{"events":["abc\\"', /truncated/],
		['a file cut inside a key', '{"eve', /truncated.*key/],
		['a file cut after a member', '{"a":1', /truncated/],
		['a file cut after an element', '{"events":[1,', /truncated.*expected an element/],
		['a missing comma between members', '{"a":1 "b":2}', /expected ',' or '\}' at byte 7, found '"'/],
		['a missing comma between elements', '{"events":[1 2]}', /expected ',' or '\]' at byte 13/],
		['an extra comma after the last member', '{"a":1,}', /expected a key at byte 7, found '\}'/],
		['an extra comma after the last element', '{"events":[1,]}', /expected an element at byte 13, found '\]'/],
		['an extra comma before the first element', '{"events":[,1]}', /expected an element or '\]' at byte 11/],
		['two commas between members', '{"a":1,,"b":2}', /expected a key at byte 7/],
		['a missing colon', '{"a" 1}', /expected ':' at byte 5/],
		['a doubled colon', '{"a"::1}', /expected a value at byte 5/],
		['a member without a key', '{:1}', /expected a key or '\}' at byte 1/],
		['a key that is not a string', '{a:1}', /expected a key or '\}'/],
		['content after the object', '{"a":1} x', /expected nothing more at byte 8/],
		['a second object after the first', '{}{}', /expected nothing more at byte 2/],
		['a bracket closing a brace', '{"events":[{"a":1]}]}', /unbalanced brackets at byte 17/],
		['a brace closing a bracket in a value', '{"a":[1}}', /unbalanced brackets at byte 7/],
		['an extra closing bracket', '{"events":[1]]}', /expected ',' or '\}' at byte 13/],
		['an invalid UTF-8 byte inside an element', ffInElement, /invalid UTF-8.*byte 11/],
		['a multi-byte character cut short in a value', cutCharacter, /invalid UTF-8.*byte 9/],
		['an invalid UTF-8 sequence in a key', badKey, /invalid UTF-8.*byte 1/],
		['an invalid UTF-8 byte between members', Buffer.from([0x7b, 0xff, 0x7d]), /expected a key or '\}' at byte 1, found byte 0xff/],
		['a key with an invalid escape', '{"\\x":1}', /invalid key at byte 1/],
	])('refuses %s as not streamable, at any chunk size', (_what, content, message) => {
		const path = fileOf(content);
		for (const chunkBytes of CHUNKS) {
			expect(() => calls(path, RECORDS, chunkBytes)).toThrow(NotStreamable);
			expect(() => calls(path, RECORDS, chunkBytes)).toThrow(message);
		}
	});

	// Open files are counted where the system lists them (test/helpers/open-files.ts): not on Windows.
	it.skipIf(!OPEN_FILES_LISTED)('closes the file when it finishes, when it refuses the file, and when the sink throws', () => {
		const open = openFileCount;
		const before = open();
		calls(fileOf('{"events":[1]}'));
		expect(() => calls(fileOf('{"events":[1'))).toThrow(NotStreamable);
		const failing: MemberSink = {value: () => {}, element: () => {
			throw new Error('sink refused');
		}};
		expect(() => streamMembers(fileOf('{"events":[1]}'), RECORDS, failing)).toThrow('sink refused');
		expect(open()).toBe(before);
	});

	it('rebuilds random JSON objects exactly, whatever the whitespace and the chunk size', () => {
		const value = fc.jsonValue({maxDepth: 3, stringUnit: 'binary'});
		const member = fc.oneof(fc.array(value, {maxLength: 5}), value);
		const keys = fc.oneof(fc.string({unit: 'binary', maxLength: 6}), fc.constantFrom('events', 'quotes', '__proto__'));
		fc.assert(
			fc.property(fc.dictionary(keys, member, {maxKeys: 6}), fc.constantFrom(0, 1, '\t'), fc.integer({min: 1, max: 40}), fc.boolean(), (object, indent, chunkBytes, streamAll) => {
				const text = JSON.stringify(object, null, indent);
				const streamed = streamAll ? new Set(Object.keys(object)) : new Set(['events', 'quotes']);
				expect(rebuild(fileOf(text), streamed, chunkBytes)).toEqual(JSON.parse(text));
			}),
			{numRuns: 150},
		);
	});
});

/** The elements of the streamed arrays as handed over (each array's key and the element's text), and how many were cut at their line's end. */
function elements(path: string, lineCuts: boolean, chunkBytes?: number): {texts: string[]; cutAtLines: number} {
	const texts: string[] = [];
	const stream = new MemberStream(path, RECORDS, {value: () => {}, element: (key, index, json) => texts.push(`${key} ${index} ${json}`)}, {lineCuts, ...(chunkBytes === undefined ? {} : {chunkBytes})});
	try {
		while (stream.step());
	} finally {
		stream.close();
	}
	return {texts, cutAtLines: stream.cutAtLines};
}

/** Whether a text is JSON. */
function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

describe('elements cut where their line ends (lineCuts)', () => {
	const aLine = '{"version":1,\n"events": [\n{"id":"a","note":"} ,\\" {"},\n{"id":"b","n":[{"x":1}]} ,\r\n  {"id":"c"}\n],\n"quotes":[{"id":"q"}]}\n';

	it('takes a file of one record a line line by line, handing over what a scan of every byte hands over, at any chunk size', () => {
		const path = fileOf(aLine);
		const scanned = elements(path, false);
		for (const chunkBytes of CHUNKS) {
			const cut = elements(path, true, chunkBytes);
			expect(cut.texts).toEqual(scanned.texts);
			// a and b are followed by a line that opens the next; c by the array's end; q shares its line with the array.
			if (chunkBytes === undefined) expect(cut.cutAtLines).toBe(3);
		}
		expect(scanned.cutAtLines).toBe(0);
	});

	it('takes records laid out by JSON.stringify(…, null, 2) by their closing lines, and cuts none of a file that is one line', () => {
		const records = Array.from({length: 50}, (_, i) => ({id: `r${i}`, list: [{a: i}, {b: '},\n{'}], nested: {deeper: [{c: '\n    }'}]}}));
		const pretty = fileOf(JSON.stringify({events: records}, null, 2));
		for (const chunkBytes of CHUNKS) {
			const cut = elements(pretty, true, chunkBytes);
			expect(cut.texts).toEqual(elements(pretty, false, chunkBytes).texts);
			if (chunkBytes === undefined) expect(cut.cutAtLines).toBe(50);
		}
		const oneLine = fileOf(JSON.stringify({events: records}));
		const cut = elements(oneLine, true, 256);
		expect(cut.cutAtLines).toBe(0);
		expect(cut.texts).toEqual(elements(oneLine, false, 256).texts);
	});

	it('hands over a record whose first line ends inside it, cut there: what it hands over is then not JSON', () => {
		// The layout that fools the line's end: a line ending "}," inside the record, the next opening an object.
		const cut = elements(fileOf('{"events":[{"id":"a","list":[{"x":1},\n{"x":2}]},\n{"id":"b"}]}'), true);
		expect(cut.texts[0]).toBe('events 0 {"id":"a","list":[{"x":1}');
		expect(parses(cut.texts[0]!.slice('events 0 '.length))).toBe(false);
	});

	it('hands over each element whole or not as JSON, whatever the lines: wherever every element parses, they are the elements a scan finds', () => {
		const record = fc.dictionary(fc.constantFrom('id', 'list', 'note', 'n'), fc.oneof(fc.jsonValue({maxDepth: 2}), fc.array(fc.dictionary(fc.constantFrom('x', 'y'), fc.integer()), {maxLength: 3})), {minKeys: 1, maxKeys: 4});
		// What goes between two tokens: nothing, a space, or a newline and an indentation (never inside a string: tokens are stringified whole).
		const gap = fc.constantFrom('', '', ' ', '\n', '\n ', '\n  ', '\r\n  ', '\n\t');
		fc.assert(
			fc.property(fc.array(record, {maxLength: 6}), fc.array(gap, {minLength: 64, maxLength: 64}), fc.integer({min: 1, max: 64}), (records, gaps, chunkBytes) => {
				let k = 0;
				const tokens = ['{', '"events"', ':', '[', ...records.flatMap((r, i) => (i === 0 ? tokensOf(r) : [',', ...tokensOf(r)])), ']', '}'];
				const text = tokens.map((token) => token + gaps[k++ % gaps.length]).join('');
				const scanned = elements(fileOf(text), false).texts;
				let cut: string[];
				try {
					cut = elements(fileOf(text), true, chunkBytes).texts;
				} catch (error) {
					// A scanner lost after a wrong cut refuses the file: the stream then reads it again uncut.
					expect(error).toBeInstanceOf(NotStreamable);
					return;
				}
				const json = cut.map((line) => line.slice(line.indexOf(' ', line.indexOf(' ') + 1) + 1));
				if (json.every(parses)) expect(cut).toEqual(scanned);
			}),
			{numRuns: 400},
		);
	});
});

/** A record's JSON as tokens, so that a newline can go only between them. */
function tokensOf(value: unknown): string[] {
	if (Array.isArray(value)) return ['[', ...value.flatMap((item, i) => (i === 0 ? tokensOf(item) : [',', ...tokensOf(item)])), ']'];
	if (value !== null && typeof value === 'object') return ['{', ...Object.entries(value).flatMap(([key, item], i) => [...(i === 0 ? [] : [',']), JSON.stringify(key), ':', ...tokensOf(item)]), '}'];
	return [JSON.stringify(value)];
}

