/** The article reader: the page of text the state's reader is at, in place of the panes. */
import {Box} from 'ink';
import {publicationDay} from '../../model/story.js';
import type {ExplorerData} from '../../state/data.js';
import {readerPage} from '../../state/reader-page.js';
import type {State} from '../../state/state.js';
import {stringsFor} from '../../state/strings/index.js';
import {Lines} from '../Lines.js';
import {readerLines} from './reader-lines.js';

export function ReaderPane({state, data}: {readonly state: State; readonly data: ExplorerData}) {
	const page = readerPage(state, data);
	if (!page) return null;
	const {layout} = state;
	const article = (state.reader?.article === undefined ? undefined : data.story.articleById(state.reader.article)) ?? data.story.article;
	// The header above names the article; the title says where it ran, and its address to cite.
	const title = [stringsFor(state.lang).panes.article, article.outlet, publicationDay(article, state.lang), article.url].filter(Boolean).join(' · ');
	const lines = readerLines(page, {title, width: layout.reader.width, measure: layout.readerMeasure, rows: layout.readerRows});
	return (
		<Box height={layout.reader.height} width={layout.reader.width} flexShrink={0} overflowY="hidden">
			<Lines lines={lines} width={layout.reader.width} />
		</Box>
	);
}
