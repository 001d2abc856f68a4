/**
 * The date forms chrono-node misses or reads without the newsroom's conventions:
 * "Selasa (25/3)" (chrono splits it in two), "kemarin", "saat ini", "pekan lalu", "tiga hari lalu",
 * bare weekdays ("Kamis") read as the last such day before the reporting day (the next in a
 * sentence about plans, see pointsAhead), and years
 * ("pada 2030", "akhir 2025"). Everything relative is read against the reporting day and marked
 * inferred, with a note that says how.
 */
import {addDays, countFits, guessYear, inCalendar, isoDate, monthOf, weekAround, weekdayOf, type CalendarUnit} from './calendar.js';
import {formatDate} from '../model/dates.js';
import {matchSpan, type DateContext, type FoundDate} from './found.js';
import {AFTER_CUES, BEFORE_CUES, COUNTED_UNIT, countedUnit, REASON_CONJUNCTIONS, SUPERLATIVE, UNTIL_WORDS, WEEKDAY_PATTERN, weekdayNumber} from './lexicon.js';
import type {Span} from './spans.js';

type Rule = (slice: string, offset: number, context: DateContext) => FoundDate[];

const inferred = (span: Span, words: string, context: DateContext, dates: Pick<FoundDate, 'start' | 'end' | 'precision'>): FoundDate => ({
	span,
	...dates,
	certainty: 'inferred',
	note: `Disimpulkan: "${words}" ${context.basis}.`,
});

/** Weekday names by number, 0 Sunday … 6 Saturday, as notes print them. */
const WEEKDAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const WEEKDAY_WITH_NUMBERS = new RegExp(`\\b(${WEEKDAY_PATTERN})\\s*\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)`, 'giu');

/** "Selasa (25/3)", "Minggu (13/4/2025)": the weekday picks the year when none is printed. */
const weekdayWithNumbers: Rule = (slice, offset, context) =>
	[...slice.matchAll(WEEKDAY_WITH_NUMBERS)].flatMap((match) => {
		const weekday = weekdayNumber(match[1] ?? '');
		const day = Number(match[2]);
		const month = Number(match[3]);
		const printedYear = match[4] === undefined ? undefined : Number(match[4].length === 2 ? `20${match[4]}` : match[4]);
		const year = printedYear ?? guessYear(context.reportingDay, month, day, weekday);
		const date = isoDate(year, month, day);
		if (date === undefined) return [];
		// A weekday the date does not fall on is a slip in the text: the printed date is kept, and the note says so for a fact-checker.
		const slip = weekday !== undefined && weekdayOf(date) !== weekday;
		const note = slip ? `Hari tertulis ${match[1]}, tetapi ${formatDate(date, 'id', 'long')} jatuh pada hari ${WEEKDAY_NAMES[weekdayOf(date)]}; tanggal yang tertulis dipakai.` : undefined;
		return [{span: matchSpan(match, offset), start: date, precision: 'day' as const, certainty: 'stated' as const, ...(note ? {note} : {})}];
	});

const UNITS_AGO = new RegExp(`\\b${COUNTED_UNIT}\\s+(?:yang\\s+)?(?:lalu|silam)\\b`, 'giu');
/** "dua hari lagi", "sepekan lagi", "tiga bulan lagi": so long from the reporting day (or the day told). */
const UNITS_AHEAD = new RegExp(`\\b${COUNTED_UNIT}\\s+lagi\\b`, 'giu');
const UNIT_SHIFT = /\b(akhir\s+)?(pekan|minggu|bulan|tahun)\s+(ini|lalu|yang\s+lalu|kemarin|depan|mendatang|berikutnya)\b/giu;

