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

/**
 * The same line with neighbouring segments of one style joined: Ink styles each <Text> node by
 * itself, so a day axis of sixty one-character cells costs sixty nodes unless they are merged.
 */
export function merged(segments: Line): Line {
	const out: Segment[] = [];
	for (const segment of segments) {
		const last = out.at(-1);
		if (last && sameStyle(last.style, segment.style)) out[out.length - 1] = {...last, text: last.text + segment.text};
		else out.push(segment);
	}
	return out;
}

function sameStyle(a: Style | undefined, b: Style | undefined): boolean {
	if (a === b) return true;
	if (!a || !b) return false;
	const keys = Object.keys(a) as (keyof Style)[];
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Apply a style over every segment of a line (e.g. the cursor's inverse), keeping their own. */
export function restyle(segments: Line, style: Style): Line {
	return segments.map((segment) => ({text: segment.text, style: {...segment.style, ...style}}));
}

