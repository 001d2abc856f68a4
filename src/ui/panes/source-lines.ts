/** The sources pane's rows: each article with its outlet, publication day, events and disagreements. */
import type {ArticleInfo, Catalog} from '../../model/catalog.js';
import {publicationDay} from '../../model/story.js';
import {restyle, type Line} from '../line.js';
import {fit, truncate, widthOf} from '../../text/fit.js';
import {DISPUTED_MARK, theme} from '../theme.js';

export interface SourceRowOptions {
	readonly selected: boolean;
	readonly focused: boolean;
	readonly width: number;
	readonly lang: string;
	/** The widest outlet of the list (its column is as wide, up to a third of the row). */
	readonly outletWidth: number;
}

/** The width of the outlet column for a list of articles. */
export function outletColumn(story: Pick<Catalog, 'articles'>, width: number): number {
	let widest = 0;
	for (let i = 0; i < story.articles.length; i++) widest = Math.max(widest, widthOf(story.articles.at(i)!.outlet));
	return Math.min(widest, Math.floor(width / 3));
}

/** One source row: cursor mark, outlet, publication day, events reported, ≠ and how many disagreements, title. */
export function sourceRow(story: Pick<Catalog, 'eventsFrom' | 'claimComparison'>, article: ArticleInfo, options: SourceRowOptions): Line {
	const day = publicationDay(article, options.lang);
	const events = String(story.eventsFrom(article.id).length);
	const disputes = story.claimComparison().disputesOf(article.id);
	const mark = disputes > 0 ? `${DISPUTED_MARK}${disputes}` : '';
	const fixed = 2 + options.outletWidth + 2 + 11 + 2 + 3 + 1 + 3 + 1;
	const row: Line = [
		{text: options.selected ? '› ' : '  '},
		{text: fit(article.outlet, options.outletWidth)},
		{text: '  '},
		{text: fit(day, 11), style: theme.label},
		{text: '  '},
		{text: fit(events, 3, 'right'), style: theme.muted},
		{text: ' '},
		{text: fit(mark, 3), style: theme.disputed},
		{text: ' '},
		{text: truncate(article.title, Math.max(0, options.width - fixed))},
	];
	return options.selected ? restyle(row, options.focused ? theme.cursor : theme.cursorBlurred) : row;
}
