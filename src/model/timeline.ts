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

/** Events in timeline order (a new array; the input is not changed). */
export function timelineOrder<E extends Event>(events: readonly E[]): E[] {
	const keyed = events.map((event, index) => ({event, index, ...eventDays(event)}));
	keyed.sort(
		(a, b) =>
			a.first - b.first ||
			PRECISION_RANK[a.event.precision] - PRECISION_RANK[b.event.precision] ||
			a.last - b.last ||
			a.index - b.index,
	);
	return keyed.map((item) => item.event);
}

/** The day axis: where the day-precision events sit, and which events lie far off it. */
export interface DayAxis {
	/** First and last day on the axis (day numbers), or null when no event has a day date. */
	readonly range: {readonly first: number; readonly last: number} | null;
	/** Ids of events that are not on the axis: coarser than a day, or far from the cluster. */
	readonly offAxis: ReadonlySet<string>;
}

/**
 * The span of days the axis should show. Day-precision events define it; an event more than
 * `maxGapDays` from the nearest other one (the 2030 target beside a week in March) is left off,
 * so one outlier cannot squeeze the rest into a single column.
 */
export function dayAxis(events: readonly Event[], maxGapDays = 366): DayAxis {
	const offAxis = new Set<string>();
	const spans: {id: string; first: number; last: number}[] = [];
	for (const event of events) {
		if (event.precision !== 'day') offAxis.add(event.id);
		else spans.push({id: event.id, ...eventDays(event)});
	}
	if (spans.length === 0) return {range: null, offAxis};
	// Events come in timeline order, which is already by first day: sort only when they do not.
	if (spans.some((span, i) => i > 0 && span.first < spans[i - 1]!.first)) spans.sort((a, b) => a.first - b.first);
	// Group into clusters separated by gaps wider than maxGapDays; the biggest cluster is the axis.
	let best = {from: 0, to: 0};
	let from = 0;
	let reach = spans[0]!.last;
	for (let i = 1; i <= spans.length; i++) {
		const span = spans[i];
		if (span === undefined || span.first - reach > maxGapDays) {
			if (i - from > best.to - best.from) best = {from, to: i};
			if (span === undefined) break;
			from = i;
		}
		reach = Math.max(reach, span.last);
	}
	let first = Infinity;
	let last = -Infinity;
	spans.forEach((span, i) => {
		if (i >= best.from && i < best.to) {
			first = Math.min(first, span.first);
			last = Math.max(last, span.last);
		} else offAxis.add(span.id);
	});
	return {range: {first, last}, offAxis};
}
