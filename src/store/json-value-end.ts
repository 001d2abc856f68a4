/**
 * Where a JSON value ends, found in bytes that arrive a chunk at a time. It runs over every byte of
 * a dataset before the first frame, so long strings (most of a dataset's bytes) are crossed with
 * Buffer#indexOf, natively, and only their first bytes in JavaScript; outside strings only brackets
 * are looked at.
 */

export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How many bytes of a string are looked at in JavaScript before Buffer#indexOf takes over: most strings of a dataset (keys, ids, dates, titles) are shorter, and a native call costs more than looking at them (measured: 24 and 64 bytes both beat none, 64 a little more). */
const LOOKED_AT = 64;

/** Where the string whose content starts at `from` closes (its closing quote), or -1 if not in `data`. */
export function closingQuote(data: Buffer, from: number): number {
	const near = Math.min(data.length, from + LOOKED_AT);
	for (let at = from; at < near; at++) if (data[at] === QUOTE && !escaped(data, at)) return at;
	let quote = data.indexOf(QUOTE, near);
	while (quote >= 0) {
		if (!escaped(data, quote)) return quote;
		quote = data.indexOf(QUOTE, quote + 1);
	}
	return -1;
}

/** Whether the quote at `quote` is escaped: an odd run of backslashes before it (the opening quote stops the count). */
function escaped(data: Buffer, quote: number): boolean {
	let before = quote - 1;
	while (data[before] === BACKSLASH) before--;
	return (quote - 1 - before) % 2 === 1;
}

/** Bytes of numbers, true, false and null: anything else ends such a value. */
const isScalarByte = (byte: number): boolean => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte === 0x2b || byte === 0x2d || byte === 0x2e;

/** Scans one value across calls: the state (open brackets, inside a string or not) survives the end of the data. */
export class ValueEnd {
	/** What scan returns when a bracket closes one of another kind (unbalancedAt says where). */
	static readonly UNBALANCED = -2;
	unbalancedAt = -1;
	/** The closing bytes awaited, innermost last. */
	private readonly closers: number[] = [];
	private inString = false;
	private scalar = false;

	/** Start a value whose first byte is `first`; false if no value starts so. */
	begin(first: number): boolean {
		this.closers.length = 0;
		this.inString = false;
		this.scalar = first !== QUOTE && first !== OPEN_BRACE && first !== OPEN_BRACKET;
		return !this.scalar || isScalarByte(first);
	}

	/** Scan from `from` (the value's first byte, or the end of the data at the last call): the index just past the value, -1 if the data ends first, or UNBALANCED. */
	scan(data: Buffer, from: number): number {
		const closers = this.closers;
		const length = data.length;
		let at = from;
		if (this.scalar) {
			while (at < length && isScalarByte(data[at] ?? 0)) at++;
			return at < length ? at : -1;
		}
		if (this.inString) {
			const quote = closingQuote(data, at);
			if (quote < 0) return -1;
			this.inString = false;
			if (closers.length === 0) return quote + 1;
			at = quote + 1;
		}
		for (; at < length; at++) {
			const byte = data[at];
			if (byte === QUOTE) {
				const quote = closingQuote(data, at + 1);
				if (quote < 0) {
					this.inString = true;
					return -1;
				}
				if (closers.length === 0) return quote + 1;
				at = quote;
			} else if (byte === OPEN_BRACE) closers.push(CLOSE_BRACE);
			else if (byte === OPEN_BRACKET) closers.push(CLOSE_BRACKET);
			else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
				if (closers.pop() !== byte) {
					this.unbalancedAt = at;
					return ValueEnd.UNBALANCED;
				}
				if (closers.length === 0) return at + 1;
			}
		}
		return -1;
	}
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const isBlank = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0d;

/**
 * Where the object that starts at `from` ends if the file has a record a line (`{…},` then a line
 * that opens the next, or `{…}` then the array's `]`): just past the `}` before the line's end, found
 * with one native search instead of a look at every byte. A newline is never inside a JSON string,
 * so that `}` is outside strings; whether it closes this object is left to the JSON parser that
 * reads the record next: only the right end parses, as a whole value must end at its own closing
 * brace (a record's first line that ends inside it, in a layout of several lines, fails there).
 * `NO_LINE` when the data has no newline after `from`; -1 when the line does not end so.
 */
export function lineEnd(data: Buffer, from: number): number {
	const newline = data.indexOf(NEWLINE, from);
	if (newline < 0) return NO_LINE;
	let at = newline - 1;
	while (at > from && isBlank(data[at])) at--;
	const comma = data[at] === COMMA;
	if (comma) at--;
	while (at > from && isBlank(data[at])) at--;
	if (at <= from || data[at] !== CLOSE_BRACE) return -1;
	// The line after says whether this can be the array's element: the next one opens, or the array closes.
	let next = newline + 1;
	while (next < data.length && (isBlank(data[next]) || data[next] === NEWLINE)) next++;
	if (next >= data.length) return -1;
	return data[next] === (comma ? OPEN_BRACE : CLOSE_BRACKET) ? at + 1 : -1;
}

/** What lineEnd returns when no newline follows. */
export const NO_LINE = -3;
