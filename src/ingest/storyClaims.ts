/**
 * Claims of a draft story: the counts and amounts each article prints with their nouns ("120 kios",
 * "14 unit mobil pemadam", "Rp5 miliar" of "kerugian") and the date each source gives an event
 * that several report. Claims on the same subject and measure are what the story compares.
 */
import {compareClaims} from '../model/claims.js';
import {uniqueIds} from '../model/ids.js';
import {DATE_MEASURE, type Anchor, type Claim, type Entity, type Event} from '../model/schema.js';
import {findCasualties} from './casualties.js';
import {COUNT, countValue} from './lexicon.js';
import {isTelling, keyWords, stemsOf} from './storyWords.js';
import {shortFormsIn, shortUnitAfter, type ShortForms} from './storyUnits.js';
import {anchorMaker} from './spans.js';
import {isPredicate} from './predicates.js';

interface DatedMember {
	readonly article: string;
	readonly event: Event;
}

export interface ClaimInput {
	readonly sources: readonly {readonly id: string; readonly draft: {readonly article: {readonly text?: string | undefined; readonly title?: string | undefined}; readonly events: readonly Event[]}}[];
	readonly events: readonly Event[];
	readonly entities: readonly Entity[];
	readonly eventOf: (article: string, id: string) => string | undefined;
	readonly datings: ReadonlyMap<string, readonly DatedMember[]>;
	readonly notes: string[];
}

const SCALE: Record<string, number> = {ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12};
/** Words between a number and its noun that count nothing themselves. */
const CLASSIFIERS = new Set(['unit', 'buah', 'ekor', 'orang', 'lembar', 'batang']);
/** Words after a number that make it something other than a count: a time, a date, a rank. */
const NOT_NOUNS = new Set(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'wib', 'wita', 'wit', 'tahun', 'persen', 'hari', 'jam', 'menit', 'pekan', 'bulan', 'kali', 'dan', 'di', 'ke', 'pada', 'hingga', 'sampai',
	// Little words a number can stand before in a sentence, counting nothing: "naik menjadi 168 atau tidak sehat".
	'atau', 'serta', 'dari', 'yang', 'untuk', 'dengan', 'oleh', 'sejak', 'sebelum', 'setelah', 'lalu', 'pukul']);
/** Units of length, area, weight and volume: a count of them is the size of something, not a number of things. */
const UNITS_OF_MEASURE = new Set(['meter', 'kilometer', 'km', 'sentimeter', 'cm', 'milimeter', 'mm', 'hektare', 'hektar', 'ha', 'ton', 'kilogram', 'kg', 'gram', 'liter']);
/**
 * What a size measures, from the words just before it: "setinggi 1,5 meter", "ketinggian air
 * 1,5 meter" is a height, "sepanjang 40 meter" a length, so that a flood's depth and a dike's
 * length, both in meters, are two measures.
 */
const DIMENSION_BEFORE = /(?<!\p{L})(?:se|ke)?(tinggi|panjang|lebar|luas|berat|jauh|dalam|tebal|volume)(?:an)?(?:\s+\p{Ll}+)?(?:\s+(?:hingga|sekitar|mencapai|kurang\s+lebih|lebih\s+dari))?\s*$/iu;

/** The measure of a size: its dimension named before it, else its unit ("meter"). */
function sizeMeasure(before: string, unit: string): string {
	const match = DIMENSION_BEFORE.exec(before.slice(-40));
	// "dalam" bare is "in" ("dalam 40 meter"), a depth only as "sedalam" or "kedalaman".
	if (!match || (match[1]?.toLowerCase() === 'dalam' && !/(?:sedalam|kedalaman)/iu.test(match[0]))) return unit;
	return (match[1] ?? unit).toLowerCase();
}

/**
 * Words before a number that make it a label, not a quantity: "pasangan nomor urut 1 hanya 1.248
 * suara" counts no "hanya"; "No. 7", "Pasal 2 ayat 3" name things.
 */
