/**
 * Every error of a dataset file too large to load whole cheaply (open.ts LOADED_ERRORS_BYTES),
 * found as it streams: the whole-file loader's errors, in its order, at its places (file,
 * line:column, JSON path), in bounded memory, for files past what the loader can read too. The
 * records stream in once more, every one checked however many fail (mode "errors"); what fails is
 * noted with where it is in the file, and only those records are read again at the end, to say
 * what is wrong with them with the loader's own checks (the schema's problems, duplicate ids,
 * integrity.ts with the dataset's real ids and types). A file whose top level cannot be read so
 * (its article, its members' order) is left to the loader, which says what to check.
 */
import {isUtf8} from 'node:buffer';
import {closeSync, openSync, readSync} from 'node:fs';
import {codePointText, utf8CodePointText, type CodePointText} from '../model/codepoints.js';
import {formatJsonPath, JsonLocator, lineColumn, quoted, type DatasetError, type JsonPath} from '../model/errors.js';
import {integrityContext, recordIntegrity, type IntegrityContext, type IntegrityProblem} from '../model/integrity.js';
import {ARTICLE_TEXT_FILE, jsonSyntaxError, MAX_REPORTED_ERRORS, moreErrors, NOT_JSON, readUtf8} from '../model/load.js';
import {firstInvalidUtf8, hasUtf8Bom, notUtf8Message} from '../model/utf8.js';
import {parseRecord} from '../model/record-check.js';
import {RECORD_KINDS, RECORD_SCHEMAS} from '../model/record-schemas.js';
import {schemaProblems} from '../model/schema-problems.js';
import {Dataset, type EntityType} from '../model/schema.js';
import {Growable} from '../model/growable.js';
import {ENTITY_TYPE_CODES} from './codes.js';
import {NotStreamable} from './json-members.js';
import {readInto} from './layout.js';
import {NUMBERS_PER_RECORD, REF, STATUS, type CheckedBatch, type RecordKind} from './record-batch.js';
import {isRefusal, RecordStream, streamRecords, type StreamOptions} from './record-stream.js';
import {streamStart} from './stream-start.js';

/** A record to read again: its kind, index and bytes in the file. */
interface Flagged {
	readonly kind: RecordKind;
	readonly index: number;
	readonly start: number;
	readonly end: number;
}

/** An id given twice: the record that gives it again, and the first that gave it. */
interface Duplicate extends Flagged {
	readonly id: string;
	readonly first: number;
}

/** The order the loader reports duplicate ids in (integrity.ts integrityProblems); its other problems go by RECORD_KINDS, a dataset's members. */
const DUPLICATE_ORDER: readonly RecordKind[] = ['claims', 'entities', 'events', 'quotes'];

/** Takes the checked records in file order, noting every one that is wrong and why to look again. */
class Collector extends RecordStream {
	readonly refusedEntities = new Map<string, EntityType | null>();
	readonly refusedEvents = new Set<string>();
	/** The first record that is not UTF-8, and the first that is not JSON: the loader says only one of those of such a file (UTF-8 first). */
	notUtf8: Flagged | undefined;
	notJson: Flagged | undefined;
	readonly refused: Flagged[] = [];
	readonly duplicates: Duplicate[] = [];
	readonly withProblems: Flagged[] = [];
	/** The record index of each id in a kind's id table (refused records and repeated ids are not in it). */
	private readonly recordOf: Readonly<Record<RecordKind, Growable<Int32Array>>> = {entities: new Growable(Int32Array), events: new Growable(Int32Array), quotes: new Growable(Int32Array), claims: new Growable(Int32Array)};

	constructor(baseDir: string, threads: number) {
		super(baseDir, threads, 'errors');
	}

