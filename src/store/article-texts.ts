/**
 * A dataset's articles as a stream reads them: each one's text as UTF-8 bytes indexed by code
 * point (read from its textFile, beside the dataset, or as written inline), and what a store keeps
 * of it; and how the checking threads are given the texts (in memory they share).
 */
import {isUtf8} from 'node:buffer';
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {utf8Checkpoints, type Utf8Checkpoints} from '../model/codepoints.js';
import {hasUtf8Bom} from '../model/utf8.js';
import {sanitizeDeep} from '../model/sanitize.js';
import {ARTICLE_ID, type Article, type SourceArticle} from '../model/schema.js';
import type {SharedArticleText} from './batch-check.js';
import {readInto} from './layout.js';
import type {StoredArticle} from './meta.js';
import {Refused} from './refused.js';
import {stampOf, type FileStamp} from './stamp.js';

/** An article read: its text as bytes, and what a store keeps of it. */
export interface ReadArticle {
	readonly id: string;
	readonly bytes: Uint8Array;
	/** The text as written inline, when it was (checked as the string it is: a lone surrogate would not survive UTF-8). */
	readonly inline: string | undefined;
	readonly checkpoints: Utf8Checkpoints;
	readonly stored: Omit<StoredArticle, 'textLength'>;
	/** A text file that could not be read (only when asked to go on without it: every error is wanted): its name and where it was looked for. */
	readonly unreadable?: {readonly name: string; readonly path: string};
}

/**
 * An article as the schema passed it (`withIds` for a story of several), its textFile read from
 * `baseDir` (into shared memory `forThreads`). A text file that cannot be read refuses the stream,
 * unless `tolerant`: the article is then read without its text (its anchors go unchecked, as the
 * whole-file loader leaves them) and says so.
 */
export function readArticle(article: Article | SourceArticle, withIds: boolean, baseDir: string, forThreads: boolean, tolerant = false): ReadArticle {
	const id = withIds && 'id' in article ? article.id : ARTICLE_ID;
	let bytes: Uint8Array = Buffer.from(article.text ?? '', 'utf8');
	let textFile: FileStamp | null = null;
	let textFileName: string | null = null;
	let unreadable: ReadArticle['unreadable'];
	if (article.text === undefined && article.textFile !== undefined) {
		const path = resolve(baseDir, article.textFile);
		textFile = stampOf(path) ?? null;
		textFileName = article.textFile;
		try {
			bytes = articleBytes(textFile, forThreads);
		} catch (error) {
			if (!tolerant) throw error;
			unreadable = {name: article.textFile, path};
		}
	}
	const {text: _text, textFile: _file, ...rest} = article;
	const written = {id, ...rest};
	return {id, bytes, inline: article.text, checkpoints: utf8Checkpoints(bytes), stored: {info: sanitizeDeep(written), written, textFile, textFileName}, ...(unreadable ? {unreadable} : {})};
}

/** An article's text for checking in this thread: the string as written, or its bytes as read. */
export function ownText(article: ReadArticle): SharedArticleText {
	if (article.unreadable) return {unreadable: true};
	if (article.inline !== undefined) return {text: article.inline};
	return {bytes: article.bytes, checkpoints: article.checkpoints.starts, count: article.checkpoints.count};
}

/** An article's text for the checking threads: as ownText, its bytes and checkpoints in memory they all read (a text file is read there already; the checkpoints are copied once here). */
export function sharedText(article: ReadArticle): SharedArticleText {
	const text = ownText(article);
	return 'bytes' in text ? {...text, bytes: shared(text.bytes, Uint8Array), checkpoints: shared(text.checkpoints, Int32Array)} : text;
}

/** A typed array in memory every thread reads: this one, when it is there already, else a copy, made by `make` (the array may be a Buffer, whose own constructor is deprecated). */
function shared<A extends Uint8Array | Int32Array>(array: A, make: new (buffer: SharedArrayBuffer) => A): A {
	if (array.buffer instanceof SharedArrayBuffer) return array;
	const copy = new make(new SharedArrayBuffer(array.byteLength));
	copy.set(array);
	return copy;
}

/**
 * An article text file as UTF-8 bytes indexed by code point: half the memory of the string the
 * whole-file loader makes, and off the JavaScript heap. Of any size: the loader, which makes a
 * string of it, stops at 256 MB; a stream need not. Read into memory the checking threads
 * share when there are some: a million events' article is 166 MB, not to be held twice.
 */
function articleBytes(stamp: FileStamp | null, forThreads: boolean): Uint8Array {
	if (!stamp) throw new Refused('article text file cannot be read');
	let bytes: Uint8Array;
	try {
		bytes = forThreads ? readShared(stamp.path) : readFileSync(stamp.path);
	} catch {
		throw new Refused('article text file cannot be read');
	}
	if (!isUtf8(bytes)) throw new Refused('article text file is not UTF-8');
	return bytes.subarray(hasUtf8Bom(bytes) ? 3 : 0);
}

/** A file read whole into a SharedArrayBuffer. */
function readShared(path: string): Uint8Array {
	const fd = openSync(path, 'r');
	try {
		const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
		readInto(fd, bytes, 0);
		return bytes;
	} finally {
		closeSync(fd);
	}
}