const LABEL_BEFORE = /(?<!\p{L})(?:nomor|nomer|no\.?|urut|pasal|ayat)\s*$/iu;
/** Nouns an amount of money is said of, looked for just before it ("senilai" is of "nilai"). */
const AMOUNT_NOUN = /\b(?:se)?(uang pengganti|denda|kerugian|dana|anggaran|bantuan|biaya|nilai|santunan|hibah)\b/giu;
/** The measure of a death toll, however the dead are named ("warga", "orang", "korban") and said to have died. */
const DEATHS = 'meninggal';
/** The measure of the missing. */
const MISSING = 'hilang';
/** The measure of an amount no noun names: "jumlah", a sum of money (in Indonesian, as the explorer shows it). */
const BARE_AMOUNT = 'jumlah';

/** "1.500" → 1500, "2,5" → 2.5 (Indonesian digits: dot groups thousands, comma is the decimal point). */
export function indonesianNumber(printed: string): number {
	return Number(printed.replace(/\./g, '').replace(',', '.'));
}

interface Found {
	readonly start: number;
	readonly end: number;
	readonly measure: string;
	readonly value: number;
	readonly unit: string;
}

/** A prison term's length, its counts in words or digits: "empat tahun", "1 tahun 6 bulan", "enam bulan". */
const TERM = `(?<![\\p{L}\\p{N}.,])(?:(${COUNT})\\s*tahun(?:\\s+(?:dan\\s+)?(${COUNT})\\s*bulan)?|(${COUNT})\\s*bulan)`;
/**
 * A prison term, "empat tahun penjara", "6 bulan kurungan", "pidana penjara selama 1 tahun 6 bulan":
 * the years and months are not counts of anything (NOT_NOUNS), so a term is read whole here.
 */
const TERM_BEFORE_KIND = new RegExp(`${TERM}\\s+(penjara|kurungan)(?!\\p{L})`, 'giu');
const KIND_BEFORE_TERM = new RegExp(`(?<!\\p{L})(penjara|kurungan)\\s+(?:selama\\s+)?${TERM}`, 'giu');

/** A term's length the same way whoever prints it: whole years in years, else months ("1 tahun 6 bulan" is 18 bulan). */
function termLength(years: string | undefined, months: string | undefined): {value: number; unit: string} {
	const total = (years === undefined ? 0 : countValue(years) * 12) + (months === undefined ? 0 : countValue(months));
	return total % 12 === 0 ? {value: total / 12, unit: 'tahun'} : {value: total, unit: 'bulan'};
}

/** Words of a prosecutor's demand, and of a verdict, that tell which a term is. */
const DEMAND = /\b(?:tuntutan|menuntut|dituntut)\b/iu;
const VERDICT = /\b(?:vonis|divonis|memvonis|menjatuhkan|menjatuhi)\b/iu;
/**
 * Words of the most a law allows ("dijerat Pasal 363 KUHP dengan ancaman hukuman maksimal tujuh tahun
 * penjara", "terancam lima tahun penjara"): no one's sentence, and read as one it would disagree with
 * the verdict another outlet reports.
 */
const THREAT = /(?<!\p{L})(?:ancaman|diancam|terancam|mengancam|maksimal|maksimum|paling\s+lama|selama-lamanya)(?!\p{L})/iu;

/**
 * What a prison term measures, from the words before it in its sentence: "subsider" is the detention
 * served in place of an unpaid fine; a term the prosecutor asks for ("tuntutan", "menuntut") is not
 * the sentence, unless a verdict's word stands in the term's own clause ("Jaksa menuntut enam tahun,
 * tetapi hakim memvonis empat tahun penjara"); a term a law threatens is an "ancaman" (THREAT);
 * else the term's own word, "penjara" or "kurungan".
 */
function termMeasure(before: string, kind: string): string {
	if (/\bsubsid(?:ai)?er\s*$/iu.test(before)) return 'subsider';
	const clause = before.split(/[,;]/u).at(-1) ?? '';
	if (THREAT.test(clause)) return `ancaman ${kind}`;
	const demanded = DEMAND.test(clause) || (!VERDICT.test(clause) && DEMAND.test(before));
	return demanded ? `tuntutan ${kind}` : kind;
}