	protected keep(batch: CheckedBatch, offsets: Float64Array): void {
		const {kind} = batch;
		const ids = this.index.ids[kind];
		let ref = 0;
		for (let r = 0; r < batch.count; r++) {
			const record: Flagged = {kind, index: batch.first + r, start: offsets[2 * r]!, end: offsets[2 * r + 1]!};
			const status = batch.status[r]!;
			const id = batch.ids[r]!;
			const refEnd = batch.refEnds[r]!;
			if (status === STATUS.notUtf8) {
				this.notUtf8 ??= record;
			} else if (status === STATUS.notJson) {
				this.notJson ??= record;
			} else if (status === STATUS.refused) {
				this.refused.push(record);
				if (kind === 'entities' && id !== '') this.refusedEntities.set(id, ENTITY_TYPE_CODES[batch.numbers[r * NUMBERS_PER_RECORD]!] ?? null);
				if (kind === 'events' && id !== '') this.refusedEvents.add(id);
			} else {
				const type = batch.numbers[r * NUMBERS_PER_RECORD]!;
				if (ids.add(id)) {
					this.recordOf[kind].push(record.index);
					if (kind === 'entities') this.index.entityTypes.push(type);
				} else {
					const at = ids.indexOf(id)!;
					this.duplicates.push({...record, id, first: this.recordOf[kind].get(at)});
					// The loader knows an id's entity by the last valid record that gives it.
					if (kind === 'entities') this.index.entityTypes.set(at, type);
				}
				let resolves = true;
				for (let k = ref; k < refEnd; k++) resolves &&= this.resolves(batch.refs[k]!, batch.refRoles[k]!);
				if (status === STATUS.problems || !resolves) this.withProblems.push(record);
			}
			ref = refEnd;
		}
	}

	/** Whether a reference finds what it names as the loader's checks would (a refused record still counts). */
	private resolves(id: string, role: number): boolean {
		if (role === REF.occasion || role === REF.about) return this.index.ids.events.indexOf(id) !== undefined || this.refusedEvents.has(id);
		const type = this.entityType(id);
		return type !== undefined && !(role === REF.place && type !== null && type !== 'place');
	}

	/** An entity's type: undefined for none, null for one the schema refused without a type. */
	entityType(id: string): EntityType | null | undefined {
		const at = this.index.ids.entities.indexOf(id);
		return at === undefined ? this.refusedEntities.get(id) : ENTITY_TYPE_CODES[this.index.entityTypes.get(at)];
	}
}

/** A file's records read again by their bytes. */
class RecordReader {
	private readonly fd: number;

	constructor(path: string) {
		this.fd = openSync(path, 'r');
	}

	bytes({start, end}: Flagged): Buffer {
		const buffer = Buffer.allocUnsafe(end - start);
		readInto(this.fd, buffer, start);
		return buffer;
	}

	text(record: Flagged): string {
		return this.bytes(record).toString('utf8');
	}

	close(): void {
		closeSync(this.fd);
	}
}

/** A problem, with the record it is in (to place it); none for the top level's. */
interface Found {
	readonly record: Flagged | undefined;
	readonly problem: IntegrityProblem;
}

/** The problems of a record the loader's checks find, with the dataset's ids and types. */
function recordProblems(record: Flagged, raw: unknown, context: IntegrityContext): IntegrityProblem[] {
	const {kind, index} = record;
	const parsed = parseRecord(kind, raw);
	if (!parsed.success) return schemaProblems(parsed.error.issues, raw, RECORD_SCHEMAS[kind], [kind, index]);
	return recordIntegrity(kind, parsed.data, index, context);
}

/**
 * Where byte offsets of a file are as the loader counts places: 1-based lines, and columns in
 * UTF-16 units from the line's start, in the text without its byte order mark. One pass over the
 * file up to the last offset asked for.
 */
