/**
 * string-width with a shortcut for the text a screen is mostly made of. string-width finds the
 * width of anything but ASCII by splitting it into graphemes (Intl.Segmenter) and testing each
 * against emoji and Unicode property expressions; a screen of Indonesian text, dashes, quotes and
 * box-drawing characters went through that on every line. Text of simple characters
 * (plain-width.ts) is measured by its length instead.
 */
import stringWidth from 'string-width';
import {plainWidth, visibleText} from './plain-width.js';

export {isSimpleText} from './plain-width.js';

/** Columns a string takes on screen, as string-width counts them (escape codes take none). */
export function fastStringWidth(text: string): number {
	// Only text that is not simple is stripped a second time: string-width's own work dwarfs it.
	return plainWidth(text) ?? stringWidth(visibleText(text));
}
