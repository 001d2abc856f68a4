/** The lines around the panes: the header (story, dates, filter) and the footer (keys, status). */
import {footerHints, type KeyContext} from '../keys/keymap.js';
import type {EventList} from '../model/catalog.js';
import {formatSpan} from '../model/dates.js';
import {publicationDay} from '../model/story.js';
import type {ExplorerData} from '../state/data.js';
import type {Status} from '../state/state.js';
import {lineText, type Line, type Segment} from './line.js';
import {truncate, widthOf} from '../text/fit.js';
import {counted, stringsFor} from '../state/strings/index.js';
import {theme} from './theme.js';

// The header shows the date range on every frame; finding the last date looks at every event, so
// it is kept per list of events (all of them, or an entity's) for as long as the list lives.
const latest = new WeakMap<EventList, number>();

/** The range of dates of a list of events in timeline order ("25 Mar 2025 – 2030"). */
export function dateRange(events: EventList, lang: string): string {
	const first = events.at(0);
	if (!first) return '';
	let lastIndex = latest.get(events);
	if (lastIndex === undefined) {
		// By the last day each can mean: "2025-02" lasts past "2025-02-10", though it sorts before it as text.
		lastIndex = 0;
		for (let i = 1; i < events.length; i++) if (events.lastDay(i) > events.lastDay(lastIndex)) lastIndex = i;
		latest.set(events, lastIndex);
	}
	const last = events.at(lastIndex)!;
	return formatSpan(first.start, lastIndex === 0 ? first.end : (last.end ?? last.start), lang);
}

export interface HeaderView {
	readonly data: ExplorerData;
	readonly events: EventList;
	readonly filter: string | null;
	/** The article the timeline is filtered to, if any. */
	readonly sourceFilter?: string | null;
	readonly lang: string;
	readonly width: number;
}

/** Two lines: the story (title, outlet, date), then the date range in view, counts and the filter. */
export function headerLines({data, events, filter, sourceFilter = null, lang, width}: HeaderView): [Line, Line] {
	const {article, articles, entities, quotes} = data.story;
	const words = stringsFor(lang);
	const first = storyLine(article.title, article.outlet, articles.length, publicationDay(article, lang), width);
	const filterEntity = filter === null ? undefined : data.story.entityById(filter);
	const range = dateRange(events, lang);
	const filterSource = sourceFilter === null ? undefined : data.story.articleById(sourceFilter);
	// A story of one source says nothing of sources: there is nothing they could differ on. Filtered,
	// only the events are counted: they are the filter's, and the story's entities and quotes beside
	// them ("3 peristiwa · 33.334 entitas") read as the filter's too.
	const counts = [
		counted(words, events.length, 'event'),
		...(filterEntity || filterSource
			? []
			: [...(articles.length > 1 ? [counted(words, articles.length, 'source')] : []), counted(words, entities.length, 'entity'), counted(words, quotes.length, 'quote')]),
	];
	const filters: Segment[] = [
		...(filterEntity ? [{text: ` · ${words.header.filter}: `, style: theme.muted}, {text: filterEntity.name, style: theme.filter}] : []),
		...(filterSource ? [{text: ` · ${words.header.source}: `, style: theme.muted}, {text: filterSource.outlet, style: theme.filter}] : []),
	];
	const secondLine = (shown: readonly string[]): Segment[] => [
		...(range ? [{text: range}, {text: ' · ', style: theme.muted}] : []),
		{text: [...shown, lang.toUpperCase()].join(' · '), style: theme.muted},
		...filters,
	];
	// Narrow, whole counts give way, the last first (quotes, then entities…): the dates in view, the
	// screen's language and a filter stay, as they say what the screen shows.
	let shown = counts;
	while (shown.length > 0 && widthOf(lineText(secondLine(shown))) > width) shown = shown.slice(0, -1);
	return [first, clip(secondLine(shown), width)];
}

const BRAND = 'linimasa  ';
/** The least share of a narrow header the story's title keeps: the outlet is cut before it is. */
const TITLE_SHARE = 0.6;

/**
 * The story's line: the brand, the title, then its outlet (and how many more sources) and day.
 * Narrow, the brand goes first, then the outlet is cut to whole words (or left out), so the title
 * keeps at least TITLE_SHARE of the line: the title says which story this is; the brand and the
 * outlet's whole name say less.
 */
function storyLine(title: string, outlet: string, sources: number, published: string, width: number): Line {
	const more = sources > 1 ? ` +${sources - 1}` : '';
	const after = `${more} · ${published}`;
	const source = (name: string): Segment => ({text: `  ${name}${after}`, style: theme.muted});
	const whole = widthOf(title) + widthOf(source(outlet).text);
	if (widthOf(BRAND) + whole <= width) return [{text: BRAND, style: theme.brand}, {text: title, style: theme.heading}, source(outlet)];
	if (whole <= width) return [{text: title, style: theme.heading}, source(outlet)];
	const shownTitle = headline(title, Math.max(width - widthOf(source(outlet).text), Math.ceil(width * TITLE_SHARE)));
	const shownOutlet = wholeWordsOf(outlet, width - widthOf(shownTitle) - widthOf(source('').text));
	if (shownOutlet) return clip([{text: shownTitle, style: theme.heading}, source(shownOutlet)], width);
	// No room for a word of the outlet ("Suar…" names no outlet): the day alone, the title taking the room.
	const day = `  ${published}`;
	return clip([{text: headline(title, width - widthOf(day)), style: theme.heading}, {text: day, style: theme.muted}], width);
}

