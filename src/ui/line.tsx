/**
 * A screen line as styled segments. Views build lines with pure functions (tested without
 * rendering) and hand them to <Lines>, which draws one <Text> per line: few nodes, fast layout.
 */
import {Box, Text} from 'ink';
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

/** Draws lines, each cut to the box width by Ink, never wrapping. */
export function Lines({lines, width}: {readonly lines: readonly Line[]; readonly width: number}) {
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{lines.map((segments, index) => (
				<Text key={index} wrap="truncate-end">
					{segments.length === 0
						? ' '
						: segments.map((segment, i) => (segment.style ? <Text key={i} {...segment.style}>{segment.text}</Text> : segment.text))}
				</Text>
			))}
		</Box>
	);
}
