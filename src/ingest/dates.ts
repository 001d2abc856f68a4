/**
 * Every date the body of an article gives, sentence by sentence: chrono-node's calendar dates,
 * the newsroom forms it misses (relativeDates.ts), and named periods (periods.ts). Each found
 * date carries the words that belong to it ("mulai 26 Maret hingga 8 April 2025", "1 Des 2024
 * lalu"), "hingga X" alone reads as a range from the reporting day to X, "sebelum X" or
 * "menjelang X" as at the latest the day, month or year before X, "setelah X" as at the earliest
 * the one after, "hingga sebelum X" as a range up to the unit before X, and "dua hari sebelum X"
 * as exactly two days before; "sejak X … hingga Y" in one sentence is one period.
 */
import {firstDay, formatDate, isoDay, lastDay, precisionOf} from '../model/dates.js';
import type {Precision} from '../model/schema.js';
import {chronoDates} from './chronoDates.js';
import {adjacentUnit, countFits, countingEdge, inCalendar, indonesianDate, monthOf, shiftDate} from './calendar.js';
import type {DateContext, FoundDate} from './found.js';
import {AFTER_CUES, BEFORE_CUES, COUNTED_UNIT, countedUnit, POSTPONING_VERBS, SUPERLATIVE, UNTIL_WORDS} from './lexicon.js';
import {periodDates} from './periods.js';
import {quotationSpans} from './quotes.js';
import {RELATIVE_RULES_AFTER_CHRONO, RELATIVE_RULES_BEFORE_CHRONO} from './relativeDates.js';
import type {Sentence} from './sentences.js';
import {overlaps} from './spans.js';
import {isDayOfTelling} from './told.js';

export type {DateContext, FoundDate} from './found.js';

const PREPOSITION = /(?<![\p{L}])(?:mulai|sejak|pada|hingga|sampai\s+dengan|sampai|paling\s+lambat|selambat-lambatnya|tanggal|per|sebelum|setelah|jelang|menjelang)\s+$/iu;
const UNTIL = new RegExp(`^(?:${UNTIL_WORDS})\\b`, 'i');
/** A verb of putting off earlier in the clause before "hingga X": "Heru kemudian menunda sidang ". */
const POSTPONED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${POSTPONING_VERBS.join('|')})(?![\\p{L}])[^,.;:]*$`, 'iu');
/** "1 Des 2024 lalu": the word that marks a stated date as past belongs to it. */
const PAST = /^\s+(?:yang\s+)?lalu(?![\p{L}])/u;

/** A date at a precision: "2025-03-26" as a month is "2025-03". */
function atPrecision(date: string, precision: Precision): string {
	return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? monthOf(date) : date;
}

/**
 * "hingga X" with no start of its own: from the reporting day, at X's precision, to X; undefined
 * when X is not after the reporting day (a past "hingga X" gives no start, so X stays a point).
 */
function untilFromReportingDay(end: string, context: DateContext): {start: string; end: string} | undefined {
	const start = atPrecision(context.reportingDay, precisionOf(end));
	return start < end ? {start, end} : undefined;
}

/**
 * "sebelum Desember", "menjelang 17 Agustus", "sebelum awal Desember", "sebelum tahun 2027": what
 * happens before a date happens at the latest in the day, month or year before it. The model has no
 * upper bound, so the event takes that unit, marked inferred with a note saying it is the latest it
 * can be (as a curator writes "tuntas 'sebelum Desember', jadi paling lambat November 2025"); taking
 * the date as stated would put it in the one month the text rules out, and taking none would lose
 * an event the text does place. "setelah 15 Desember 2025" mirrors it: at the earliest the unit
 * after (16 December). "paling lambat X" and "selambat-lambatnya X" include X, so they keep X as
 * stated, as "sejak X" and "mulai X" do (a start that includes X); "hingga X" is a range up to X
 * (see withCues); "akhir X" is still within X, and "setelah awal Desember" still in December.
 *
 * A period read from the reporting day ("sebelum pekan depan", "setelah akhir pekan ini") is bounded
 * the same way from its first or last day: the Sunday before next week, the Monday after the
 * weekend. The model dates an event by one unit at the period's own precision, a day for a week,
 * so the latest or earliest day it can be is the nearest the text allows; the period itself is
 * the one span the text rules out, and dropping the date would lose an event the text places.
 *
 * A count before the cue ("dua hari sebelum 5 Desember 2025", "sehari setelah X", "dua pekan
 * setelah X") gives the date exactly, X less or plus the count; it is computed, so it is inferred
 * with a note, as "dua hari lalu" is. A duration ("selama dua bulan sebelum X") is no such count.
 * Days, weeks or months counted from a coarser X are counted from its first day before it and its
 * last after it ("seribu hari sebelum 2029" from 1 January 2029: 7 April 2026, at day precision),
 * and the note says so; reading it as "sebelum 2029" alone would lose the count.
 * "hari" may stand between the cue and a day ("sebelum hari Senin (15/12)"), and a cue that opens
 * the sentence counts as one in it does ("Sebelum tahun 2027, …").
 *
 * "hingga sebelum X" (or "sampai menjelang X") is what lasts up to that latest unit: a range from
 * the reporting day to the unit before X ("hingga sebelum Desember", read in August: August to
 * November), as "hingga X" alone runs to X; reading it as "sebelum X" would date a period by its
 * last month only. A unit before X that is already past keeps the point, as a past "hingga X" does.
 * With a count the end is exact, before or after X: "hingga dua hari sebelum 1 September" runs to
 * 30 August, "hingga sepekan setelah Lebaran 2026" to a week after it (a count after "hingga" is
 * no duration, as it is after "selama").
 */
/** "hingga" or "sampai" just before a cue: the "hingga " of "hingga sebelum Desember". */
const UNTIL_BEFORE_CUE = new RegExp(`(?<![\\p{L}])(?:${UNTIL_WORDS})\\s+$`, 'iu');
const BOUND = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:(?<!(?:selama|sepanjang|dalam)\\s+)${COUNTED_UNIT}\\s+)?(?:(${BEFORE_CUES})\\s+(?:(?:awal|tahun|bulan|tanggal|hari)\\s+)*|(${AFTER_CUES})\\s+(?:(?:tahun|bulan|tanggal|hari)\\s+)*)$`,
	'iu',
);
/** The lower-case words a date rule counts as its own before the date ("sebelum tahun " of "sebelum tahun 2027"). */
const LEADING_WORDS = /^[^\p{N}\p{Lu}]*(?=[\p{N}\p{Lu}])/u;
/** A cue that opens a date rule's words, in any case: the "Sebelum" of a sentence's "Sebelum tahun 2027", the "Hingga" of "Hingga sebelum tahun 2027". */
const OPENING_CUE = new RegExp(`^(?:${BEFORE_CUES}|${AFTER_CUES}|${UNTIL_WORDS})(?![\\p{L}])`, 'iu');