/** The prison terms of a text, either word order. */
function findTerms(text: string): Found[] {
	const found: Found[] = [];
	for (const [pattern, kindGroup, termGroup] of [[TERM_BEFORE_KIND, 4, 1], [KIND_BEFORE_TERM, 1, 2]] as const) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index ?? 0;
			const kind = (match[kindGroup] ?? '').toLowerCase();
			const length = termLength(match[termGroup], match[termGroup + 1] ?? match[termGroup + 2]);
			found.push({start, end: start + match[0].length, measure: termMeasure(sentenceBefore(text, start), kind), ...length});
		}
	}
	return found;
}

/**
 * What a classifier with no noun after it counts, named before it in its sentence: "jumlah rumah
 * terendam menjadi 356 unit" counts houses, as "340 rumah terendam" does.
 */
function countedBefore(before: string): string | undefined {
	return [...before.matchAll(/(?<!\p{L})(?:[Jj]umlah|[Tt]otal)\s+(\p{Ll}+)/gu)].at(-1)?.[1];
}

/** The text of a sentence before an offset. */
function sentenceBefore(text: string, at: number): string {
	const head = text.slice(Math.max(0, at - 160), at);
	return head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1);
}

/**
 * The nearest noun an amount is said of, just before it (within 40 characters): "denda Rp200 juta",
 * "uang pengganti Rp612 juta", "kerugian negara Rp612 juta"; none is a bare amount.
 */
function amountNoun(clause: string): string | undefined {
	const near = clause.slice(-40);
	return [...near.matchAll(AMOUNT_NOUN)].at(-1)?.[1]?.toLowerCase();
}

/**
 * Verbs that say what an amount is whatever noun comes between: a sum returned ("mengembalikan
 * sebagian kerugian negara sebesar Rp150 juta" is not the loss), a sum misused ("menyelewengkan dana
 * desa senilai Rp612 juta" is the loss another outlet calls "kerugian negara Rp612 juta").
 */
const AMOUNT_VERBS: readonly (readonly [RegExp, string])[] = [
	[/\b(?:mengembalikan|dikembalikan|pengembalian)\b/iu, 'pengembalian'],
	[/\b(?:menyelewengkan|diselewengkan|penyelewengan|menggelapkan|digelapkan|penggelapan|mengorupsi|dikorupsi|merugikan|dirugikan)\b/iu, 'kerugian'],
];
/** Nouns that name an amount of their own, whatever verb governs the clause: a fine is a fine. */
const OWN_MEASURES = new Set(['denda', 'uang pengganti']);

/**
 * The measure of an amount of money from the words of its sentence before it: a verb of its
 * clause (after the last comma or amount before it) that says what the sum is, unless a noun
 * that is a measure of its own stands nearer; else the nearest noun; else a bare amount.
 */
function amountMeasure(before: string): string {
	const noun = amountNoun(before);
	if (noun && OWN_MEASURES.has(noun)) return noun;
	const clause = before.slice(-80).split(/[,;]|Rp\s?\d[\d.,]*\s*(?:ribu|juta|miliar|milyar|triliun)?/iu).at(-1) ?? '';
	return AMOUNT_VERBS.find(([verb]) => verb.test(clause))?.[1] ?? noun ?? BARE_AMOUNT;
}

/**
 * The counts and amounts of one text, in UTF-16 offsets. A count's unit printed as a short form,
 * or as a long form `forms` knows (the story's texts define them: "tempat pemungutan suara (TPS)"),
 * is the short form.
 */
