/** The help overlay: every key, grouped, read from the keymap itself. */
import {Box} from 'ink';
import {useMemo} from 'react';
import {stringsFor} from '../../state/strings/index.js';
import {Lines} from '../Lines.js';
import {helpLines} from './help-lines.js';
import {paneTitle, scrollMark} from './pane-title.js';

export function HelpPane({width, height, rows, top, lang}: {readonly width: number; readonly height: number; readonly rows: number; readonly top: number; readonly lang: string}) {
	const words = stringsFor(lang);
	const lines = useMemo(() => helpLines(width, words), [width, words]);
	const more = scrollMark(words.panes, top > 0, lines.length > top + rows);
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={[paneTitle(words.panes.keys, more, width, true), ...lines.slice(top, top + rows)]} width={width} />
		</Box>
	);
}
