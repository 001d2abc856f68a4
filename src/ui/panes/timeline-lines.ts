/** The timeline pane's lines: the day axis, then one row per event in view. */
import {sliceOf, type EventList} from '../../model/catalog.js';
import {formatSpan, isoDay} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import type {Event} from '../../model/story.js';
import {dayAxisOf, dayColumn, eventDays, eventsPerColumn, type DayAxis} from '../../model/timeline.js';
import {DISPUTED_COLUMN, MIN_DATE_WIDTH, TIMELINE_ROW_CHROME} from '../../state/list-width.js';
import type {ListCursor} from '../../state/state.js';
import {restyle, type Line} from '../line.js';
import {fit, truncate, widthOf} from '../../text/fit.js';
import {stringsFor} from '../../state/strings/index.js';
import {DISPUTED_MARK, inferredSlot, inferredSuffix, theme} from '../theme.js';
import {visibleRange} from './list-window.js';

export interface TimelineView {
	readonly events: EventList;
	readonly cursor: ListCursor;
	readonly rows: number;
	readonly width: number;
	readonly focused: boolean;
	readonly lang: string;
	readonly articleLang: string;
	/** Whether the sources disagree about an event, marked ≠ on its row. */
	readonly disputed?: ((eventId: string) => boolean) | undefined;
}


/** The rows of the events that fit: a cursor mark, the date or range, ~ for inferred dates, the title. */
export function timelineRows(view: TimelineView): Line[] {
	const {from, to} = visibleRange(view.cursor, view.events.length, view.rows);
	const shown = sliceOf(view.events, from, to);
	const dates = shown.map((event) => formatSpan(event.start, event.end, view.lang));
	const dateWidth = Math.min(Math.max(MIN_DATE_WIDTH, ...dates.map(widthOf)), Math.floor(view.width / 2));
	return shown.map((event, i) => {
		const selected = from + i === view.cursor.index;
		// A story of several sources keeps a column for the mark of a disagreement.
		const titleWidth = Math.max(0, view.width - dateWidth - TIMELINE_ROW_CHROME - (view.disputed ? DISPUTED_COLUMN : 0));
		const row: Line = [
			{text: selected ? '› ' : '  '},
			{text: fit(dates[i]!, dateWidth), style: theme.label},
			...(view.disputed
				? [{text: inferredSuffix(event.certainty).padEnd(2), style: theme.inferred}, {text: view.disputed(event.id) ? DISPUTED_MARK : ' ', style: theme.disputed}, {text: ' '}]
				: [{text: inferredSlot(event.certainty), style: theme.inferred}]),
			{text: fit(localized(event.title, view.lang, view.articleLang), titleWidth)},
		];
		return selected ? restyle(row, view.focused ? theme.cursor : theme.cursorBlurred) : row;
	});
}

const OFF_AXIS_LABEL = (date: string) => `→ ${date.slice(0, 4)}`;

type Cell = {readonly char: string; readonly style: NonNullable<Line[number]['style']>};

/** How the strip is drawn: a tick per day events start on, or their density per column when ticks would run together. */
export type AxisMode = 'ticks' | 'density' | 'day';

/** Block characters from the fewest events to the most: a column's height is its share of the busiest column. */
export const DENSITY_BLOCKS = '▁▂▃▄▅▆▇█';
/** Past this share of columns holding events, ticks merge into a solid bar and say nothing: density instead. */
const DENSE_SHARE = 1 / 3;

/** What the axis draws for a list of events, before any selection: computed once per list and width. */
export interface AxisBase {
	readonly range: {readonly first: number; readonly last: number} | null;
	readonly mode: AxisMode;
	/** Positions (in the list) of the events off the axis. */
	readonly offAxis: ReadonlySet<number>;
	readonly cells: readonly Cell[];
	/** Text after the cells: the day itself, on an axis of one day. */
	readonly note: string;
	readonly beforeLabel: string;
	readonly afterLabel: string;
	/** Positions of the off-axis events that lie before and after the axis. */
	readonly before: ReadonlySet<number>;
	readonly after: ReadonlySet<number>;
	readonly labels: Line;
	column(day: number): number;
}

/** What the axis needs from a list of events, whatever the width: computed once per list. */
interface AxisShape {
	readonly axis: DayAxis;
	readonly before: ReadonlySet<number>;
	readonly after: ReadonlySet<number>;
	/** The years of the first event before the axis and the last after it. */
	readonly firstBefore: string | undefined;
	readonly lastAfter: string | undefined;
	/** Events started per strip column, by strip width (worked out on first use of a width). */
	readonly columns: Map<number, Int32Array>;
}

// The timeline comes back to the same lists (all events, an entity's events) as filters come and
// go; with 100,000 events a shape takes a while, so it is kept for as long as its list lives.
// Only days and precisions are read here (EventList), never the records: at 100,000 events the
// store reads a record from disk, and the axis must not read them all.
const shapes = new WeakMap<EventList, AxisShape>();

function axisShape(events: EventList): AxisShape {
	const known = shapes.get(events);
	if (known) return known;
	const axis = dayAxisOf(events);
	const before = new Set<number>();
	const after = new Set<number>();
	let lastAfter = -Infinity;
	let firstBefore = Infinity;
	if (axis.range) {
		for (const i of axis.offAxis) {
			const first = events.firstDay(i);
			if (first > axis.range.last) {
				after.add(i);
				lastAfter = Math.max(lastAfter, first);
			} else if (events.lastDay(i) < axis.range.first) {
				before.add(i);
				firstBefore = Math.min(firstBefore, first);
			}
		}
	}
	const shape = {
		axis,
		before,
		after,
		firstBefore: before.size > 0 ? isoDay(firstBefore) : undefined,
		lastAfter: after.size > 0 ? isoDay(lastAfter) : undefined,
		columns: new Map<number, Int32Array>(),
	};
	shapes.set(events, shape);
	return shape;
}

