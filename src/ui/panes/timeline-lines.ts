/** The timeline pane's lines: the day axis, then one row per event in view. */
import {sliceOf, type EventList} from '../../model/catalog.js';
import {formatSpan, isoDay} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import type {Event} from '../../model/story.js';
import {dayAxisOf, eventDays} from '../../model/timeline.js';
import type {ListCursor} from '../../state/state.js';
import {restyle, type Line} from '../line.js';
import {fit, truncate, widthOf} from '../../text/fit.js';
import {DISPUTED_MARK, theme} from '../theme.js';
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

const MIN_DATE_WIDTH = 11; // "25 Mar 2025"

/** The rows of the events that fit: a cursor mark, the date or range, ~ for inferred dates, the title. */
export function timelineRows(view: TimelineView): Line[] {
	const {from, to} = visibleRange(view.cursor, view.events.length, view.rows);
	const shown = sliceOf(view.events, from, to);
	const dates = shown.map((event) => formatSpan(event.start, event.end, view.lang));
	const dateWidth = Math.min(Math.max(MIN_DATE_WIDTH, ...dates.map(widthOf)), Math.floor(view.width / 2));
	return shown.map((event, i) => {
		const selected = from + i === view.cursor.index;
		// A story of several sources keeps a column for the mark of a disagreement.
		const titleWidth = Math.max(0, view.width - dateWidth - (view.disputed ? 6 : 5));
		const row: Line = [
			{text: selected ? '› ' : '  '},
			{text: fit(dates[i]!, dateWidth), style: theme.label},
			...(view.disputed
				? [{text: event.certainty === 'inferred' ? ' ~' : '  ', style: theme.inferred}, {text: view.disputed(event.id) ? DISPUTED_MARK : ' ', style: theme.disputed}, {text: ' '}]
				: [{text: event.certainty === 'inferred' ? ' ~ ' : '   ', style: theme.inferred}]),
			{text: fit(localized(event.title, view.lang, view.articleLang), titleWidth)},
		];
		return selected ? restyle(row, view.focused ? theme.cursor : theme.cursorBlurred) : row;
	});
}

const OFF_AXIS_LABEL = (date: string) => `→ ${date.slice(0, 4)}`;

type Cell = {readonly char: string; readonly style: NonNullable<Line[number]['style']>};

/** What the axis draws for a list of events, before any selection: computed once per list and width. */
export interface AxisBase {
	readonly range: {readonly first: number; readonly last: number} | null;
	/** Positions (in the list) of the events off the axis. */
	readonly offAxis: ReadonlySet<number>;
	readonly cells: readonly Cell[];
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
	readonly range: {readonly first: number; readonly last: number} | null;
	readonly offAxis: ReadonlySet<number>;
	readonly before: ReadonlySet<number>;
	readonly after: ReadonlySet<number>;
	/** The years of the first event before the axis and the last after it. */
	readonly firstBefore: string | undefined;
	readonly lastAfter: string | undefined;
	/** The distinct days on which on-axis events start (a tick each). */
	readonly tickDays: readonly number[];
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
	const ticks = new Set<number>();
	let lastAfter: string | undefined;
	let firstBefore: string | undefined;
	for (let i = 0; i < events.length; i++) {
		if (!axis.range) break;
		const first = events.firstDay(i);
		if (!axis.offAxis.has(i)) ticks.add(first);
		else if (first > axis.range.last) {
			after.add(i);
			lastAfter = isoDay(first);
		} else if (events.lastDay(i) < axis.range.first) {
			before.add(i);
			firstBefore ??= isoDay(first);
		}
	}
	const shape = {range: axis.range, offAxis: axis.offAxis, before, after, firstBefore, lastAfter, tickDays: [...ticks]};
	shapes.set(events, shape);
	return shape;
}

/**
 * The day axis for the events in view: a strip from their earliest to their latest day, a tick
 * where events start; events far off it are named at its ends ("→ 2030") instead of squeezing it.
 */
export function axisBase(events: EventList, width: number, lang: string): AxisBase {
	const {range, offAxis, before, after, firstBefore, lastAfter, tickDays} = axisShape(events);
	const beforeLabel = firstBefore ? `${firstBefore.slice(0, 4)} ← ` : '';
	const afterLabel = lastAfter ? ` ${OFF_AXIS_LABEL(lastAfter)}` : '';
	if (!range) {
		return {range: null, offAxis, cells: [], beforeLabel, afterLabel, before, after, labels: [], column: () => 0};
	}
	const stripWidth = Math.max(3, width - widthOf(beforeLabel) - widthOf(afterLabel));
	const {first, last} = range;
	const span = last - first + 1;
	const column = (day: number) => Math.max(0, Math.min(stripWidth - 1, Math.floor(((day - first) * stripWidth) / span)));
	const cells: Cell[] = Array.from({length: stripWidth}, () => ({char: '─', style: theme.axis}));
	for (const day of tickDays) cells[column(day)] = {char: '┼', style: theme.axisEvent};
	if (cells[0]!.char === '─') cells[0] = {char: '├', style: theme.axis};
	if (cells[stripWidth - 1]!.char === '─') cells[stripWidth - 1] = {char: '┤', style: theme.axis};
	const startLabel = formatSpan(isoDay(first), null, lang);
	// An axis of one day is labelled once; otherwise its first day on the left, its last on the right.
	const endLabel = last === first ? '' : formatSpan(isoDay(last), null, lang);
	const gap = endLabel ? Math.max(1, stripWidth - widthOf(startLabel) - widthOf(endLabel)) : 0;
	const labels: Line = [{text: truncate(' '.repeat(widthOf(beforeLabel)) + startLabel + ' '.repeat(gap) + endLabel, width), style: theme.muted}];
	return {range, offAxis, cells, beforeLabel, afterLabel, before, after, labels, column};
}

/** The axis's two lines with the selected event's day (●) or span (━) marked, or its far-off label lit. */
export function axisLines(base: AxisBase, selected: Event | undefined, selectedIndex: number, width: number, lang: string): [Line, Line] {
	if (!base.range) {
		const label = selected ? formatSpan(selected.start, selected.end, lang) : '';
		return [[{text: truncate('no day-precise dates to lay on an axis', width), style: theme.muted}], [{text: truncate(label, width), style: theme.axisSelected}]];
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
		...(base.afterLabel ? [{text: base.afterLabel, style: lit(base.after)}] : []),
	];
	return [strip, base.labels];
}
