/**
 * Partial calendar dates ("2030", "2025-03", "2025-03-25") as day numbers, so events of any
 * precision can be ordered, laid on a day axis and printed. Day numbers count days since
 * 1970-01-01 in the proleptic Gregorian calendar; no time zones are involved.
 */
import type {Precision} from './schema.js';

const MS_PER_DAY = 86_400_000;

interface DateParts {
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
}

/** Split "YYYY[-MM[-DD]]" into numbers. */
export function dateParts(date: string): DateParts {
	const [year, month, day] = date.split('-').map(Number);
	return {year: year ?? 0, ...(month === undefined ? {} : {month}), ...(day === undefined ? {} : {day})};
}

/** The precision a partial date is written at. */
export function precisionOf(date: string): Precision {
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function dayNumber(year: number, month: number, day: number): number {
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return Math.floor(date.getTime() / MS_PER_DAY);
}

// A dataset names few distinct dates (a year of coverage, a few hundred) but each is asked for
// again and again (ordering, integrity, the day axis): remember day numbers by date string. Room
// for 65,536 (a few MB): 4096 was too few for 100,000 generated events, whose memos emptied
// themselves over and over and computed nearly every date and span anew.
const MEMO_LIMIT = 1 << 16;
const firstDays = new Map<string, number>();
const lastDays = new Map<string, number>();
function remembered<V>(memo: Map<string, V>, date: string, compute: (date: string) => V): V {
	let day = memo.get(date);
	if (day === undefined) {
		if (memo.size >= MEMO_LIMIT) memo.clear();
		day = compute(date);
		memo.set(date, day);
	}
	return day;
}

/** The first day a partial date can mean. */
export function firstDay(date: string): number {
	return remembered(firstDays, date, (text) => {
		const {year, month = 1, day = 1} = dateParts(text);
		return dayNumber(year, month, day);
	});
}

/** The last day a partial date can mean. */
export function lastDay(date: string): number {
	return remembered(lastDays, date, (text) => {
		const {year, month, day} = dateParts(text);
		if (day !== undefined && month !== undefined) return dayNumber(year, month, day);
		if (month !== undefined) return dayNumber(year, month + 1, 1) - 1;
		return dayNumber(year + 1, 1, 1) - 1;
	});
}

/** Whether an event (its start and end) means one day, whatever its precision says: "2025-03-25", not "2025-03" nor a span. */
export function isOneDay(event: {readonly start: string; readonly end?: string | null}): boolean {
	return firstDay(event.start) === lastDay(event.end ?? event.start);
}

/** Whether a "YYYY-MM-DD" names a real day (not 31 April or 29 February 2025). */
export function isRealDate(date: string): boolean {
	// A check of a million events asks about the same few hundred days again and again.
	return remembered(realDates, date, (text) => {
		const {year, month, day} = dateParts(text);
		if (month === undefined || day === undefined) return true;
		const back = new Date(dayNumber(year, month, day) * MS_PER_DAY);
		return back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
	});
}

const realDates = new Map<string, boolean>();

/** The ISO date ("YYYY-MM-DD") of a day number. */
export function isoDay(dayNum: number): string {
	return new Date(dayNum * MS_PER_DAY).toISOString().slice(0, 10);
}

const MONTHS_SHORT = {
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
	id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
} as const;

/** Months written out, as a reporter types a date into the finder ("25 Maret 2025"). */
const MONTHS_LONG = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
} as const;

/** How a month is written: as lists and headers show it ("Mar"), or in full ("Maret"). */
export type MonthStyle = 'short' | 'long';

const MONTHS = {short: MONTHS_SHORT, long: MONTHS_LONG} as const;

function monthName(month: number, lang: string, style: MonthStyle = 'short'): string {
	const names = MONTHS[style][lang === 'id' ? 'id' : 'en'];
	return names[month - 1] ?? String(month);
}