function shifted(unit: string, by: number, weekend: boolean, context: DateContext): Pick<FoundDate, 'start' | 'end' | 'precision'> {
	const day = context.reportingDay;
	switch (unit.toLowerCase()) {
		case 'hari':
			return {start: addDays(day, by), precision: 'day'};
		case 'bulan':
			return {start: monthOf(day, by), precision: 'month'};
		case 'tahun':
			return {start: String(Number(day.slice(0, 4)) + by).padStart(4, '0'), precision: 'year'};
		default: {
			const week = weekAround(day, by);
			return weekend ? {start: addDays(week.end, -1), end: week.end, precision: 'day'} : {...week, precision: 'day'};
		}
	}
}

/** "tertinggi … tahun ini", "sepanjang tahun ini": a record or a tally over the period, not a dated event. */
const AGGREGATE_BEFORE = new RegExp(`(?:\\b${SUPERLATIVE}|\\bsepanjang|\\bselama|\\bsejauh)\\s+(?:\\S+\\s+){0,4}$`, 'iu');

/**
 * A fraction or an amount of units just before "tahun lalu" or "pekan depan": "2,5 tahun lalu",
 * "setengah tahun lalu", "beberapa pekan lalu", "puluhan tahun lalu": time ago that is no count
 * COUNTED_UNIT reads, and not last year or last week either. (A whole number there is read as a
 * count; past the calendar, "5.000 tahun lalu" may as well be five thousand visitors last year.)
 */
const QUANTITY_BEFORE = /(?:\p{N},\p{N}+|(?<![\p{L}])(?:setengah|seperempat|beberapa|belasan|puluhan|ratusan|ribuan))\s+$/iu;

/** "selama" before a count ahead: "selama tiga hari lagi" is a duration from now, not a day. */
const DURATION_BEFORE = /(?<![\p{L}])selama\s+$/iu;

/**
 * From the reporting day through `count` units ahead: "ditutup selama tiga hari lagi" runs until then,
 * as "hingga Senin" does, in the unit's precision.
 */
function aheadThrough(unit: CalendarUnit, count: number, context: DateContext): Pick<FoundDate, 'start' | 'end' | 'precision'> {
	const day = context.reportingDay;
	if (unit === 'month') return {start: monthOf(day), end: monthOf(day, count), precision: 'month'};
	if (unit === 'year') return {start: day.slice(0, 4), end: String(Number(day.slice(0, 4)) + count).padStart(4, '0'), precision: 'year'};
	return {start: day, end: addDays(day, unit === 'week' ? 7 * count : count), precision: 'day'};
}

/** The dates of counted units ago (`sign` −1: "tiga hari lalu") or ahead (+1: "dua hari lagi") in a slice. */
function countedShifts(slice: string, offset: number, context: DateContext, pattern: RegExp, sign: 1 | -1): FoundDate[] {
	return [...slice.matchAll(pattern)].flatMap((match) => {
		const {count, unit} = countedUnit(match[1] ?? '', match[2] ?? '');
		// A count that reaches past the calendar ("74.000 tahun lalu") dates nothing a dataset can hold.
		if (!countFits(unit, count)) return [];
		const before = slice.slice(0, match.index ?? 0);
		const duration = sign === 1 ? DURATION_BEFORE.exec(before) : null;
		const dates = duration ? aheadThrough(unit, count, context) : shifted(match[2] ?? '', sign * count, false, context);
		const span = matchSpan(match, offset);
		const from = duration ? span.start - duration[0].length : span.start;
		// So long ago or ahead places what happened, as a cue does: it outranks the day it was told.
		const found = {...inferred({start: from, end: span.end}, slice.slice(from - offset, span.end - offset), context, dates), cued: true as const};
		return inCalendar(dates.end ?? dates.start) ? [found] : [];
	});
}

