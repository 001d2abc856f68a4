/** The timeline pane: title, day axis, and the window of events around the cursor. */
import {Box} from 'ink';
import {useMemo} from 'react';
import type {EventList} from '../../model/catalog.js';
import type {ListCursor} from '../../state/state.js';
import {Lines} from '../Lines.js';
import {listPosition, paneTitle} from './pane-title.js';
import {axisBase, axisLines, timelineRows} from './timeline-lines.js';

export interface TimelinePaneProps {
	readonly events: EventList;
	readonly cursor: ListCursor;
	readonly width: number;
	readonly height: number;
	readonly rows: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly articleLang: string;
	/** The title line; in the narrow layout it also names the other list. */
	readonly title: string;
	/** Whether the sources disagree about an event (absent in a story of one source). */
	readonly disputed?: ((eventId: string) => boolean) | undefined;
}

export function TimelinePane(props: TimelinePaneProps) {
	const {events, cursor, width, rows, focused, lang} = props;
	const base = useMemo(() => axisBase(events, width, lang), [events, width, lang]);
	const selected = events.at(cursor.index);
	const lines = [
		paneTitle(props.title, listPosition(cursor.index, events.length, lang), width, focused),
		...axisLines(base, selected, cursor.index, width, lang),
		...timelineRows({events, cursor, rows, width, focused, lang, articleLang: props.articleLang, disputed: props.disputed}),
	];
	return (
		<Box height={props.height} width={width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={width} />
		</Box>
	);
}
