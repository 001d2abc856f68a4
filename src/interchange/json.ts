/**
 * JSON text that is safe to print on a terminal and still means exactly the same value.
 * JSON.stringify escapes C0 controls but leaves C1 controls (U+0080–U+009F, which some terminals
 * obey as escape sequences), bidi overrides and invisible formatting characters raw; here they are
 * written as \u escapes, which every JSON parser reads back unchanged.
 */

const UNSAFE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * Every unsafe character is U+007F or above, so a text of ASCII below DEL has none: told by its
 * UTF-8 length and a search for DEL, both far quicker than the class's regex over the text
 * (scanning 168 MB of a 100,000-event listing with it took a tenth of the listing's time).
 */
const surelySafe = (text: string) => Buffer.byteLength(text, 'utf8') === text.length && !text.includes('\u007f');

const escapeUnsafe = (text: string) => (surelySafe(text) ? text : text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));

/** JSON text of a value on one line, ending with a line break: a line of JSON Lines. */
export function jsonLine(value: unknown): string {
	return `${escapeUnsafe(JSON.stringify(value))}\n`;
}

/** JSON text of a value, indented by two spaces, ending with a line break. */
export function toJson(value: unknown): string {
	return `${jsonText(value, 0)}\n`;
}

/** JSON text of a value, indented by two spaces, as it stands `depth` levels deep in a larger value (no line break after). */
export function jsonText(value: unknown, depth: number): string {
	if (depth === 0) return escapeUnsafe(JSON.stringify(value, null, 2));
	// Wrapped in `depth` one-item arrays, the value is indented by JSON.stringify itself as it
	// stands that deep; cutting the brackets off costs a slice, where re-indenting every line with a
	// regex cost a third of a 100,000-event listing's time.
	let wrapped = value;
	for (let level = 0; level < depth; level++) wrapped = [wrapped];
	const text = JSON.stringify(wrapped, null, 2);
	// Each level adds `[\n` and the indent before the value, and `\n` + indent + `]` after it.
	const after = depth * (depth + 1);
	return escapeUnsafe(text.slice(after + 2 * depth, text.length - after));
}

/**
 * The pieces of a JSON array of `count` items as toJson would write it `depth` levels deep, one
 * item at a time: `[`, each item on its own lines, `]` (or `[]` when empty), no line break after.
 */
export function* jsonArrayPieces(count: number, item: (index: number) => unknown, depth: number): Generator<string> {
	if (count === 0) {
		yield '[]';
		return;
	}
	const indent = '  '.repeat(depth + 1);
	const first = `[\n${indent}`;
	const next = `,\n${indent}`;
	// Each item's text goes out as it is: joined to what goes before it, it was copied once more.
	for (let i = 0; i < count; i++) {
		yield i === 0 ? first : next;
		yield jsonText(item(i), depth + 1);
	}
	yield `\n${'  '.repeat(depth)}]`;
}