/** The words of a date rule before the date itself: a cue in any case, then lower-case words. */
function leadingWords(words: string): string {
	const cue = OPENING_CUE.exec(words)?.[0] ?? '';
	return cue + (LEADING_WORDS.exec(words.slice(cue.length))?.[0] ?? '');
}

/**
 * The date the text places before or after `found`'s, or undefined if nothing before it says so;
 * null when a count places it outside the calendar ("74.000 tahun sebelum 2025"): no date at all.
 */
function boundedDate(text: string, found: FoundDate, sentenceStart: number, context: DateContext): FoundDate | null | undefined {
	const lead = text.slice(sentenceStart, found.span.start) + leadingWords(text.slice(found.span.start, found.span.end));
	const cue = BOUND.exec(lead);
	if (!cue) return undefined;
	const [, count, unit, before] = cue;
	const by = before === undefined ? 1 : -1;
	const from = by < 0 ? found.start : found.end ?? found.start;
	const counted = count !== undefined && unit !== undefined ? countedUnit(count, unit) : undefined;
	if (counted && !countFits(counted.unit, counted.count)) return null;
	// "seribu hari sebelum 2029": days are counted back from the first day of 2029, after it from its last.
	const edge = counted && countingEdge(from, counted.unit, by);
	const exact = counted && edge !== undefined ? shiftDate(edge, counted.unit, by * counted.count) : undefined;
	if (exact !== undefined && !inCalendar(exact)) return null;
	const date = exact ?? adjacentUnit(from, by);
	// "hingga setelah X" without a count has no end: only the unit after X, the earliest, is known.
	const until = by < 0 || exact !== undefined ? UNTIL_BEFORE_CUE.exec(lead.slice(0, cue.index)) : null;
	const period = until ? untilFromReportingDay(date, context) : undefined;
	const span = {start: Math.min(found.span.start, sentenceStart + cue.index - (until?.[0].length ?? 0)), end: found.span.end};
	const words = text.slice(span.start, span.end);
	const basis = found.certainty === 'inferred' || period ? ` ${context.basis}` : '';
	const bound = exact !== undefined ? '' : by < 0 ? 'paling lambat ' : 'paling cepat ';
	const reading = period ? `${formatDate(period.start, 'id', 'long')} hingga ${formatDate(date, 'id', 'long')}` : `${bound}${formatDate(date, 'id', 'long')}`;
	const counting = edge !== undefined && edge !== from ? `, dihitung dari ${formatDate(edge, 'id', 'long')}` : '';
	return {span, ...(period ?? {start: date}), precision: precisionOf(date), certainty: 'inferred', note: `Disimpulkan: "${words}"${basis}${counting}, jadi ${reading}.`, cued: true};
}