/** A partial date for people: "25 Mar 2025", "Mar 2025", "2030" (with `style` "long", "25 Maret 2025"). */
export function formatDate(date: string, lang = 'en', style: MonthStyle = 'short'): string {
	const {year, month, day} = dateParts(date);
	if (month === undefined) return String(year);
	if (day === undefined) return `${monthName(month, lang, style)} ${year}`;
	return `${day} ${monthName(month, lang, style)} ${year}`;
}

/**
 * A point or a range for people, sharing what both ends share:
 * "26 Mar – 8 Apr 2025", "3 – 9 Mar 2025", "Dec 2024 – Jan 2025", "2029 – 2030".
 */
export function formatSpan(start: string, end: string | null | undefined, lang = 'en', style: MonthStyle = 'short'): string {
	// A listing prints the same few thousand spans a hundred thousand times, twice (measured, then printed).
	return remembered(spans, `${start}|${end ?? ''}|${lang}|${style}`, () => spanText(start, end, lang, style));
}

const spans = new Map<string, string>();

/**
 * A span as the dataset writes it ("2025-03-26 2025-04-08") and as people write it in each
 * language, months short and in full ("26 Maret – 8 April 2025"), each once: what the finder
 * searches an event's date by. Made once a span, as a build asks for the same few thousand spans
 * a hundred thousand times.
 */
export function spanForms(start: string, end: string | null | undefined): readonly string[] {
	return remembered(forms, `${start}|${end ?? ''}`, () => {
		// A single day in full has its day of the week, as articles date it ("Selasa, 25 Maret
		// 2025"), and the Indonesian press's short form ("Selasa (25/3)") as a text of its own: it
		// is five errors from the long form, more than the finder lets a 13-character query take.
		const oneDay = (!end || end === start) && precisionOf(start) === 'day';
		const inFull = (lang: string) => (oneDay ? dayInFull(start, lang) : formatSpan(start, end, lang, 'long'));
		const press = oneDay ? [pressDate(start)] : [];
		return [...new Set([end ? `${start} ${end}` : start, formatSpan(start, end, 'id'), formatSpan(start, end, 'en'), inFull('id'), inFull('en'), ...press])];
	});
}

const WEEKDAYS = {
	en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
	id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
} as const;

/** The day of the week of a date: 0 Sunday (Minggu) … 6 Saturday (Sabtu). */
export function weekdayNumber(date: string): number {
	// Day 0 (1 January 1970) was a Thursday.
	return (((firstDay(date) + 4) % 7) + 7) % 7;
}

/** A day-precise date with its day of the week, as articles write it: "Selasa, 25 Maret 2025", "Tuesday, 25 March 2025". */
export function dayInFull(date: string, lang: string): string {
	return `${WEEKDAYS[lang === 'id' ? 'id' : 'en'][weekdayNumber(date)]}, ${formatDate(date, lang, 'long')}`;
}

/** A day as the Indonesian press dates it, its day of the week and day/month: "Selasa (25/3)". */
export function pressDate(date: string): string {
	const {month, day} = dateParts(date);
	return `${WEEKDAYS.id[weekdayNumber(date)]} (${day}/${month})`;
}

const forms = new Map<string, readonly string[]>();

function spanText(start: string, end: string | null | undefined, lang: string, style: MonthStyle): string {
	if (!end || end === start) return formatDate(start, lang, style);
	const a = dateParts(start);
	const b = dateParts(end);
	const full = `${formatDate(start, lang, style)} – ${formatDate(end, lang, style)}`;
	// Only ends written at the same precision share their month or year ("Feb 2025 – 10 Feb 2025").
	if (precisionOf(start) !== precisionOf(end) || a.year !== b.year || a.month === undefined || b.month === undefined) return full;
	if (a.day === undefined || b.day === undefined) return `${monthName(a.month, lang, style)} – ${formatDate(end, lang, style)}`;
	if (a.month === b.month) return `${a.day} – ${formatDate(end, lang, style)}`;
	return `${a.day} ${monthName(a.month, lang, style)} – ${formatDate(end, lang, style)}`;
}
