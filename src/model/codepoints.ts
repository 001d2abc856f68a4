/// <reference lib="es2024.string" />
// For String.prototype.isWellFormed: Node 20 has it (the engines field), target ES2022's types do not.
/**
 * Offsets in datasets count Unicode code points (as W3C TextPositionSelector does), while
 * JavaScript strings index UTF-16 code units; the two differ after any astral character (emoji,
 * rare CJK). A CodePointText converts between them in O(1) after one pass over the text.
 */
export interface CodePointText {
	/** The text's length in code points. */
	readonly length: number;
	/** The text between two code-point offsets (end exclusive). */
	slice(start: number, end: number): string;
	/**
	 * Whether the text between two code-point offsets is `expected` (as slice(start, end) ===
	 * expected): given where it can be answered without making the string (checking a million
	 * anchors made as many strings to compare).
	 */
	holds(start: number, end: number, expected: string): boolean;
}

/** Index a text once for code-point slicing. */
export function codePointText(text: string): CodePointText {
	// Fast path: without surrogate pairs, code points and code units coincide.
	if (!/[\uD800-\uDBFF]/.test(text)) {
		return slicedText(text.length, (start, end) => text.slice(start, end));
	}
	const unitOffsets: number[] = [];
	let unit = 0;
	for (const char of text) {
		unitOffsets.push(unit);
		unit += char.length;
	}
	unitOffsets.push(unit);
	const toUnit = (offset: number) => unitOffsets[Math.max(0, Math.min(offset, unitOffsets.length - 1))] ?? unit;
	return slicedText(unitOffsets.length - 1, (start, end) => text.slice(toUnit(start), toUnit(end)));
}

/** A text held as a string: whether a span holds a text is told by slicing it (a string costs little to slice). */
function slicedText(length: number, slice: (start: number, end: number) => string): CodePointText {
	return {length, slice, holds: (start, end, expected) => slice(start, end) === expected};
}

/** Where to cut a string at UTF-16 unit `at` or just before, never inside a surrogate pair. */
export function unitCut(text: string, at: number): number {
	const code = text.charCodeAt(at - 1);
	return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * UTF-16 offsets into `text` as counts of code points, each as `[...text.slice(0, unit)].length`
 * would count it, in one pass over the text however many offsets (a match in a long quotation can
 * have dozens of ranges).
 */
export function codePointOffsets(text: string, units: readonly number[]): number[] {
	const order = units.map((_, k) => k).sort((a, b) => units[a]! - units[b]!);
	const counts = new Array<number>(units.length);
	let unit = 0;
	let count = 0;
	for (const k of order) {
		const to = Math.max(0, Math.min(units[k]!, text.length));
		for (; unit < to; unit++) {
			// A low surrogate after a high one ends a pair counted at its start; alone, it is a code point.
			const code = text.charCodeAt(unit);
			if (!(code >= 0xdc00 && code <= 0xdfff && unit > 0 && isHighSurrogate(text.charCodeAt(unit - 1)))) count++;
		}
		counts[k] = count;
	}
	return counts;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The length of a string in code points. */
export function codePointLength(text: string): number {
	// As `for…of` counts: a surrogate pair is one code point, a lone surrogate (high or low) one too.
	let count = 0;
	for (let i = 0; i < text.length; i++, count++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
		}
	}
	return count;
}

/** Code points between checkpoints of a UTF-8 text: a slice walks at most this many from one. */
export const CHECKPOINT_EVERY = 64;

/** Where a UTF-8 text's code points are: the byte of every CHECKPOINT_EVERY-th, and how many there are. */
export interface Utf8Checkpoints {
	readonly starts: Int32Array;
	readonly count: number;
	readonly bytes: number;
}

/** count % CHECKPOINT_EVERY, which is a power of two. */
const CHECKPOINT_MASK = CHECKPOINT_EVERY - 1;

/**
 * The checkpoints of valid UTF-8 bytes (without a BOM). A first check has them before any record
 * is checked (15 MB of text at 100,000 events), so four bytes are looked at together where they
 * can be: a word of four ASCII bytes is four code points, unless a checkpoint falls among them.
 */
export function utf8Checkpoints(bytes: Uint8Array): Utf8Checkpoints {
	const length = bytes.length;
	const starts = new Int32Array(Math.ceil(length / CHECKPOINT_EVERY) + 1);
	let written = 0;
	let count = 0;
	const take = (from: number, to: number) => {
		for (let i = from; i < to; i++) {
			if ((bytes[i]! & 0xc0) === 0x80) continue;
			if ((count & CHECKPOINT_MASK) === 0) starts[written++] = i;
			count++;
		}
	};
	// Bytes one by one up to a multiple of 4 in the buffer, then a word at a time, then the rest.
	const head = (4 - (bytes.byteOffset & 3)) & 3;
	const words = length > head ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (length - head) >>> 2) : new Uint32Array(0);
	take(0, Math.min(head, length));
	for (let w = 0; w < words.length; w++) {
		const within = count & CHECKPOINT_MASK;
		if ((words[w]! & 0x80808080) === 0 && within !== 0 && within <= CHECKPOINT_EVERY - 4) count += 4;
		else take(head + w * 4, head + w * 4 + 4);
	}
	take(Math.min(head, length) + words.length * 4, length);
	return {starts: starts.slice(0, written), count, bytes: length};
}

