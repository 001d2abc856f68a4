/**
 * JSON text that is safe to print on a terminal and still means exactly the same value.
 * JSON.stringify escapes C0 controls but leaves C1 controls (U+0080–U+009F, which some terminals
 * obey as escape sequences), bidi overrides and invisible formatting characters raw; here they are
 * written as \u escapes, which every JSON parser reads back unchanged.
 */

const UNSAFE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** JSON text of a value, indented by two spaces, ending with a line break. */
export function toJson(value: unknown): string {
	const text = JSON.stringify(value, null, 2).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `${text}\n`;
}
