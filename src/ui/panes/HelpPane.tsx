/** The help overlay: every key, grouped, read from the keymap itself. */
import {Box} from 'ink';
import {useMemo} from 'react';
import {Lines} from '../Lines.js';
import {helpLines} from './help-lines.js';
import {paneTitle} from './pane-title.js';

export function HelpPane({width, height, rows, top}: {readonly width: number; readonly height: number; readonly rows: number; readonly top: number}) {
	const lines = useMemo(() => helpLines(width), [width]);
	const more = lines.length > top + rows ? '↓ more' : '';
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={[paneTitle('Keys', more, width, true), ...lines.slice(top, top + rows)]} width={width} />
		</Box>
	);
}
