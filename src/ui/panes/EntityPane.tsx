/** The entity pane: people, organizations and places, each with its number of events. */
import {Box} from 'ink';
import type {ExplorerData} from '../../state/data.js';
import type {ListCursor} from '../../state/state.js';
import {Lines} from '../Lines.js';
import type {Line} from '../line.js';
import {entityRow} from './entity-lines.js';
import {visibleRange} from './list-window.js';
import {listPosition, paneTitle} from './pane-title.js';

export interface EntityPaneProps {
	readonly data: ExplorerData;
	readonly cursor: ListCursor;
	readonly width: number;
	readonly height: number;
	readonly rows: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly title: string;
}

export function EntityPane({data, cursor, width, height, rows, focused, lang, title}: EntityPaneProps) {
	const total = data.entityOrder.length;
	const {from, to} = visibleRange(cursor, total, rows);
	const lines: Line[] = [paneTitle(title, listPosition(cursor.index, total, lang), width, focused)];
	for (let i = from; i < to; i++) {
		lines.push(entityRow(data.story, data.entityOrder.at(i)!, {selected: i === cursor.index, focused, width, lang}));
	}
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={width} />
		</Box>
	);
}
