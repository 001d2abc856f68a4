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
}

/** Index a text once for code-point slicing. */
export function codePointText(text: string): CodePointText {
	// Fast path: without surrogate pairs, code points and code units coincide.
	if (!/[\uD800-\uDBFF]/.test(text)) {
		return {length: text.length, slice: (start, end) => text.slice(start, end)};
	}
	const unitOffsets: number[] = [];
	let unit = 0;
	for (const char of text) {
		unitOffsets.push(unit);
		unit += char.length;
	}
	unitOffsets.push(unit);
	const toUnit = (offset: number) => unitOffsets[Math.max(0, Math.min(offset, unitOffsets.length - 1))] ?? unit;
	return {length: unitOffsets.length - 1, slice: (start, end) => text.slice(toUnit(start), toUnit(end))};
}

/** The length of a string in code points. */
export function codePointLength(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0xd800 || code > 0xdbff) count++;
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

/** The checkpoints of valid UTF-8 bytes (without a BOM). */
export function utf8Checkpoints(bytes: Uint8Array): Utf8Checkpoints {
	const starts = new Int32Array(Math.ceil(bytes.length / CHECKPOINT_EVERY) + 1);
	let written = 0;
	let count = 0;
	for (let i = 0; i < bytes.length; i++) {
		if ((bytes[i]! & 0xc0) === 0x80) continue;
		if (count % CHECKPOINT_EVERY === 0) starts[written++] = i;
		count++;
	}
	return {starts: starts.slice(0, written), count, bytes: bytes.length};
}

/**
 * A UTF-8 text sliced by code points, its bytes read a window at a time by `read` (start and end
 * byte offsets): a store keeps an article's text in its file, and a slice reads only the bytes
 * from the checkpoint before it to the one after it.
 */
export function windowedUtf8Text(read: (start: number, end: number) => Buffer, checkpoints: Utf8Checkpoints): CodePointText {
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
	const clamp = (offset: number) => Math.max(0, Math.min(offset, count));
	return {
		length: count,
		slice(start, end) {
			const from = clamp(start);
			const to = clamp(end);
			if (to <= from) return '';
			const base = checkpointByte(Math.floor(from / CHECKPOINT_EVERY));
			const last = to >= count ? bytes : checkpointByte(Math.floor(to / CHECKPOINT_EVERY) + 1);
			const window = read(base, last);
			const fromByte = walk(window, base, base, from % CHECKPOINT_EVERY);
			const toByte = to >= count ? bytes : walk(window, base, checkpointByte(Math.floor(to / CHECKPOINT_EVERY)), to % CHECKPOINT_EVERY);
			return window.toString('utf8', fromByte - base, toByte - base);
		},
	};
}

/**
 * A text held as its UTF-8 bytes, sliced by code points: half the memory of a JavaScript string
 * for most non-Latin-1 texts, and off the JavaScript heap. A store build checks anchors against a
 * 15 MB article this way; as a string it was 30 MB of the build's heap. The bytes must be valid
 * UTF-8 (without a BOM).
 */
export function utf8CodePointText(bytes: Uint8Array): CodePointText {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return windowedUtf8Text((start, end) => buffer.subarray(start, end), utf8Checkpoints(buffer));
}
