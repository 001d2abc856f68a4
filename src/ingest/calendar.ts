/**
 * Calendar arithmetic on ISO dates ("2025-03-26"), with no time zone involved: day numbers from
 * the model's dates.ts, weekdays, weeks that run Monday to Sunday as Indonesian calendars do.
 */
import {dayInFull, firstDay, isoDay, isRealDate, lastDay, precisionOf, weekdayNumber} from '../model/dates.js';

/** The ISO date `days` days after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
	return isoDay(firstDay(date) + days);
}

/** The weekday of an ISO date: 0 Sunday (Minggu) … 6 Saturday (Sabtu). */
export const weekdayOf = weekdayNumber;

/** The Monday-to-Sunday week that holds `date`, shifted by `weeks` weeks. */
export function weekAround(date: string, weeks = 0): {start: string; end: string} {
	const monday = addDays(date, -((weekdayOf(date) + 6) % 7) + 7 * weeks);
	return {start: monday, end: addDays(monday, 6)};
}

/** "YYYY-MM" of `date` shifted by `months` months. */
export function monthOf(date: string, months = 0): string {
	const year = Number(date.slice(0, 4));
	const index = year * 12 + Number(date.slice(5, 7)) - 1 + months;
	return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The units a text counts time in ("dua hari", "sepekan", "tiga bulan", "setahun"). */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

/** Whether `date` lies in the years 0000–9999, the only ones a dataset's dates are written in. */
export function inCalendar(date: string): boolean {
	return /^\d{4}(?:-\d{2}){0,2}$/.test(date);
}

/** The most days of each unit, and the most days a count can span and still end inside those years. */
const DAYS_OF_UNIT: Readonly<Record<CalendarUnit, number>> = {day: 1, week: 7, month: 31, year: 366};
const CALENDAR_DAYS = 10_000 * 366;

/**
 * Whether `count` of `unit` fits in the calendar at all: "74.000 tahun lalu" (the eruption of Toba)
 * or "999.999.999 hari" reach past the year 0000, where no date of a dataset lies (and past what
 * Date can hold).
 */
export function countFits(unit: CalendarUnit, count: number): boolean {
	return Math.abs(count) * DAYS_OF_UNIT[unit] <= CALENDAR_DAYS;
}

const UNIT_OF_PRECISION = {day: 'day', month: 'month', year: 'year'} as const;

/**
 * `date` moved by `count` days, weeks, months or years, at its own precision ("2025-12-05" less two
 * days is "2025-12-03"; "2025-07" plus two months is "2025-09"; 31 January plus a month is the last
 * of February), or undefined when the unit is finer than the date (days from a month).
 */
export function shiftDate(date: string, unit: CalendarUnit, count: number): string | undefined {
	const precision = precisionOf(date);
	if (precision === 'year') return unit === 'year' ? String(Number(date) + count).padStart(4, '0') : undefined;
	if (unit === 'month' || unit === 'year') {
		const month = monthOf(date, unit === 'year' ? 12 * count : count);
		if (precision === 'month') return month;
		const last = isoDay(lastDay(month));
		const same = `${month}${date.slice(7)}`;
		return same <= last ? same : last;
	}
	return precision === 'day' ? addDays(date, unit === 'week' ? 7 * count : count) : undefined;
}

/**
 * Where a count of `unit`s before (`by` -1) or after (`by` 1) a coarser `date` starts: its first or
 * last day, as a day for days and weeks and as a month for months ("2029" before "seribu hari" is
 * 1 January 2029, after "tiga bulan" December 2029); `date` itself when the count is no finer.
 */
export function countingEdge(date: string, unit: CalendarUnit, by: -1 | 1): string {
	if (shiftDate(date, unit, 0) !== undefined) return date;
	const day = isoDay(by < 0 ? firstDay(date) : lastDay(date));
	return unit === 'month' ? monthOf(day) : day;
}

/** The day, month or year just before (`by` -1) or after (`by` 1) `date`, at its own precision: "2025-12" gives "2025-11" and "2026-01". */
export function adjacentUnit(date: string, by: -1 | 1): string {
	return shiftDate(date, UNIT_OF_PRECISION[precisionOf(date)], by) ?? date;
}

/** An ISO date from numbers, or undefined if no such day exists (31 April). */
export function isoDate(year: number, month: number, day?: number): string | undefined {
	if (month < 1 || month > 12) return undefined;
	const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
	if (day === undefined) return ym;
	const date = `${ym}-${String(day).padStart(2, '0')}`;
	return day >= 1 && day <= 31 && isRealDate(date) ? date : undefined;
}

/**
 * The year to give a day and month printed without one: of the years around the reference, the
 * one whose date lies closest to it, and, when a weekday is printed beside the date, one whose
 * date falls on that weekday ("Selasa (25/3)" in 2025, not 2024); `past`, one before it or at
 * most a month after ("sejak Januari" written in August is this year's January, not the next).
 */
export function guessYear(reference: string, month: number, day: number, weekday?: number, past = false): number {
	const year = Number(reference.slice(0, 4));
	const candidates = [year - 1, year, year + 1]
		.map((y) => ({y, date: isoDate(y, month, day)}))
		// A month ahead still: "berlaku sejak 10 Agustus" written on 6 August is days away.
		.filter((c): c is {y: number; date: string} => c.date !== undefined && (!past || firstDay(c.date) <= firstDay(reference) + 31));
	const fitting = weekday === undefined ? candidates : candidates.filter((c) => weekdayOf(c.date) === weekday);
	const pool = fitting.length > 0 ? fitting : candidates;
	const distance = (date: string) => Math.abs(firstDay(date) - firstDay(reference));
	pool.sort((a, b) => distance(a.date) - distance(b.date));
	return pool[0]?.y ?? year;
}

/** An ISO date in Indonesian words: "Rabu, 26 Maret 2025". */
export function indonesianDate(date: string): string {
	return dayInFull(date, 'id');
}