function placesOf(path: string, offsets: readonly number[]): Map<number, {line: number; column: number}> {
	const targets = [...new Set(offsets)].sort((a, b) => a - b);
	const places = new Map<number, {line: number; column: number}>();
	const fd = openSync(path, 'r');
	try {
		const chunk = Buffer.allocUnsafe(4 * 2 ** 20);
		let line = 1;
		let units = 0;
		let at = 0;
		let next = 0;
		while (next < targets.length) {
			const read = readSync(fd, chunk, 0, chunk.length, at);
			if (read === 0) break;
			for (let i = 0; i < read && next < targets.length; i++) {
				while (next < targets.length && targets[next] === at + i) places.set(targets[next++]!, {line, column: units + 1});
				const byte = chunk[i]!;
				if (byte === 0x0a) {
					line++;
					units = 0;
				} else if ((byte & 0xc0) !== 0x80 && !(at + i < 3 && isByteOrderMark(chunk, at, i))) units += byte >= 0xf0 ? 2 : 1;
			}
			at += read;
		}
		// An offset at the end of the file (where a truncated one ends) is where the last line ends.
		while (next < targets.length) places.set(targets[next++]!, {line, column: units + 1});
	} finally {
		closeSync(fd);
	}
	return places;
}

/** Whether byte i of the chunk read at `at` starts the file's byte order mark. */
function isByteOrderMark(chunk: Buffer, at: number, i: number): boolean {
	return at === 0 && i === 0 && hasUtf8Bom(chunk);
}

/** A place inside a record (line and column of its text) as a place in the file, the record starting at `start`. */
function shifted(start: {line: number; column: number}, inside: {line: number; column: number}): {line: number; column: number} {
	return inside.line === 1 ? {line: start.line, column: start.column + inside.column - 1} : {line: start.line + inside.line - 1, column: inside.column};
}

/**
 * Every error of the dataset file at `path` (named `file`), as the whole-file loader would say
 * them: undefined when its top level cannot be read as a stream (the loader then says what to
 * check), or, with `syntaxToLoader`, when it is not an object of members at all.
 */
export async function streamErrors(path: string, file: string, options: StreamOptions & {readonly syntaxToLoader?: boolean} = {}): Promise<DatasetError[] | undefined> {
	const start = streamStart(path, options);
	if (!start) return undefined;
	const collector = new Collector(start.textDir, start.threads);
	try {
		await streamRecords(start.dataset, collector, options);
		await collector.close();
	} catch (error) {
		// A file that is not an object of members, where the loader can read it: the loader says how
		// in its own words (it needs no syntax tree for that).
		if (error instanceof NotStreamable) return options.syntaxToLoader ? undefined : notStreamableError(error, path, file);
		if (isRefusal(error)) return undefined;
		throw error;
	}
	try {
		return errorsOf(collector, path, file);
	} catch {
		// The file changed or went while it was read again: the loader takes it, as it is now.
		return undefined;
	}
}