/** Words a headline cut may not end on: each leads on to what the cut left out ("… Suara di…"). */
const LEADING_ON = new Set(['di', 'ke', 'dari', 'pada', 'dan', 'yang', 'untuk', 'dengan', 'oleh', 'atau', 'serta', 'dalam', 'bagi', 'of', 'the', 'a', 'an', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by']);

/** A story's title cut to `width` columns, not on a word that leads on to what was cut ("… Suara di…" gives "… Suara…"). */
function headline(title: string, width: number): string {
	const cut = truncate(title, width);
	if (cut === title || !cut.endsWith('…')) return cut;
	const words = cut.slice(0, -1).trimEnd().split(' ');
	while (words.length > 1 && LEADING_ON.has(words.at(-1)!.toLowerCase())) words.pop();
	return `${words.join(' ')}…`;
}

/** `name` in `width` columns: whole, or its first whole words and "…"; empty when not even one fits. */
function wholeWordsOf(name: string, width: number): string {
	if (widthOf(name) <= width) return name;
	const words = name.split(' ');
	for (let count = words.length - 1; count > 0; count--) {
		const shown = `${words.slice(0, count).join(' ')}…`;
		if (widthOf(shown) <= width) return shown;
	}
	return '';
}

/** Cut a line of segments to `width` columns. */
export function clip(segments: readonly Segment[], width: number): Line {
	const out: Segment[] = [];
	let left = width;
	for (const segment of segments) {
		if (left <= 0) break;
		const text = truncate(segment.text, left);
		out.push({...segment, text});
		left -= widthOf(text);
	}
	return out;
}

/** A footer hint as shown: its keys, what they do in the screen's language, and whether it always stays. */
export interface ShownHint {
	readonly keys: string;
	readonly hint: string;
	readonly keep: boolean;
}

/** Space between two hints. */
const HINT_GAP = 2;

/**
 * The hints that fit in `width` columns, in their order: those kept (quit, help, find) first, from
 * the keymap's end, where the ones a user must never lose stand, as far as they fit; then as many
 * of the others as fit, the earliest first, so the last of them give way first.
 */
export function fittingHints<H extends ShownHint>(hints: readonly H[], width: number): H[] {
	const widthOfHint = (hint: H) => widthOf(hint.keys) + 1 + widthOf(hint.hint);
	const chosen = new Set<H>();
	let used = 0;
	const take = (hint: H): boolean => {
		const more = widthOfHint(hint) + (chosen.size > 0 ? HINT_GAP : 0);
		if (used + more > width) return false;
		chosen.add(hint);
		used += more;
		return true;
	};
	for (const hint of [...hints].reverse()) if (hint.keep) take(hint);
	// In order, up to the first that does not fit: a shorter hint after it must not push out one
	// that comes first (Enter's "open" before l's "language").
	for (const hint of hints) if (!hint.keep && !take(hint)) break;
	return hints.filter((hint) => chosen.has(hint));
}

/**
 * The status as a line of `width` columns: its first form that fits (the whole message, then its
 * shorter forms); else the shortest, cut before the end it keeps whole (a count), or at its end.
 */
export function statusText(status: Status, width: number): string {
	const forms = [status.text, ...(status.shorter ?? [])];
	const fitting = forms.find((form) => widthOf(form) <= width);
	if (fitting !== undefined) return fitting;
	const shortest = forms.at(-1)!;
	const kept = status.kept ?? '';
	if (kept === '' || !shortest.endsWith(kept) || widthOf(kept) >= width) return truncate(shortest, width);
	return truncate(shortest.slice(0, -kept.length), width - widthOf(kept)) + kept;
}

/** The keys that work now ("j/k move  Tab pane …", in the screen's language), as many as fit, then the status line. */
export function footerLines(context: KeyContext, status: Status | null, width: number, lang: string): [Line, Line] {
	const words = stringsFor(lang);
	const shown = footerHints(context).map((hint) => ({...hint, hint: words.hints[hint.hint]}));
	const keys: Segment[] = [];
	for (const {keys: label, hint} of fittingHints(shown, width)) {
		if (keys.length > 0) keys.push({text: ' '.repeat(HINT_GAP)});
		keys.push({text: label, style: theme.key}, {text: ` ${hint}`, style: theme.muted});
	}
	const statusLine: Line = status ? [{text: statusText(status, width), style: theme.tone[status.tone]}] : [];
	return [clip(keys, width), statusLine];
}
