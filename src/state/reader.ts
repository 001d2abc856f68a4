/**
 * The article reader's part of the reducer: opening the article at the selection, scrolling it,
 * moving between the selection's anchors (or a search's matches), and searching as `less` does.
 * The text is read a window at a time through the Catalog (src/model/article-window.ts).
 */
import type {Command} from '../keys/commands.js';
import {adjacentMatch, searchFrom, textQuery, type TextSpan} from '../model/article-search.js';
import {lastTop, lineStartAt, pageShows, scrollTop, topShowing} from '../model/article-window.js';
import type {CodePointText} from '../model/codepoints.js';
import {localized} from '../model/localize.js';
import type {Anchor} from '../model/schema.js';
import {outletOf, sourcesOfEvent, sourcesOfQuote, speakerName} from '../model/catalog.js';
import {articleOf} from '../model/sources.js';
import type {ExplorerData} from './data.js';
import {focusedDetailItem} from './selectors.js';
import type {ReaderState, Ref, State, Status} from './state.js';
import {stringsFor} from './strings/index.js';
import {withoutLastWord} from '../text/words.js';

const info = (text: string): Status => ({text, tone: 'info'});
const warning = (text: string): Status => ({text, tone: 'warning'});

/** The text the reader shows. */
export function readerText(data: ExplorerData, reader: Pick<ReaderState, 'article'>): CodePointText {
	return data.story.articleText(reader.article);
}

/** Every anchor of a record, in any of the story's articles (a quote's other printings too). */
function allAnchorsOf(data: ExplorerData, ref: Ref | null): Anchor[] {
	const {story} = data;
	let anchors: readonly (Anchor | undefined)[] = [];
	if (ref?.kind === 'entity') anchors = story.entityById(ref.id)?.mentions ?? [];
	else if (ref?.kind === 'event') {
		const event = story.eventById(ref.id);
		anchors = event ? sourcesOfEvent(story, event).flatMap((source) => [...source.dateEvidence, ...source.evidence]) : [];
	} else if (ref?.kind === 'quote') {
		const quote = story.quoteById(ref.id);
		anchors = quote ? sourcesOfQuote(story, quote).flatMap((printing) => [printing.evidence, printing.attribution]) : [];
	}
	return anchors.filter((anchor): anchor is Anchor => anchor !== undefined);
}

/**
 * A record's anchors in one article (the story's first when not said), in text order, each span
 * once: an entity's mentions, an event's date evidence and evidence, a quote's words and its attribution.
 */
export function anchorsOf(data: ExplorerData, ref: Ref | null, article: string = data.story.article.id): TextSpan[] {
	const spans = allAnchorsOf(data, ref)
		.filter((anchor) => articleOf(anchor, data.story.article.id) === article && anchor.end > anchor.start)
		.map(({start, end}) => ({start, end}))
		.sort((a, b) => a.start - b.start || a.end - b.end);
	return spans.filter((span, i) => i === 0 || span.start !== spans[i - 1]!.start || span.end !== spans[i - 1]!.end);
}

/** What n/N call the subject's anchors: an entity's mentions, an event's evidence, a quote's passages. */
function anchorWord(subject: Ref | null, lang: string): string {
	const {reader} = stringsFor(lang);
	return subject?.kind === 'entity' ? reader.mention : subject?.kind === 'event' ? reader.evidence : reader.passage;
}

/** Where the reader is, in words: "mention 2 of 5", "match 3 of 17 for “posko”" (empty when nowhere). */
export function readerPlace(reader: ReaderState, lang: string): string {
	const words = stringsFor(lang).reader;
	if (reader.search) return `${words.match} ${words.ordinal(reader.search.ordinal, reader.search.total)}: “${reader.search.query}”`;
	if (reader.current < 0) return '';
	return `${anchorWord(reader.subject, lang)} ${words.ordinal(reader.current + 1, reader.anchors.length)}`;
}