/** "sejak awal " or "hingga akhir bulan " before a month (chrono's "Desember"), or "sejak " before "awal bulan" (relativeDates' monthEdges). */
const EDGE_BEFORE_MONTH = /(?<![\p{L}])(sejak|mulai|hingga|sampai(?:\s+dengan)?)\s+(?:(awal|akhir)\s+(?:bulan\s+)?)?$/iu;
const EDGE_OPENING = /^(awal|akhir)(?![\p{L}])/iu;
/** A part of the period just before a date: "akhir " of "sejak akhir November". */
const PART_BEFORE = /(?<![\p{L}])(?:awal|akhir|pertengahan|medio)\s+$/iu;

/**
 * "sejak awal bulan" (harga terus naik) runs from the month's first day to the reporting day, and
 * "hingga akhir Desember" from the reporting day to the month's last: the edge names a day, and the
 * preposition the other end. Read as the month alone, the first is a point on the reporting day's
 * month and the second a point in December, so neither says how long it lasts. Only the edge a
 * preposition faces counts ("sejak akhir November" and "hingga awal Desember" are left to withCues),
 * and a range that would not run forward keeps the edge's day as a point.
 */
function monthEdgeRange(text: string, found: FoundDate, sentenceStart: number, context: DateContext): FoundDate | undefined {
	if (found.precision !== 'month' || found.end !== undefined) return undefined;
	const cue = EDGE_BEFORE_MONTH.exec(text.slice(sentenceStart, found.span.start));
	const edge = cue?.[2] ?? EDGE_OPENING.exec(text.slice(found.span.start, found.span.end))?.[1];
	if (!cue || edge === undefined) return undefined;
	const since = /^(?:sejak|mulai)$/i.test(cue[1] ?? '');
	const first = edge.toLowerCase() === 'awal';
	if (since !== first) return undefined;
	const day = isoDay(first ? firstDay(found.start) : lastDay(found.start));
	const [start, end] = since ? [day, context.reportingDay] : [context.reportingDay, day];
	const span = {start: found.span.start - cue[0].length, end: found.span.end};
	const words = text.slice(span.start, span.end);
	const range = start < end ? {start, end} : {start: day};
	const reading = start < end ? `${formatDate(start, 'id', 'long')} hingga ${formatDate(end, 'id', 'long')}` : formatDate(day, 'id', 'long');
	return {span, ...range, precision: 'day', certainty: 'inferred', note: `Disimpulkan: "${words}" ${context.basis}, jadi ${reading}.`, cued: true};
}

