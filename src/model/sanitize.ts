/**
 * Every string from a dataset reaches the terminal through this file: text is data, never
 * instructions to the terminal. Escape sequences (CSI, OSC, DCS, SOS, PM, APC, and their 8-bit C1
 * forms) are removed whole, so no half of one is left to be misread; remaining C0/C1 controls,
 * bidi overrides and invisible formatting characters are dropped; tabs and (in inline text)
 * line breaks become spaces. The records keep the line breaks of their anchors (sanitizeDeep).
 */
import {codePointLength} from './codepoints.js';

// ESC-introduced and 8-bit string sequences, terminated by BEL, ST (ESC \ or 0x9C), or the end.
const STRING_SEQUENCE = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c|(?=\x1b)|$)/g;
// CSI (ESC [ or 0x9B): parameters and intermediates, then one final byte.
const CSI_SEQUENCE = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g;
// Any other escape: ESC, optional intermediates, one final byte (e.g. ESC c resets the terminal).
const OTHER_ESCAPE = /\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// C0 (but tab and line feed), DEL and C1 controls.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C),
// zero-width and invisible formatting characters that would make widths lie.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060-\u2064\ufeff\u00ad\ufff9-\ufffb]/g;

function stripSequences(text: string): string {
	return text
		.replace(STRING_SEQUENCE, '')
		.replace(CSI_SEQUENCE, '')
		.replace(OTHER_ESCAPE, '')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '');
}

const NEEDS_WORK = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff\u00ad\ufff9-\ufffb]/;

/**
 * Line breaks and tabs with the spaces around them: one space on one line. A quotation over two
 * paragraphs ("… bulan puasa.\n\n“Anak-anak …") reads, and is copied, with one space between them.
 */
const BREAKS = / *(?:[\r\n\t\v\f\u2028\u2029] *)+/g;

/** A one-line string safe to print: no sequences, no controls, line breaks and tabs (and the spaces around them) as one space. */
export function sanitizeInline(text: string): string {
	if (!NEEDS_WORK.test(text)) return text;
	return stripSequences(text.replace(BREAKS, ' '));
}

/** A multi-line string safe to print: as sanitizeInline, but line feeds are kept. */
export function sanitizeBlock(text: string): string {
	if (!NEEDS_WORK.test(text)) return text;
	return stripSequences(text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ').replace(/[\u2028\u2029]/g, '\n'));
}

/**
 * The text as sanitizeBlock would show it, but with every code point kept in its place: what it
 * would remove becomes U+0000 (to be drawn as nothing), tabs become spaces and other line breaks
 * line feeds. The reader wraps and highlights article text by code-point offsets, so it must not
 * lose count of them.
 */
export function maskBlock(text: string): string {
	if (!NEEDS_WORK.test(text)) return text;
	const hide = (match: string) => '\0'.repeat(codePointLength(match));
	return text
		.replace(/\r(?=\n)/g, '\0')
		.replace(/[\r\u2028\u2029]/g, '\n')
		.replace(/[\t\v\f]/g, ' ')
		.replace(STRING_SEQUENCE, hide)
		.replace(CSI_SEQUENCE, hide)
		.replace(OTHER_ESCAPE, hide)
		.replace(CONTROL, '\0')
		.replace(INVISIBLE, '\0');
}

/**
 * Whether a value is an anchor (schema.ts): a span of an article's text, whose words are the
 * article's own and are checked against it.
 */
const isAnchor = (value: object): boolean => {
	const {start, end, exact} = value as {start?: unknown; end?: unknown; exact?: unknown};
	return typeof start === 'number' && typeof end === 'number' && typeof exact === 'string';
};

/**
 * A JSON-like value with every string (keys kept) made safe as inline text, but an anchor's words,
 * which are made safe as the article's text is (sanitizeBlock): they quote the article, line breaks
 * and all, so the records handed to other programs match its text (W3C TextQuoteSelector); a view
 * that shows them on one line runs their white space together itself. Only what changes is
 * copied, with the objects and arrays on its way; the rest is the value itself. Almost every string
 * is clean already, and copying 100,000 events twice over (after the schema's own copy) doubled
 * the memory a large dataset takes while it loads.
 */
export function sanitizeDeep<T>(value: T): T {
	return sanitizedWith(value, sanitizeInline);
}

function sanitizedWith<T>(value: T, sanitizeString: (text: string) => string): T {
	if (typeof value === 'string') return sanitizeString(value) as T;
	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			const clean = sanitizedWith(item, sanitizeString);
			if (clean !== item) (copy ??= [...value])[i] = clean;
		}
		return (copy ?? value) as T;
	}
	if (value !== null && typeof value === 'object') {
		const inside = isAnchor(value) ? sanitizeBlock : sanitizeString;
		let copy: Record<string, unknown> | undefined;
		const record = value as Record<string, unknown>;
		// Not Object.entries: a pair array for every field of every record was most of a walk's time.
		for (const key in record) {
			if (!Object.hasOwn(record, key)) continue;
			const item = record[key];
			const clean = sanitizedWith(item, inside);
			if (clean !== item) (copy ??= {...record})[key] = clean;
		}
		return (copy ?? value) as T;
	}
	return value;
}
