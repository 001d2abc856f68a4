/**
 * Calendar dates found by chrono-node's Indonesian parser: "26 Maret hingga 8 April 2025",
 * "Rabu, 2 April 2025", "Mei 2025", "sejak Juli". Relative words ("kemarin", "pekan lalu") and
 * bare weekdays are left to relativeDates.ts, which reads them against the reporting day.
 */
import * as chrono from 'chrono-node';
import type {ParsedComponents} from 'chrono-node';
import type {Precision} from '../model/schema.js';
import {guessYear, isoDate} from './calendar.js';
import type {DateContext, FoundDate} from './found.js';
import type {Span} from './spans.js';

// Indonesian never writes the month before the day; chrono's middle-endian parser would read
// "2 April, 12 orang" as 12 April, so it is left out.
const configuration = chrono.id.createCasualConfiguration();
configuration.parsers = configuration.parsers.filter((parser) => !parser.constructor.name.includes('MiddleEndian'));
const indonesian = new chrono.Chrono(configuration);

/** Words that make an expression relative to the reporting day: relativeDates.ts reads those. */
const RELATIVE = /\b(?:ini|lalu|depan|kemarin|besok|lusa|mendatang|berikutnya|sekarang|nanti|tadi|semalam)\b/i;
/** Words before a bare month name that show it is a date ("sejak Juli"), not a name ("Mei Lestari"). */
const MONTH_CUE = /\b(?:pada|sejak|mulai|hingga|sampai|bulan|awal|akhir|pertengahan|medio|sebelum|setelah|sesudah|selepas|jelang|menjelang|selama|sepanjang|per)\s+$/i;

const TRAILING_TIME = /(?:\s*,\s*|\s+)(?:pukul\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT))?$/i;

interface Parts {
	readonly year?: number;
	readonly month: number;
	readonly day?: number;
	readonly weekday?: number;
}

function partsOf(components: ParsedComponents): Parts | undefined {
	const certain = (name: 'year' | 'month' | 'day' | 'weekday') => (components.isCertain(name) ? components.get(name) ?? undefined : undefined);
	const month = certain('month');
	if (month === undefined) return undefined;
	const year = certain('year');
	const day = certain('day');
	const weekday = certain('weekday');
	return {month, ...(year === undefined ? {} : {year}), ...(day === undefined ? {} : {day}), ...(weekday === undefined ? {} : {weekday})};
}

function format(parts: Parts, year: number, precision: Precision): string | undefined {
	if (precision === 'year') return String(year);
	return isoDate(year, parts.month, precision === 'day' ? parts.day : undefined);
}

/** Words before a date that put it in the past: "sejak Januari". */
const SINCE_BEFORE = /(?:^|\s)(?:sejak|semenjak)\s+$/iu;
/** Words after a date that put it in the past: "Januari lalu". */
const AGO_AFTER = /^\s+(?:lalu|yang\s+lalu|kemarin)(?![\p{L}])/iu;
/** Words after a date that put it ahead, whatever comes before: "sejak 5 Januari mendatang". */
const AHEAD_AFTER = /^\s+(?:mendatang|depan|nanti)(?![\p{L}])/iu;

/** Dates chrono finds in one sentence. */
export function chronoDates(text: string, sentence: Span, context: DateContext): FoundDate[] {
	const slice = text.slice(sentence.start, sentence.end);
	const reference = {instant: new Date(`${context.reportingDay}T12:00:00Z`), timezone: 0};
	const found: FoundDate[] = [];
	for (const result of indonesian.parse(slice, reference)) {
		const tags = [...result.tags()];
		if (tags.some((tag) => tag.startsWith('casualReference') || tag.startsWith('result/relativeDate'))) continue;
		if (RELATIVE.test(result.text)) continue;
		const start = partsOf(result.start);
		if (!start) continue;
		const end = result.end ? partsOf(result.end) : undefined;
		const before = slice.slice(0, result.index);
		const after = slice.slice(result.index + result.text.length);
		if (tags.includes('parser/SlashDateFormatParser') && start.year === undefined && !(/\(\s*$/.test(before) && /^\s*\)/.test(after))) continue;
		if (start.day === undefined && start.year === undefined && !end && !MONTH_CUE.test(before)) continue;

		const precision: Precision = start.day !== undefined && (!end || end.day !== undefined) ? 'day' : 'month';
		const monthDay = (parts: Parts) => parts.month * 100 + (parts.day ?? 1);
		let startYear = start.year;
		let endYear = end?.year;
		if (startYear === undefined && endYear !== undefined && end) startYear = monthDay(start) <= monthDay(end) ? endYear : endYear - 1;
		// "sejak Januari", "Januari lalu": a time gone by, whichever January is nearer.
		const past = (SINCE_BEFORE.test(before) || AGO_AFTER.test(after)) && !AHEAD_AFTER.test(after);
		startYear ??= guessYear(context.reportingDay, start.month, start.day ?? (past ? 1 : 15), start.weekday, past);
		if (end && endYear === undefined) endYear = monthDay(start) <= monthDay(end) ? startYear : startYear + 1;

		const startDate = format(start, startYear, precision);
		const endDate = end && endYear !== undefined ? format(end, endYear, precision) : undefined;
		if (startDate === undefined || (end && endDate === undefined)) continue;
		// chrono joins a time to the date ("2 April, 12" reading "12" as noon); the date's words end before it.
		const time = result.start.isCertain('hour') ? TRAILING_TIME.exec(result.text) : null;
		const length = result.text.length - (time?.[0].length ?? 0);
		found.push({
			span: {start: sentence.start + result.index, end: sentence.start + result.index + length},
			start: startDate,
			...(endDate !== undefined && endDate !== startDate ? {end: endDate} : {}),
			precision,
			certainty: 'stated',
		});
	}
	return found;
}
