/**
 * Every error of a dataset file too large to load whole (past MAX_FILE_BYTES), found as it streams:
 * the whole-file loader's errors, in its order, at its places (file, line:column, JSON path), for
 * a file it cannot read. The records stream in once more, every one checked however many fail
 * (mode "errors"); what fails is noted with where it is in the file, and only those records are
 * read again at the end, to say what is wrong with them with the loader's own checks (the schema's
 * problems, duplicate ids, integrity.ts with the dataset's real ids and types). A file whose top
 * level cannot be read so (its article, its members' order) is left to the loader, which says what
 * to check.
 */
import {closeSync, openSync, readSync} from 'node:fs';
import {codePointText, utf8CodePointText, type CodePointText} from '../model/codepoints.js';
import {formatJsonPath, JsonLocator, lineColumn, quoted, type DatasetError, type JsonPath} from '../model/errors.js';
import {claimIntegrity, entityIntegrity, eventIntegrity, integrityContext, quoteIntegrity, type IntegrityContext, type IntegrityProblem} from '../model/integrity.js';
import {jsonSyntaxError, MAX_REPORTED_ERRORS, moreErrors, readUtf8} from '../model/load.js';
import {firstInvalidUtf8, notUtf8Message} from '../model/utf8.js';
import {parseRecord} from '../model/record-check.js';
import {RECORD_SCHEMAS} from '../model/record-schemas.js';
import {schemaProblems} from '../model/schema-problems.js';
import type {Claim, Entity, EntityType, Event, Quote} from '../model/schema.js';
import {ENTITY_TYPE_CODES} from './codes.js';
import {NotStreamable} from './json-members.js';
import {NUMBERS_PER_RECORD, REF, STATUS, type CheckedBatch, type RecordKind} from './record-batch.js';
import {defaultThreads, isRefusal, RecordStream, streamRecords, type StreamOptions} from './record-stream.js';
import {textDirOf} from './reopen.js';
import {stampOf} from './stamp.js';

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

/** The order the loader reports duplicate ids in (integrity.ts integrityProblems). */
const DUPLICATE_ORDER: readonly RecordKind[] = ['claims', 'entities', 'events', 'quotes'];

/** Takes the checked records in file order, noting every one that is wrong and why to look again. */
class Collector extends RecordStream {
	readonly refusedEntities = new Map<string, EntityType | null>();
	readonly refusedEvents = new Set<string>();
	/** The first record that is not UTF-8 or not JSON: the loader says only that of such a file. */
	fatal: (Flagged & {readonly status: number}) | undefined;
	readonly refused: Flagged[] = [];
	readonly duplicates: Duplicate[] = [];
	readonly withProblems: Flagged[] = [];

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
			if (status === STATUS.notUtf8 || status === STATUS.notJson) {
				this.fatal ??= {...record, status};
			} else if (status === STATUS.refused) {
				this.refused.push(record);
				if (kind === 'entities' && id !== '') this.refusedEntities.set(id, ENTITY_TYPE_CODES[batch.numbers[r * NUMBERS_PER_RECORD]!] ?? null);
				if (kind === 'events' && id !== '') this.refusedEvents.add(id);
			} else {
				if (ids.add(id)) {
					if (kind === 'entities') this.index.entityTypes.push(batch.numbers[r * NUMBERS_PER_RECORD]!);
				} else this.duplicates.push({...record, id, first: ids.indexOf(id)!});
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
		for (let done = 0; done < buffer.length; ) {
			const read = readSync(this.fd, buffer, done, buffer.length - done, start + done);
			if (read === 0) throw new Error('the file ended early');
			done += read;
		}
		return buffer;
	}

	text(record: Flagged): string {
		return this.bytes(record).toString('utf8');
	}

	close(): void {
		closeSync(this.fd);
	}
}

/** A problem of a record, with the record it is in (to place it). */
interface Found {
	readonly record: Flagged;
	readonly problem: IntegrityProblem;
}

/** The problems of a record the loader's checks find, with the dataset's ids and types. */
function recordProblems(record: Flagged, raw: unknown, context: IntegrityContext): IntegrityProblem[] {
	const {kind, index} = record;
	const parsed = parseRecord(kind, raw);
	if (!parsed.success) return schemaProblems(parsed.error.issues, raw, RECORD_SCHEMAS[kind], [kind, index]);
	if (kind === 'entities') return entityIntegrity(parsed.data as Entity, index, context);
	if (kind === 'events') return eventIntegrity(parsed.data as Event, index, context);
	if (kind === 'quotes') return quoteIntegrity(parsed.data as Quote, index, context);
	return claimIntegrity(parsed.data as Claim, index, context);
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
	return at === 0 && i === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
}

/** A place inside a record (line and column of its text) as a place in the file, the record starting at `start`. */
function shifted(start: {line: number; column: number}, inside: {line: number; column: number}): {line: number; column: number} {
	return inside.line === 1 ? {line: start.line, column: start.column + inside.column - 1} : {line: start.line + inside.line - 1, column: inside.column};
}