/** The errors the collector found, in the loader's order and at its places; undefined to leave the file to the loader. */
function errorsOf(collector: Collector, path: string, file: string): DatasetError[] | undefined {
	// The loader checks a file's UTF-8 before its JSON, the whole file at once.
	if (collector.notUtf8 || collector.notJson) {
		const bad = firstBadUtf8(path);
		if (bad) return [notUtf8Error(bad, path, file)];
	}
	const reader = new RecordReader(path);
	try {
		if (collector.notJson) return [jsonError(collector.notJson, reader, path, file)];
		const top = topProblems(collector);
		if (!top) return undefined;
		const texts = new Map<string, CodePointText | undefined>();
		for (const article of collector.articles ?? []) texts.set(article.id, article.unreadable ? undefined : article.inline === undefined ? utf8CodePointText(article.bytes, article.checkpoints) : codePointText(article.inline));
		const context = integrityContext(texts, (id) => collector.entityType(id), (id) => collector.index.ids.events.indexOf(id) !== undefined || collector.refusedEvents.has(id));
		const kept: Found[] = [];
		let total = 0;
		const note = (record: Flagged | undefined, problems: readonly IntegrityProblem[]) => {
			for (const problem of problems) if (kept.length < MAX_REPORTED_ERRORS) kept.push({record, problem});
			total += problems.length;
		};
		// The loader's order: the schema's problems (the top level's known members, the records, then
		// the keys it does not know), the article text files it could not read, then duplicate ids,
		// then each kind's integrity.
		note(undefined, top.known);
		for (const record of inKindOrder(collector.refused)) note(record, recordProblems(record, JSON.parse(reader.text(record)), context));
		note(undefined, top.unknownKeys);
		note(undefined, unreadableTexts(collector));
		const duplicates = [...collector.duplicates].sort((a, b) => DUPLICATE_ORDER.indexOf(a.kind) - DUPLICATE_ORDER.indexOf(b.kind) || a.index - b.index);
		for (const record of duplicates) note(record, [{path: [record.kind, record.index, 'id'], message: `duplicate id "${record.id}" (first used at $.${record.kind}[${record.first}]); ids must be unique`}]);
		for (const record of inKindOrder(collector.withProblems)) note(record, recordProblems(record, JSON.parse(reader.text(record)), context));
		if (total === 0) return undefined;
		const places = placesOf(path, [...kept.flatMap(({record}) => (record ? [record.start] : [])), ...collector.keyOffsets.values(), ...(collector.articlesMember ? [collector.articlesMember.fileOffset] : [])]);
		const errors = kept.map(({record, problem}) => (record ? located(record, problem.path, problem.message, places.get(record.start)!, reader, file) : topLocated(collector, problem, places, file)));
		if (total > errors.length) errors.push(moreErrors(file, total));
		return errors;
	} finally {
		reader.close();
	}
}

/** Records in the order the loader reports them: by kind as the dataset lists kinds, then by index. */
function inKindOrder(records: readonly Flagged[]): Flagged[] {
	return [...records].sort((a, b) => RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind) || a.index - b.index);
}

/**
 * The schema's problems with the dataset's top level (its record arrays standing empty), split as
 * the loader reports them: those of the members it knows, and the keys it does not know (after the
 * records'); undefined when the version or the articles are wrong, which the loader alone says as
 * it does (a bad version reports nothing of the records).
 */
function topProblems(collector: Collector): {known: IntegrityProblem[]; unknownKeys: IntegrityProblem[]} | undefined {
	const value = collector.topLevel();
	const parsed = Dataset.safeParse(value);
	if (parsed.success) return {known: [], unknownKeys: []};
	const problems = schemaProblems(parsed.error.issues, value);
	if (problems.some(({path}) => path[0] === 'version' || path[0] === 'article' || path[0] === 'articles')) return undefined;
	const unknown = (problem: IntegrityProblem) => problem.path.length === 1 && problem.message.startsWith('unknown key');
	return {known: problems.filter((problem) => !unknown(problem)), unknownKeys: problems.filter(unknown)};
}

/** A problem of the top level (a member, or an article's textFile): at its key in the file, as the loader places it. */
function topLocated(collector: Collector, problem: IntegrityProblem, places: Map<number, {line: number; column: number}>, file: string): DatasetError {
	const [key] = problem.path;
	const member = collector.articlesMember;
	if ((key === 'article' || key === 'articles') && member && problem.path.length > 1) {
		const inside = new JsonLocator(member.json).locate(problem.path.slice(1));
		const start = places.get(member.fileOffset);
		return {file, path: formatJsonPath(problem.path), ...(inside && start ? shifted(start, inside) : {}), message: problem.message};
	}
	const keyAt = typeof key === 'string' ? collector.keyOffsets.get(key) : undefined;
	return {file, path: formatJsonPath(problem.path), ...(keyAt === undefined ? {} : places.get(keyAt)), message: problem.message};
}

