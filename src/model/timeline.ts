/**
 * Timeline order and the day axis. Events are ordered by the first day they can mean; on the same
 * day a finer date comes first (25 Mar before "March"), then a point before a range, then the
 * dataset's own order, so the order is total and stable.
 */
import {firstDay, lastDay} from './dates.js';
import type {Event, Precision} from './schema.js';

const PRECISION_RANK: Record<Precision, number> = {day: 0, month: 1, year: 2};

/** The first and last day an event can cover. */
export function eventDays(event: Pick<Event, 'start' | 'end'>): {first: number; last: number} {
	return {first: firstDay(event.start), last: lastDay(event.end ?? event.start)};
}

/**
 * Events given as columns (a store build's) in timeline order: their indices, sorted by first day,
 * precision, last day and index (total: the dataset index breaks every tie), without a key object
 * made for each of a million events. `precision` gives each event's precision.
 */
export function timelineOrderOfColumns(first: ArrayLike<number>, last: ArrayLike<number>, precision: (event: number) => Precision): Int32Array {
	const n = first.length;
	const rank = Uint8Array.from({length: n}, (_, event) => PRECISION_RANK[precision(event)]);
	const order = Int32Array.from({length: n}, (_, event) => event);
	return order.sort((a, b) => first[a]! - first[b]! || rank[a]! - rank[b]! || last[a]! - last[b]! || a - b);
}

/** Events in timeline order (a new array; the input is not changed): ordered as a store orders their columns. */
export function timelineOrder<E extends Event>(events: readonly E[]): E[] {
	const days = events.map(eventDays);
	const order = timelineOrderOfColumns(
		days.map((day) => day.first),
		days.map((day) => day.last),
		(event) => events[event]!.precision,
	);
	return Array.from(order, (event) => events[event]!);
}

/** The day axis: where the day-precision events sit, and which events lie far off it. */
export interface DayAxis {
	/** First and last day on the axis (day numbers), or null when no event has a day date. */
	readonly range: {readonly first: number; readonly last: number} | null;
	/** Positions (in the list) of the events not on the axis: coarser than a day, or far from the cluster. */
	readonly offAxis: ReadonlySet<number>;
}

/** What the day axis needs of a list of events: each one's days and precision, by position. */
export interface EventSpans {
	readonly length: number;
	/** The first day (a day number) the event at `index` can mean. */
	firstDay(index: number): number;
	/** The last day (a day number) the event at `index` can mean. */
	lastDay(index: number): number;
	precision(index: number): Precision;
}


/**
 * The span of days the axis should show for a list of events (given by their spans), off-axis
 * events by position. Day-precision events define it; an event more than `maxGapDays` from the
 * nearest other one (the 2030 target beside a week in March) is left off, so one outlier cannot
 * squeeze the rest into a single column.
 */
export function dayAxisOf(events: EventSpans, maxGapDays = 366): DayAxis {
	const offAxis = new Set<number>();
	// Positions of the day-precise events; read through `events`, never copied into objects: the
	// axis of 100,000 events is worked out before the first frame.
	const onDay = new Int32Array(events.length);
	let count = 0;
	for (let i = 0; i < events.length; i++) {
		if (events.precision(i) !== 'day') offAxis.add(i);
		else onDay[count++] = i;
	}
	if (count === 0) return {range: null, offAxis};
	const days = onDay.subarray(0, count);
	// Events come in timeline order, which is already by first day: sort only when they do not.
	let sorted = true;
	for (let k = 1; k < count && sorted; k++) sorted = events.firstDay(days[k]!) >= events.firstDay(days[k - 1]!);
	if (!sorted) days.sort((a, b) => events.firstDay(a) - events.firstDay(b) || a - b);
	// Group into clusters separated by gaps wider than maxGapDays; the biggest cluster is the axis.
	let best = {from: 0, to: 0};
	let from = 0;
	let reach = events.lastDay(days[0]!);
	for (let k = 1; k <= count; k++) {
		if (k === count || events.firstDay(days[k]!) - reach > maxGapDays) {
			if (k - from > best.to - best.from) best = {from, to: k};
			if (k === count) break;
			from = k;
		}
		reach = Math.max(reach, events.lastDay(days[k]!));
	}
	let first = Infinity;
	let last = -Infinity;
	for (let k = 0; k < count; k++) {
		const position = days[k]!;
		if (k >= best.from && k < best.to) {
			first = Math.min(first, events.firstDay(position));
			last = Math.max(last, events.lastDay(position));
		} else offAxis.add(position);
	}
	return {range: {first, last}, offAxis};
}

/**
 * How many on-axis events start in each of `columns` columns of an axis from `range.first` to
 * `range.last` (the column of a day as the axis draws it). One pass over the list, reading only
 * days: a million events take a few milliseconds and no record is read.
 */
export function eventsPerColumn(events: EventSpans, axis: DayAxis, columns: number): Int32Array {
	const counts = new Int32Array(Math.max(0, columns));
	if (!axis.range || columns <= 0) return counts;
	const {first, last} = axis.range;
	const span = last - first + 1;
	for (let i = 0; i < events.length; i++) {
		if (axis.offAxis.has(i)) continue;
		const column = dayColumn(events.firstDay(i), first, span, columns);
		counts[column] = counts[column]! + 1;
	}
	return counts;
}

/** The column of `day` on an axis of `columns` columns whose `span` days start at `first`. */
export function dayColumn(day: number, first: number, span: number, columns: number): number {
	return Math.max(0, Math.min(columns - 1, Math.floor(((day - first) * columns) / span)));
}
