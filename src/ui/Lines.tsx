/** Draws built lines: one <Text> per line, so Ink lays out few nodes. */
import {Box, Text} from 'ink';
import {merged, type Line} from './line.js';

/** Draws lines, each cut to the box width by Ink, never wrapping. */
export function Lines({lines, width}: {readonly lines: readonly Line[]; readonly width: number}) {
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{lines.map((segments, index) => (
				<Text key={index} wrap="truncate-end">
					{segments.length === 0
						? ' '
						: merged(segments).map((segment, i) => (segment.style ? <Text key={i} {...segment.style}>{segment.text}</Text> : segment.text))}
				</Text>
			))}
		</Box>
	);
}