export function findFigures(text: string, forms: ShortForms = shortFormsIn([text])): Found[] {
	const {dead, missing} = findCasualties(text);
	const tolls = [...dead, ...missing];
	const found: Found[] = [...findTerms(text), ...dead.map((toll) => ({...toll, measure: DEATHS, unit: 'orang'})), ...missing.map((toll) => ({...toll, measure: MISSING, unit: 'orang'}))];
	for (const match of text.matchAll(/Rp\s?(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(ribu|juta|miliar|milyar|triliun)?/giu)) {
		const start = match.index ?? 0;
		found.push({start, end: start + match[0].trimEnd().length, measure: amountMeasure(sentenceBefore(text, start)), value: indonesianNumber(match[1] ?? '0') * (SCALE[(match[2] ?? '').toLowerCase()] ?? 1), unit: 'IDR'});
	}
	// The number whole, its decimals too: "1,5 meter" is 1.5 (Indonesian's decimal comma), "1.500" 1500.
	// Never a time's minutes ("20:41") nor a date's parts.
	for (const match of text.matchAll(/(?<![\p{L}\p{N}.,/(:]|Rp\s?)((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?=\s)/gu)) {
		const start = match.index ?? 0;
		const numberEnd = start + match[0].length;
		// A year is no count, nor a number written with a leading zero: a name's ("KM Sinar Bahari 07"), a code's.
		if (/^(?:19|20)\d\d$|^0\d/.test(match[1] ?? '') || tolls.some((toll) => toll.start <= start && start < toll.end)) continue;
		if (/pukul\s*$/i.test(text.slice(Math.max(0, start - 8), start)) || LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
		const value = indonesianNumber(match[1] ?? '0');
		const rest = text.slice(numberEnd, numberEnd + 120);
		const short = shortUnitAfter(rest, forms, NOT_NOUNS);
		if (short) {
			found.push({start, end: numberEnd + short.length, measure: short.unit, value, unit: short.unit});
			continue;
		}
		const words = /^[^\S\n]+((?:\p{Ll}+[^\S\n]+){0,1}\p{Ll}+)/u.exec(rest)?.[1]?.split(/\s+/);
		if (!words) continue;
		const [first = '', second] = words;
		if (NOT_NOUNS.has(first)) continue;
		// "41 orang berhasil dievakuasi": a verb after a classifier is what they did, no noun; they are counted as the classifier says.
		const counted = second !== undefined && !isPredicate(second) && !NOT_NOUNS.has(second) ? second : undefined;
		const noun = CLASSIFIERS.has(first) ? (counted ?? countedBefore(sentenceBefore(text, start)) ?? first) : first;
		const printedNoun = CLASSIFIERS.has(first) && counted ? `${first} ${counted}` : first;
		const end = numberEnd + rest.indexOf(printedNoun) + printedNoun.length;
		const measure = UNITS_OF_MEASURE.has(noun) ? sizeMeasure(text.slice(Math.max(0, start - 60), start), noun) : noun;
		found.push({start, end, measure, value, unit: noun});
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The sentence a figure stands in (from the end of the one before to its own full stop). */
function sentenceAround(text: string, at: number): string {
	const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at));
	const after = text.slice(at).search(/\.(\s|$)|\n/u);
	return text.slice(before + 1, after < 0 ? text.length : at + after);
}

/**
 * The event a figure's sentence speaks of when no event rests on that sentence: one whose
 * participant the sentence names and whose words it shares (two or more besides the names of
 * those it names: a speaker's name is no word of what happened), unless the main event shares as
 * many ("Tanggul sepanjang 40 meter jebol … setelah hujan deras," ujar Hendra: the dike of the
 * flood, not the rain Hendra spoke of elsewhere); else the main event. A telling is no such event:
 * what happened at it is that words were said.
 */
function eventNamedIn(sentence: string, input: ClaimInput, main: Event | undefined): Event | undefined {
	const entities = input.entities.filter((entity) => entity.type !== 'place' && [entity.name, ...entity.aliases].some((name) => name.length > 3 && sentence.includes(name)));
	const named = new Set(entities.map((entity) => entity.id));
	const names = stemsOf(entities.flatMap((entity) => [entity.name, ...entity.aliases]).join(' '));
	const words = new Set([...stemsOf(sentence)].filter((word) => !names.has(word)));
	const shared = (event: Event) => [...keyWords(event)].filter((word) => words.has(word)).length;
	const candidates = input.events
		.filter((event) => !isTelling(event) && event.participants.some((participant) => named.has(participant.entity)))
		.map((event) => ({event, shared: shared(event)}))
		.filter(({shared}) => shared >= 2)
		.sort((a, b) => b.shared - a.shared);
	const best = candidates[0];
	return best && (main === undefined || best.shared > shared(main)) ? best.event : main;
}

/**
 * The story's main event, which a figure outside every event's evidence is about: the one most
 * sources report; among those, the one the articles tell first (a lead tells the news, the
 * background comes after it), measured by its evidence's earliest offset in any article.
 */
function mainEvent(events: readonly Event[]): Event | undefined {
	const sources = (event: Event) => new Set(event.evidence.map((span) => span.article)).size;
	const first = (event: Event) => event.evidence.reduce((least, span) => Math.min(least, span.start), Number.POSITIVE_INFINITY);
	return [...events].sort((a, b) => sources(b) - sources(a) || first(a) - first(b))[0];
}

/** Words just before a figure that say a count has changed to it: "bertambah menjadi 5", "kini 5", "naik jadi 5". */
// "naik dari 96 titik" counts from what was: the number after "dari" is the past, not the update.
const UPDATED = /\b(?:menjadi|jadi|kini|terkini|terbaru|bertambah|berkurang|naik|turun)\b\s*(?:(?!dari\s)\S+\s+){0,2}$/iu;
/** How far before a figure UPDATED looks (characters). */
const UPDATE_REACH = 40;

/** Draft the claims of a merged story: figures about the event whose evidence holds them, and dates of shared events. */
export function draftClaims(input: ClaimInput): Claim[] {
	const claims: Claim[] = [];
	const unique = uniqueIds();
	const main = mainEvent(input.events);
	// A term one source defines ("tempat pemungutan suara (TPS)") is the same unit in every source.
	const forms = shortFormsIn(input.sources.map(({draft}) => draft.article.text ?? ''));
	for (const {id: article, draft} of input.sources) {
		const text = draft.article.text ?? '';
		const anchor = anchorMaker(text);
		const seen = new Set<string>();
		const given = new Map<string, {value: number; exact: string; claim: number}>();
		const figures = findFigures(text, forms);
		// A bare amount (a headline's "Rp2 Miliar") that the text also gives with its noun is that claim.
		const named = new Set(figures.filter((figure) => figure.measure !== BARE_AMOUNT).map((figure) => `${figure.unit}|${figure.value}`));
		const headlines = headlineSpans(text, draft.article.title);
		const eventOfFigure = (figure: Found) => draft.events.find((event) => event.evidence.some((span) => span.start <= figure.start && figure.end <= span.end));
		// A figure the headline repeats, or a speaker's telling, is the one the body reports: one claim, evidenced by the body.
		const echoes = (figure: Found) => headlines.some((span) => span.start <= figure.start && figure.end <= span.end) || isTellingEvent(eventOfFigure(figure));
		const reported = new Set(figures.filter((figure) => !echoes(figure)).map((figure) => `${figure.measure}|${figure.value}`));
		for (const figure of figures) {
			if (figure.measure === BARE_AMOUNT && named.has(`${figure.unit}|${figure.value}`)) continue;
			if (echoes(figure) && reported.has(`${figure.measure}|${figure.value}`)) continue;
			const evidence: Anchor = {...anchor({start: figure.start, end: figure.end}), article};
			// A figure a speaker gives is about what is spoken of, not about the telling.
			const sentence = eventOfFigure(figure);
			const subject = (sentence && !isTelling(sentence) ? input.eventOf(article, sentence.id) : undefined) ?? eventNamedIn(sentenceAround(text, figure.start), input, main)?.id;
			if (subject === undefined) continue;
			const key = `${subject}|${figure.measure}|${figure.value}`;
			if (seen.has(key)) continue;
			seen.add(key);
			// One source does not contradict itself: a second value it gives for what it has already
			// counted ("312 rumah terendam", then "45 rumah rusak berat") counts another thing, unless
			// it says the count has changed ("kini bertambah menjadi 5 orang"): then it is the source's
			// count, the earlier one its past.
			const first = given.get(`${subject}|${figure.measure}`);
			if (first !== undefined && first.value !== figure.value) {
				if (UPDATED.test(text.slice(Math.max(0, figure.start - UPDATE_REACH), figure.start))) {
					input.notes.push(`claim: ${article}'s "${evidence.exact}" updates its "${first.exact}": the later count is compared`);
					claims[first.claim] = {...claims[first.claim]!, value: figure.value, unit: figure.unit, evidence};
					given.set(`${subject}|${figure.measure}`, {...first, value: figure.value, exact: evidence.exact});
				} else input.notes.push(`claim: ${article}'s "${evidence.exact}" is not compared: it counts another ${figure.measure} than its "${first.exact}"`);
				continue;
			}
			given.set(`${subject}|${figure.measure}`, {value: figure.value, exact: evidence.exact, claim: claims.length});
			claims.push({id: unique(`c-${article}-${figure.measure.toLowerCase().replace(/\s+/g, '-')}`), subject: {event: subject}, measure: figure.measure, value: figure.value, unit: figure.unit, evidence});
		}
	}
	for (const [event, members] of input.datings) {
		for (const member of dateClaimants(members)) {
			const evidence = member.event.dateEvidence ?? member.event.evidence[0];
			if (!evidence) continue;
			claims.push({id: unique(`c-${member.article}-date`), subject: {event}, measure: DATE_MEASURE, value: member.event.start, evidence: {...evidence, article: member.article}});
		}
	}
	for (const line of disagreements(claims)) input.notes.push(line);
	return claims;
}

const isTellingEvent = (event: Event | undefined) => event !== undefined && isTelling(event);

/** Where an article's text prints its headline (in a page's title line too, with the outlet's name after it). */
function headlineSpans(text: string, title: string | undefined): {start: number; end: number}[] {
	const spans: {start: number; end: number}[] = [];
	if (!title) return spans;
	for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) spans.push({start: at, end: at + title.length});
	return spans;
}

/** Whether an event spans days, weeks or months rather than one. */
export const isRange = (event: Pick<Event, 'start' | 'end'>) => Boolean(event.end) && event.end !== event.start;
/** Whether a date falls within an event's span (its first to its last day). */
export const within = (date: string, event: Pick<Event, 'start' | 'end'>) => event.start <= date && date <= (event.end ?? event.start);

/**
 * The sources of a merged event whose dates are compared, as claims of one value each: every
 * source's day (or month, year); beside a day, a range the source states claims its start ("Sabtu
 * (13/12) hingga Minggu (14/12)" and "mulai Sabtu (13/12)" agree on when it began), and a day
 * inside such a range but not its first is part of it, no other start. A range inferred from a
 * relative word ("pekan depan") has no one value; one source alone compares nothing.
 */
function dateClaimants(members: readonly DatedMember[]): DatedMember[] {
	const hasDay = members.some((member) => !isRange(member.event));
	const ranges = members.filter((member) => hasDay && isRange(member.event) && member.event.certainty === 'stated');
	const partOfRange = (day: Event) => ranges.some((range) => within(day.start, range.event) && day.start !== range.event.start);
	const claimants = members.filter((member) => (isRange(member.event) ? ranges.includes(member) : !partOfRange(member.event)));
	return claimants.length < 2 ? [] : claimants;
}

/** Notes for each subject and measure whose sources give different values. */
function disagreements(claims: readonly Claim[]): string[] {
	return compareClaims(claims, '').groups
		.filter((group) => !group.agree)
		.map((group) => `claims disagree on the ${group.measure} of ${group.subject.event ?? group.subject.entity ?? ''}: ${group.values.map((value) => `${value.value} (${value.sources.map((source) => `${source.article}: "${source.evidence.exact}"`).join('; ')})`).join(' vs ')}`);
}