/** `found` with the words around it that belong to it, read as they place it; undefined when they place it nowhere. */
function withCues(text: string, found: FoundDate, sentenceStart: number, context: DateContext): FoundDate | undefined {
	const bounded = boundedDate(text, found, sentenceStart, context);
	if (bounded !== undefined) return bounded ?? undefined;
	const edged = monthEdgeRange(text, found, sentenceStart, context);
	if (edged) return edged;
	const before = text.slice(sentenceStart, found.span.start);
	// "sejak akhir November", "pada pertengahan November": the part of the period is the date's words
	// (its precision stays the month), so a title that leaves the date out leaves no "sejak akhir".
	const part = PART_BEFORE.exec(before);
	const preposition = PREPOSITION.exec(part ? before.slice(0, before.length - part[0].length) : before);
	const start = found.span.start - (part?.[0].length ?? 0) - (preposition?.[0].length ?? 0);
	const past = found.certainty === 'stated' ? PAST.exec(text.slice(found.span.end, found.span.end + 12)) : null;
	const end = found.span.end + (past?.[0].length ?? 0);
	const words = text.slice(start, found.span.end);
	// "menunda sidang hingga Kamis (20/3)": the hearing is held that Thursday; nothing lasts until it.
	const until = UNTIL.test(words) && !POSTPONED_BEFORE.test(text.slice(sentenceStart, start));
	// A preposition ("mulai Senin", "pada Jumat", "hingga Senin") ties the date to what happened, as a cue does.
	const extended: FoundDate = {...found, span: {start, end}, ...(preposition ? {cued: true} : {})};
	// "hingga 10 Februari 2025" with no start of its own: from the reporting day to that date; "hingga
	// pekan depan" to that period's end, when the period lies wholly ahead (not the week itself).
	const ahead = found.end !== undefined && atPrecision(context.reportingDay, precisionOf(found.start)) < found.start;
	const period = until && (found.end === undefined || ahead) ? untilFromReportingDay(found.end ?? found.start, context) : undefined;
	return period ? {...extended, ...period} : extended;
}

const RANGE_BETWEEN = /^\s*(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s\/d|-|–|—)\s*$/i;

/** Two dates joined by "hingga" ("Senin (7/7) hingga Sabtu (19/7)") as one range. */
function joinRanges(text: string, dates: readonly FoundDate[]): FoundDate[] {
	const joined: FoundDate[] = [];
	for (const date of dates) {
		const previous = joined.at(-1);
		const between = previous ? text.slice(previous.span.end, date.span.start) : '';
		if (previous && previous.end === undefined && date.end === undefined && previous.precision === date.precision && previous.start < date.start && RANGE_BETWEEN.test(between)) {
			joined[joined.length - 1] = {
				span: {start: previous.span.start, end: date.span.end},
				start: previous.start,
				end: date.start,
				precision: date.precision,
				certainty: previous.certainty === 'stated' && date.certainty === 'stated' ? 'stated' : 'inferred',
				...(previous.note ?? date.note ? {note: previous.note ?? date.note} : {}),
			};
		} else joined.push(date);
	}
	return joined;
}

const SINCE = /^(?:sejak|mulai)(?![\p{L}])/iu;
/**
 * Words between a start and an end that turn to another subject ("naik sejak Senin (4/8), sedangkan
 * stok aman hingga Jumat"; "mengungsi sejak Jumat; polisi berjaga hingga Senin"): the end is another
 * clause's, not the start's. "dan" alone ("sejak Jumat dan akan bertahan hingga Senin") goes on.
 */
const ANOTHER_SUBJECT = /;|(?<![\p{L}])(?:sedangkan|namun|tetapi|tapi|padahal|adapun)(?![\p{L}])|,\s*sementara(?![\p{L}])/iu;

/**
 * A stated start and a later end in one sentence as one period: "mengungsi sejak Jumat (8/8) dan
 * akan bertahan hingga dua hari sebelum 1 September" runs 8-30 August. The end, read alone, runs
 * from the reporting day ("hingga X" has no start of its own, see withCues), and the start alone
 * has no end; the event takes one date, so either alone loses half of what the sentence says.
 * The period is inferred when either end is, and its note says how both were read. An end in a
 * clause about something else (ANOTHER_SUBJECT) is left apart.
 */
function joinStartAndEnd(text: string, dates: readonly FoundDate[], context: DateContext): FoundDate[] {
	const joined: FoundDate[] = [];
	for (const date of dates) {
		const start = joined.at(-1);
		const words = text.slice(date.span.start, date.span.end);
		const end = date.end ?? date.start;
		const startWords = start ? text.slice(start.span.start, start.span.end) : '';
		if (!start || start.end !== undefined || !SINCE.test(startWords) || !UNTIL.test(words) || start.precision !== date.precision || !(start.start < end) || ANOTHER_SUBJECT.test(text.slice(start.span.end, date.span.start))) {
			joined.push(date);
			continue;
		}
		const certainty = start.certainty === 'stated' && date.certainty === 'stated' ? 'stated' : 'inferred';
		const how = (found: FoundDate, said: string) => `"${said}"${found.certainty === 'stated' ? ' tertulis' : ''}`;
		const note = `Disimpulkan: awal ${how(start, startWords)} dan akhir ${how(date, words)} ${context.basis}, jadi ${formatDate(start.start, 'id', 'long')} hingga ${formatDate(end, 'id', 'long')}.`;
		joined[joined.length - 1] = {span: {start: start.span.start, end: date.span.end}, start: start.start, end, precision: date.precision, certainty, ...(certainty === 'inferred' ? {note} : {}), cued: true};
	}
	return joined;
}

