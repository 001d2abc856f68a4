/**
 * Whether the explorer may use colour. chalk (under Ink) decides at import and does not read
 * NO_COLOR, so one decision (platform/colour-level.ts) sets its level and the views drop colours
 * themselves when it is 0.
 * Without colour, bold, dim, inverse and underline stay: no-color.org asks for no colour, and the
 * cursor row and the reader's marks are drawn with those.
 */
import {createContext} from 'react';
import type {Style} from './theme.js';

export const ColourContext = createContext(true);

/** `style` without its foreground and background colours. */
export function withoutColour(style: Style): Style {
	if (style.color === undefined && style.backgroundColor === undefined) return style;
	const {color: _color, backgroundColor: _background, ...rest} = style;
	return rest;
}
