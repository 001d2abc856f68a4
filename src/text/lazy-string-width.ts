/**
 * string-width as Ink and cli-truncate get it in the bundle (scripts/build.mjs points their
 * `string-width` here). string-width builds an Intl.Segmenter and a `\p{RGI_Emoji}` expression as
 * it is imported: about 25 ms of every start, before the first frame, measured here. Text of simple
 * characters (plain-width.ts) needs neither, and it is most of what a screen shows: string-width
 * itself is loaded the first time a text is not simple.
 */
import {plainWidth} from './plain-width.js';

/** string-width's signature, options included (Ink and cli-truncate pass none). */
export type StringWidth = (text: string, options?: {readonly ambiguousIsNarrow?: boolean; readonly countAnsiEscapeCodes?: boolean}) => number;

/** A string-width that calls `load` for string-width itself only when a text needs it. */
export function lazyStringWidth(load: () => StringWidth): StringWidth {
	let real: StringWidth | undefined;
	return (text, options) => {
		// Only the default options are answered here: string-width's own for anything else.
		const simple = typeof text === 'string' && options?.countAnsiEscapeCodes !== true && options?.ambiguousIsNarrow !== false ? plainWidth(text) : undefined;
		return simple ?? (real ??= load())(text, options);
	};
}

// In the bundle esbuild evaluates a module that is require()d at the first call, not at start-up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export default lazyStringWidth(() => (require('string-width') as {default: StringWidth}).default);
