/** The finder's rows: a heading per kind with its count, then entities, events and quotes as found. */
import type {Catalog} from '../../model/catalog.js';
import {formatNumber} from '../../model/count.js';
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import type {MatchedText} from '../../model/search.js';
import type {FinderRow} from '../../state/selectors.js';
import {restyle, type Line, type Segment} from '../line.js';
import {truncate, truncateStart, widthOf} from '../../text/fit.js';
import {longestRun, wordEnd, wordStart} from '../../text/words.js';
import {counted, stringsFor, type Strings} from '../../state/strings/index.js';
import {inferredSlot, theme} from '../theme.js';
import {sharedDateColumn, type DatedRow} from './date-column.js';
import {entityRow, highlighted, languageTag, widthOfSegments} from './entity-lines.js';

export interface FinderRowOptions {
	readonly selected: boolean;
	readonly width: number;
	readonly lang: string;
	/** The column an event's date takes (at least its own width, at most half the row), shared by the event rows on screen: their titles start together. */
	readonly dateWidth?: number;
}

/** The date column of the event rows on screen (`rows`), in rows `width` wide (see sharedDateColumn). */
export function finderDateWidth(story: Catalog, rows: Iterable<FinderRow>, lang: string, width = Infinity): number {
	const dated: DatedRow[] = [];
	for (const row of rows) {
		if (row.type === 'group' || row.kind !== 'event') continue;
		const event = story.eventById(row.ref.id);
		if (!event) continue;
		// A row that shows what else matched beside its title (a summary's words) uses all the room it gets.
		const beside = row.matched !== null && row.matched.field !== 'title' && row.matched.field !== 'date';
		dated.push({date: widthOf(formatSpan(event.start, event.end, lang)), span: Boolean(event.end), title: beside ? Infinity : widthOf(localized(event.title, lang, story.article.language))});
	}
	return sharedDateColumn(dated, (column) => width - 2 - column - inferredSlot('stated').length);
}

/** How many characters of context a snippet keeps before the match it shows, where it has room. */
const LEAD = 12;

/** The longest word a title gives way for in an event row of the finder. */
const MAX_WORD_NEEDED = 24;


/** The columns a snippet needs to show the word holding its longest run whole, with its ellipses. */
function snippetNeeds({text, ranges}: MatchedText): number {
	const run = longestRun(ranges);
	if (!run) return 0;
	const needs = widthOf(text.slice(wordStart(text, run[0]), wordEnd(text, run[1]))) + 2;
	// A "word" of a whole text without spaces (Chinese, a URL) would take the row for nothing: the snippet cuts it anyway.
	return needs > MAX_WORD_NEEDED ? 0 : needs;
}

/**
 * The part of a long text around its longest lit run (the query's words; fuse.js also lights
 * scattered letters before them), within `width` columns, the word holding the run whole where it
 * fits: from the text's start when that shows it, else from a word up to LEAD characters before
 * it, else from the run's own word, else from the run ("…" before it when that is not the start).
 */
export function snippet(matched: MatchedText, width: number): Segment[] {
	const {text, ranges} = matched;
	const longest = longestRun(ranges);
	if (!longest || widthOf(text) <= width) return highlighted(text, ranges, width);
	const [first, last] = longest;
	const runWordEnd = wordEnd(text, last);
	// Shown from `from`, with an ellipsis before and after: does the run's word fit?
	const fits = (from: number) => widthOf(text.slice(from, runWordEnd)) + (from > 0 ? 1 : 0) + 1 <= width;
	const from = [0, wordStart(text, Math.max(0, first - LEAD)), wordStart(text, first), first].find((candidate) => candidate <= first && fits(candidate)) ?? first;
	if (from === 0) return highlighted(text, ranges, width);
	const lead = truncateStart(text.slice(0, from), 1);
	const shifted = ranges.map(([start, end]) => [Math.max(0, start - from), end - from] as const).filter(([, end]) => end > 0);
	return [{text: lead}, ...highlighted(text.slice(from), shifted, Math.max(0, width - widthOf(lead)))];
}