/** "tiga hari lalu", "dua hari lagi", "pekan lalu", "bulan depan", "akhir pekan ini", "tahun lalu". */
const relativeUnits: Rule = (slice, offset, context) => [
	...countedShifts(slice, offset, context, UNITS_AGO, -1),
	...countedShifts(slice, offset, context, UNITS_AHEAD, 1),
	...[...slice.matchAll(UNIT_SHIFT)].filter((match) => !(/ini/i.test(match[3] ?? '') ? AGGREGATE_BEFORE : QUANTITY_BEFORE).test(slice.slice(0, match.index ?? 0))).map((match) => {
		const modifier = (match[3] ?? '').toLowerCase();
		const by = modifier === 'ini' ? 0 : /lalu|kemarin/.test(modifier) ? -1 : 1;
		return inferred(matchSpan(match, offset), match[0], context, shifted(match[2] ?? '', by, match[1] !== undefined, context));
	}),
];

/**
 * "awal bulan", "akhir bulan ini": the month the article speaks from, at month precision. The day
 * it starts or ends on is read where a preposition says which edge matters ("sejak awal bulan",
 * "hingga akhir bulan", see monthEdgeRange in dates.ts). "setiap awal bulan" recurs and "awal bulan
 * Ramadan" names another month, so neither is this one; "awal bulan Desember" is chrono's. No
 * "i" flag: with it, \p{Lu} matches lower-case letters too. Bare, with neither "ini" nor a
 * preposition facing the edge, it is often a habit ("Gaji dibayar akhir bulan."), no date.
 */
const MONTH_EDGE = /(?<![\p{L}])(?<!(?:[Ss]etiap|[Tt]iap|[Ss]aban)\s+)(?:(?<=(?:[Ss]ejak|[Mm]ulai|[Hh]ingga|[Ss]ampai(?:\s+dengan)?)\s+)(?:[Aa]wal|[Aa]khir|[Pp]ertengahan)\s+bulan(?:\s+ini)?|(?:[Aa]wal|[Aa]khir|[Pp]ertengahan)\s+bulan\s+ini)(?![\p{L}])(?!\s+(?:\p{Lu}|(?:puasa|suci|lalu|yang\s+lalu|kemarin|depan|mendatang|berikutnya)(?![\p{L}])))/gu;

const monthEdges: Rule = (slice, offset, context) =>
	[...slice.matchAll(MONTH_EDGE)].map((match) => inferred(matchSpan(match, offset), match[0], context, {start: monthOf(context.reportingDay), precision: 'month'}));

const BARE_WEEKDAY = new RegExp(
	`(?<![\\p{L}])(hari\\s+|pada\\s+)?(${WEEKDAY_PATTERN})(?![\\p{L}])(?:\\s+(?:(pekan|minggu)\\s+)?(lalu|yang\\s+lalu|kemarin|depan|mendatang|berikutnya|ini))?`,
	'gu',
);
/** "setiap Senin dan Kamis": a weekday that recurs is no date. */
const RECURRING = new RegExp(`\\b(?:setiap|tiap|saban)\\s+(?:hari\\s+)?(?:(?:${WEEKDAY_PATTERN})\\s*(?:,|dan|atau|hingga|sampai|-|–)\\s*)*$`, 'iu');
const FUTURE = /\b(?:akan|bakal|dijadwalkan|direncanakan|rencananya|berencana|mendatang|nanti)\b/i;
/**
 * What people are asked, told or forbidden to do ("Warga diminta … hingga Senin", "Pemkot meminta
 * warga … hingga Jumat", "dilarang melintas hingga Senin"): ahead, like a tense word, but only in a
 * weekday's clause after a cue: before a bare weekday, "diminta keterangan Senin" is a witness
 * questioned last Monday, as "meminta keterangan" is questioning in any clause. A spoken quotation
 * asks without the prefix: "Warga kami minta mengungsi hingga Senin".
 */
const DIRECTIVE = /\b(?:diminta|diimbau|dimohon|mengimbau|(?:me)?minta(?!\s+keterangan)|memerintahkan|menginstruksikan|melarang|dilarang)\b/i;
/**
 * A state still holding when it was told ("masih ditutup hingga Senin", "status diperpanjang hingga
 * Jumat", "berlaku hingga Senin"): what it lasts until is not past yet, as with a tense word. Without
 * one, "Tim SAR mencari korban hingga Senin" is a search that ended on the Monday before.
 */
