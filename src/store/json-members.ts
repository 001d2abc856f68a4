/**
 * Splitting a dataset file into its top-level members without holding the file in memory. Parsed
 * whole, a 116 MB dataset peaks near 500 MB; read in chunks here, each record of the big arrays
 * ("entities", "events", "quotes") is handed over as its own JSON text, to be parsed, checked and
 * let go before the next. This only finds where members and elements end (strings skipped,
 * brackets matched); the caller JSON.parses each piece, and a file that cannot be split goes to the
 * whole-file loader, which says exactly what is wrong with it.
 */
import {closeSync, openSync, readSync} from 'node:fs';
import {firstInvalidUtf8, hasUtf8Bom} from '../model/utf8.js';
import {CLOSE_BRACE, CLOSE_BRACKET, closingQuote, LineEnds, OPEN_BRACE, OPEN_BRACKET, QUOTE, ValueEnd} from './json-value-end.js';

/** Thrown when a file cannot be split as a JSON object of members; callers then fall back to the whole-file loader, which reports the exact error. */
export class NotStreamable extends Error {
	override name = 'NotStreamable';

	constructor(
		message: string,
		/** The byte of the file where it goes wrong, when there is one. */
		readonly at?: number,
		/** The first byte that is not UTF-8, and where it is, when that is what is wrong. */
		readonly notUtf8?: {readonly byte: number; readonly at: number},
		/** Whether the file is not JSON from its first character (neither an object nor an array): an article's text, say. */
		readonly notJson = false,
	) {
		super(message);
	}
}

/** Receives the members of a JSON object, in file order. */
export interface MemberSink {
	/** A top-level member handed over whole: its key, its value's JSON text, where that starts in the file, and where its key does. */
	value(key: string, json: string, fileOffset: number, keyOffset: number): void;
	/** One element of a streamed array: the array's key, the element's index (0-based), its JSON text. */
	element(key: string, index: number, json: string): void;
	/**
	 * When given, an element is handed over as bytes instead (`data[start..end)`, valid only during
	 * the call, at `fileOffset` in the file), not decoded: whoever parses it checks its UTF-8.
	 */
	elementBytes?(key: string, index: number, data: Buffer, start: number, end: number, fileOffset: number): void;
	/** A streamed array ended (after its last element; also for an empty array) */
	end?(key: string, count: number): void;
}

/** Read the JSON object in the file at `path` chunk by chunk (synchronously) and hand its top-level members, in file order, to `sink`; the values of `streamedKeys` that are arrays arrive element by element. */
export function streamMembers(path: string, streamedKeys: ReadonlySet<string>, sink: MemberSink, options: MemberStreamOptions = {}): void {
	const stream = new MemberStream(path, streamedKeys, sink, options);
	try {
		while (stream.step());
	} finally {
		stream.close();
	}
}

export interface MemberStreamOptions {
	/** The size of a read. */
	readonly chunkBytes?: number;
	/**
	 * Whether an object element may be taken to end where its lines say (json-value-end.ts
	 * LineEnds), which its reader then proves by parsing it: wrongly cut, it does not parse.
	 */
	readonly lineCuts?: boolean;
}

/**
 * The members of the JSON object in a file, read a chunk at a time when asked (`step`), so that a
 * caller can do other work between chunks: hand records to other threads, take their results, say
 * how far it is, stop when asked to.
 */
export class MemberStream {
	private readonly chunkBytes: number;
	private readonly scanner: MemberScanner;
	private buffer: Buffer;
	private end = 0;
	private readonly fd: number;
	private finished = false;

	constructor(path: string, streamedKeys: ReadonlySet<string>, sink: MemberSink, options: MemberStreamOptions = {}) {
		this.chunkBytes = Math.max(1, Math.floor(options.chunkBytes ?? 2 ** 20));
		this.scanner = new MemberScanner(streamedKeys, sink, options.lineCuts ?? false);
		this.buffer = Buffer.allocUnsafe(this.chunkBytes);
		this.fd = openSync(path, 'r');
	}

	/** How many elements were taken to end where their line does (lineCuts). */
	get cutAtLines(): number {
		return this.scanner.cutAtLines;
	}

	/** How many bytes of the file have been read. */
	get bytesRead(): number {
		return this.scanner.base + this.end;
	}