/** The name of what the reader lights: an entity's name, an event's title, "quote by …". */
export function subjectName(data: ExplorerData, subject: Ref | null, lang: string): string {
	const {story} = data;
	if (subject?.kind === 'entity') return story.entityById(subject.id)?.name ?? subject.id;
	if (subject?.kind === 'event') {
		const event = story.eventById(subject.id);
		return event ? localized(event.title, lang, story.article.language) : subject.id;
	}
	if (subject?.kind === 'quote') {
		const quote = story.quoteById(subject.id);
		return quote ? stringsFor(lang).reader.quoteBy(speakerName(story, quote)) : subject.id;
	}
	if (subject?.kind === 'source') return outletOf(story, subject.id);
	return '';
}

/** The record the reader opens at, and the anchor to start from: the selection, as the detail pane has it. */
function readerTarget(state: State, data: ExplorerData): {subject: Ref | null; place?: Anchor} {
	const item = focusedDetailItem(state, data);
	if (item?.section === 'evidence') return {subject: state.detail.ref, place: item.anchor};
	if (item && item.section !== 'claims') return {subject: item.ref};
	return {subject: state.detail.ref};
}

/** The top that shows a span, from where the reader is. */
function showing(state: State, data: ExplorerData, reader: ReaderState, span: TextSpan): number {
	const {readerMeasure, readerRows} = state.layout;
	return topShowing(readerText(data, reader), readerMeasure, readerRows, reader.top, span.start);
}

/** Open the reader at the selection (or at the chosen evidence), its anchors lit. */
export function openReader(state: State, data: ExplorerData): State {
	const {subject, place} = readerTarget(state, data);
	// The article of the chosen evidence, else the source itself, else the first the subject is
	// anchored in (else the story's first).
	const first = data.story.article.id;
	const article = place ? articleOf(place, first) : subject?.kind === 'source' ? subject.id : (allAnchorsOf(data, subject).map((anchor) => articleOf(anchor, first))[0] ?? first);
	const anchors = anchorsOf(data, subject, article);
	const chosen = place ? anchors.findIndex((span) => span.start === place.start && span.end === place.end) : -1;
	const current = anchors.length === 0 ? -1 : Math.max(0, chosen);
	const several = data.story.articles.length > 1;
	const closed: ReaderState = {subject, anchors, current, top: 0, search: null, prompt: null, ...(several ? {article} : {})};
	const reader = current < 0 ? closed : {...closed, top: showing(state, data, closed, anchors[current]!)};
	// The reader's bar says where it is; the status line only what went otherwise than asked (a
	// source is read from its top: it is the article, not a record anchored in it).
	const status = current < 0 && subject && subject.kind !== 'source' ? warning(stringsFor(state.lang).reader.notAnchored(subjectName(data, subject, state.lang))) : null;
	return {...state, reader, status};
}

function scroll(state: State, data: ExplorerData, reader: ReaderState, command: Command): ReaderState {
	const {readerMeasure: width, readerRows: rows} = state.layout;
	const text = readerText(data, reader);
	const by = (delta: number) => scrollTop(text, width, rows, reader.top, delta);
	switch (command) {
		case 'cursor.down':
			return {...reader, top: by(1)};
		case 'cursor.up':
			return {...reader, top: by(-1)};
		case 'cursor.pageDown':
			return {...reader, top: by(Math.max(1, rows - 1))};
		case 'cursor.pageUp':
			return {...reader, top: by(-Math.max(1, rows - 1))};
		case 'cursor.first':
			return {...reader, top: 0};
		case 'cursor.last':
			return {...reader, top: lastTop(text, width, rows)};
		default:
			return reader;
	}
}