const ONGOING = /\b(?:masih|diperpanjang|memperpanjang|berlaku)\b/i;
/** Verbs of finding or learning: not done "hingga" a day is how things stood on it, no state ahead. */
const NOT_DONE_AS_OF = ['menemukan', 'mendapat', 'berhasil', 'mengetahui', 'menyadari', 'mendengar', 'melihat', 'menerima', 'mengenali'];
/**
 * A closure, a suspension, a ban or a stay is a state told in the present ("Jalan ditutup hingga
 * Senin", "Sekolah diliburkan hingga Jumat", "Nelayan tidak melaut hingga Senin", "“Kami mengungsi
 * di balai desa hingga Jumat”"): it lasts to the coming weekday, as an ongoing word says. In a
 * quotation as out of one: "“Kami mencari korban hingga Senin malam, tapi hasilnya nihil”" is a
 * search that ended, as "Tim SAR mencari korban hingga Senin" is: an act, not a state. A negated
 * finding or learning ("tidak menemukan korban hingga Senin", "tak berhasil …",
 * "warga tidak mengetahui kejadian itu hingga Senin") is told as of a day, as "belum" is.
 */
const STATE = new RegExp(`(?<![\\p{L}])(?:tutup|ditutup|menutup|dibuka|libur|mengungsi|diungsikan|menginap|bertahan|dirawat|(?:ber)?jaga|(?:ber)?siaga|(?:di|me)liburkan|(?:di|me)nunda|ditunda|(?:di|meng)hentikan|(?:di|mem)batasi|disegel|(?:di|mem)berlakukan|(?:di|me)non-?aktifkan|(?:tidak|tak)\\s+(?:(?:akan|boleh|bisa|dapat)\\s+)?(?!${NOT_DONE_AS_OF.join('|')})(?:me|ber)\\p{L}+)(?![\\p{L}])`, 'iu');
/** A start told in the clause before the weekday ("sejak Jumat hingga Senin", "mulai 1 Desember … hingga Senin") narrates a span: a state or a quotation alone does not turn its end ahead. */
const STARTED = /(?<![\p{L}])(?:sejak|mulai)\s/iu;
/**
 * What was so as of a day, not until it: "Hingga Senin, korban masih belum ditemukan" (the phrase
 * opening its sentence) or "masih belum ditemukan hingga Senin" is the search's state on the
 * Monday before, not a state promised to hold to the next one.
 */
const AS_OF = /\bbelum\b/i;
/** Where a clause's reason or purpose begins: "masih ditutup hingga Rabu karena material belum dibersihkan" — its "belum" is the reason's, not the closure's. */
const SUBORDINATE = new RegExp(`\\b(?:${REASON_CONJUNCTIONS.join('|')})\\b`, 'i');
/** The cue (the last word before the weekday) opens its sentence: "Hingga Senin, …" sets the time a state is told as of. */
const CUE_OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+)\S+\s+$/u;
/** Words that say a thing is done: with a FUTURE word in the same clause, the tense is mixed. */
const DONE = /\b(?:sudah|telah|sempat|pernah|tadi)\b/i;
/** A cue that places a happening against the weekday after it: "sebelum", "menjelang", "hingga", "setelah". */
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BEFORE_CUES}|${AFTER_CUES}|${UNTIL_WORDS})\\s+$`, 'iu');
/** "hingga" or "sampai" just before the weekday: a state lasting up to it. */
const UNTIL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${UNTIL_WORDS})\\s+$`, 'iu');
/**
 * What was done next, told after the weekday ("Petugas menutup pintu air hingga Senin sore, lalu
 * membukanya kembali"): a sequence of acts told in order, finished, so the state ended on the
 * weekday before. A tense word still says otherwise ("…, lalu akan dibuka").
 */
