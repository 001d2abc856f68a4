/**
 * Loading a dataset: bytes → UTF-8 → JSON → schema → article text → integrity → sanitized Story.
 * Each step either passes or yields errors that name the file, the place and what was expected;
 * nothing half-loaded is ever returned, and no exception escapes for bad input.
 */
import {formatNumber} from './count.js';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {printParseErrorCode, visit, type ParseErrorCode} from 'jsonc-parser';
import {firstInvalidUtf8, notUtf8Message, placeOfByte} from './utf8.js';
import {formatJsonPath, JsonLocator, lineColumn, quoted, type DatasetError, type JsonPath} from './errors.js';
import {checkedRecords, integrityProblems, type IntegrityProblem} from './integrity.js';
import {partialRecords} from './partial.js';
import {schemaProblems} from './schema-problems.js';
import {sanitizeBlock, sanitizeDeep} from './sanitize.js';
import {Dataset, type DatasetFile} from './schema.js';
import {articlesOf} from './sources.js';
import {buildStory, type Story} from './story.js';

export type LoadResult =
	| {
			readonly ok: true;
			readonly story: Story;
			/** The validated dataset as written, unsanitized, with the article text inline (for re-export). */
			readonly data: DatasetFile;
	  }
	| {readonly ok: false; readonly errors: readonly DatasetError[]};

/** Where a dataset's text came from, for messages and for resolving its article textFile. */
export interface DatasetSource {
	/** The name used in messages (a path as the user gave it). */
	readonly file: string;
	/** The folder a relative textFile is read from; without one, textFile is refused. */
	readonly baseDir?: string;
}

const fail = (...errors: DatasetError[]): LoadResult => ({ok: false, errors});

/** The most errors one run reports; a dataset with more gets these and a count of the rest. */
export const MAX_REPORTED_ERRORS = 100;

/** The first MAX_REPORTED_ERRORS problems located (finding a place costs), then "and N more". */
function capped(problems: readonly IntegrityProblem[], at: (path: JsonPath, message: string) => DatasetError, file: string): DatasetError[] {
	const errors = problems.slice(0, MAX_REPORTED_ERRORS).map((problem) => at(problem.path, problem.message));
	if (problems.length > errors.length) errors.push(moreErrors(file, problems.length));
	return errors;
}

/** What is said after the first MAX_REPORTED_ERRORS of `total` errors. */
export function moreErrors(file: string, total: number): DatasetError {
	const more = total - MAX_REPORTED_ERRORS;
	return {file, message: `and ${formatNumber(more)} more ${more === 1 ? 'error' : 'errors'} (${formatNumber(total)} in all)`, total};
}

function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EISDIR':
			return 'is a directory, expected a dataset file (.json)';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied: the file cannot be read';
		default:
			return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
	}
}

/** What a file read should be, and what to say of a folder given instead (what it holds that could be meant). */
export interface ExpectedFile {
	readonly what: string;
	readonly inFolder?: (path: string, file: string) => string;
	/** What linimasa reads of such files, said of one too large to be read whole; by default "WHAT of up to N MB". */
	readonly tooLarge?: string;
	/** Such a file in another encoding it declares, decoded (a saved page's <meta charset>); undefined keeps the UTF-8 refusal. */
	readonly declaredEncoding?: (bytes: Uint8Array) => string | undefined;
}

/** Larger files cannot be one JavaScript string anyway (V8 caps strings near 512 MB). */
export const MAX_FILE_BYTES = 256 * 2 ** 20;

/** Whether a text opens as JSON does where linimasa reads it: an object or an array. */
export function startsAsJson(text: string): boolean {
	return /^\s*[[{]/.test(text);
}

export const DATASET_FILE: ExpectedFile = {
	what: 'a dataset file (.json)',
	inFolder: datasetsIn,
	tooLarge: `files up to ${MAX_FILE_BYTES / 2 ** 20} MB in one piece, and larger ones only as a stream, which this one could not be: check that it is a valid dataset with its members in the order linimasa writes them (version, article, entities, events, quotes)`,
};
export const ARTICLE_TEXT_FILE: ExpectedFile = {what: "an article's text file"};

/** What a folder given as a dataset holds that could be meant: " (it holds dataset.json: FOLDER/dataset.json)". */
function datasetsIn(path: string, file: string): string {
	let names: string[];
	try {
		names = readdirSync(path).filter((name) => name.endsWith('.json')).sort();
	} catch {
		return '';
	}
	const meant = names.includes('dataset.json') ? 'dataset.json' : names.length === 1 ? names[0]! : undefined;
	return meant ? ` (it holds ${meant}: ${join(file, meant)})` : '';
}


/** Read a file as strict UTF-8 text, or say why not. */
export function readUtf8(path: string, file = path, expected: ExpectedFile = DATASET_FILE): {text: string} | {error: DatasetError} {
	let bytes: Buffer;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return {error: {file, message: `is a directory, expected ${expected.what}${expected.inFolder?.(path, file) ?? ''}`}};
		// A device such as /dev/zero never ends; a pipe (<(…)) does, so only devices are refused.
		if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) return {error: {file, message: 'is a device, not a file'}};
		if (stat.size > MAX_FILE_BYTES) {
			const size = `is ${Math.round(stat.size / 2 ** 20)} MB; linimasa reads`;
			const why = expected.tooLarge ?? `${expected.what} of up to ${MAX_FILE_BYTES / 2 ** 20} MB`;
			return {error: {file, message: `${size} ${why}`}};
		}
		if (stat.isFile()) {
			// Decoded by Node with no JavaScript buffer in between: for a 100 MB file that buffer
			// outlived the decoding and raised a load's peak memory by its size. Bad bytes decode to
			// U+FFFD, as the character itself does: only then are the bytes read and checked strictly.
			const text = readFileSync(path, 'utf8');
			if (!text.includes('\uFFFD')) return {text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text};
		}
		bytes = readFileSync(path);
	} catch (error) {
		return {error: {file, message: describeFsError(error)}};
	}
	return decodeUtf8(bytes, file, expected.declaredEncoding);
}

