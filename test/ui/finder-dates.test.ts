import {describe, expect, it} from 'vitest';
import {formatSpan} from '../../src/model/dates.js';
import type {FinderRow} from '../../src/state/selectors.js';
import {finderDateWidth} from '../../src/ui/panes/finder-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {embedded} from '../state/drive.js';

const rowOf = (id: string): FinderRow => ({type: 'match', kind: 'event', ref: {kind: 'event', id}, matched: null});

describe("the finder's date column", () => {
	const {story} = embedded;
	const events = Array.from({length: story.events.length}, (_, i) => story.events.at(i)!);
	const rows = events.map((event) => rowOf(event.id));
	const dateOf = (event: (typeof events)[number]) => widthOf(formatSpan(event.start, event.end, 'id'));
	const widest = events.reduce((most, event) => Math.max(most, dateOf(event)), 0);
	const widestDay = events.filter((event) => !event.end).reduce((most, event) => Math.max(most, dateOf(event)), 0);

	it('is as wide as the widest date when every title then fits whole', () => {
		expect(widest).toBeGreaterThan(widestDay);
		expect(finderDateWidth(story, rows, 'id', 200)).toBe(widest);
	});

	it('is as wide as the widest one-day date when a span would cut titles: a span pushes its own row along', () => {
		// "26 Mar – 8 Apr 2025" beside "25 Mar 2025": at 60 columns the span's width would cut the titles.
		expect(finderDateWidth(story, rows, 'id', 60)).toBe(widestDay);
	});
});
