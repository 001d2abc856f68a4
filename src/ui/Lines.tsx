/** Draws built lines: one <Text> per line, so Ink lays out few nodes. */
import {Box, Text} from 'ink';
import {useContext} from 'react';
import {ColourContext, withoutColour} from './colour.js';
import {merged, type Line} from './line.js';

/** Draws lines, each cut to the box width by Ink, never wrapping. */
export function Lines({lines, width}: {readonly lines: readonly Line[]; readonly width: number}) {
	const colour = useContext(ColourContext);
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{lines.map((segments, index) => (
				<Text key={index} wrap="truncate-end">
					{segments.length === 0
						? ' '
						: merged(segments).map((segment, i) => (segment.style ? <Text key={i} {...(colour ? segment.style : withoutColour(segment.style))}>{segment.text}</Text> : segment.text))}
				</Text>
			))}
		</Box>
	);
}
