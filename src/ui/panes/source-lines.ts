/**
 * The sources pane's entries: each article on two lines, its outlet, publication day and what it
 * reports, then its title under them. A story has a few sources, and on one line a pane of 60
 * columns held the outlet or the title, never both (" Jurnal Nusantara…  Bupati Maya…").
 */
import type {ArticleInfo, Catalog} from '../../model/catalog.js';
import {publicationDay} from '../../model/story.js';
import {clip} from '../chrome.js';
import {restyle, type Line} from '../line.js';
import {fit, truncate, widthOf} from '../../text/fit.js';
import {SOURCE_TITLE_INDENT} from '../../state/list-width.js';
import {counted, stringsFor} from '../../state/strings/index.js';
import {DISPUTED_MARK, theme} from '../theme.js';

/** The cursor's mark ("› ") and the space between two columns. */
const CURSOR = 2;
const GAP = 2;
/** The least an outlet is cut to for the figures: its first word or two. */
const MIN_OUTLET = 12;

/** The widths of an entry's first-line columns, the same for every entry so they line up. */
export interface SourceColumns {
	readonly outlet: number;
	readonly day: number;
	readonly events: number;
}

export interface SourceEntryOptions {
	readonly selected: boolean;
	readonly focused: boolean;
	readonly width: number;
	readonly lang: string;
	readonly columns: SourceColumns;
}

type SourceStory = Pick<Catalog, 'articles' | 'eventsFrom' | 'claimComparison'>;

/** What a source reports, in words ("2 peristiwa"): the entry's figures say what they count. */
const eventsText = (story: SourceStory, article: ArticleInfo, lang: string) => counted(stringsFor(lang), story.eventsFrom(article.id).length, 'event');

/** A source's disagreements in words ("≠ 2 klaim"), or nothing when it has none. */
function disputesText(story: SourceStory, article: ArticleInfo, lang: string): string {
	const disputes = story.claimComparison().disputesOf(article.id);
	return disputes > 0 ? `${DISPUTED_MARK} ${counted(stringsFor(lang), disputes, 'claim')}` : '';
}

/**
 * The columns of the pane's entries: as wide as the widest day and event count among them, and the
 * outlet as wide as the widest, unless the figures would then not fit: a figure cut says nothing,
 * a cut outlet still tells the few sources of a story apart.
 */
export function sourceColumns(story: SourceStory, width: number, lang: string): SourceColumns {
	let outlet = 0;
	let day = 0;
	let events = 0;
	let disputes = 0;
	for (let i = 0; i < story.articles.length; i++) {
		const article = story.articles.at(i)!;
		outlet = Math.max(outlet, widthOf(article.outlet));
		day = Math.max(day, widthOf(publicationDay(article, lang)));
		events = Math.max(events, widthOf(eventsText(story, article, lang)));
		disputes = Math.max(disputes, widthOf(disputesText(story, article, lang)));
	}
	const figures = GAP + day + GAP + events + (disputes > 0 ? GAP + disputes : 0);
	return {outlet: Math.max(Math.min(outlet, MIN_OUTLET), Math.min(outlet, width - CURSOR - figures)), day, events};
}

/** One source's two lines: cursor mark, outlet, day, events reported and claims disputed (≠); then the title. */
export function sourceEntry(story: SourceStory, article: ArticleInfo, options: SourceEntryOptions): [Line, Line] {
	const {columns, lang, width} = options;
	const disputes = disputesText(story, article, lang);
	const facts: Line = [
		{text: options.selected ? '› ' : '  '},
		{text: fit(article.outlet, columns.outlet)},
		{text: '  '},
		{text: fit(publicationDay(article, lang), columns.day), style: theme.label},
		{text: '  '},
		{text: fit(eventsText(story, article, lang), columns.events), style: theme.muted},
		...(disputes ? [{text: '  '}, {text: disputes, style: theme.disputed}] : []),
	];
	const title: Line = [{text: ' '.repeat(SOURCE_TITLE_INDENT)}, {text: truncate(article.title, Math.max(0, width - SOURCE_TITLE_INDENT))}];
	const lines: [Line, Line] = [clip(facts, width), title];
	if (!options.selected) return lines;
	const style = options.focused ? theme.cursor : theme.cursorBlurred;
	return [restyle(lines[0], style), restyle(lines[1], style)];
}