/** The first byte of the file that is not UTF-8, read a chunk at a time (a sequence cut by a chunk's end is carried over). */
function firstBadUtf8(path: string): {byte: number; at: number} | undefined {
	const fd = openSync(path, 'r');
	try {
		const chunk = Buffer.allocUnsafe(4 * 2 ** 20 + 4);
		let carried = 0;
		for (let at = 0; ; ) {
			const read = readSync(fd, chunk, carried, chunk.length - carried, at + carried);
			const length = carried + read;
			if (length === 0) return undefined;
			// Up to three bytes at the end may start a sequence the next chunk ends.
			let whole = length;
			if (read > 0) for (let back = 1; back <= 3 && back <= length; back++) if ((chunk[length - back]! & 0xc0) !== 0x80) {
				if (chunk[length - back]! >= 0xc0) whole = length - back;
				break;
			}
			if (!isUtf8(chunk.subarray(0, whole))) {
				const bad = firstInvalidUtf8(chunk.subarray(0, whole));
				return {byte: chunk[bad]!, at: at + bad};
			}
			if (read === 0) return undefined;
			chunk.copy(chunk, 0, whole, length);
			carried = length - whole;
			at += whole;
		}
	} finally {
		closeSync(fd);
	}
}

/** What the loader says of each article text file it could not read: at the article's textFile, what is wrong and where it looked. */
function unreadableTexts(collector: Collector): IntegrityProblem[] {
	const several = collector.top.articles !== undefined;
	return (collector.articles ?? []).flatMap((article, i): IntegrityProblem[] => {
		if (!article.unreadable) return [];
		const {name, path} = article.unreadable;
		const read = readUtf8(path, name, ARTICLE_TEXT_FILE);
		// Read now, the file may have come back: then it is said as unreadable when it was looked for.
		const reason = 'error' in read ? read.error.message : 'cannot be read';
		return [{path: several ? ['articles', i, 'textFile'] : ['article', 'textFile'], message: `the article text file ${quoted(name)}: ${reason} (looked for ${path})`}];
	});
}

/** A problem at `path` of a record starting at `start` in the file: where the loader would place it. */
function located(record: Flagged, path: JsonPath, message: string, start: {line: number; column: number}, reader: RecordReader, file: string): DatasetError {
	const inside = new JsonLocator(reader.text(record)).locate(path.slice(2)) ?? {line: 1, column: 1};
	return {file, path: formatJsonPath(path), ...shifted(start, inside), message};
}

/** What the loader says of a file with a record that is not JSON: where the first such record breaks. */
function jsonError(record: Flagged, reader: RecordReader, path: string, file: string): DatasetError {
	const text = reader.text(record);
	const error = jsonSyntaxError(text, file);
	const start = placesOf(path, [record.start]).get(record.start)!;
	const inside = error.line === undefined ? lineColumn(text, text.length) : {line: error.line, column: error.column ?? 1};
	return {...error, ...shifted(start, inside)};
}

/** What is said of a file that is not an object of members: where it is not UTF-8 (as the loader says), or where its JSON breaks; undefined when no place is known (an empty file: the loader says so). */
function notStreamableError(error: NotStreamable, path: string, file: string): DatasetError[] | undefined {
	// The loader checks a file's UTF-8 before its JSON, the whole file at once.
	const bad = error.notUtf8 ?? firstBadUtf8(path);
	if (bad !== undefined) return [notUtf8Error(bad, path, file)];
	if (error.at === undefined) return undefined;
	// Not JSON from its first character, as the loader says of such a file.
	return [{file, ...placesOf(path, [error.at]).get(error.at), message: error.notJson ? NOT_JSON : `invalid JSON: ${error.message}`}];
}

/** What the loader says of a file whose first bad byte is `bad`: where, and what to do. */
function notUtf8Error(bad: {byte: number; at: number}, path: string, file: string): DatasetError {
	return {file, ...placesOf(path, [bad.at]).get(bad.at), message: notUtf8Message(bad.byte, bad.at)};
}