/**
 * Every error of the dataset file at `path` (named `file`), as the whole-file loader would say
 * them: undefined when its top level cannot be read as a stream (the loader then says what to check).
 */
export async function streamErrors(path: string, file: string, options: StreamOptions = {}): Promise<DatasetError[] | undefined> {
	const dataset = stampOf(path);
	if (!dataset) return undefined;
	const collector = new Collector(options.textDir ?? textDirOf(path), options.threads ?? defaultThreads(dataset.size));
	try {
		await streamRecords(dataset, collector, options);
		await collector.close();
	} catch (error) {
		if (error instanceof NotStreamable) return notStreamableError(error, path, file);
		if (isRefusal(error)) return undefined;
		throw error;
	}
	const reader = new RecordReader(path);
	try {
		if (collector.fatal) return [fatalError(collector.fatal, reader, path, file)];
		const texts = new Map<string, CodePointText | undefined>();
		for (const article of collector.articles ?? []) texts.set(article.id, article.unreadable ? undefined : article.inline === undefined ? utf8CodePointText(article.bytes) : codePointText(article.inline));
		const context = integrityContext(texts, (id) => collector.entityType(id), (id) => collector.index.ids.events.indexOf(id) !== undefined || collector.refusedEvents.has(id));
		const kept: Found[] = [];
		let total = 0;
		const note = (record: Flagged, problems: readonly IntegrityProblem[]) => {
			for (const problem of problems) if (kept.length < MAX_REPORTED_ERRORS) kept.push({record, problem});
			total += problems.length;
		};
		// The loader's order: the schema's problems, the article text files it could not read, then
		// duplicate ids, then each kind's integrity.
		for (const record of collector.refused) note(record, recordProblems(record, JSON.parse(reader.text(record)), context));
		const schemaKept = kept.length;
		const articleProblems = unreadableTexts(collector);
		total += articleProblems.length;
		const duplicates = [...collector.duplicates].sort((a, b) => DUPLICATE_ORDER.indexOf(a.kind) - DUPLICATE_ORDER.indexOf(b.kind) || a.index - b.index);
		for (const record of duplicates) note(record, [{path: [record.kind, record.index, 'id'], message: `duplicate id "${record.id}" (first used at $.${record.kind}[${record.first}]); ids must be unique`}]);
		for (const record of collector.withProblems) note(record, recordProblems(record, JSON.parse(reader.text(record)), context));
		if (total === 0) return undefined;
		const member = collector.articlesMember;
		const memberPlace = member ? placesOf(path, [member.fileOffset]).get(member.fileOffset) : undefined;
		const places = placesOf(path, kept.map(({record}) => record.start));
		const errors = kept.map(({record, problem}) => located(record, problem.path, problem.message, places.get(record.start)!, reader, file));
		const articleErrors = articleProblems.map(({path: at, message}): DatasetError => {
			const inside = member && memberPlace ? new JsonLocator(member.json).locate(at.slice(1)) : undefined;
			return {file, path: formatJsonPath(at), ...(inside && memberPlace ? shifted(memberPlace, inside) : {}), message};
		});
		// The article problems come after the schema's (first in `kept`), before the rest.
		errors.splice(schemaKept, 0, ...articleErrors);
		errors.splice(MAX_REPORTED_ERRORS);
		if (total > errors.length) errors.push(moreErrors(file, total));
		return errors;
	} finally {
		reader.close();
	}
}

/** What the loader says of each article text file it could not read: at the article's textFile, what is wrong and where it looked. */
function unreadableTexts(collector: Collector): IntegrityProblem[] {
	const several = collector.top.articles !== undefined;
	return (collector.articles ?? []).flatMap((article, i): IntegrityProblem[] => {
		if (!article.unreadable) return [];
		const {name, path} = article.unreadable;
		const read = readUtf8(path, name);
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

/** What the loader says of a file with a record that is not UTF-8 or not JSON: that, at the first such place. */
function fatalError(record: Flagged & {readonly status: number}, reader: RecordReader, path: string, file: string): DatasetError {
	const bytes = reader.bytes(record);
	if (record.status === STATUS.notUtf8) {
		const at = firstInvalidUtf8(bytes);
		return {file, message: notUtf8Message(bytes[at], record.start + at)};
	}
	const text = bytes.toString('utf8');
	const error = jsonSyntaxError(text, file);
	const start = placesOf(path, [record.start]).get(record.start)!;
	const inside = error.line === undefined ? lineColumn(text, text.length) : {line: error.line, column: error.column ?? 1};
	return {...error, ...shifted(start, inside)};
}

/** What is said of a file that is not an object of members: where it is not UTF-8 (as the loader says), or where its JSON breaks; undefined when no place is known (an empty file: the loader says so). */
function notStreamableError(error: NotStreamable, path: string, file: string): DatasetError[] | undefined {
	if (error.notUtf8 !== undefined) return [{file, message: notUtf8Message(error.notUtf8.byte, error.notUtf8.at)}];
	if (error.at === undefined) return undefined;
	return [{file, ...placesOf(path, [error.at]).get(error.at), message: `invalid JSON: ${error.message}`}];
}
