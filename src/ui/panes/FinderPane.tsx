/** The fuzzy finder: the query line and the ranked entities, matched characters lit. */
import {Box} from 'ink';
import type {ExplorerData} from '../../state/data.js';
import type {FinderRows} from '../../state/selectors.js';
import type {FinderState} from '../../state/state.js';
import {stringsFor} from '../../state/strings/index.js';
import {Lines} from '../Lines.js';
import type {Line} from '../line.js';
import {truncate, truncateStart, widthOf} from '../../text/fit.js';
import {theme} from '../theme.js';
import {finderCounter, finderDateWidth, finderRow} from './finder-lines.js';
import {visibleRange} from './list-window.js';
import {paneTitle} from './pane-title.js';

export interface FinderPaneProps {
	readonly data: ExplorerData;
	readonly finder: FinderState;
	readonly rows: FinderRows;
	readonly lang: string;
	readonly width: number;
	readonly height: number;
	readonly visibleRows: number;
}

export function FinderPane({data, finder, rows, width, height, visibleRows, lang}: FinderPaneProps) {
	const count = rows.length;
	const words = stringsFor(lang);
	// Until the query's own results are found, the last query's stay on screen, and the counter says so.
	const searching = finder.query.trim() !== '' && data.found(finder.query) === undefined;
	const counter = searching ? words.finder.searching : finderCounter(finder.query, count, data.shown(finder.query).map((group) => group.total), words);
	const prompt = '/ ';
	const queryWidth = Math.max(1, width - widthOf(prompt) - 1);
	// Show the end of a long query: that is where the typing happens.
	const query = truncateStart(finder.query, queryWidth);
	const lines: Line[] = [
		paneTitle(words.panes.finder, counter, width, true),
		[{text: prompt, style: theme.key}, {text: query}, {text: '█', style: theme.muted}],
	];
	const {from, to} = visibleRange(finder.cursor, count, visibleRows);
	const shown = Array.from({length: Math.max(0, to - from)}, (_, k) => ({index: from + k, row: rows.at(from + k)}));
	// The event rows on screen share a date column, as the timeline's rows do.
	const dateWidth = finderDateWidth(data.story, shown.flatMap(({row}) => (row ? [row] : [])), lang, width);
	for (const {index, row} of shown) if (row) lines.push(finderRow(data.story, row, {selected: index === finder.cursor.index, width, lang, dateWidth}));
	if (count === 0 && !searching) lines.push([{text: truncate(`  ${words.finder.nothingMatches(finder.query)}`, width), style: theme.muted}]);
	return (
		<Box height={height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={width} />
		</Box>
	);
}
