/**
 * string-width with a shortcut for the text a screen is mostly made of. string-width finds the
 * width of anything but ASCII by splitting it into graphemes (Intl.Segmenter) and testing each
 * against emoji and Unicode property expressions; a screen of Indonesian text, dashes, quotes and
 * box-drawing characters went through that on every line. Text of simple characters
 * (plain-width.ts) is measured by its length instead.
 */
import stringWidth from 'string-width';
import {isSimpleText, visibleText} from './plain-width.js';

export {isSimpleText} from './plain-width.js';

/** Columns a string takes on screen, as string-width counts them (escape codes take none). */
export function fastStringWidth(text: string): number {
	const plain = visibleText(text);
	return isSimpleText(plain) ? plain.length : stringWidth(plain);
}