const THEN = /^[^.!?;]*?,\s*(?:lalu|kemudian|setelah\s+itu|sesudah\s+itu|sebelum\s+akhirnya)\b/iu;

/** Where a clause after a weekday ends: a semicolon, or a comma and a conjunction (", dan akan …" is another clause). */
const CLAUSE_END = /;|,\s*(?:dan|tetapi|tapi|namun|sedangkan|sementara|serta|lalu|kemudian)\b/i;

/**
 * Whether a bare weekday is the next such day rather than the last. A tense word before it says so
 * ("Rapat akan digelar Kamis"). After a cue ("sebelum Senin", "hingga Jumat", "setelah Selasa") the
 * sentence is often turned round ("Sebelum Senin, dinas akan menutup jalan"; "… setelah Jumat,
 * rencananya …"), so a tense word anywhere in the weekday's clause says so too, unless the clause
 * also says something is done ("Setelah Jumat, jalan yang sudah retak akan ditutup"): mixed
 * evidence keeps the reading a tense word before it gives, as does a tense word in another clause
 * ("… hingga Senin, dan akan melanjutkan …") or none at all ("Jalan ditutup sebelum Senin").
 */
function pointsAhead(slice: string, start: number, end: number): boolean {
	const before = slice.slice(0, start);
	if (FUTURE.test(before)) return true;
	if (!CUE_BEFORE.test(before)) return false;
	const after = slice.slice(end);
	const clause = `${slice.slice(0, end)}${after.slice(0, CLAUSE_END.exec(after)?.index ?? after.length)}`;
	const main = clause.slice(0, end + (SUBORDINATE.exec(clause.slice(end))?.index ?? clause.length));
	const stillHolds = ONGOING.test(clause) || (STATE.test(main) && !STARTED.test(before));
	const holdsUntil = UNTIL_BEFORE.test(before) && stillHolds && !AS_OF.test(main) && !(THEN.test(after) && !FUTURE.test(after)) && !(CUE_OPENS_SENTENCE.test(before) && /^(?:\s+(?:pagi|siang|sore|malam))?\s*,/iu.test(after));
	return (FUTURE.test(clause) || DIRECTIVE.test(clause) || holdsUntil) && !DONE.test(clause);
}

/** "Kamis", "Jumat lalu", "Senin depan": the weekday nearest the reporting day in that direction. */
const bareWeekdays: Rule = (slice, offset, context) =>
	[...slice.matchAll(BARE_WEEKDAY)].flatMap((match) => {
		const [, cue, name = '', week, modifier = ''] = match;
		const at = match.index ?? 0;
		// "Minggu" alone is as often "week" as Sunday; "hari Minggu", "pada Minggu" and "Minggu pekan
		// depan" (a week's word after it) are the day, and so is one set off by a comma at a sentence's
		// end, as a day of telling is ("…,” kata Saleh, Minggu.").
		const toldOn = /,\s*$/u.test(slice.slice(0, at)) && /^\s*(?:[.;]|$)/u.test(slice.slice(at + match[0].length));
		if (name === 'Minggu' && cue === undefined && week === undefined && !toldOn) return [];
		if (RECURRING.test(slice.slice(0, at))) return [];
		const weekday = weekdayNumber(name);
		if (weekday === undefined) return [];
		const today = context.reportingDay;
		const back = (weekdayOf(today) - weekday + 7) % 7;
		const ahead = (weekday - weekdayOf(today) + 7) % 7;
		let date: string;
		// "Kamis pekan depan" is Thursday of next week, which "Kamis depan" (the next Thursday) need not be.
		if (week !== undefined && modifier !== 'ini') date = addDays(weekAround(today, /lalu|kemarin/.test(modifier) ? -1 : 1).start, (weekday + 6) % 7);
		else if (/lalu|kemarin/.test(modifier)) date = addDays(today, -(back === 0 ? 7 : back));
		else if (/depan|mendatang|berikutnya/.test(modifier)) date = addDays(today, ahead === 0 ? 7 : ahead);
		else if (modifier === 'ini') date = addDays(weekAround(today).start, (weekday + 6) % 7);
		// "akan ditutup hingga Senin" said on a Monday is the next one: a cue needs a day ahead to place against.
		else if (pointsAhead(slice, at, at + match[0].length)) date = addDays(today, ahead === 0 && CUE_BEFORE.test(slice.slice(0, at)) ? 7 : ahead);
		else date = addDays(today, -back);
		const span = matchSpan(match, offset);
		const start = span.start + (cue?.startsWith('pada') ? cue.length : 0);
		return [inferred({start, end: span.end}, slice.slice(start - offset, span.end - offset), context, {start: date, precision: 'day'})];
	});

