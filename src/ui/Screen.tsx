/** The whole frame: header, the panes for the layout's mode, footer; or the too-small notice. */
import {Box, Text} from 'ink';
import {keysFor} from '../keys/keymap.js';
import type {ExplorerData} from '../state/data.js';
import {detailRef, finderRows, keyContext, visibleEvents} from '../state/selectors.js';
import {MIN_COLUMNS, MIN_ROWS} from '../state/layout.js';
import type {State} from '../state/state.js';
import {stringsFor} from '../state/strings/index.js';
import {footerLines, headerLines} from './chrome.js';
import {Lines} from './Lines.js';
import {DetailPane} from './panes/DetailPane.js';
import {EntityPane} from './panes/EntityPane.js';
import {FinderPane} from './panes/FinderPane.js';
import {HelpPane} from './panes/HelpPane.js';
import {SourcePane} from './panes/SourcePane.js';
import {ReaderPane} from './panes/ReaderPane.js';
import {TimelinePane} from './panes/TimelinePane.js';
import {truncate, wrap} from '../text/fit.js';
import {theme} from './theme.js';
import {ColourContext, withoutColour} from './colour.js';
import {useContext} from 'react';

function TooSmall({columns, rows, lang}: {readonly columns: number; readonly rows: number; readonly lang: string}) {
	const colour = useContext(ColourContext);
	// Wrapped in whole words; how to leave is the last thing it says, and is kept where the rows run
	// out: the sentences before it give way whole, and the line with the keys is kept last of all.
	const quitKeys = keysFor('app.quit', 'tooSmall');
	const sentences = stringsFor(lang).tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS, quitKeys).map((text) => wrap(text, Math.max(1, columns)));
	const room = Math.max(1, rows - 1);
	const leave = sentences.at(-1) ?? [];
	const before: string[] = [];
	for (const sentence of sentences.slice(0, -1)) if (before.length + sentence.length + leave.length <= room) for (const line of sentence) before.push(line);
	const keysLine = leave.findIndex((line) => line.includes(quitKeys));
	// As many lines as there is room for, from the line with the keys at the latest.
	const start = Math.max(0, Math.min(keysLine, leave.length - room));
	const kept = leave.slice(start, start + room);
	const lines = [...before, ...kept];
	return (
		<Box flexDirection="column" height={room}>
			{lines.map((text, i) => (
				<Text key={i} wrap="truncate-end" {...(colour ? theme.tone.warning : withoutColour(theme.tone.warning))}>
					{truncate(text, columns)}
				</Text>
			))}
		</Box>
	);
}

export function Screen({state, data}: {readonly state: State; readonly data: ExplorerData}) {
	const {layout} = state;
	if (layout.tooSmall) return <TooSmall columns={layout.columns} rows={layout.rows} lang={state.lang} />;
	const events = visibleEvents(state, data);
	const width = layout.columns;
	const context = keyContext(state, data);
	const articleLang = data.story.article.language;
	// In the narrow layout one list shows at a time: its title says how to reach the other.
	const several = data.story.articles.length > 1;
	const sourceFilter = state.sourceFilter === null ? undefined : data.story.articleById(state.sourceFilter);
	const {panes} = stringsFor(state.lang);
	const timelineTitle = sourceFilter ? `${panes.timeline} · ${sourceFilter.outlet}` : panes.timeline;
	const reach = (list: 'timeline' | 'entities' | 'sources', keys: string) => `  ·  ${panes.reach[list]}: ${keys}`;
	const reachSources = several ? reach('sources', keysFor('sources.show')) : '';
	// The wide layout shows both lists; the narrow one shows one, its title naming the keys to the others.
	const narrow = layout.mode === 'narrow';
	const narrowTitle = (own: 'timeline' | 'entities' | 'sources') =>
		own === 'timeline'
			? `${timelineTitle}${narrow ? `${reach('entities', keysFor('focus.next'))}${reachSources}` : ''}`
			: own === 'entities'
				? `${panes.entities}${narrow ? reach('timeline', keysFor('focus.previous')) : reachSources}`
				: `${panes.sources}${narrow ? reach('entities', keysFor('focus.previous')) : ''}`;

	const timeline = (
		<TimelinePane
			events={events}
			cursor={state.timeline}
			width={layout.timeline.width}
			height={layout.timeline.height}
			rows={layout.timelineRows}
			focused={state.focus === 'timeline' && !state.finder}
			lang={state.lang}
			articleLang={articleLang}
			title={narrowTitle('timeline')}
			disputed={several ? (id) => data.story.claimComparison().disputed({event: id}) : undefined}
		/>
	);
	const entities = (
		<EntityPane
			data={data}
			cursor={state.entities}
			width={layout.entities.width}
			height={layout.entities.height}
			rows={layout.entityRows}
			focused={state.focus === 'entities' && !state.finder}
			lang={state.lang}
			title={narrowTitle('entities')}
		/>
	);
	const sources = (
		<SourcePane
			data={data}
			cursor={state.sources}
			width={layout.entities.width}
			height={layout.entities.height}
			rows={layout.sourceRows}
			focused={state.focus === 'sources' && !state.finder}
			lang={state.lang}
			title={narrowTitle('sources')}
		/>
	);
	const lower = several && state.lower === 'sources' ? sources : entities;
	const detail = (
		<DetailPane
			data={data}
			target={detailRef(state, data)}
			cursor={state.detail.cursor}
			// The finder's match shows from its top, as anything newly opened does.
			top={state.finder ? 0 : state.detail.top}
			focused={state.focus === 'detail' && !state.finder}
			lang={state.lang}
			width={layout.detail.width}
			height={layout.detail.height}
			rows={layout.detailRows}
			backDepth={state.finder ? 0 : state.detail.back.length}
			source={state.sourceFilter}
		/>
	);
	const finder = state.finder && (
		<FinderPane
			data={data}
			finder={state.finder}
			rows={finderRows(state, data)}
			width={layout.finder.width}
			height={layout.finder.height}
			visibleRows={layout.finderRows}
			lang={state.lang}
		/>
	);

	let body;
	if (state.help) {
		body = <HelpPane width={width} height={layout.bodyHeight} rows={layout.helpRows} top={state.help.top} lang={state.lang} />;
	} else if (state.reader) {
		body = <ReaderPane state={state} data={data} />;
	} else if (layout.mode === 'wide') {
		body = (
			<Box height={layout.bodyHeight}>
				<Box flexDirection="column" width={layout.timeline.width} flexShrink={0}>
					{finder ?? (
						<>
							{timeline}
							{lower}
						</>
					)}
				</Box>
				<Box width={1} marginX={1} height={layout.bodyHeight} flexShrink={0} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} borderDimColor />
				{detail}
			</Box>
		);
	} else {
		body = (
			<Box flexDirection="column" height={layout.bodyHeight}>
				{finder ?? (state.list === 'timeline' ? timeline : state.list === 'sources' && several ? sources : entities)}
				{detail}
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={width} height={layout.frameHeight}>
			<Lines lines={headerLines({data, events, filter: state.filter, sourceFilter: state.sourceFilter, lang: state.lang, width})} width={width} />
			{body}
			<Lines lines={footerLines(context, state.status, width, state.lang)} width={width} />
		</Box>
	);
}
