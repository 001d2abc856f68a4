/** The sources pane: the story's articles, each with its outlet, day, events and disagreements, then its title. */
import {Box} from 'ink';
import type {ExplorerData} from '../../state/data.js';
import type {ListCursor} from '../../state/state.js';
import {Lines} from '../Lines.js';
import type {Line} from '../line.js';
import {visibleRange} from './list-window.js';
import {listPosition, paneTitle} from './pane-title.js';
import {sourceColumns, sourceEntry} from './source-lines.js';

export interface SourcePaneProps {
	readonly data: ExplorerData;
	readonly cursor: ListCursor;
	readonly width: number;
	readonly height: number;
	/** Sources shown (each takes two lines). */
	readonly rows: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly title: string;
}

export function SourcePane({data, cursor, width, height, rows, focused, lang, title}: SourcePaneProps) {
	const {articles} = data.story;
	const total = articles.length;
	const {from, to} = visibleRange(cursor, total, rows);
	const columns = sourceColumns(data.story, width, lang);
	const lines: Line[] = [paneTitle(title, listPosition(cursor.index, total, lang), width, focused)];
	for (let i = from; i < to; i++) {
		// A loop, not push(...): an entry is two lines, but a spread has no bound of its own.
		for (const line of sourceEntry(data.story, articles.at(i)!, {selected: i === cursor.index, focused, width, lang, columns})) lines.push(line);
	}
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={width} />
		</Box>
	);
}
