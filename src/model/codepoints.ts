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