function countsFor(events: EventList, shape: AxisShape, stripWidth: number): Int32Array {
	let counts = shape.columns.get(stripWidth);
	if (!counts) {
		counts = eventsPerColumn(events, shape.axis, stripWidth);
		shape.columns.set(stripWidth, counts);
	}
	return counts;
}

/**
 * The day axis for the events in view: a strip from their earliest to their latest day, a tick
 * where events start, or where ticks would fill most of it (10,000 events over a year) a block per
 * column as tall as its share of the busiest column; an axis of one day names that day. Events far
 * off it are named at its ends ("→ 2030") instead of squeezing it.
 */
export function axisBase(events: EventList, width: number, lang: string): AxisBase {
	const shape = axisShape(events);
	const {axis, before, after, firstBefore, lastAfter} = shape;
	const {range, offAxis} = axis;
	const beforeLabel = firstBefore ? `${firstBefore.slice(0, 4)} ← ` : '';
	const afterLabel = lastAfter ? ` ${OFF_AXIS_LABEL(lastAfter)}` : '';
	if (!range) {
		return {range: null, mode: 'ticks', offAxis, cells: [], note: '', beforeLabel, afterLabel, before, after, labels: [], column: () => 0};
	}
	const stripWidth = Math.max(3, width - widthOf(beforeLabel) - widthOf(afterLabel));
	const {first, last} = range;
	const startLabel = formatSpan(isoDay(first), null, lang);
	if (last === first) {
		// One day: its mark and its date, not a bar that reads as a span of time.
		const note = fit(` ${startLabel}`, stripWidth - 1);
		return {range, mode: 'day', offAxis, cells: [{char: '┼', style: theme.axisEvent}], note, beforeLabel, afterLabel, before, after, labels: [], column: () => 0};
	}
	const span = last - first + 1;
	const column = (day: number) => dayColumn(day, first, span, stripWidth);
	const counts = countsFor(events, shape, stripWidth);
	let occupied = 0;
	let busiest = 0;
	for (const count of counts) {
		if (count > 0) occupied++;
		if (count > busiest) busiest = count;
	}
	const mode: AxisMode = occupied > stripWidth * DENSE_SHARE ? 'density' : 'ticks';
	const cells: Cell[] = mode === 'density' ? densityCells(counts, busiest) : tickCells(counts);
	const endLabel = formatSpan(isoDay(last), null, lang);
	const gap = Math.max(1, stripWidth - widthOf(startLabel) - widthOf(endLabel));
	const labels: Line = [{text: truncate(' '.repeat(widthOf(beforeLabel)) + startLabel + ' '.repeat(gap) + endLabel, width), style: theme.muted}];
	return {range, mode, offAxis, cells, note: '', beforeLabel, afterLabel, before, after, labels, column};
}

function tickCells(counts: Int32Array): Cell[] {
	const cells: Cell[] = Array.from(counts, (count) => (count > 0 ? {char: '┼', style: theme.axisEvent} : {char: '─', style: theme.axis}));
	if (cells[0]!.char === '─') cells[0] = {char: '├', style: theme.axis};
	if (cells.at(-1)!.char === '─') cells[cells.length - 1] = {char: '┤', style: theme.axis};
	return cells;
}

/** A block per column, its height the column's share of the busiest (any event at all shows ▁); a gap where none start. */
function densityCells(counts: Int32Array, busiest: number): Cell[] {
	const levels = DENSITY_BLOCKS.length;
	return Array.from(counts, (count) =>
		count === 0 ? {char: ' ', style: theme.axis} : {char: DENSITY_BLOCKS[Math.max(1, Math.ceil((count * levels) / busiest)) - 1]!, style: theme.axisEvent},
	);
}

/** The axis's two lines with the selected event's day (●) or span (━) marked, or its far-off label lit. */
export function axisLines(base: AxisBase, selected: Event | undefined, selectedIndex: number, width: number, lang: string): [Line, Line] {
	if (!base.range) {
		const label = selected ? formatSpan(selected.start, selected.end, lang) : '';
		return [[{text: truncate(stringsFor(lang).axis.noDays, width), style: theme.muted}], [{text: truncate(label, width), style: theme.axisSelected}]];
	}
	const cells = [...base.cells];
	if (selected && !base.offAxis.has(selectedIndex)) {
		const days = eventDays(selected);
		const from = base.column(days.first);
		// A range runs through the last column of its last day: up to the next day's column, or the end.
		const to = days.last === days.first ? from : days.last >= base.range.last ? cells.length - 1 : Math.max(from, base.column(days.last + 1) - 1);
		for (let c = from; c <= to; c++) cells[c] = {char: from === to ? '●' : '━', style: theme.axisSelected};
	}
	const lit = (positions: ReadonlySet<number>) => (selected && positions.has(selectedIndex) ? theme.axisSelected : theme.muted);
	const strip: Line = [
		...(base.beforeLabel ? [{text: base.beforeLabel, style: lit(base.before)}] : []),
		...cells.map((cell) => ({text: cell.char, style: cell.style})),
		...(base.note ? [{text: base.note, style: theme.label}] : []),
		...(base.afterLabel ? [{text: base.afterLabel, style: lit(base.after)}] : []),
	];
	return [strip, base.labels];
}
