/** The fuzzy finder: the query line and the ranked entities, matched characters lit. */
import {Box} from 'ink';
import type {ExplorerData} from '../../state/data.js';
import type {FinderRow} from '../../state/selectors.js';
import type {FinderState} from '../../state/state.js';
import {Lines} from '../Lines.js';
import type {Line} from '../line.js';
import {count as countOf} from '../../model/count.js';
import {truncate, truncateStart, widthOf} from '../../text/fit.js';
import {theme} from '../theme.js';
import {entityRow} from './entity-lines.js';
import {visibleRange} from './list-window.js';
import {paneTitle} from './pane-title.js';

export interface FinderPaneProps {
	readonly data: ExplorerData;
	readonly finder: FinderState;
	readonly rows: {readonly length: number; at(index: number): FinderRow | undefined};
	readonly width: number;
	readonly height: number;
	readonly visibleRows: number;
}

export function FinderPane({data, finder, rows, width, height, visibleRows}: FinderPaneProps) {
	const count = rows.length;
	const counter = finder.query.trim() === '' ? `${count}` : countOf(count, 'match', 'matches');
	const prompt = '/ ';
	const queryWidth = Math.max(1, width - widthOf(prompt) - 1);
	// Show the end of a long query: that is where the typing happens.
	const query = truncateStart(finder.query, queryWidth);
	const lines: Line[] = [
		paneTitle('Find a person, organization or place', counter, width, true),
		[{text: prompt, style: theme.key}, {text: query}, {text: '█', style: theme.muted}],
	];
	const {from, to} = visibleRange(finder.cursor, count, visibleRows);
	for (let i = from; i < to; i++) {
		const row = rows.at(i);
		if (row) lines.push(entityRow(data.story, row.entity, {selected: i === finder.cursor.index, focused: true, width, matched: row.matched}));
	}
	if (count === 0) lines.push([{text: truncate(`  Nothing matches “${finder.query}”`, width), style: theme.muted}]);
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={width} />
		</Box>
	);
}