const DEICTIC_SHIFT: Readonly<Record<string, number>> = {
	'saat ini': 0, 'hari ini': 0, 'pagi ini': 0, 'siang ini': 0, 'sore ini': 0, 'malam ini': 0, 'tadi pagi': 0,
	'tadi siang': 0, 'tadi sore': 0, 'kemarin lusa': -2, kemarin: -1, 'tadi malam': -1, semalam: -1, 'besok lusa': 2,
	besok: 1, lusa: 2,
};
const DEICTIC = new RegExp(
	`(?<![\\p{L}])(${Object.keys(DEICTIC_SHIFT).sort((a, b) => b.length - a.length).map((words) => words.replace(' ', '\\s+')).join('|')})(?![\\p{L}])`,
	'giu',
);

/** "hari ini", "saat ini", "kemarin", "besok". */
const deictic: Rule = (slice, offset, context) =>
	[...slice.matchAll(DEICTIC)].map((match) => {
		const shift = DEICTIC_SHIFT[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
		const found = inferred(matchSpan(match, offset), match[0], context, {start: addDays(context.reportingDay, shift), precision: 'day'});
		// "besok", "kemarin" place what happened against the day it was told, as a count of days does.
		return shift === 0 ? found : {...found, cued: true as const};
	});

const YEAR = /(?<![\p{L}])((?:(?:pada|sejak|mulai|hingga|sampai|menjelang|jelang|sebelum|setelah|sesudah|selepas|awal|akhir|pertengahan|medio|tahun|di|anggaran)\s+)+)((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,/-]\d)/giu;

/** "pada 2030", "pada tahun 2030", "akhir 2025": a year needs a word before it to be a date. */
const years: Rule = (slice, offset) =>
	[...slice.matchAll(YEAR)].map((match) => ({span: matchSpan(match, offset), start: match[2] ?? '', precision: 'year' as const, certainty: 'stated' as const}));

const YEAR_RANGE = /(?<![\p{L}\p{N}])(?:(?:periode|masa\s+jabatan|masa\s+bakti|tahun|kurun|sepanjang)\s+)?((?:19|20)\d{2})\s*(?:-|–|—|\/|s\.d\.?|s\/d|sampai|hingga)\s*((?:19|20)\d{2})(?![\p{L}\p{N}])/giu;

/** "periode 2021-2025", "masa jabatan 2025–2030": a span of years, at year precision. */
const yearRanges: Rule = (slice, offset) =>
	[...slice.matchAll(YEAR_RANGE)].flatMap((match) => {
		const start = Number(match[1]);
		const end = Number(match[2]);
		if (!(end > start && end - start <= 30)) return [];
		return [{span: matchSpan(match, offset), start: String(start), end: String(end), precision: 'year' as const, certainty: 'stated' as const}];
	});

/** The rules in the order they claim words: an earlier rule's span wins over a later one's. */
export const RELATIVE_RULES_BEFORE_CHRONO: readonly Rule[] = [weekdayWithNumbers, yearRanges];
export const RELATIVE_RULES_AFTER_CHRONO: readonly Rule[] = [bareWeekdays, monthEdges, relativeUnits, deictic, years];
