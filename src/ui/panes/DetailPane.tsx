/** The detail pane: the selected event, entity or quote, scrolled to keep its cursor in view. */
import {Box} from 'ink';
import {useMemo} from 'react';
import type {ExplorerData} from '../../state/data.js';
import type {Ref} from '../../state/state.js';
import {stringsFor} from '../../state/strings/index.js';
import {Lines} from '../Lines.js';
import {detailLines, detailTop} from './detail-lines.js';
import {paneTitle} from './pane-title.js';

export interface DetailPaneProps {
	readonly data: ExplorerData;
	readonly target: Ref | null;
	readonly cursor: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly width: number;
	readonly height: number;
	readonly rows: number;
	readonly backDepth: number;
}

export function DetailPane({data, target, cursor, focused, lang, width, height, rows, backDepth}: DetailPaneProps) {
	const content = useMemo(
		() => detailLines(data, target, {lang, width, cursor: focused ? cursor : -1, focused}),
		[data, target, lang, width, cursor, focused],
	);
	const top = detailTop(content.cursorLines, rows, content.total);
	const {panes} = stringsFor(lang);
	const more = content.total > top + rows ? panes.more : top > 0 ? '↑' : '';
	const title = paneTitle(backDepth > 0 ? panes.detailBack(backDepth) : panes.detail, more, width, focused);
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={[title, ...content.slice(top, top + rows)]} width={width} />
		</Box>
	);
}
