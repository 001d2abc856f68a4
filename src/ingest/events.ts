/**
 * Events from dates: each date a sentence gives becomes an event whose evidence is that sentence
 * (a sentence's stated dates first; an inferred one only when it states none), the same date
 * words repeated ("Selasa (25/3)" in the caption and in the story) make one event, and each
 * quotation is attached to an event of the day its attribution says it was said, if any.
 */
import {firstDay, isOneDay, lastDay} from '../model/dates.js';
import type {Anchor, Event} from '../model/schema.js';
import type {EntityMention} from './entities.js';
import type {FoundDate} from './found.js';
import {slug, uniqueIds} from '../model/ids.js';
import type {FoundQuote} from './quotes.js';
import type {Sentence, TextStructure} from './sentences.js';
import {isDayOfTelling} from './told.js';
import {onlyStamp} from './dateline.js';
import {clausesOfDates} from './clauses.js';
import {eventOfOccasion, occasionNamed, occasionOfQuotedDay, tellsOccasion} from './namedOccasion.js';
import {contains, overlaps, type Span} from './spans.js';
import {INTRODUCING_VERBS, TELLING, TIME_CONJUNCTIONS} from './lexicon.js';
import {stemsOf} from './storyWords.js';
import {isSubjectless, withSubjectBefore} from './subjects.js';
import {inSpeakersName, summaryFrom, titleFrom} from './titles.js';

/** The publication, read from the dateline, as an event of its own. */
export interface Publication {
	readonly date: string;
	/** The dateline; or the headline, for a date the text does not print. */
	readonly line: Span;
	/** Where the text prints the date, if it does. */
	readonly dateSpan?: Span;
	readonly title: string;
	readonly summary: string;
	readonly participants: readonly string[];
	readonly place?: string;
	/** What a careful reader says of the printed date (a weekday that contradicts it). */
	readonly note?: string;
}

export interface EventsInput {
	readonly text: string;
	readonly structure: TextStructure;
	readonly dates: ReadonlyMap<number, readonly FoundDate[]>;
	readonly mentions: readonly EntityMention[];
	readonly quotes: readonly FoundQuote[];
	readonly publication?: Publication;
	/** The entities that put the text out, its outlet and agencies: they take part in its publication, never in the news. */
	readonly press?: readonly string[];
	/** The name of each entity, by id: a telling is titled by who told it. */
	readonly names?: ReadonlyMap<string, string>;
	readonly anchor: (span: Span) => Anchor;
	/** The day the article speaks from: an occasion its attribution names is one on or before it, not a plan. */
	readonly reportingDay: string;
}

export interface BuiltEvents {
	readonly events: readonly Event[];
	/** The event of each quotation, in the order of `quotes`. */
	readonly quoteEvents: readonly (string | null)[];
	/** The attribution of each quotation as its evidence (through the day it states: attributionThroughDay), in the order of `quotes`. */
	readonly attributions: readonly (Span | undefined)[];
}

/** The day a quotation says it was said, with the sentence that says it (dayToldOf). */
type ToldDay = {readonly sentence: Sentence; readonly date: FoundDate};

interface Draft {
	readonly date: FoundDate;
	readonly key: string;
	readonly sentences: Sentence[];
	/** The speakers whose day of telling a sentence's date is. */
	readonly tellers: string[];
}

const LEADING_PREPOSITION = /^(?:mulai|sejak|pada|hingga|sampai\s+dengan|sampai|paling\s+lambat|selambat-lambatnya|tanggal|per|sebelum|setelah|jelang|menjelang|selama|masa|momen)\s+/i;

/**
 * The dates of a sentence that become events: its stated dates, or else its first inferred one.
 * A sentence whose stated dates only say when it was told ("… hingga Senin, kata Budi, Rabu
 * (10/12)") is dated by what it reports when a cue, a preposition or a count places that ("hingga
 * Senin", "setelah Senin", "mulai Senin", "pada Jumat", "dua hari lagi"): the day of telling is not the happening's, and
 * two sentences told the same day would otherwise merge by that day's words into one event (see
 * drafts).
 */
