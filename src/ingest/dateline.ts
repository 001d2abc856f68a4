/**
 * The dateline at the head of an Indonesian news page — "Koran-jakarta.com || Rabu, 26 Mar 2025,
 * 01:00 WIB" — read into the outlet and the publication date-time with its UTC offset.
 */
import {addDays, isoDate} from './calendar.js';
import {MONTHS, MONTH_PATTERN, WEEKDAY_PATTERN} from './lexicon.js';
import type {Span} from './spans.js';

/** Indonesia's three time zones and their offsets. */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {WIB: '+07:00', WITA: '+08:00', WIT: '+09:00'};

export interface Dateline {
	/** The whole dateline line. */
	readonly line: Span;
	/** The date, time and zone within it ("Rabu, 26 Mar 2025, 01:00 WIB"). */
	readonly dateSpan: Span;
	/** The outlet as printed before the date ("Koran-jakarta.com"), if any. */
	readonly outletPrinted?: string;
	readonly outletSpan?: Span;
	/** ISO date-time with offset: "2025-03-26T01:00+07:00". */
	readonly published: string;
	/** The zone as printed (WIB, WITA, WIT), if printed. */
	readonly timezone?: string;
	/** The local calendar date of publication. */
	readonly date: string;
	/**
	 * The day the text speaks from, against which "hari ini" and "saat ini" are read: the
	 * publication date, or the day before for a page put out before 06:00 (a night edition is
	 * written the evening before).
	 */
	readonly reportingDay: string;
}

const DATE_WORDS = new RegExp(
	`(?:(?:${WEEKDAY_PATTERN})\\s*,?\\s*)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})`,
	'i',
);
const DATE_NUMBERS = new RegExp(`(?:(?:${WEEKDAY_PATTERN})\\s*,?\\s*)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})`, 'i');
const TIME_AND_ZONE = /^\s*[,|–-]?\s*(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:\s*(WITA|WIB|WIT)\b)?/i;
const ZONE_ONLY = /^\s*[,|–-]?\s*(WITA|WIB|WIT)\b/i;
/** Only the first lines of a page can hold its dateline. */
const LINES_SEARCHED = 5;

/** Find and read the dateline among the first lines of a text. */
export function findDateline(text: string): Dateline | undefined {
	let offset = 0;
	let seen = 0;
	for (const rawLine of text.split('\n')) {
		const lineStart = offset;
		offset += rawLine.length + 1;
		if (rawLine.trim() === '') continue;
		if (++seen > LINES_SEARCHED) break;
		if (rawLine.length > 160) continue;
		const found = readDateline(rawLine, lineStart);
		if (found) return found;
	}
	return undefined;
}

function readDateline(line: string, lineStart: number): Dateline | undefined {
	const words = DATE_WORDS.exec(line);
	const numbers = words ? null : DATE_NUMBERS.exec(line);
	const match = words ?? numbers;
	if (!match) return undefined;
	const day = Number(match[1]);
	const month = words ? MONTHS[(match[2] ?? '').toLowerCase()] : Number(match[2]);
	const date = month === undefined ? undefined : isoDate(Number(match[3]), month, day);
	if (date === undefined) return undefined;

	let end = match.index + match[0].length;
	const rest = line.slice(end);
	const timed = TIME_AND_ZONE.exec(rest);
	const zoned = timed ? null : ZONE_ONLY.exec(rest);
	let time = '00:00';
	let zone: string | undefined;
	if (timed) {
		const hour = Number(timed[1]);
		const minute = Number(timed[2]);
		if (hour > 23 || minute > 59) return undefined;
		time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
		zone = timed[3]?.toUpperCase();
		end += timed[0].length;
	} else if (zoned) {
		zone = zoned[1]?.toUpperCase();
		end += zoned[0].length;
	}
	const early = timed !== null && Number(time.slice(0, 2)) < 6;

	const before = line.slice(0, match.index);
	const outletPrinted = before.replace(/[\s|·•,–-]+$/u, '').trim();
	const outletStart = before.indexOf(outletPrinted);
	const trimmedStart = line.length - line.trimStart().length;
	return {
		line: {start: lineStart + trimmedStart, end: lineStart + line.trimEnd().length},
		dateSpan: {start: lineStart + match.index, end: lineStart + end},
		...(outletPrinted === '' ? {} : {outletPrinted, outletSpan: {start: lineStart + outletStart, end: lineStart + outletStart + outletPrinted.length}}),
		// Without a printed zone, WIB — the zone of most of Indonesia's newsrooms — is assumed.
		published: `${date}T${time}${ZONE_OFFSETS[zone ?? 'WIB']}`,
		...(zone === undefined ? {} : {timezone: zone}),
		date,
		reportingDay: early ? addDays(date, -1) : date,
	};
}

/** An outlet's name for people from its printed form: "Koran-jakarta.com" → "Koran Jakarta". */
export function outletName(printed: string): string {
	const bare = printed.replace(/\.(?:co\.id|com|id|co|net|org|news|tv)$/i, '');
	if (bare === printed && !/[-_]/.test(printed)) return printed;
	return bare
		.replace(/[-_]+/g, ' ')
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.split(' ')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}
