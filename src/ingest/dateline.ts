/**
 * The dateline at the head of an Indonesian news page — "Koran-jakarta.com || Rabu, 26 Mar 2025,
 * 01:00 WIB" — read into the outlet and the publication date-time with its UTC offset.
 */
import {addDays, indonesianDate, isoDate, weekdayOf} from './calendar.js';
import {chromeLine, isProse} from './chrome.js';
import {MONTHS, MONTH_PATTERN, WEEKDAY_PATTERN, weekdayNumber} from './lexicon.js';
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
	/** What a careful reader would say of the line: a weekday that contradicts its date. */
	readonly note?: string;
}

const DATE_WORDS = new RegExp(
	`(?:(${WEEKDAY_PATTERN})\\s*,?\\s*)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})`,
	'i',
);
const DATE_NUMBERS = new RegExp(`(?:(${WEEKDAY_PATTERN})\\s*,?\\s*)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})`, 'i');
/** "date 2023-10-31", "2025-05-14 18:20": the ISO order some pages print. */
const DATE_ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])(?:T(?=\d))?/;
const TIME_AND_ZONE = /^\s*(?:[,|–-]|\|\|)?\s*(?:pukul\s+|jam\s+)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s*(WITA|WIB|WIT)\b)?/i;
const ZONE_ONLY = /^\s*[,|–-]?\s*(WITA|WIB|WIT)\b/i;
/** Words that label a date line without naming an outlet: "Diterbitkan: …", "date …". */
const LABEL = /^(?:Diterbitkan|Dipublikasikan|Dipublikasi|Terbit|Tayang|Diposting|Posted|Published|Dibuat|Date|Tanggal|Waktu|Jakarta)\s*:?\s*$/i;
/** A date line that says when the page was changed, not when it came out. */
export const UPDATED = /^(?:Diperbarui|Diupdate|Update|Updated|Terakhir diperbarui|Last updated)\b/i;
/** What a date line prints besides its date: a clock time, a zone, a label ("Update", "Diperbarui", "pukul"), separators. */
const STAMP_WORD = /(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|WIB|WITA|WIT|pukul|jam|Diperbarui|Diupdate|Update|Updated|Terakhir|Last|Diterbitkan|Dipublikasikan|Terbit|Tayang|Diposting|Posted|Published|[-–—|,:•·])/giu;

/** Whether words say nothing but when, as a date line's leftovers do ("22:05 WIB", "Update"): never a happening's title. */
export function onlyStamp(words: string): boolean {
	return !/[\p{L}\p{N}]/u.test(words.replace(STAMP_WORD, ''));
}

/** How many lines are searched when no layout tells where the header block ends. */
const LINES_SEARCHED = 25;

/** Find and read the dateline in the header block of a text (its lines before the story starts). */
export function findDateline(text: string): Dateline | undefined {
	let offset = 0;
	let seen = 0;
	let updated: Dateline | undefined;
	for (const rawLine of text.split('\n')) {
		const lineStart = offset;
		offset += rawLine.length + 1;
		if (rawLine.trim() === '') continue;
		if (++seen > LINES_SEARCHED) break;
		const found = datelineOfLine(rawLine, lineStart);
		if (found && !UPDATED.test(rawLine.trim())) return found;
		updated ??= found;
		if (isProse(rawLine.trim())) break;
	}
	return updated;
}

/** The dateline a line of the header block prints, unless it is a caption or a sentence of the story. */
export function datelineOfLine(line: string, lineStart: number): Dateline | undefined {
	const trimmed = line.trim();
	if (trimmed.length > 160 || chromeLine(trimmed) === 'caption' || isProse(trimmed)) return undefined;
	return readDateline(line, lineStart);
}

