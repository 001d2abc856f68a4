/**
 * A screen line as styled segments. Views build lines with pure functions (tested without
 * rendering, and without loading Ink) and hand them to <Lines> to draw.
 */
import type {Style} from './theme.js';

export interface Segment {
	readonly text: string;
	readonly style?: Style;
}

export type Line = readonly Segment[];

/** A line of one plain or styled segment. */
export const line = (text: string, style?: Style): Line => [style ? {text, style} : {text}];

/** The plain text of a line (for tests and width checks). */
export const lineText = (segments: Line): string => segments.map((segment) => segment.text).join('');

/** Apply a style over every segment of a line (e.g. the cursor's inverse), keeping their own. */
export function restyle(segments: Line, style: Style): Line {
	return segments.map((segment) => ({text: segment.text, style: {...segment.style, ...style}}));
}

