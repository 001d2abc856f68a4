/**
 * Reading a TimelineJS3 file as someone else wrote it: numbers may be strings ("2025", as the
 * Google Sheets template makes them), blanks may be "" or null, text is HTML. Every slide is
 * checked and every problem is collected with its JSON path, so one run names them all.
 */
import {isRealDate, lastDay, firstDay} from '../model/dates.js';
import {quoted, type JsonPath} from '../model/errors.js';
import type {Precision} from '../model/schema.js';
import {htmlToText} from './html.js';
import {isDatasetShaped} from '../model/load.js';

export interface ReadProblem {
	readonly path: JsonPath;
	readonly message: string;
}

/** A slide reduced to what a dataset can hold. */
export interface Slide {
	/** Its index in the file's `events`, for messages. */
	readonly index: number;
	readonly start: string;
	readonly end: string | null;
	readonly precision: Precision;
	/** Plain text, HTML removed. */
	readonly headline: string;
	readonly text: string;
	readonly group: string | null;
	readonly uniqueId: string | null;
}

export interface TimelineRead {
	readonly title: {readonly headline: string; readonly text: string} | null;
	readonly slides: readonly Slide[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A value in a message: strings as the loader quotes them; small objects shown as JSON, cut. */
function shown(value: unknown): string {
	if (typeof value === 'string' || value === null || typeof value !== 'object') return quoted(value, 40);
	const chars = Array.from(JSON.stringify(value));
	return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}

function wholeNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
	if (typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)) return Number(value);
	return undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A TimelineJS date object as a partial ISO date ("2025", "2025-03", "2025-03-26"). */
function readDate(value: unknown, path: JsonPath, problems: ReadProblem[]): string | undefined {
	if (!isObject(value)) {
		problems.push({path, message: `expected a date object such as {"year": 2025, "month": 3, "day": 26}, got ${shown(value)}`});
		return undefined;
	}
	const count = problems.length;
	const field = (name: string, min: number, max: number, what: string): number | undefined => {
		if (isBlank(value[name])) return undefined;
		const n = wholeNumber(value[name]);
		if (n === undefined || n < min || n > max) {
			problems.push({path: [...path, name], message: `expected ${what}, got ${shown(value[name])}`});
			return undefined;
		}
		return n;
	};
	if (isBlank(value.year)) problems.push({path: [...path, 'year'], message: 'missing required field "year" (expected a whole number)'});
	const year = field('year', 0, 9999, 'a year from 0 to 9999 as a whole number');
	const month = field('month', 1, 12, 'a month from 1 to 12');
	const day = field('day', 1, 31, 'a day from 1 to 31');
	if (day !== undefined && isBlank(value.month)) problems.push({path: [...path, 'day'], message: 'a day needs a month'});
	if (problems.length > count || year === undefined) return undefined;
	const date = [pad(year, 4), ...(month === undefined ? [] : [pad(month, 2)]), ...(month === undefined || day === undefined ? [] : [pad(day, 2)])].join('-');
	if (!isRealDate(date)) {
		problems.push({path, message: `${date} is not a real calendar date`});
		return undefined;
	}
	return date;
}

const PRECISION_OF_LENGTH: Record<number, Precision> = {4: 'year', 7: 'month', 10: 'day'};

/** Start and end at one precision: the coarser of the two, since that is all that is known of both. */
function alignDates(start: string, end: string | null): {start: string; end: string | null; precision: Precision} {
	const length = end === null ? start.length : Math.min(start.length, end.length);
	const aligned = {start: start.slice(0, length), end: end?.slice(0, length) ?? null};
	return {...aligned, end: aligned.end === aligned.start ? null : aligned.end, precision: PRECISION_OF_LENGTH[length]!};
}

function readText(value: unknown, path: JsonPath, problems: ReadProblem[]): string {
	if (isBlank(value)) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') {
		problems.push({path, message: `expected text (a string of HTML), got ${shown(value)}`});
		return '';
	}
	return htmlToText(value);
}

function readTextObject(value: unknown, path: JsonPath, problems: ReadProblem[]): {headline: string; text: string} {
	if (isBlank(value)) return {headline: '', text: ''};
	if (!isObject(value)) {
		problems.push({path, message: `expected {"headline": …, "text": …}, got ${shown(value)}`});
		return {headline: '', text: ''};
	}
	return {
		headline: readText(value.headline, [...path, 'headline'], problems).replace(/\s+/g, ' '),
		text: readText(value.text, [...path, 'text'], problems),
	};
}

function readLabel(value: unknown, path: JsonPath, problems: ReadProblem[]): string | null {
	if (isBlank(value)) return null;
	if (typeof value === 'string' || typeof value === 'number') return htmlToText(String(value)).replace(/\s+/g, ' ') || null;
	problems.push({path, message: `expected a string, got ${shown(value)}`});
	return null;
}

function readSlide(value: unknown, index: number, problems: ReadProblem[]): Slide | undefined {
	const path: JsonPath = ['events', index];
	if (!isObject(value)) {
		problems.push({path, message: `expected a slide object with a start_date, got ${shown(value)}`});
		return undefined;
	}
	const count = problems.length;
	const start = isBlank(value.start_date)
		? (problems.push({path: [...path, 'start_date'], message: 'missing required field "start_date" (expected {"year": …})'}), undefined)
		: readDate(value.start_date, [...path, 'start_date'], problems);
	const endGiven = isObject(value.end_date) ? ['year', 'month', 'day'].some((key) => !isBlank((value.end_date as Json)[key])) : !isBlank(value.end_date);
	const end = endGiven ? readDate(value.end_date, [...path, 'end_date'], problems) : null;
	const text = readTextObject(value.text, [...path, 'text'], problems);
	const group = readLabel(value.group, [...path, 'group'], problems);
	const uniqueId = readLabel(value.unique_id, [...path, 'unique_id'], problems);
	if (problems.length > count || start === undefined || end === undefined) return undefined;
	const dates = alignDates(start, end);
	if (dates.end !== null && lastDay(dates.end) < firstDay(dates.start)) {
		problems.push({path: [...path, 'end_date'], message: `the slide ends (${dates.end}) before it starts (${dates.start})`});
		return undefined;
	}
	return {index, ...dates, ...text, group, uniqueId};
}

/** Read a parsed TimelineJS3 file: its title slide and its slides, or every problem found. */
export function readTimelineJs(raw: unknown): {ok: true; timeline: TimelineRead} | {ok: false; problems: ReadProblem[]} {
	const problems: ReadProblem[] = [];
	if (!isObject(raw)) return {ok: false, problems: [{path: [], message: `expected a TimelineJS3 object {"events": […]}, got ${shown(raw)}`}]};
	// A linimasa dataset (it has a version and an article): nothing to import.
	if (isDatasetShaped(raw)) return {ok: false, problems: [{path: [], message: 'is a linimasa dataset already, not a TimelineJS file: open it with --data'}]};
	if (!Array.isArray(raw.events)) {
		const message = raw.events === undefined ? 'missing required field "events" (expected an array of slides)' : `expected an array of slides, got ${shown(raw.events)}`;
		return {ok: false, problems: [{path: ['events'], message}]};
	}
	const slides = raw.events.map((slide, index) => readSlide(slide, index, problems));
	const title = isObject(raw.title) ? readTextObject(raw.title.text, ['title', 'text'], problems) : null;
	if (problems.length > 0) return {ok: false, problems};
	return {ok: true, timeline: {title, slides: slides.filter((slide): slide is Slide => slide !== undefined)}};
}
