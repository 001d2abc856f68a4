import {describe, expect, it} from 'vitest';
import {isoDay} from '../../src/model/dates.js';
import type {Event} from '../../src/model/schema.js';
import {eventListOf} from '../../src/model/story-catalog.js';
import {dayAxisOf, timelineOrder} from '../../src/model/timeline.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';

function event(id: string, start: string, end: string | null = null): Event {
	const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
	return {id, start, end, precision, certainty: 'stated', title: {en: id}, summary: {en: id}, participants: [], evidence: [{start: 0, end: 1, exact: 'x'}]};
}

describe('timelineOrder', () => {
	it('orders by the first day, finer dates first, points before ranges, then dataset order', () => {
		const events = [
			event('year', '2025'),
			event('range', '2025-03-01', '2025-03-09'),
			event('month', '2025-03'),
			event('day-b', '2025-03-01'),
			event('day-a', '2025-03-01'),
			event('early', '2024-12-31'),
		];
		expect(timelineOrder(events).map((e) => e.id)).toEqual(['early', 'year', 'day-b', 'day-a', 'range', 'month']);
	});

	it('is stable and does not change its input', () => {
		const events = [event('b', '2025-01-01'), event('a', '2025-01-01')];
		expect(timelineOrder(events).map((e) => e.id)).toEqual(['b', 'a']);
		expect(events.map((e) => e.id)).toEqual(['b', 'a']);
	});

	it('puts the embedded article from the 25 March meeting to the 2030 target', () => {
		const story = loadStory(EMBEDDED_DATASET);
		expect(story.events[0]!.id).toBe('meeting-nanning');
		expect(story.events.at(-1)!.id).toBe('talent-target-2030');
	});
});

/** The day axis of an array of events, its off-axis events by id. */
function dayAxis(events: readonly Event[]) {
	const axis = dayAxisOf(eventListOf(events));
	return {range: axis.range, offAxis: new Set([...axis.offAxis].map((i) => events[i]!.id))};
}

describe('dayAxis', () => {
	it('spans 25 March to 8 April for the article, with the 2030 target off the axis', () => {
		const story = loadStory(EMBEDDED_DATASET);
		const axis = dayAxis(story.events);
		expect(axis.range && [isoDay(axis.range.first), isoDay(axis.range.last)]).toEqual(['2025-03-25', '2025-04-08']);
		expect([...axis.offAxis]).toEqual(['talent-target-2030']);
	});

	it('leaves a far-off day outside the biggest cluster', () => {
		const axis = dayAxis([event('a', '2025-03-01'), event('b', '2025-03-05'), event('far', '2031-01-01')]);
		expect(axis.range && isoDay(axis.range.last)).toBe('2025-03-05');
		expect(axis.offAxis.has('far')).toBe(true);
	});

	it('is empty when no event has a day date', () => {
		expect(dayAxis([event('y', '2030')]).range).toBeNull();
		expect(dayAxis([]).range).toBeNull();
	});
});
