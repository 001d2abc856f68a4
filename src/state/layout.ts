/**
 * The screen's geometry as a pure function of the terminal size: which panes show, how tall and
 * wide each is, and how many list rows fit. The reducer pages by it and the views draw by it, so
 * both always agree. The frame stays one line shorter than the terminal: an Ink frame as tall as
 * the terminal makes Ink clear the whole screen on every render.
 */

/** Smallest terminal the explorer draws in; below it, it says how large the terminal must be. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
/** From this width up, the panes stand side by side; below it, the detail pane stacks under a list. */
const WIDE_COLUMNS = 100;
/** The lists' largest share of a wide terminal; what they do not need goes to the detail pane. */
const LIST_SHARE = 0.55;
/** The narrowest the lists become when wide, however short their rows: the axis and titles need room. */
export const MIN_LIST_COLUMNS = 48;
/**
 * The rule between the lists and the detail pane, with a blank column on each side: a row that
 * fills its pane would otherwise run into the rule, and the detail's text would start against it.
 */
export const SEPARATOR_COLUMNS = 3;

const HEADER_LINES = 2;
const FOOTER_LINES = 2; // the key hints and the status line
const PANE_TITLE_LINES = 1;
/** The timeline's day axis: the strip and its labels. */
export const AXIS_LINES = 2;
/** Lines each source takes in its pane: its outlet, day and figures, then its title. */
export const SOURCE_ENTRY_LINES = 2;
/** The reader's gutter: a marker column for lines that hold a highlight, and a space. */
export const READER_GUTTER = 2;
/** The widest the reader sets its text: longer lines are hard to follow back to their start. */
export const READER_MEASURE = 100;
/** The reader's last line: where in the article, or the search being typed. */
const READER_BAR_LINES = 1;

export interface PaneBox {
	readonly width: number;
	readonly height: number;
}

export interface Layout {
	readonly columns: number;
	readonly rows: number;
	readonly tooSmall: boolean;
	readonly mode: 'wide' | 'narrow';
	/** Lines of the whole frame (rows − 1). */
	readonly frameHeight: number;
	readonly bodyHeight: number;
	readonly timeline: PaneBox;
	readonly entities: PaneBox;
	readonly detail: PaneBox;
	/** The finder, in place of the lists: the whole left column when wide, the list's place when narrow. */
	readonly finder: PaneBox;
	/** Visible rows of each list (pane height minus its title and, for the timeline, the axis). */
	readonly timelineRows: number;
	readonly entityRows: number;
	/** Sources the sources pane shows (in the entities' place, SOURCE_ENTRY_LINES lines each). */
	readonly sourceRows: number;
	readonly detailRows: number;
	/** Result rows of the finder (its pane minus the title and the query line). */
	readonly finderRows: number;
	/** Rows of the help overlay's body. */
	readonly helpRows: number;
	/** The article reader, in place of the panes: the whole body. */
	readonly reader: PaneBox;
	/** Lines of text the reader shows (its pane minus the title and the bar). */
	readonly readerRows: number;
	/** Columns the reader wraps its text to (the pane minus the gutter, at most READER_MEASURE). */
	readonly readerMeasure: number;
}

/**
 * The layout for a terminal of `columns` × `rows`. `listWidth` is how wide the lists' rows want to
 * be (list-width.ts measures it once per dataset): when wide, the left column takes that much, at
 * least MIN_LIST_COLUMNS and at most LIST_SHARE of the width, and the detail pane takes the rest,
 * so a wide terminal widens the detail rather than padding short titles.
 */
export function calculateLayout(columns: number, rows: number, listWidth = Infinity): Layout {
	const safeColumns = Math.max(1, Math.floor(columns) || 80);
	const safeRows = Math.max(1, Math.floor(rows) || 24);
	const tooSmall = safeColumns < MIN_COLUMNS || safeRows < MIN_ROWS;
	const frameHeight = safeRows - 1;
	const bodyHeight = Math.max(0, frameHeight - HEADER_LINES - FOOTER_LINES);
	const mode = safeColumns >= WIDE_COLUMNS ? 'wide' : 'narrow';

	let timeline: PaneBox;
	let entities: PaneBox;
	let detail: PaneBox;
	if (mode === 'wide') {
		const share = Math.floor(safeColumns * LIST_SHARE);
		const wanted = Number.isFinite(listWidth) ? Math.ceil(listWidth) : share;
		const leftWidth = Math.min(share, Math.max(MIN_LIST_COLUMNS, wanted));
		const rightWidth = safeColumns - leftWidth - SEPARATOR_COLUMNS;
		const timelineHeight = Math.ceil(bodyHeight * 0.6);
		timeline = {width: leftWidth, height: timelineHeight};
		entities = {width: leftWidth, height: bodyHeight - timelineHeight};
		detail = {width: rightWidth, height: bodyHeight};
	} else {
		// One list at a time (the focused one, or the last one focused) above the detail pane.
		const listHeight = Math.ceil(bodyHeight * 0.5);
		timeline = {width: safeColumns, height: listHeight};
		entities = {width: safeColumns, height: listHeight};
		detail = {width: safeColumns, height: bodyHeight - listHeight};
	}
	const finder: PaneBox = mode === 'wide' ? {width: timeline.width, height: bodyHeight} : timeline;
	const rowsOf = (box: PaneBox, extra = 0) => Math.max(1, box.height - PANE_TITLE_LINES - extra);
	const entityRows = rowsOf(entities);
	return {
		columns: safeColumns,
		rows: safeRows,
		tooSmall,
		mode,
		frameHeight,
		bodyHeight,
		timeline,
		entities,
		detail,
		timelineRows: rowsOf(timeline, AXIS_LINES),
		entityRows,
		sourceRows: Math.max(1, Math.floor(entityRows / SOURCE_ENTRY_LINES)),
		detailRows: rowsOf(detail),
		finder,
		// The finder's title and its query line come before its rows.
		finderRows: rowsOf(finder, 1),
		helpRows: Math.max(1, bodyHeight - PANE_TITLE_LINES),
		reader: {width: safeColumns, height: bodyHeight},
		readerRows: Math.max(1, bodyHeight - PANE_TITLE_LINES - READER_BAR_LINES),
		readerMeasure: Math.max(1, Math.min(READER_MEASURE, safeColumns - READER_GUTTER)),
	};
}
