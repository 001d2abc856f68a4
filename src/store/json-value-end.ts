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
const isIndent = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09;

/**
 * Where an object ends, found by the lines it is laid out in with a native search or two instead of
 * a look at every byte. On a line of its own (`{…},` before a line that opens the next, or `{…}`
 * before the array's `]`): just past the `}` before the line's end. Indented over several lines (as
 * JSON.stringify(…, null, 2) writes it): just past the first `}` that begins a line at its `{`'s
 * indentation. A newline is never inside a JSON string, so either `}` is outside strings; whether
 * it closes this object is left to the JSON parser that reads the record next: only the right end
 * parses, as a whole value must end at its own closing brace (in another layout, a line that ends or
 * begins so inside a record fails there).
 */
export class LineEnds {
	/**
	 * After `end` found none: where to ask again (an index of the data, its length when the data
	 * ended first). An object that begins before it would find none either: its line is the same,
	 * and its `{` does not begin it; or the closing line found was not followed by an element.
	 * Asked only past it, a file of one long line, or of another layout, is searched once, not once
	 * an element.
	 */
	again = 0;

	/** Where the object that starts at `from` ends by its lines, or -1 (see `again`). */
	end(data: Buffer, from: number): number {
		const newline = data.indexOf(NEWLINE, from);
		if (newline < 0) return this.none(data.length);
		let at = newline - 1;
		while (at > from && isBlank(data[at])) at--;
		if (data[at] === COMMA) at--;
		while (at > from && isBlank(data[at])) at--;
		if (at > from && data[at] === CLOSE_BRACE) return followedByNext(data, at + 1) ?? this.none(newline);
		// Over several lines: the `{` begins its line, after its indentation alone.
		let indent = from;
		while (indent > 0 && isIndent(data[indent - 1])) indent--;
		if (indent === 0 || data[indent - 1] !== NEWLINE) return this.none(newline);
		const closer = data.indexOf(closingLine(data, indent, from), newline);
		if (closer < 0) return this.none(data.length);
		return followedByNext(data, closer + from - indent + 2) ?? this.none(closer + 1);
	}

	private none(again: number): number {
		this.again = again;
		return -1;
	}
}

/** `end` if what follows it can follow an element of the array (a comma and the next object, or the array's end), else undefined. */
function followedByNext(data: Buffer, end: number): number | undefined {
	let next = end;
	while (isBlank(data[next])) next++;
	const comma = data[next] === COMMA;
	if (comma) next++;
	while (isBlank(data[next]) || data[next] === NEWLINE) next++;
	return data[next] === (comma ? OPEN_BRACE : CLOSE_BRACKET) ? end : undefined;
}

/** A newline, the indentation data[indent..from), and `}`: the line that closes an object opened at `from` (made again only when the indentation changes). */
let closing = Buffer.from('\n}');
function closingLine(data: Buffer, indent: number, from: number): Buffer {
	const width = from - indent;
	if (closing.length !== width + 2 || closing.compare(data, indent, from, 1, width + 1) !== 0) {
		closing = Buffer.alloc(width + 2);
		closing[0] = NEWLINE;
		data.copy(closing, 1, indent, from);
		closing[width + 1] = CLOSE_BRACE;
	}
	return closing;
}