function eventDates(text: string, sentence: Sentence, found: readonly FoundDate[]): FoundDate[] {
	const stated = found.filter((date) => date.certainty === 'stated');
	const told = (date: FoundDate) => isDayOfTelling(text, sentence.span.start, date.span.start);
	const placed = found.find((date) => date.certainty === 'inferred' && date.cued && !told(date));
	// With no stated date, a day of telling read from a weekday ("mengatakan pada Kamis") gives way the same.
	const chosen = placed && stated.every(told) && (stated.length > 0 || told(found[0]!)) ? [placed] : stated.length > 0 ? stated : found.slice(0, 1);
	return chosen.filter((date, i) => chosen.findIndex((other) => other.start === date.start && other.end === date.end) === i);
}

/** What makes two dates one event: the same days, said in the same words (a preposition aside). */
function dateKey(text: string, date: FoundDate): string {
	const spoken = text.slice(date.span.start, date.span.end).toLowerCase().replace(/\s+/g, ' ');
	// "sejak Senin (8/12)" starts what goes on, "pada Senin (8/12)" is a day's happening: not one event.
	const since = /^(?:sejak|mulai)\s/.test(spoken) ? 'sejak ' : '';
	return `${date.start}|${date.end ?? ''}|${since}${spoken.replace(LEADING_PREPOSITION, '')}`;
}

function drafts(input: EventsInput): Draft[] {
	const {text, structure, dates, quotes, mentions} = input;
	const takesPart = (sentence: Sentence, entity: string) =>
		mentions.some((mention) => mention.entity === entity && contains(sentence.span, mention.span)) || quotes.some((quote) => quote.speaker === entity && overlaps(sentence.span, quote.span));
	// A day of telling joins another sentence of that day only where its teller takes part: "KPU
	// menggelar rapat pleno, Rabu (10/12)." and "“…,” ujar Rudi, Rabu (10/12)." are two happenings,
	// and one event would make Rudi a participant of the meeting and its day his occasion.
	const joins = (draft: Draft, sentence: Sentence, teller: string | undefined) =>
		(teller === undefined || draft.sentences.some((each) => takesPart(each, teller))) && draft.tellers.every((each) => takesPart(sentence, each));
	// The same date words join sentences of one happening ("Longsor … Senin (10/3)" in the lead and
	// again below), not two things done that day ("Hal itu disampaikan Asep … Selasa" and "Tim
	// gabungan tiba … Selasa"): they must share a word or a named entity besides the date.
	// Each sentence's words and entities read once: a sentence is compared with every draft of its day.
	const known = new Map<Sentence, {words: Set<string>; entities: Set<string>}>();
	const termsOf = (sentence: Sentence) => {
		let terms = known.get(sentence);
		if (!terms) {
			const entities = new Set(mentions.filter((mention) => contains(sentence.span, mention.span)).map((mention) => mention.entity));
			known.set(sentence, (terms = {words: wordsBesideDates(text, sentence, dates.get(sentence.index) ?? []), entities}));
		}
		return terms;
	};
	const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((term) => b.has(term));
	const related = (draft: Draft, sentence: Sentence) => {
		const own = termsOf(sentence);
		return draft.sentences.some((each) => shares(termsOf(each).words, own.words) || shares(termsOf(each).entities, own.entities));
	};
	const list: Draft[] = [];
	for (const sentence of structure.sentences) {
		for (const date of eventDates(text, sentence, dates.get(sentence.index) ?? [])) {
			const key = dateKey(text, date);
			const teller = quotationTold(text, sentence, date, quotes)?.speaker;
			const same = list.find((draft) => draft.key === key && (draft.sentences.includes(sentence) || (joins(draft, sentence, teller) && (teller !== undefined || related(draft, sentence)))));
			if (!same) list.push({date, key, sentences: [sentence], tellers: teller === undefined ? [] : [teller]});
			else if (!same.sentences.includes(sentence)) {
				same.sentences.push(sentence);
				if (teller !== undefined) same.tellers.push(teller);
			}
		}
	}
	return joinQuotedOccasions(text, list, quotes);
}

/** A sentence's words as rough stems, the words of its dates left out (every sentence of a day says it). */
function wordsBesideDates(text: string, sentence: Sentence, found: readonly FoundDate[]): Set<string> {
	let words = '';
	let at = sentence.span.start;
	for (const date of [...found].sort((a, b) => a.span.start - b.span.start)) {
		if (date.span.start < at) continue;
		words += `${text.slice(at, date.span.start)} `;
		at = date.span.end;
	}
	return stemsOf(words + text.slice(at, sentence.span.end));
}

