/** The detail pane: the selected event, entity or quote, from the line the state scrolled it to. */
import {Box} from 'ink';
import {useMemo} from 'react';
import type {ExplorerData} from '../../state/data.js';
import type {Ref} from '../../state/state.js';
import {stringsFor} from '../../state/strings/index.js';
import {Lines} from '../Lines.js';
import {clampDetailTop} from '../../state/detail-window.js';
import {detailLines} from './detail-lines.js';
import {paneTitle, scrollMark} from './pane-title.js';

export interface DetailPaneProps {
	readonly data: ExplorerData;
	readonly target: Ref | null;
	readonly cursor: number;
	/** The first line to show (kept within the content here: a narrower pane has fewer lines). */
	readonly top: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly width: number;
	readonly height: number;
	readonly rows: number;
	readonly backDepth: number;
	/** The source whose view the timeline shows, or null: an event's date is shown as it tells it. */
	readonly source: string | null;
}

export function DetailPane({data, target, cursor, top: wanted, focused, lang, width, height, rows, backDepth, source}: DetailPaneProps) {
	const content = useMemo(
		() => detailLines(data, target, {lang, width, cursor: focused ? cursor : -1, focused, source}),
		[data, target, lang, width, cursor, focused, source],
	);
	const top = clampDetailTop(wanted, content.total, rows);
	const {panes} = stringsFor(lang);
	const more = scrollMark(panes, top > 0, content.total > top + rows);
	const title = paneTitle(backDepth > 0 ? panes.detailBack(backDepth) : panes.detail, more, width, focused);
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={[title, ...content.slice(top, top + rows)]} width={width} />
		</Box>
	);
}
