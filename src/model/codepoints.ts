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
const CHECKPOINT_EVERY = 64;

/**
 * A text held as its UTF-8 bytes, sliced by code points: half the memory of a JavaScript string
 * for most non-Latin-1 texts, and off the JavaScript heap. A store build checks anchors against a
 * 15 MB article this way; as a string it was 30 MB of the build's heap. The bytes must be valid
 * UTF-8 (without a BOM).
 */
export function utf8CodePointText(bytes: Uint8Array): CodePointText {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The byte where every CHECKPOINT_EVERY-th code point starts.
	const checkpoints: number[] = [];
	let count = 0;
	for (let i = 0; i < buffer.length; i++) {
		if ((buffer[i]! & 0xc0) === 0x80) continue;
		if (count % CHECKPOINT_EVERY === 0) checkpoints.push(i);
		count++;
	}
	const starts = Int32Array.from(checkpoints);
	const byteOf = (offset: number): number => {
		if (offset >= count) return buffer.length;
		let at = starts[Math.floor(offset / CHECKPOINT_EVERY)]!;
		for (let k = offset % CHECKPOINT_EVERY; k > 0; k--) {
			const lead = buffer[at]!;
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
			return to <= from ? '' : buffer.toString('utf8', byteOf(from), byteOf(to));
		},
	};
}