/** n/N: the next or previous match of the search, else the next or previous anchor; around the ends. */
function step(state: State, data: ExplorerData, reader: ReaderState, direction: 1 | -1): State {
	const {lang} = state;
	const words = stringsFor(lang).reader;
	const around = direction === 1 ? words.fromTop : words.fromBottom;
	if (reader.search) {
		const {search} = reader;
		const text = readerText(data, reader);
		const query = textQuery(search.query);
		// As in less: from the match on screen, else from where the page is (scrolled away from it, the
		// next match is the first below the page's top, the previous the last above it).
		const onScreen = pageShows(text, state.layout.readerMeasure, state.layout.readerRows, reader.top, search.match.start);
		const from = onScreen ? search.match : {start: direction === 1 ? reader.top - 1 : reader.top, end: reader.top};
		const found = adjacentMatch(text, query, from, direction);
		if (!found) return {...state, status: warning(`${words.notFound}: “${search.query}”`)};
		const ordinal = onScreen ? ((search.ordinal - 1 + direction + search.total) % search.total) + 1 : searchFrom(text, query, found.match.start).ordinal;
		const moved = {...reader, search: {...search, match: found.match, ordinal}};
		const next = {...moved, top: showing(state, data, moved, found.match)};
		return {...state, reader: next, status: found.wrapped ? info(`${readerPlace(next, lang)} (${around})`) : null};
	}
	const {anchors} = reader;
	if (anchors.length === 0) return state;
	const target = reader.current + direction;
	const current = (target + anchors.length) % anchors.length;
	const moved = {...reader, current};
	const next = {...moved, top: showing(state, data, moved, anchors[current]!)};
	const wrapped = target !== current;
	return {...state, reader: next, status: wrapped ? info(`${readerPlace(next, lang)} (${around})`) : null};
}

/** Enter in the search prompt: find the text from the page's top on (as less does), or clear the search. */
function acceptSearch(state: State, data: ExplorerData, reader: ReaderState): State {
	const query = (reader.prompt ?? '').trim();
	const closed = {...reader, prompt: null};
	const words = stringsFor(state.lang).reader;
	if (query === '') return {...state, reader: {...closed, search: null}, status: reader.search ? info(words.cleared) : null};
	const found = searchFrom(readerText(data, reader), textQuery(query), reader.top);
	if (!found.match) return {...state, reader: closed, status: warning(`${words.notFound}: “${query}”`)};
	const searched = {...closed, search: {query, total: found.total, match: found.match, ordinal: found.ordinal}};
	const next = {...searched, top: showing(state, data, searched, found.match)};
	return {...state, reader: next, status: found.wrapped ? info(`${readerPlace(next, state.lang)} (${words.fromTop})`) : null};
}

/** A reader command, or undefined when the command is not the reader's (help, quit). */
export function readerCommand(state: State, command: Command, data: ExplorerData): State | undefined {
	const {reader} = state;
	if (!reader) return undefined;
	switch (command) {
		case 'reader.close':
			return {...state, reader: null};
		case 'reader.next':
			return step(state, data, reader, 1);
		case 'reader.previous':
			return step(state, data, reader, -1);
		case 'reader.search':
			return {...state, reader: {...reader, prompt: ''}};
		case 'readerSearch.accept':
			return acceptSearch(state, data, reader);
		case 'readerSearch.cancel':
			return {...state, reader: {...reader, prompt: null}};
		case 'readerSearch.erase': {
			const prompt = reader.prompt ?? '';
			// Backspace on an empty prompt leaves it, as in less.
			return {...state, reader: {...reader, prompt: prompt === '' ? null : Array.from(prompt).slice(0, -1).join('')}};
		}
		case 'readerSearch.eraseWord':
			return {...state, reader: {...reader, prompt: withoutLastWord(reader.prompt ?? '')}};
		case 'readerSearch.clear':
			return {...state, reader: {...reader, prompt: ''}};
		case 'cursor.down':
		case 'cursor.up':
		case 'cursor.pageDown':
		case 'cursor.pageUp':
		case 'cursor.first':
		case 'cursor.last':
			return {...state, reader: scroll(state, data, reader, command)};
		default:
			return undefined;
	}
}

/** Text typed into the search prompt. */
export function typeIntoReader(state: State, text: string): State {
	const {reader} = state;
	if (!reader || reader.prompt === null) return state;
	return {...state, reader: {...reader, prompt: reader.prompt + text}};
}

/** The reader after the terminal changed size: the same place, wrapped anew, what it was at still in view. */
export function resizeReader(state: State, data: ExplorerData): ReaderState | null {
	const {reader} = state;
	if (!reader) return null;
	// Too small to draw it: the place is kept as it was until the terminal grows again.
	if (state.layout.tooSmall) return reader;
	const text = readerText(data, reader);
	const rewrapped = {...reader, top: lineStartAt(text, state.layout.readerMeasure, reader.top)};
	const at = reader.search?.match ?? reader.anchors[reader.current];
	return at ? {...rewrapped, top: showing(state, data, rewrapped, at)} : rewrapped;
}