	/** Read the next chunk and hand over the members it completes; false once the file has ended. */
	step(): boolean {
		if (this.finished) return false;
		const {scanner, chunkBytes} = this;
		// Only the unfinished key, value or element is carried over: the rest is done with.
		const keep = scanner.tokenStart >= 0 ? scanner.tokenStart : scanner.pos;
		if (keep > 0) {
			this.buffer.copyWithin(0, keep, this.end);
			this.end -= keep;
			scanner.shift(keep);
		}
		if (this.buffer.length - this.end < chunkBytes) {
			// Doubling keeps the copying linear however long the element that needs the room.
			const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.end + chunkBytes));
			this.buffer.copy(larger, 0, 0, this.end);
			this.buffer = larger;
		}
		const read = readSync(this.fd, this.buffer, this.end, chunkBytes, null);
		this.end += read;
		scanner.data = this.buffer.subarray(0, this.end);
		this.finished = read === 0;
		scanner.run(this.finished);
		return !this.finished;
	}

	close(): void {
		closeSync(this.fd);
	}
}

/** Where the scanner is in the object: each state names what it waits for next. */
type State = 'bom' | 'open' | 'first-key' | 'key' | 'in-key' | 'colon' | 'value' | 'in-value' | 'after-member' | 'first-element' | 'element' | 'after-element' | 'done';

const EXPECTED: Record<State, string> = {
	bom: "'{'",
	open: "'{'",
	'first-key': "a key or '}'",
	key: 'a key',
	'in-key': "the key's closing quote",
	colon: "':'",
	value: 'a value',
	'in-value': 'the end of the value',
	'after-member': "',' or '}'",
	'first-element': "an element or ']'",
	element: 'an element',
	'after-element': "',' or ']'",
	done: 'nothing more',
};

const COMMA = 0x2c;
const COLON = 0x3a;

const isWhitespace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/** The top-level grammar (object, members, streamed arrays) over a window of the file that moves forward. */
class MemberScanner {
	/** The bytes read and not yet dropped; data[0] is at byte `base` of the file. */
	data: Buffer = Buffer.alloc(0);
	base = 0;
	/** The next byte to look at. */
	pos = 0;
	/** Where the unfinished key, value or element starts, or -1 between them. */
	tokenStart = -1;
	private state: State = 'bom';
	private key = '';
	/** Where the key under way starts in the file (its opening quote). */
	private keyAt = 0;
	private inArray = false;
	private count = 0;
	private readonly valueEnd = new ValueEnd();
	/** Elements taken to end where their lines say. */
	cutAtLines = 0;
	private readonly lineEnds = new LineEnds();
	/** No element that begins before this byte of the file is cut by its lines (LineEnds again). */
	private uncutBefore = 0;

	constructor(
		private readonly streamedKeys: ReadonlySet<string>,
		private readonly sink: MemberSink,
		private readonly lineCuts: boolean,
	) {}

	/** Forget the first `bytes` bytes of the window (the caller moved the rest to the front). */
	shift(bytes: number): void {
		this.base += bytes;
		this.pos -= bytes;
		if (this.tokenStart >= 0) this.tokenStart -= bytes;
	}

	/** Advance through the window as far as it goes; at the end of the file, the object must be complete. */
	run(eof: boolean): void {
		const data = this.data;
		for (;;) {
			if (this.state === 'in-key' || this.state === 'in-value') {
				if (!this.finishToken(eof)) return;
				continue;
			}
			if (this.state === 'bom') {
				// The byte order mark is three bytes, which a tiny chunk may split.
				if (data.length < 3 && !eof) return;
				if (hasUtf8Bom(data)) this.pos = 3;
				this.state = 'open';
			}
			let at = this.pos;
			while (at < data.length && isWhitespace(data[at] ?? 0)) at++;
			this.pos = at;
			const byte = data[at];
			if (byte === undefined) {
				if (!eof || this.state === 'done') return;
				throw new NotStreamable(this.base + at === 0 ? 'the file is empty' : `truncated: the file ends at byte ${this.base + at}, expected ${EXPECTED[this.state]}`, this.base + at === 0 ? undefined : this.base + at);
			}
			this.step(byte);
		}
	}