/**
 * A date a figure is compared with ("naik … dibanding awal Januari", "lebih banyak dari tahun
 * lalu") or the period of a comparison ("Pembeli tahun ini lebih banyak …") dates no event.
 */
const COMPARED_BEFORE = /(?:\blebih\s+\S+\s+(?:dari|daripada)|\bdibanding(?:kan)?(?:\s+dengan)?|\bketimbang)\s+(?:(?:awal|akhir|pertengahan|periode\s+yang\s+sama)\s+)?$/iu;
const COMPARED_AFTER = /^\s+(?:\S+\s+){0,2}lebih\s+\S+\s+(?:dari|daripada|dibanding)\b/iu;
/**
 * The point a record is measured from ("harga beras tertinggi sejak Desember 2024", "terendah sejak
 * 2021", "pertama kali terjadi sejak Januari 2020") dates nothing that happened then: the record is
 * today's. Only a superlative right before "sejak", or with a few words that say the record was set
 * ("yang pernah tercatat"), counts, so "Pasar terbesar di kota itu tutup sejak Senin" keeps its start.
 * "paling tidak" is no superlative but "at least": "mengungsi paling tidak sejak Senin" is a start.
 */
const COMPARED_SINCE = new RegExp(
	`(?<![\\p{L}])(?:${SUPERLATIVE}|paling\\s+(?!tidak(?![\\p{L}]))\\p{L}+|pertama(?:\\s+kali(?:nya)?)?)(?:\\s+(?:yang|pernah|tercatat|terjadi|dicapai|kedua|ketiga|lagi))*\\s+sejak\\s+(?:(?:awal|akhir|pertengahan|tahun|bulan|tanggal|hari)\\s+)*$`,
	'iu',
);

/** The dates one sentence gives, read against `context`, in text order; an earlier rule's words win. */
function claimedDates(text: string, sentence: Sentence, context: DateContext): FoundDate[] {
	const slice = text.slice(sentence.span.start, sentence.span.end);
	const claimed: FoundDate[] = [];
	const claim = (found: readonly FoundDate[]) => {
		for (const date of found) if (!claimed.some((other) => overlaps(other.span, date.span))) claimed.push(date);
	};
	for (const rule of RELATIVE_RULES_BEFORE_CHRONO) claim(rule(slice, sentence.span.start, context));
	claim(chronoDates(text, sentence.span, context));
	for (const rule of RELATIVE_RULES_AFTER_CHRONO) claim(rule(slice, sentence.span.start, context));
	return claimed.sort((a, b) => a.span.start - b.span.start);
}

/** The day a sentence says it was told ("… ditutup hingga Senin, kata Budi, Kamis (7/8)."), if it says one. */
function dayOfTelling(text: string, sentence: Sentence, found: readonly FoundDate[]): FoundDate | undefined {
	// Stated ("Kamis (4/12)") or read from a weekday ("mengatakan pada Kamis"), the last such day before the article's.
	return found.find((date) => date.precision === 'day' && date.end === undefined && isDayOfTelling(text, sentence.span.start, date.span.start));
}

/**
 * The other sentences of the quotation a day of telling dates: "“Kami mengerahkan alat berat sejak
 * kemarin. Jalur kami alihkan,” kata Rahmat, Minggu (7/12)." is told on Sunday from its first word,
 * though the attribution stands in its last sentence; so is "Budi mengatakan, Kamis (4/12), “…. …”".
 */
function quotationSentences(text: string, sentences: readonly Sentence[], sentence: Sentence, told: FoundDate): Sentence[] {
	const paragraph = sentences.filter((each) => each.paragraph === sentence.paragraph);
	const span = {start: paragraph[0]?.span.start ?? sentence.span.start, end: paragraph.at(-1)?.span.end ?? sentence.span.end};
	const pairs = quotationSpans(text, span);
	// The attribution after the quotation: one that closes in this sentence, before the day.
	const closing = pairs.filter((pair) => pair.close >= sentence.span.start && pair.close < told.span.start).at(-1);
	// Or before it: one that opens right after the day.
	const quotation = closing ?? pairs.find((pair) => pair.open >= told.span.end && /^[\s,:]*$/u.test(text.slice(told.span.end, pair.open)));
	return quotation ? paragraph.filter((each) => each !== sentence && each.span.start < quotation.close && each.span.end > quotation.open) : [];
}