/** Decode bytes as strict UTF-8 text (a leading BOM dropped), else in the encoding they declare, if `declared` reads one; or say where they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string, declared?: ExpectedFile['declaredEncoding']): {text: string} | {error: DatasetError} {
	try {
		const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return {text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text};
	} catch {
		const text = declared?.(bytes);
		if (text !== undefined) return {text};
		const offset = firstInvalidUtf8(bytes);
		return {error: {file, ...placeOfByte(bytes, offset), message: notUtf8Message(bytes[offset], offset)}};
	}
}

/** A JSON syntax error, located: "line:col: Unexpected …". */
export function jsonSyntaxError(text: string, file: string): DatasetError {
	let found: {code: ParseErrorCode; offset: number} | undefined;
	visit(text, {
		onError: (code, offset) => {
			found ??= {code, offset};
		},
	}, {disallowComments: true, allowTrailingComma: false});
	const offset = found?.offset ?? text.length;
	const what = found ? printParseErrorCode(found.code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'invalid JSON';
	// A text that stops before its JSON does (a download or a copy cut short) is said to, not only where it broke.
	const cut = found !== undefined && (what.startsWith('unexpected end of') || offset >= text.trimEnd().length);
	return {file, ...lineColumn(text, offset), message: `invalid JSON: ${what}${cut ? ' (the text ends there: is the file cut off?)' : ''}`};
}

/**
 * A dataset's JSON text handed over to be parsed once and let go. The text of a large dataset is
 * as big as all its records (a 116 MB file with a few non-Latin-1 characters is a 230 MB string)
 * and need not stay in memory while they are checked: measured at 100k events, letting it go
 * lowers the peak from 724 to 503 MB.
 */
export interface JsonInput {
	/** The text; parseDataset takes it (leaves undefined) once it is parsed. */
	text: string | undefined;
	/** The same text read again, to point at errors found after it was let go. */
	readonly reread: () => string;
}

/** What is said of a file that is not JSON at all where a dataset was expected. */
export const NOT_JSON = 'is not JSON, so not a linimasa dataset; to draft one from an article (text or a saved page), run `linimasa ingest FILE -o dataset.json`';
/** What is said of a TimelineJS file given as a dataset. */
export const TIMELINE_JS = 'is a TimelineJS file, not a linimasa dataset; convert it with `linimasa import -f timelinejs FILE -o dataset.json`';

/** Whether a parsed file has a dataset's shape: a version and its article(s), valid or not. */
export function isDatasetShaped(raw: unknown): boolean {
	return raw !== null && typeof raw === 'object' && 'version' in raw && ('article' in raw || 'articles' in raw);
}

/** Whether a parsed file is a TimelineJS timeline (events with a start_date, no version nor article): not a dataset, but importable. */
export function isTimelineJs(raw: unknown): boolean {
	if (raw === null || typeof raw !== 'object' || 'version' in raw || 'article' in raw || 'articles' in raw) return false;
	const {events} = raw as {events?: unknown};
	return Array.isArray(events) && events.some((event) => event !== null && typeof event === 'object' && 'start_date' in event);
}

/** Parse and validate a dataset from its JSON text (given as a string, or handed over). */
export function parseDataset(json: string | JsonInput, source: DatasetSource): LoadResult {
	const {file} = source;
	let jsonText = typeof json === 'string' ? json : (json.text ?? json.reread());
	if (typeof json !== 'string') json.text = undefined;
	if (jsonText.trim() === '') return fail({file, message: 'is empty, expected a linimasa dataset (JSON)'});
	let raw: unknown;
	try {
		raw = JSON.parse(jsonText);
	} catch {
		// Not JSON from its first character: most likely an article's text or page, given where a dataset goes.
		if (!startsAsJson(jsonText)) return fail({file, ...lineColumn(jsonText, jsonText.search(/\S/)), message: NOT_JSON});
		return fail(jsonSyntaxError(jsonText, file));
	}
	if (typeof json !== 'string') jsonText = '';
	if (isTimelineJs(raw)) return fail({file, message: TIMELINE_JS});
	// The text is needed again only to say where an error is.
	let locator: JsonLocator | undefined;
	const at = (path: JsonPath, message: string): DatasetError => {
		locator ??= new JsonLocator(typeof json === 'string' ? json : json.reread());
		return {file, path: formatJsonPath(path), ...locator.locate(path), message};
	};

	const parsed = Dataset.safeParse(raw);
	const problems: IntegrityProblem[] = parsed.success ? [] : schemaProblems(parsed.error.issues, raw);
	const records = parsed.success ? {version: parsed.data.version, articleIds: articlesOf(parsed.data).map((article) => article.id), ...checkedRecords(parsed.data)} : partialRecords(raw);
	if (!records) return fail(...capped(problems, at, file));

	// The texts of the articles that passed the schema; one that could not be read is said once, here.
	const articlePath = (i: number, ...rest: string[]): JsonPath => (records.version === 1 ? ['article', ...rest] : ['articles', i, ...rest]);
	const texts: string[] = [];
	const textsById = new Map<string, string | undefined>(records.articleIds.map((id) => [id, undefined]));
	records.articles.forEach((article, i) => {
		if (article.text !== undefined || article.textFile === undefined) {
			texts[i] = article.text ?? '';
			return void textsById.set(article.id, texts[i]);
		}
		if (source.baseDir === undefined) return void problems.push({path: articlePath(i, 'textFile'), message: 'a textFile needs the dataset to be read from a file; give the text inline instead'});
		const path = resolve(source.baseDir, article.textFile);
		const read = readUtf8(path, article.textFile, ARTICLE_TEXT_FILE);
		if ('error' in read) return void problems.push({path: articlePath(i, 'textFile'), message: `the article text file ${quoted(article.textFile)}: ${read.error.message} (looked for ${path})`});
		texts[i] = read.text;
		textsById.set(article.id, read.text);
	});

	// One at a time: a broken archive can have more problems than a call takes arguments.
	for (const problem of integrityProblems(records, textsById)) problems.push(problem);
	if (problems.length > 0 || !parsed.success) return fail(...capped(problems, at, file));
	const data = parsed.data;

	const inline = withInlineTexts(data, texts);
	return {
		ok: true,
		story: buildStory(sanitizeDeep(data), texts.map((text) => sanitizeBlock(text)), file, {data, texts}),
		data: inline,
	};
}

/** The dataset with every article's text inline (a textFile replaced by the text it holds). */
function withInlineTexts(data: DatasetFile, texts: readonly string[]): DatasetFile {
	const inline = <A extends {text?: string | undefined; textFile?: string | undefined}>(article: A, text: string) => {
		const {textFile: _textFile, ...rest} = article;
		return {...rest, text};
	};
	return data.version === 1 ? {...data, article: inline(data.article, texts[0] ?? '')} : {...data, articles: data.articles.map((article, i) => inline(article, texts[i] ?? ''))};
}

/** A file's text to hand over to parseDataset, or why it cannot be read. */
function readJsonInput(path: string, file = path): JsonInput | {readonly error: DatasetError} {
	const read = readUtf8(path, file);
	if ('error' in read) return read;
	return {text: read.text, reread: canReadAgain(path) ? rereader(path, file) : keeper(read.text)};
}

// Each closure is made in a function of its own: closures made in one scope share what they
// hold, and the one that reads the file again must not hold the text.
const rereader = (path: string, file: string) => () => {
	const again = readUtf8(path, file);
	return 'text' in again ? again.text : '';
};
const keeper = (text: string) => () => text;

/** Whether a path can be read a second time (a pipe cannot). */
function canReadAgain(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * Load a dataset file; `file` is its name in messages (the path as the user gave it), `baseDir`
 * the folder its article textFile is read from (beside it, unless given).
 */
export function loadDatasetFile(path: string, file = path, baseDir = dirname(resolve(path))): LoadResult {
	const input = readJsonInput(path, file);
	if ('error' in input) return fail(input.error);
	return parseDataset(input, {file, baseDir});
}

/** Validate a parsed value (e.g. one built in memory) as a dataset. */
export function validateDatasetValue(value: DatasetFile | unknown, source: DatasetSource): LoadResult {
	return parseDataset(JSON.stringify(value, null, 2), source);
}