/** One event found: its date, then its title, or what else matched beside the title (the title lit where `titleMatched` says). */
function eventRow(story: Catalog, id: string, matched: MatchedText | null, titleMatched: MatchedText | undefined, options: FinderRowOptions): Segment[] {
	const event = story.eventById(id);
	if (!event) return [{text: id}];
	const date = formatSpan(event.start, event.end, options.lang);
	// An inferred date is marked as the timeline marks it: a result read as a fact must not be a guess.
	const mark = inferredSlot(event.certainty);
	const column = Math.max(widthOf(date), Math.min(options.dateWidth ?? 0, Math.floor(options.width / 2)));
	const width = Math.max(0, options.width - 2 - column - mark.length);
	const title = localized(event.title, options.lang, story.article.language);
	let text: Segment[];
	// A date that matched is the row's own date, whatever form it matched in ("Selasa (25/3)",
	// "Tuesday, 25 March 2025", "2025-03-26 2025-04-08"): the row's date is lit, and the title keeps
	// its room. Shown beside it, the form cut the titles of two outlets' publications on one day to
	// the same "Artikel terbit di…".
	const dateShown = matched?.field === 'date';
	// A title that matched in another language is shown in the one on screen (unlit): one language at a time.
	if (matched && matched.field === 'title') text = matched.text === title ? highlighted(matched.text, matched.ranges, width) : [{text: truncate(title, width)}];
	else if (matched && !dateShown) {
		const tag = languageTag(matched);
		// The title gives up to a third of the row more where the snippet's matched word needs it.
		const ownWidth = Math.max(1, Math.min(Math.floor(width / 2), width - 3 - widthOfSegments(tag) - snippetNeeds(matched)), Math.floor(width / 6));
		const own = titleMatched?.text === title ? highlighted(title, titleMatched.ranges, ownWidth) : [{text: truncate(title, ownWidth)}];
		text = [...own, {text: ' · ', style: theme.muted}, ...tag, ...snippet(matched, Math.max(0, width - widthOfSegments(own) - 3 - widthOfSegments(tag)))];
	} else text = titleMatched?.text === title ? highlighted(title, titleMatched.ranges, width) : [{text: truncate(title, width)}];
	return [{text: date, style: dateShown ? theme.match : theme.label}, {text: ' '.repeat(column - widthOf(date))}, {text: mark, style: theme.inferred}, ...text];
}

/** One quote found: who said it (lit where `speakerMatched` says), then the quotation (or the gloss that matched) around the match. */
function quoteRow(story: Catalog, id: string, matched: MatchedText | null, speakerMatched: MatchedText | undefined, options: FinderRowOptions): Segment[] {
	const quote = story.quoteById(id);
	if (!quote) return [{text: id}];
	const speaker = story.entityById(quote.speaker)?.name ?? quote.speaker;
	const width = Math.max(0, options.width - 2);
	const speakerLit = matched?.field === 'speaker' ? matched : speakerMatched;
	const who: Segment[] = speakerLit ? highlighted(speakerLit.text, speakerLit.ranges, Math.floor(width / 3)) : [{text: truncate(speaker, Math.floor(width / 3))}];
	// A gloss is a translation, not what was said: its language stands before its quotation marks.
	const tag = matched && matched.field !== 'speaker' ? languageTag(matched) : [];
	const rest = Math.max(0, width - widthOfSegments(who) - 2 - widthOfSegments(tag));
	const said = matched && matched.field !== 'speaker' ? snippet(matched, rest - 2) : [{text: truncate(quote.text, rest - 2)}];
	return [...who, {text: ': ', style: theme.muted}, ...tag, {text: '“', style: theme.quote}, ...said.map((segment) => ({...segment, style: {...theme.quote, ...segment.style}})), {text: '”', style: theme.quote}];
}

/** One row of the finder. */
export function finderRow(story: Catalog, row: FinderRow, options: FinderRowOptions): Line {
	if (row.type === 'group') {
		const words = stringsFor(options.lang);
		const heading = `${words.finder.kinds[row.kind]} · ${counted(words, row.total, 'match')}`;
		return [{text: truncate(heading, options.width), style: theme.heading}];
	}
	if (row.kind === 'entity') {
		const entity = story.entityById(row.ref.id);
		if (!entity) return [{text: row.ref.id}];
		return entityRow(story, entity, {selected: options.selected, focused: true, width: options.width, lang: options.lang, matched: row.matched, ...(row.labelMatched ? {labelMatched: row.labelMatched} : {})});
	}
	const body = row.kind === 'event' ? eventRow(story, row.ref.id, row.matched, row.labelMatched, options) : quoteRow(story, row.ref.id, row.matched, row.labelMatched, options);
	const line: Line = [{text: options.selected ? '› ' : '  '}, ...body];
	return options.selected ? restyle(line, theme.cursor) : line;
}

/** The finder's count: every record for an empty query, else the matches of every kind. */
export function finderCounter(query: string, listed: number, totals: readonly number[], words: Strings): string {
	if (query.trim() === '') return formatNumber(listed, words.lang);
	return counted(words, totals.reduce((sum, total) => sum + total, 0), 'match');
}