	/** Take the byte at `pos`, the first after whitespace, as the state expects. */
	private step(byte: number): void {
		const state = this.state;
		if (state === 'open' && byte === OPEN_BRACE) this.accept('first-key');
		else if ((state === 'first-key' || state === 'key') && byte === QUOTE) this.begin('in-key');
		else if (state === 'first-key' && byte === CLOSE_BRACE) this.accept('done');
		else if (state === 'colon' && byte === COLON) this.accept('value');
		else if (state === 'value' && byte === OPEN_BRACKET && this.streamedKeys.has(this.key)) {
			this.count = 0;
			this.accept('first-element');
		} else if (state === 'after-member' && byte === COMMA) this.accept('key');
		else if (state === 'after-member' && byte === CLOSE_BRACE) this.accept('done');
		else if (state === 'after-element' && byte === COMMA) this.accept('element');
		else if ((state === 'first-element' || state === 'after-element') && byte === CLOSE_BRACKET) {
			this.sink.end?.(this.key, this.count);
			this.accept('after-member');
		} else if ((state === 'value' || state === 'first-element' || state === 'element') && this.valueEnd.begin(byte)) {
			this.inArray = state !== 'value';
			this.begin('in-value');
		} else {
			const found = byte >= 0x20 && byte < 0x7f ? `'${String.fromCharCode(byte)}'` : `byte 0x${byte.toString(16).padStart(2, '0')}`;
			throw new NotStreamable(`expected ${EXPECTED[state]} at byte ${this.base + this.pos}, found ${found}`, this.base + this.pos, undefined, state === 'open' && byte !== OPEN_BRACKET);
		}
	}

	private accept(next: State): void {
		this.pos++;
		this.state = next;
	}

	private begin(next: 'in-key' | 'in-value'): void {
		this.tokenStart = this.pos;
		// A key's opening quote is skipped here; a value's first byte is the value scanner's to see.
		if (next === 'in-key') this.pos++;
		this.state = next;
	}

	/** Look for the end of the key or value under way; false when the window ends first. */
	private finishToken(eof: boolean): boolean {
		const data = this.data;
		const inKey = this.state === 'in-key';
		const quote = inKey ? closingQuote(data, this.pos) : -1;
		const line = inKey ? -1 : this.endOfLine();
		const end = inKey ? (quote < 0 ? -1 : quote + 1) : line >= 0 ? line : this.valueEnd.scan(data, this.pos);
		if (end === ValueEnd.UNBALANCED) throw new NotStreamable(`unbalanced brackets at byte ${this.base + this.valueEnd.unbalancedAt}`, this.base + this.valueEnd.unbalancedAt);
		if (end < 0) {
			this.pos = data.length;
			if (eof) throw new NotStreamable(`truncated: the file ends at byte ${this.base + data.length}, inside the ${inKey ? 'key' : 'value'} that starts at byte ${this.base + this.tokenStart}`, this.base + data.length);
			return false;
		}
		if (!inKey && this.inArray && this.sink.elementBytes) {
			this.sink.elementBytes(this.key, this.count++, this.data, this.tokenStart, end, this.base + this.tokenStart);
			this.state = 'after-element';
			this.tokenStart = -1;
			this.pos = end;
			return true;
		}
		const text = this.decode(this.tokenStart, end);
		if (inKey) {
			this.key = parseKey(text, this.base + this.tokenStart);
			this.keyAt = this.base + this.tokenStart;
			this.state = 'colon';
		} else if (this.inArray) {
			this.sink.element(this.key, this.count++, text);
			this.state = 'after-element';
		} else {
			this.sink.value(this.key, text, this.base + this.tokenStart, this.keyAt);
			this.state = 'after-member';
		}
		this.tokenStart = -1;
		this.pos = end;
		return true;
	}

	/** Where the object element just begun ends by its lines, or -1 to scan it (LineEnds). */
	private endOfLine(): number {
		if (!this.lineCuts || !this.inArray || this.pos !== this.tokenStart || this.data[this.pos] !== OPEN_BRACE || this.base + this.pos < this.uncutBefore) return -1;
		const end = this.lineEnds.end(this.data, this.pos);
		if (end < 0) this.uncutBefore = this.base + this.lineEnds.again;
		else this.cutAtLines++;
		return end;
	}

	/** The bytes as text, each piece decoded once; checked strictly only when it holds U+FFFD, as bad bytes decode to it. */
	private decode(start: number, end: number): string {
		const text = this.data.toString('utf8', start, end);
		if (text.includes('\uFFFD')) {
			try {
				strictUtf8.decode(this.data.subarray(start, end));
			} catch {
				const bad = firstInvalidUtf8(this.data.subarray(start, end));
				throw new NotStreamable(`invalid UTF-8 in the text that starts at byte ${this.base + start}`, this.base + start + bad, {byte: this.data[start + bad]!, at: this.base + start + bad});
			}
		}
		return text;
	}
}

function parseKey(quoted: string, at: number): string {
	try {
		return JSON.parse(quoted) as string;
	} catch {
		throw new NotStreamable(`invalid key at byte ${at}`);
	}
}