/**
 * A day said inside a quotation, of an occasion the article dates that day in its own words
 * ("“… dalam rapat pleno kemarin,” kata Fauzan" beside "Keputusan itu diambil dalam rapat pleno
 * KPU, Selasa (9/12)"), is that occasion's: the quotation joins its draft as evidence. Keyed by
 * its own words ("kemarin"), it would stand as a second happening of the same meeting.
 */
function joinQuotedOccasions(text: string, list: readonly Draft[], quotes: readonly FoundQuote[]): Draft[] {
	const quotations = quotes.map((quote) => quote.span);
	const quoted = (draft: Draft) => quotations.some((each) => contains(each, draft.date.span));
	return list.filter((draft) => {
		const occasion = occasionOfQuotedDay(text, draft.date.span, quotations);
		const host = occasion === undefined ? undefined : list.find((other) => !quoted(other) && other.date.start === draft.date.start && other.date.end === draft.date.end && other.sentences.some((sentence) => tellsOccasion(text, sentence.span, occasion)));
		if (!host) return true;
		for (const sentence of draft.sentences) if (!host.sentences.includes(sentence)) host.sentences.push(sentence);
		host.sentences.sort((a, b) => a.span.start - b.span.start);
		return false;
	});
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** A title that opens on a condition: a hypothesis where the date is the condition's (dateInCondition). */
const CONDITIONAL = /^(?:Kalau|Jika|Apabila|Bila|Andai|Andaikan|Seandainya|Seumpama)(?![\p{L}])/u;

/** Whether a date stands in a sentence's opening clause, before its first comma. */
function dateInCondition(text: string, sentence: Span, date: Span): boolean {
	const comma = text.indexOf(',', sentence.start);
	return comma >= 0 && comma < sentence.end && date.start < comma;
}

/** An event as it is built: the paragraphs and (for one drawn from sentences) the sentences it is told in, and where it starts. */
interface Built {
	readonly event: Event;
	readonly paragraphs: number[];
	readonly sentences?: number[];
	readonly position: number;
}

/** Build the events of an article and attach its quotations to them. */
export function buildEvents(input: EventsInput): BuiltEvents {
	const {text, mentions, quotes, anchor} = input;
	const nextId = uniqueIds();
	const built: Built[] = [];

	const publication = input.publication;
	if (publication) {
		built.push({
			event: {
				id: nextId(slug(publication.title, {words: 5, fallback: 'terbit'})),
				start: publication.date,
				precision: 'day',
				certainty: publication.dateSpan ? 'stated' : 'inferred',
				...(publication.dateSpan ? {dateEvidence: anchor(publication.dateSpan)} : {}),
				...(publication.note ? {dateNote: {id: publication.note}} : {}),
				title: {id: publication.title},
				summary: {id: publication.summary},
				place: publication.place ?? null,
				participants: publication.participants.map((entity) => ({entity})),
				evidence: [anchor(publication.line)],
			},
			paragraphs: [],
			position: publication.line.start,
		});
	}

	for (const draft of drafts(input)) {
		const {date, sentences} = draft;
		const main = sentences.find((sentence) => !/[“”"]/.test(text.slice(sentence.span.start, sentence.span.end))) ?? sentences[0];
		if (!main) continue;
		// The day it was told is not what happened: left out of the title as the event's own date is.
		const found = input.dates.get(main.index) ?? [];
		const tellings = found.filter((each) => each !== date && isDayOfTelling(text, main.span.start, each.span.start));
		const telling = quotationTold(text, main, date, quotes);
		const teller = telling && input.names?.get(telling.speaker);
		// The sentence's other events' dates are no words of this one's title either ("… Senin 8/12").
		const dated = eventDates(text, main, found);
		const clause = clauseOfDraft(text, main, draft.key, dated, found);
		const omit = [date.span, ...dated.map((each) => each.span), ...tellings.map((each) => each.span)];
		const people = mentions.filter((mention) => mention.type === 'person').map((mention) => mention.span);
		const own = teller ? `${teller} ${TELLING}` : titleFrom(text, clause, omit, people);
		const drawn = isSubjectless(own) ? withSubjectBefore(own, titleBefore(input, main, clause, people)) : own;
		// A title from inside a quotation speaks as its speaker ("Kami akan …"): it names them instead.
		const quoted = teller ? undefined : quotes.find((quote) => overlaps(main.span, quote.span) && quote.span.start <= main.span.start + 2);
		const speaker = quoted && input.names?.get(quoted.speaker);
		const title = speaker ? inSpeakersName(drawn, speaker) : drawn;
		// A date stamp in the body ("Kabarnusa.com - 03/03/2025, 22:05 WIB") leaves a time, no happening.
		if (onlyStamp(title)) continue;
		// "Kalau hujan buatan bisa dimulai pekan ini, …": what would happen if something did is no event.
		// The condition's own clause holds the date then; one dated after it ("Apabila tidak ada aral
		// melintang, pelantikan digelar pada Kamis") is planned all the same.
		if (CONDITIONAL.test(title) && dateInCondition(text, main.span, date.span)) continue;
		// Of a sentence told in two clauses, who and where are this event's clause's own.
		const inEvidence = (span: Span) => sentences.some((sentence) => contains(sentence === main ? clause : sentence.span, span));
		const place = mentions.find((mention) => mention.type === 'place' && inEvidence(mention.span) && /(?:^|\s)(?:di|ke)\s+$/.test(text.slice(Math.max(0, mention.span.start - 4), mention.span.start)));
		const speakers = quotes.filter((quote) => sentences.some((sentence) => overlaps(sentence.span, quote.span))).map((quote) => quote.speaker);
		const participants = unique([...mentions.filter((mention) => mention.type !== 'place' && inEvidence(mention.span)).map((mention) => mention.entity), ...speakers]).filter((entity) => !input.press?.includes(entity));
		built.push({
			event: {
				id: nextId(slug(title, {words: 5, fallback: 'peristiwa'})),
				start: date.start,
				...(date.end === undefined ? {} : {end: date.end}),
				precision: date.precision,
				certainty: date.certainty,
				dateEvidence: anchor(date.span),
				...(date.note === undefined ? {} : {dateNote: {id: date.note}}),
				title: {id: title},
				summary: {id: summaryFrom(text, teller && telling ? {start: Math.min(main.span.start, openingMark(text, telling.span)), end: main.span.end} : main.span)},
				place: place?.entity ?? null,
				participants: participants.map((entity) => ({entity})),
				evidence: sentences.map((sentence) => anchor(sentence.span)),
			},
			paragraphs: sentences.map((sentence) => sentence.paragraph),
			sentences: sentences.map((sentence) => sentence.index),
			position: sentences[0]?.span.start ?? 0,
		});
	}

	// Each quotation's day of telling, read once: its telling, its occasion and its evidence need it.
	const told = quotes.map((quote) => dayToldOf(input, quote));
	for (const telling of tellingsOfQuotes(input, built, told, nextId)) built.push(telling);
	const quoteEvents = quotes.map((quote, i) => occasionOf(input, built, quote, told[i]));
	const attributions = quotes.map((quote, i) => attributionThroughDay(text, quote, told[i]));
	built.sort((a, b) => firstDay(a.event.start) - firstDay(b.event.start) || a.position - b.position);
	return {events: built.map((item) => item.event), quoteEvents, attributions};
}

/**
 * The title of what comes right before `clause` in its paragraph, whose subject a clause without
 * one goes on with: the sentence's clause before it ("Jembatan itu ambruk Senin (1/12), dua hari
 * setelah diguyur hujan …"), else the sentence before (its dates left out); none at a paragraph's start.
 */
function titleBefore(input: EventsInput, main: Sentence, clause: Span, people: readonly Span[]): string | undefined {
	const {text, structure, dates} = input;
	const datesOf = (sentence: Sentence) => (dates.get(sentence.index) ?? []).map((date) => date.span);
	if (clause.start > main.span.start) return titleFrom(text, {start: main.span.start, end: clause.start}, datesOf(main), people);
	const before = structure.sentences[main.index - 1];
	return before && before.paragraph === main.paragraph ? titleFrom(text, before.span, datesOf(before), people) : undefined;
}

/**
 * The words of `main` that tell the event of the draft keyed `key`: the clause its date belongs to,
 * when the sentence's dates fall in clauses of their own ("… dikeluarkan Senin (8/12) setelah …
 * melaporkan … pada Jumat (5/12)"), else the whole sentence.
 */
function clauseOfDraft(text: string, main: Sentence, key: string, dated: readonly FoundDate[], found: readonly FoundDate[]): Span {
	// The day it was told ("Saat ditemui Selasa (9/12), Budi mengatakan …") is of the whole sentence, and splits none.
	const happened = dated.filter((date) => !isDayOfTelling(text, main.span.start, date.span.start));
	const own = happened.findIndex((date) => dateKey(text, date) === key);
	if (own < 0) return main.span;
	return clausesOfDates(text, main.span, happened, found)?.[own] ?? main.span;
}

/**
 * The telling of each quotation whose attribution gives a day on which no event of its speaker
 * stands ("“Jalan kami tutup hingga Senin,” kata Budi, Rabu (10/12)." drafts only what "hingga
 * Senin" places): "<speaker> memberi keterangan" on that day, as its date is known. Without it the
 * quotation would have no occasion and be dated by the article's day, inferred, though its
 * attribution states the day; the dataset dates a quote only by an event.
 */
function tellingsOfQuotes(input: EventsInput, built: readonly {event: Event}[], toldDays: readonly (ToldDay | undefined)[], nextId: (base: string) => string): {event: Event; paragraphs: number[]; position: number}[] {
	const {text, structure, quotes, anchor} = input;
	const tellings: {event: Event; paragraphs: number[]; position: number}[] = [];
	for (const [i, quote] of quotes.entries()) {
		const told = toldDays[i];
		const teller = input.names?.get(quote.speaker);
		if (!told || teller === undefined || input.press?.includes(quote.speaker)) continue;
		const day = firstDay(told.date.start);
		if ([built, tellings].some((events) => eventsOfDay(events, day).some(({event}) => hasParticipant(event, quote.speaker)))) continue;
		const {sentence, date} = told;
		const title = `${teller} ${TELLING}`;
		const sentences = structure.sentences.filter((each) => each === sentence || (each.paragraph === sentence.paragraph && overlaps(each.span, quote.span)));
		tellings.push({
			event: {
				id: nextId(slug(title, {words: 5, fallback: 'keterangan'})),
				start: date.start,
				precision: 'day',
				certainty: date.certainty,
				dateEvidence: anchor(date.span),
				...(date.note === undefined ? {} : {dateNote: {id: date.note}}),
				title: {id: title},
				summary: {id: summaryFrom(text, {start: Math.min(sentence.span.start, openingMark(text, quote.span)), end: sentence.span.end})},
				place: null,
				participants: [{entity: quote.speaker}],
				evidence: sentences.map((each) => anchor(each.span)),
			},
			paragraphs: [sentence.paragraph],
			position: sentence.span.start,
		});
	}
	return tellings;
}

/**
 * The quotation a sentence gives when the sentence's date is only the day it was told ("“Kami ingin
 * pedagang bisa berjualan lagi,” kata Rina, Rabu (12/11)."): what happened that day is the telling.
 * The quoted words are a quote, not a happening: a wish, a view or a plan said without a day of its
 * own would otherwise stand in the timeline as what occurred. A quotation that dates what it reports
 * ("“Jalan kami tutup sejak Senin (8/12),” kata Budi") is dated by that, not by a telling.
 */
function quotationTold(text: string, sentence: Sentence, date: FoundDate, quotes: readonly FoundQuote[]): FoundQuote | undefined {
	if (!isDayOfTelling(text, sentence.span.start, date.span.start)) return undefined;
	return quotes.find((quote) => quote.attribution && overlaps(sentence.span, quote.span) && contains(sentence.span, quote.attribution) && quote.attribution.start < date.span.start);
}

/** Where the quotation mark that opens a quotation stands: its words begin after it and white space. */
function openingMark(text: string, quotation: Span): number {
	let at = quotation.start;
	while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
	return /[“"]/.test(text[at - 1] ?? '') ? at - 1 : quotation.start;
}

/**
 * The day a quotation says it was said ("…,” kata Andi, Jumat (5/12)."): a day of telling in the
 * sentence of its attribution, with that sentence; undefined when it says none.
 */
function dayToldOf(input: Pick<EventsInput, 'text' | 'structure' | 'dates' | 'mentions'>, quote: FoundQuote): ToldDay | undefined {
	const {text, structure, dates} = input;
	const dayOfTelling = (sentence: Sentence) => (dates.get(sentence.index) ?? []).find((found) => found.precision === 'day' && found.end === undefined && isDayOfTelling(text, sentence.span.start, found.span.start));
	const sentence = attributionSentence(structure, quote);
	const date = sentence && dayOfTelling(sentence);
	if (sentence && date) return {sentence, date};
	// "Kuasa hukum terdakwa, Fajar Nasution, saat dihubungi pada Rabu (10/12) menyebut … “…,” ucap
	// Fajar.": the sentence that introduces a quotation, in its paragraph and naming its speaker, says the day.
	const opening = openingMark(text, quote.span);
	const framing = structure.sentences.filter((each) => each.paragraph === quote.paragraph && each.span.end <= opening).at(-1);
	const names = framing && input.mentions.some((mention) => mention.entity === quote.speaker && contains(framing.span, mention.span));
	const framingDate = names ? dayOfTelling(framing) : undefined;
	return framing && framingDate ? {sentence: framing, date: framingDate} : undefined;
}

/** The most characters between an attribution and the day it states for the two to be one piece of evidence ("kata Fauzan di kantornya, Rabu (10/12)"). */
const ATTRIBUTION_TO_DAY = 60;

/**
 * A quotation's attribution through the day it states, when that day follows it in its sentence:
 * its evidence then shows when the words were said as well as who said them ("kata Fauzan di
 * kantornya, Rabu (10/12)"), so a citation's day can be checked without opening the article.
 */
function attributionThroughDay(text: string, quote: FoundQuote, told: ToldDay | undefined): Span | undefined {
	const at = quote.attribution;
	if (!at || !told || told.date.span.start < at.end || !contains(told.sentence.span, at)) return at;
	const between = text.slice(at.end, told.date.span.start);
	if (between.length > ATTRIBUTION_TO_DAY || /[“”"]/.test(between)) return at;
	return {start: at.start, end: told.date.span.end};
}

/** The sentence a quotation's attribution stands in, if it has one. */
function attributionSentence(structure: TextStructure, quote: FoundQuote): Sentence | undefined {
	const at = quote.attribution;
	return at && structure.sentences.find((each) => each.span.start <= at.start && at.start < each.span.end);
}

/** The one-day events of `day` (a span of days holding it is what was spoken of, not when). */
const eventsOfDay = <T extends {event: Event}>(built: readonly T[], day: number) => built.filter(({event}) => event.precision === 'day' && isOneDay(event) && firstDay(event.start) === day);
const hasParticipant = (event: Event, entity: string) => event.participants.some((participant) => participant.entity === entity);

/**
 * The event a quotation was said at: an event of the very day its attribution says it was said
 * ("…,” kata Andi, Jumat (5/12).") in which its speaker takes part, the nearest, as nearestEvent
 * finds it, among those; one of stated date first, as the attribution states the day. A day of telling is the only thing that dates words: the event that
 * shares a quotation's paragraph is what it speaks of or merely beside it ("dibangun sejak 2009",
 * "dipadamkan pada Selasa", a planned "hingga Senin (5/1)"), and a citation would paste that day
 * as when it was said. So an attribution that gives no day gives no occasion (but the speaker's own
 * saying told just before, occasionSaidBefore): the quotation's day is then the article's, marked
 * inferred. One that gives a day has its telling (tellingsOfQuotes).
 */
function occasionOf(input: EventsInput, built: readonly Built[], quote: FoundQuote, told: ToldDay | undefined): string | null {
	const {structure} = input;
	if (told === undefined) return occasionNamedBy(input, built, quote) ?? occasionSaidBefore(input, built, quote);
	// Only an event the speaker takes part in: another's happening of that day (a meeting, another's
	// quotation) is not where these words were said, and its stated day would be pasted as theirs.
	const candidates = eventsOfDay(built, firstDay(told.date.start)).filter(({event}) => hasParticipant(event, quote.speaker));
	const tiers = [candidates.filter(({event}) => event.certainty === 'stated'), candidates];
	return nearestEvent(structure, tiers.find((tier) => tier.length > 0) ?? [], quote);
}

/**
 * With no day of its own, the hearing or meeting the attribution names ("kata Ketua Majelis Hakim
 * Dewi saat membacakan putusan") and the article dates: that event (see namedOccasion.ts); else none.
 */
function occasionNamedBy(input: EventsInput, built: readonly {event: Event; paragraphs: number[]}[], quote: FoundQuote): string | null {
	const sentence = attributionSentence(input.structure, quote);
	const paragraph = sentence && input.structure.paragraphs[sentence.paragraph];
	const kind = sentence && paragraph && occasionNamed(input.text, sentence, paragraph.span);
	return kind ? nearestEvent(input.structure, eventOfOccasion(kind, built, input.reportingDay), quote) : null;
}

/** Verbs of saying or asking: the sentence they act in says what its subject said, and where. */
const SAYING = new RegExp(`(?:^|\\s)(?:${[...INTRODUCING_VERBS, 'meminta', 'mengimbau', 'berjanji', 'memerintahkan', 'menginstruksikan'].join('|')})(?![\\p{L}])`, 'u');

/**
 * With no day of its own and no occasion named, the event its speaker said something at, told in
 * the sentence right before the quotation: "Dirjen Hendarto … saat berkunjung ke Palu pekan lalu,
 * meminta … / “Kami tidak akan menaikkan tarif …,” ujar Hendarto." gives the words of that visit,
 * not of the article's day. Only an event that is the speaker's own doing (its title opens on her
 * name), in a sentence where she says or asks (SAYING), on or before the day the article speaks
 * from: what she said ("… mengatakan tim forensik akan memeriksa lokasi pada Rabu") is an event
 * of its own day, and a quotation beside an event is otherwise what it speaks of (occasionOf).
 */
function occasionSaidBefore(input: EventsInput, built: readonly Built[], quote: FoundQuote): string | null {
	const {structure, text} = input;
	const speaker = input.names?.get(quote.speaker);
	const opening = structure.sentences.findIndex((sentence) => sentence.span.start <= quote.span.start && quote.span.start < sentence.span.end);
	const before = opening > 0 ? structure.sentences[opening - 1] : undefined;
	const paragraph = structure.sentences[opening]?.paragraph ?? -1;
	const told = before ? text.slice(before.span.start, before.span.end) : '';
	if (speaker === undefined || !before || before.paragraph < paragraph - 1 || !SAYING.test(told)) return null;
	const saidAt = built.filter(({event, sentences}) =>
		sentences?.includes(before.index) && event.title.id?.startsWith(speaker) && hasParticipant(event, quote.speaker) && lastDay(event.end ?? event.start) <= lastDay(input.reportingDay) && datesAnOccasion(told, event.dateEvidence?.exact),
	);
	return nearestEvent(structure, saidAt, quote);
}

/**
 * Whether a sentence's date is the day of an occasion its subject was at, a clause of time opening
 * a few words before it ("saat berkunjung ke Palu pekan lalu"): not the day of what she spoke of
 * ("mengatakan pihaknya telah menggelar rapat pada Jumat").
 */
function datesAnOccasion(sentence: string, date: string | undefined): boolean {
	const at = date === undefined ? -1 : sentence.indexOf(date);
	return at >= 0 && OCCASION_BEFORE.test(sentence.slice(Math.max(0, at - 80), at));
}

/** A clause of time and at most six words of the occasion, just before a date. */
const OCCASION_BEFORE = new RegExp(`(?:^|\\s)(?:${TIME_CONJUNCTIONS.filter((word) => !['setelah', 'sesudah', 'sebelum', 'sejak', 'semenjak'].includes(word)).join('|')}|dalam)\\s+\\S+(?:\\s+\\S+){0,5}\\s+$`, 'iu');

/** The event of a quotation's paragraph, else the nearest in its section (earlier first on a tie), else the nearest at all. */
function nearestEvent(structure: TextStructure, built: readonly {event: Event; paragraphs: number[]}[], quote: FoundQuote): string | null {
	const section = (paragraph: number) => structure.paragraphs[paragraph]?.section;
	let best: {id: string; rank: number} | undefined;
	for (const {event, paragraphs} of built) {
		for (const paragraph of paragraphs) {
			const distance = Math.abs(paragraph - quote.paragraph);
			const rank = (section(paragraph) === section(quote.paragraph) ? 0 : 10_000) + distance * 2 + (paragraph > quote.paragraph ? 1 : 0);
			if (!best || rank < best.rank) best = {id: event.id, rank};
		}
	}
	return best?.id ?? null;
}
