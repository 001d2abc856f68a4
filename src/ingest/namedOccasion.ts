/**
 * The occasion an attribution names without a day: "“…,” kata Ketua Majelis Hakim Dewi saat
 * membacakan putusan.", "ujar Budi dalam rapat". When the article dates that hearing or meeting
 * ("dalam sidang di PN Kisaran, Selasa (9/12/2025)"), the words were said there, that day: a
 * citation that pasted the publication's day would date a verdict a day late.
 */
import {firstDay, isOneDay} from '../model/dates.js';
import type {Event} from '../model/schema.js';
import {quotationSpans} from './quotes.js';
import type {Sentence} from './sentences.js';
import type {Span} from './spans.js';

/** A kind of occasion: the words an attribution names it by, and the words a dated sentence tells it by. */
interface OccasionKind {
	readonly named: RegExp;
	readonly told: RegExp;
}

const AT = '(?:saat|ketika|sewaktu|dalam|di|pada)';
/** Right after an occasion, on its day: "usai sidang", "seusai persidangan". */
const JUST_AFTER = '(?:usai|seusai|selepas)';
const OCCASION_KINDS: readonly OccasionKind[] = [
	// A hearing: "dalam sidang", "saat persidangan", "usai sidang" (said as it ended, that day), "di
	// hadapan majelis hakim" (before the bench), "saat membacakan putusan" (or "vonis", "surat
	// dakwaan", "tuntutan", "pledoi").
	{
		named: new RegExp(`(?<![\\p{L}])(?:(?:${AT}|${JUST_AFTER})\\s+(?:sidang|persidangan)|di\\s+hadapan\\s+(?:majelis\\s+)?hakim|(?:saat|ketika|sewaktu)\\s+membacakan\\s+(?:amar\\s+|surat\\s+)?(?:putusan|vonis|tuntutan|dakwaan|pledoi|nota\\s+pembelaan))(?![\\p{L}])`, 'iu'),
		told: /(?<![\p{L}])(?:sidang|persidangan|putusan|vonis|divonis|tuntutan|dakwaan|pledoi)(?![\p{L}])/iu,
	},
	// A meeting: "dalam rapat", "saat jumpa pers", "dalam konferensi pers", "dalam pertemuan", "saat audiensi".
	{
		named: new RegExp(`(?<![\\p{L}])${AT}\\s+(?:rapat|pertemuan|jumpa\\s+pers|konferensi\\s+pers|audiensi)(?![\\p{L}])`, 'iu'),
		told: /(?<![\p{L}])(?:rapat|pertemuan|jumpa\s+pers|konferensi\s+pers|audiensi)(?![\p{L}])/iu,
	},
];

/**
 * A plan is no occasion words were said at: "sidang lanjutan dijadwalkan Senin (15/12)". Not
 * "lanjutan" alone: a continued hearing held that day ("dalam sidang lanjutan dengan agenda
 * pembacaan putusan, Selasa (9/12)") is where a verdict is read.
 */
const PLANNED = /(?<![\p{L}])(?:akan|bakal|dijadwalkan|direncanakan|rencananya|berencana|mendatang)(?![\p{L}])/iu;

/** The words of a span outside its quotations: what the writer says, not what was quoted. */
function outsideQuotations(text: string, span: Span): string {
	let words = '';
	let from = span.start;
	for (const {open, close} of quotationSpans(text, span)) {
		words += `${text.slice(from, open)} `;
		from = close + 1;
	}
	return words + text.slice(from, span.end);
}

/**
 * The kind of occasion the attribution's sentence names outside the quotations of its paragraph,
 * if one: a quotation of two sentences (“… Kami buktikan di persidangan,” ujar Dwi) is marked in
 * its paragraph, and its last sentence's words are still the speaker's, no occasion.
 */
export function occasionNamed(text: string, sentence: Sentence, paragraph: Span): OccasionKind | undefined {
	let said = '';
	let from = sentence.span.start;
	for (const {open, close} of quotationSpans(text, paragraph)) {
		if (close < from || open >= sentence.span.end) continue;
		said += `${text.slice(from, Math.max(from, open))} `;
		from = Math.max(from, close + 1);
	}
	said += text.slice(from, Math.max(from, sentence.span.end));
	return OCCASION_KINDS.find((kind) => kind.named.test(said));
}

/**
 * The event of the occasion a quotation's attribution names: a past event of one day,
 * whose sentences tell that kind of occasion and no plan. Only when all such events fall
 * on one day: two hearings on two days leave the occasion unknown rather than guessed. A year or a
 * span the paragraph gives is no day the words were said.
 */
export function eventOfOccasion<T extends {event: Event}>(kind: OccasionKind, built: readonly T[], reportingDay: string): T[] {
	const last = firstDay(reportingDay);
	const found = built.filter(({event}) => {
		if (!isOneDay(event) || firstDay(event.start) > last) return false;
		// A quotation's words ("“Kami membaca salinan putusan,” ucap Fajar, Rabu") tell no hearing of that day.
		const told = event.evidence.map((anchor) => outsideQuotations(anchor.exact, {start: 0, end: anchor.exact.length})).join(' ');
		return kind.told.test(told) && !PLANNED.test(told);
	});
	return found.every(({event}) => event.start === found[0]?.event.start) ? found : [];
}

/** The words that set an occasion before its day: "dalam rapat pleno kemarin", "saat sidang kemarin". */
const OCCASION_BEFORE_DAY = /(?:^|\s)(?:dalam|di|pada|saat|ketika|sewaktu|usai|seusai|selepas)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s*$/u;

/**
 * The occasion a day said inside a quotation names ("“… dalam rapat pleno kemarin.”" → "rapat
 * pleno"): the lower-case words between a preposition and the day; undefined when the day is not
 * quoted or names none.
 */
export function occasionOfQuotedDay(text: string, day: Span, quotations: readonly Span[]): string | undefined {
	const quotation = quotations.find((each) => each.start <= day.start && day.end <= each.end);
	return quotation ? OCCASION_BEFORE_DAY.exec(text.slice(quotation.start, day.start))?.[1]?.replace(/\s+/g, ' ') : undefined;
}

/** Whether the writer's words of a span (outside its quotations) tell an occasion by the same words. */
export function tellsOccasion(text: string, span: Span, occasion: string): boolean {
	// The occasion's words are letters only (OCCASION_BEFORE_DAY): nothing in them to escape.
	return new RegExp(`(?<![\\p{L}])${occasion.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu').test(outsideQuotations(text, span));
}