/**
 * A UTF-8 text sliced by code points, its bytes read a window at a time by `read` (start and end
 * byte offsets): a store keeps an article's text in its file, and a slice reads only the bytes
 * from the checkpoint before it to the one after it. A text whose bytes are held whole (`source` a
 * Buffer) is its own window: nothing is read, no view made (a check compares a million anchors).
 */
export function windowedUtf8Text(source: Buffer | ((start: number, end: number) => Buffer), checkpoints: Utf8Checkpoints): CodePointText {
	const {starts, count, bytes} = checkpoints;
	const checkpointByte = (k: number) => (k < starts.length ? starts[k]! : bytes);
	/** The byte where code point `offset` starts, walking `window` (which begins at byte `base`). */
	const walk = (window: Buffer, base: number, from: number, steps: number): number => {
		let at = from;
		for (let k = steps; k > 0; k--) {
			const lead = window[at - base]!;
			at += lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
		}
		return at;
	};
	/** The byte where code point `offset` (< count) starts: at once in a block of ASCII (as many bytes as code points), else walked from its checkpoint. */
	const byteOf = (window: Buffer, base: number, offset: number): number => {
		const block = Math.floor(offset / CHECKPOINT_EVERY);
		const start = checkpointByte(block);
		// As many bytes as code points in the block (the last may be short): every one of them is ASCII.
		if (checkpointByte(block + 1) - start === Math.min(CHECKPOINT_EVERY, count - block * CHECKPOINT_EVERY)) return start + (offset % CHECKPOINT_EVERY);
		return walk(window, base, start, offset % CHECKPOINT_EVERY);
	};
	const clamp = (offset: number) => Math.max(0, Math.min(offset, count));
	/** The bytes of code points start .. end: a window read, and where they are in it; undefined for none. */
	const span = (start: number, end: number): {window: Buffer; from: number; to: number} | undefined => {
		const from = clamp(start);
		const to = clamp(end);
		if (to <= from) return undefined;
		const base = checkpointByte(Math.floor(from / CHECKPOINT_EVERY));
		const last = to >= count ? bytes : checkpointByte(Math.floor(to / CHECKPOINT_EVERY) + 1);
		const window = typeof source === 'function' ? source(base, last) : source;
		const windowBase = typeof source === 'function' ? base : 0;
		const fromByte = byteOf(window, windowBase, from);
		const toByte = to >= count ? bytes : byteOf(window, windowBase, to);
		return {window, from: fromByte - windowBase, to: toByte - windowBase};
	};
	return {
		length: count,
		slice(start, end) {
			const bytesOf = span(start, end);
			return bytesOf ? bytesOf.window.toString('utf8', bytesOf.from, bytesOf.to) : '';
		},
		holds(start, end, expected) {
			const bytesOf = span(start, end);
			if (!bytesOf) return expected === '';
			const {window, from, to} = bytesOf;
			// Most anchors are ASCII: compared unit by unit with the bytes, no encoding and no native call.
			// A unit that is not ASCII leaves it to the comparison of the encoded text below.
			if (to - from === expected.length) {
				let k = 0;
				for (; k < expected.length; k++) {
					const unit = expected.charCodeAt(k);
					if (unit >= 0x80) break;
					if (window[from + k] !== unit) return false;
				}
				if (k === expected.length) return true;
			}
			// A lone surrogate in `expected` is written as U+FFFD, which the text could hold: compared as strings then.
			if (!expected.isWellFormed()) return window.toString('utf8', from, to) === expected;
			if (expected.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(expected.length * 3);
			const length = scratch.write(expected, 0, 'utf8');
			return length === to - from && scratch.compare(window, from, to, 0, length) === 0;
		},
	};
}

/** Where an anchor's expected text is encoded to be compared with the bytes of an article. */
let scratch = Buffer.allocUnsafe(4096);

/**
 * A text held as its UTF-8 bytes, sliced by code points: half the memory of a JavaScript string
 * for most non-Latin-1 texts, and off the JavaScript heap. A store build checks anchors against a
 * 15 MB article this way; as a string it was 30 MB of the build's heap. The bytes must be valid
 * UTF-8 (without a BOM).
 */
export function utf8CodePointText(bytes: Uint8Array, checkpoints: Utf8Checkpoints = utf8Checkpoints(bytes)): CodePointText {
	return windowedUtf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), checkpoints);
}
