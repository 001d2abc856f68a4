/** The explorer's state: plain data, changed only by the reducer. */
import type {TextSpan} from '../model/article-search.js';
import type {Layout} from './layout.js';
import {calculateLayout} from './layout.js';

export type Pane = 'timeline' | 'entities' | 'sources' | 'detail';
export type ListPane = 'timeline' | 'entities' | 'sources';

/** A record the detail pane can show. */
export type Ref =
	| {readonly kind: 'event'; readonly id: string}
	| {readonly kind: 'entity'; readonly id: string}
	| {readonly kind: 'quote'; readonly id: string}
	| {readonly kind: 'source'; readonly id: string};

/** A cursor in a scrolling list: the selected row and the first visible row. */
export interface ListCursor {
	readonly index: number;
	readonly top: number;
}

export interface DetailState {
	/** What the pane shows. */
	readonly ref: Ref | null;
	/** The highlighted item within it (entities, events, quotes, evidence). */
	readonly cursor: number;
	/** The first line shown: a record opens at its top, and the window then follows the cursor. */
	readonly top: number;
	/** Where Backspace returns to after following an item. */
	readonly back: readonly {readonly ref: Ref; readonly cursor: number; readonly top: number}[];
}

export interface FinderState {
	readonly query: string;
	readonly cursor: ListCursor;
}

/** A search of the article text that found something: the match the reader is at. */
export interface ReaderSearch {
	readonly query: string;
	/** How many matches the whole text has. */
	readonly total: number;
	readonly match: TextSpan;
	/** The match's number in text order, from 1. */
	readonly ordinal: number;
}

/** The article reader, when open. Everything else in the state stays as it was, to return to. */
export interface ReaderState {
	/**
	 * Which article of the story is read. A story of one article need not say; a story of several
	 * (whose anchors name their article) sets it, and the text is read with Catalog.articleText(article).
	 */
	readonly article?: string;
	/** The record whose anchors are lit (what n/N move between), if any. */
	readonly subject: Ref | null;
	/** The subject's anchors in the article, in text order (code points). */
	readonly anchors: readonly TextSpan[];
	/** The anchor the reader is at, or −1. */
	readonly current: number;
	/** Where the first line on screen starts (a code-point offset that starts a wrapped line). */
	readonly top: number;
	/** The last search that found something; n/N move between its matches while it is set. */
	readonly search: ReaderSearch | null;
	/** The search being typed after `/`, or null. */
	readonly prompt: string | null;
}

export type Tone = 'info' | 'success' | 'warning' | 'error';

export interface Status {
	readonly text: string;
	readonly tone: Tone;
	/** The same message in ever fewer words, for a line too narrow for `text`: the first that fits is shown. */
	readonly shorter?: readonly string[];
	/** The end of the shortest form that no cut may touch (a count: " (326 karakter)"): a line too narrow for it all is cut before it. */
	readonly kept?: string;
}

/** What a copy copied, for its status line: whose quote, its first words, and how it was picked. */
export interface CopiedQuote {
	readonly speaker: string;
	/** The quote's first words ("Kerja sama di bidang…"); none where a narrow line leaves them out. */
	readonly opening?: string;
	/** Its place among the quotes it was picked from, when there were several (an entity's, an event's). */
	readonly position?: {readonly number: number; readonly of: number};
	readonly attributed: boolean;
}

/** Work for the edge of the program, decided by the reducer and done outside it. */
export type Effect =
	/** `quote` says what is copied, and which of several (Meutya Hafid's “Kerja sama…”, 1 of 3), and whether with attribution. */
	| {readonly kind: 'copy'; readonly text: string; readonly quote: CopiedQuote}
	| {readonly kind: 'quit'};

export interface State {
	readonly focus: Pane;
	/** The list shown in the narrow layout, and the one Tab returns to. */
	readonly list: ListPane;
	readonly timeline: ListCursor;
	readonly entities: ListCursor;
	/** The sources list (the story's articles), shown where the entities are when chosen. */
	readonly sources: ListCursor;
	/** Which list the lower pane of the wide layout shows. */
	readonly lower: 'entities' | 'sources';
	readonly detail: DetailState;
	/** The id of the entity whose events the timeline is filtered to. */
	readonly filter: string | null;
	/** The id of the article whose events the timeline is filtered to (never both filters at once). */
	readonly sourceFilter: string | null;
	/** The fuzzy finder, when open. */
	readonly finder: FinderState | null;
	/** The help overlay, when open: its first visible row. */
	readonly help: {readonly top: number} | null;
	/** The article reader, when open. */
	readonly reader: ReaderState | null;
	readonly lang: string;
	readonly status: Status | null;
	readonly layout: Layout;
}

export const START: ListCursor = {index: 0, top: 0};

/** The state before any key: the timeline focused on its first event. */
export function initialState(options: {lang: string; columns: number; rows: number; firstEvent?: string; listWidth?: number; status?: Status | null}): State {
	return {
		focus: 'timeline',
		list: 'timeline',
		timeline: START,
		entities: START,
		sources: START,
		lower: 'entities',
		detail: {ref: options.firstEvent === undefined ? null : {kind: 'event', id: options.firstEvent}, cursor: 0, top: 0, back: []},
		filter: null,
		sourceFilter: null,
		finder: null,
		help: null,
		reader: null,
		lang: options.lang,
		status: options.status ?? null,
		layout: calculateLayout(options.columns, options.rows, options.listWidth),
	};
}