/**
 * The day each sentence speaks from: the day it says it was told, or that its quotation was told
 * (quotationSentences), when that is another day than the article's, as "Senin", "besok" or "dua
 * hari lagi" were said then; else the article's reporting day.
 */
function sentenceContexts(text: string, sentences: readonly Sentence[], first: ReadonlyMap<number, readonly FoundDate[]>, articleContext: DateContext): Map<number, DateContext> {
	const contexts = new Map<number, DateContext>();
	const toldOn = new Map<number, FoundDate>();
	for (const sentence of sentences) {
		const told = dayOfTelling(text, sentence, first.get(sentence.index) ?? []);
		if (told && told.start !== articleContext.reportingDay) toldOn.set(sentence.index, told);
	}
	for (const sentence of sentences) {
		const told = toldOn.get(sentence.index);
		if (!told) continue;
		const context = {reportingDay: told.start, basis: `dalam keterangan yang disampaikan ${indonesianDate(told.start)}`};
		contexts.set(sentence.index, context);
		// A sentence that gives its own day of telling keeps it.
		for (const other of quotationSentences(text, sentences, sentence, told)) if (!toldOn.has(other.index)) contexts.set(other.index, context);
	}
	return contexts;
}

/** The dates of each sentence, in text order, by sentence index. */
export function findDates(text: string, sentences: readonly Sentence[], articleContext: DateContext): Map<number, FoundDate[]> {
	const dated = new Map<number, FoundDate[]>();
	const first = new Map(sentences.map((sentence) => [sentence.index, claimedDates(text, sentence, articleContext)]));
	const contexts = sentenceContexts(text, sentences, first, articleContext);
	for (const sentence of sentences) {
		const found = first.get(sentence.index) ?? [];
		const context = contexts.get(sentence.index) ?? articleContext;
		// The day of telling itself is read from the article's day, as it was found.
		const claimed = context === articleContext ? found : claimedDates(text, sentence, context).map((date) => found.find((told) => told.span.start === date.span.start && told.span.end === date.span.end && isDayOfTelling(text, sentence.span.start, told.span.start)) ?? date);
		const compared = (found: FoundDate) => {
			const before = text.slice(sentence.span.start, found.span.start);
			return COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(text.slice(found.span.end, sentence.span.end)) || COMPARED_SINCE.test(before + leadingWords(text.slice(found.span.start, found.span.end)));
		};
		const placed = joinRanges(text, claimed).filter((found) => !compared(found)).flatMap((found) => withCues(text, found, sentence.span.start, context) ?? []);
		dated.set(sentence.index, joinStartAndEnd(text, placed, context));
	}
	for (const [index, found] of periodDates(text, sentences, dated)) dated.set(index, [found]);
	for (const [index, found] of entryStampDates(text, sentences, dated, articleContext)) dated.set(index, [found]);
	return dated;
}

/** A clock time alone on its line ("15.20 WIB", "Pukul 11.40 WITA"): what stamps an entry of a live report. */
const ENTRY_STAMP = /^(?:pukul\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:WIB|WITA|WIT))?$/iu;

/**
 * A live report's entries, each under the time it was written ("15.20 WIB", then "Air mulai surut
 * …"): an entry whose first sentence says no date of its own is of the day the text speaks from,
 * inferred from its stamp.
 */
function entryStampDates(text: string, sentences: readonly Sentence[], dated: ReadonlyMap<number, readonly FoundDate[]>, context: DateContext): Map<number, FoundDate> {
	const result = new Map<number, FoundDate>();
	sentences.forEach((stamp, i) => {
		const entry = sentences[i + 1];
		const words = text.slice(stamp.span.start, stamp.span.end).trim();
		if (!entry || entry.paragraph === stamp.paragraph || !ENTRY_STAMP.test(words) || (dated.get(entry.index) ?? []).length > 0) return;
		result.set(entry.index, {span: stamp.span, start: context.reportingDay, precision: 'day', certainty: 'inferred', note: `Disimpulkan: "${words}" di atas paragrafnya ${context.basis}.`});
	});
	return result;
}