function readDateline(line: string, lineStart: number): Dateline | undefined {
	const words = DATE_WORDS.exec(line);
	const numbers = words ? null : DATE_NUMBERS.exec(line);
	const iso = words || numbers ? null : DATE_ISO.exec(line);
	const match = words ?? numbers ?? iso;
	if (!match) return undefined;
	const weekdayPrinted = iso ? undefined : match[1];
	const day = Number(iso ? match[3] : match[2]);
	const month = words ? MONTHS[(match[3] ?? '').toLowerCase()] : Number(iso ? match[2] : match[3]);
	const date = month === undefined ? undefined : isoDate(Number(iso ? match[1] : match[4]), month, day);
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
	const outletPrinted = outletBefore(before);
	const outletStart = outletPrinted === undefined ? -1 : before.indexOf(outletPrinted);
	const trimmedStart = line.length - line.trimStart().length;
	const printedWeekday = weekdayPrinted === undefined ? undefined : weekdayNumber(weekdayPrinted);
	const contradicted = printedWeekday !== undefined && printedWeekday !== weekdayOf(date);
	return {
		line: {start: lineStart + trimmedStart, end: lineStart + line.trimEnd().length},
		dateSpan: {start: lineStart + match.index, end: lineStart + end},
		...(outletPrinted === undefined ? {} : {outletPrinted, outletSpan: {start: lineStart + outletStart, end: lineStart + outletStart + outletPrinted.length}}),
		// Without a printed zone, WIB — the zone of most of Indonesia's newsrooms — is assumed.
		published: `${date}T${time}${ZONE_OFFSETS[zone ?? 'WIB']}`,
		...(zone === undefined ? {} : {timezone: zone}),
		date,
		reportingDay: early ? addDays(date, -1) : date,
		...(contradicted && weekdayPrinted ? {note: `Tertulis "${weekdayPrinted}", padahal ${indonesianDate(date)}; tanggal dipakai seperti tertulis.`} : {}),
	};
}

/**
 * The outlet printed before the date, if what stands there names one: a domain
 * ("Kompas.com - 26/03/2025"), or any name before a bar ("Suara Pantura || Kamis, …"); never a
 * label ("Diterbitkan:") or a credit ("Penulis: …").
 */
function outletBefore(before: string): string | undefined {
	const barred = /(?:\|\|?|·|•)\s*$/.test(before);
	const printed = before.replace(/[\s|·•,–-]+$/u, '').trim();
	if (printed === '' || printed.length > 40 || LABEL.test(printed) || /[:]/.test(printed) || /\|/.test(printed)) return undefined;
	const domain = /^[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u.test(printed);
	return domain || barred ? printed : undefined;
}

/**
 * The outlet's name as a page's own metadata gives it (og:site_name "JabarKini.id"): as printed,
 * domain ending and all; only a name shouted in capitals ("SULTRAPOS.COM") is titled.
 */
export function siteName(printed: string): string {
	return /\p{Ll}/u.test(printed) ? printed : outletName(printed);
}

/** An outlet's name for people from its printed form: "Koran-jakarta.com" → "Koran Jakarta". */
export function outletName(printed: string): string {
	const bare = printed.replace(/\.(?:co\.id|com|id|co|net|org|news|tv)$/i, '');
	// "REPUBLIKA.CO.ID" is Republika: a name in capitals is titled.
	if (bare !== printed && /^[\p{Lu}\p{N}]+$/u.test(bare) && bare.length > 4) return bare.charAt(0) + bare.slice(1).toLowerCase();
	// "LINTAS KALTIM" is Lintas Kaltim; as above, a word of four capitals or fewer may be an acronym ("SUARA NTT", "TVRI").
	if (bare === printed && /\p{Lu}{5}/u.test(printed) && /^[\p{Lu}\p{N} ]+$/u.test(printed)) {
		return printed.replace(/[\p{Lu}\p{N}]{5,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
	}
	if (bare === printed && !/[-_]/.test(printed)) return printed;
	return bare
		.replace(/[-_]+/g, ' ')
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.split(' ')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}
