/**
 * The events of a story's drafts merged: two articles' events are one happening by their dates and
 * shared participants, place or key words; what each one's date is the day of keeps a telling apart
 * from what it tells of. A merged event takes the date most sources give and a title without a
 * figure its sources dispute.
 */
import type {ClaimComparison} from '../model/claims.js';
import {uniqueIds} from '../model/ids.js';
import {DATE_MEASURE, type Event} from '../model/schema.js';
import {isRange, within} from './storyClaims.js';
import {keyOf, type Key, type SourceDraft} from './storySources.js';
import {samePrinting} from './storyQuotes.js';
import {withArticle} from './spans.js';
import {isTelling, keyWords, timesOfDay} from './storyWords.js';
import {quotationSpans} from './quotes.js';
import {isDayOfTelling} from './told.js';

/** The one title the single-article rules give an article's own publication (see ingest.ts): each source keeps its own. */
const isPublication = (event: Event) => /^Artikel terbit(?: di |$)/u.test(event.title.id ?? '');

const span = (event: Event) => (event.end && event.end !== event.start ? `${event.start}–${event.end}` : event.start);
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** One article's event as the merge compares it, with the story's ids of its participants and place. */
export interface EventMember {
	readonly article: string;
	readonly event: Event;
	readonly participants: Set<string>;
	readonly place: string | undefined;
	readonly words: Set<string>;
	/** The parts of the day its title and summary name ("malam"). */
	readonly timesOfDay: Set<string>;
	/** The words of the quotations said at it, in its article. */
	readonly quotations: readonly string[];
	/** What its date is the day of (see `datedBy`). */
	readonly dating: Dating;
}

/**
 * What an event's date is the day of: of telling (a telling, or a day printed after the
 * attribution: "…,” kata Ahmad Fauzan, Rabu (10/12)"), of something a speaker tells of (a word
 * inside a quotation: “…dalam rapat pleno kemarin”), or of what the narration reports.
 */
type Dating = 'telling' | 'quotation' | 'narration';

function datedBy(event: Event, text: string): Dating {
	if (isTelling(event)) return 'telling';
	const at = event.dateEvidence?.start;
	if (at === undefined) return 'narration';
	const paragraph = {start: text.lastIndexOf('\n', at - 1) + 1, end: text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)};
	if (isDayOfTelling(text, paragraph.start, at)) return 'telling';
	return quotationSpans(text, paragraph).some(({open, close}) => open < at && at < close) ? 'quotation' : 'narration';
}

/** Whether two events are the occasion of one quotation, printed by each. */
const shareQuotation = (a: EventMember, b: EventMember) => a.quotations.some((quote) => b.quotations.some((other) => samePrinting(quote, other)));

/** Why two events (of different articles) are one, and how strongly their words say so. */
interface Match {
	readonly why: string;
	/** The words (and time of day) the two share; a same date counts one more. */
	readonly strength: number;
}

/** Why two events (of different articles) are one, or undefined. */
function sameEvent(a: EventMember, b: EventMember): Match | undefined {
	if (isPublication(a.event) || isPublication(b.event) || a.event.precision !== b.event.precision) return undefined;
	const sharedWords = [...a.words].filter((word) => b.words.has(word));
	const sameDates = a.event.start === b.event.start && (a.event.end ?? a.event.start) === (b.event.end ?? b.event.start);
	if (sameDates) {
		const strength = sharedWords.length + 1;
		const participant = [...a.participants].find((id) => b.participants.has(id));
		if (participant) return {why: `same date ${a.event.start}, shared participant ${participant}`, strength};
		if (a.place !== undefined && a.place === b.place) return {why: `same date ${a.event.start}, same place ${a.place}`, strength};
		if (sharedWords.length >= 2) return {why: `same date ${a.event.start}, shared words ${sharedWords.join(', ')}`, strength};
		return undefined;
	}
	// A day a speaker tells of (“rapat pleno kemarin”) and the day the words were said are of two
	// happenings, the one told of and the telling, though the words are the same quotation's.
	if ((a.dating === 'quotation' && b.dating === 'telling') || (a.dating === 'telling' && b.dating === 'quotation')) return undefined;
	// A telling is its quotations: on two days, with none in common, it is two statements (of one
	// speaker, whose name is all their words share), not one the sources date differently.
	if ((isTelling(a.event) || isTelling(b.event)) && !shareQuotation(a, b)) return undefined;
	// Sources that date the same happening differently: only on strong agreement of words, days
	// apart. The days differ, so the same time of day ("Minggu malam", "Senin malam") is a sign too.
	const shared = [...sharedWords, ...[...a.timesOfDay].filter((time) => b.timesOfDay.has(time))];
	if (a.event.precision !== 'day' || Math.abs(dayNumber(a.event.start) - dayNumber(b.event.start)) > 3 || shared.length < 3) return undefined;
	const [day, range] = isRange(a.event) ? [b.event, a.event] : [a.event, b.event];
	const strength = shared.length;
	// A day outside a period (the flood of Monday, an emergency declared from Tuesday to the Monday
	// two weeks on) is another happening, however much the words of the one speak of the other.
	if (!isRange(day) && isRange(range)) return within(day.start, range) ? {why: `date ${day.start} within ${span(range)}, shared words ${shared.join(', ')}`, strength} : undefined;
	return {why: `dates ${span(a.event)} and ${span(b.event)} differ, shared words ${shared.join(', ')}`, strength};
}

/** Merge the events of all drafts; `datings` holds the members of each event several sources report. */
export function mergeEvents(sources: readonly SourceDraft[], entityOf: Map<Key, string>, notes: string[]): {events: Event[]; eventOf: Map<Key, string>; datings: Map<string, EventMember[]>} {
	const clusters: EventMember[][] = [];
	for (const {id: article, draft} of sources) {
		const members: EventMember[] = draft.events.map((event) => ({
			article,
			event,
			participants: new Set(event.participants.map((p) => entityOf.get(keyOf(article, p.entity)) ?? p.entity)),
			place: event.place ? entityOf.get(keyOf(article, event.place)) : undefined,
			words: keyWords(event),
			timesOfDay: timesOfDay(event),
			quotations: draft.quotes.filter((quote) => quote.event === event.id).map((quote) => quote.text),
			dating: datedBy(event, draft.article.text ?? ''),
		}));
		// Each of the article's events joins the happening its words fit best: the strongest
		// matches first, so a weak one (a river both name on one day) takes no happening from a
		// strong one (the same flood, told in the same words on another day).
		const matches = members.flatMap((member, order) =>
			clusters.flatMap((cluster, at) => {
				const match = cluster.map((other) => sameEvent(other, member)).reduce<Match | undefined>((best, each) => (each && (!best || each.strength > best.strength) ? each : best), undefined);
				return match ? [{member, order, cluster, at, match}] : [];
			}),
		);
		matches.sort((x, y) => y.match.strength - x.match.strength || x.order - y.order || x.at - y.at);
		const placed = new Map<EventMember, string>();
		for (const {member, cluster, match} of matches) {
			if (placed.has(member) || cluster.some((other) => other.article === article)) continue;
			const first = cluster[0];
			placed.set(member, `event: "${member.event.title.id ?? ''}" (${article}) = "${first?.event.title.id ?? ''}" (${first?.article ?? ''}): ${match.why}`);
			cluster.push(member);
		}
		for (const member of members) {
			const note = placed.get(member);
			if (note === undefined) clusters.push([member]);
			else notes.push(note);
		}
	}
	const unique = uniqueIds();
	const eventOf = new Map<Key, string>();
	const datings = new Map<string, EventMember[]>();
	const events = clusters.map((members) => {
		// The date most sources give; on a tie, a range the source states that holds every other
		// source's day ("Sabtu (13/12) hingga Minggu (14/12)" beside "mulai Sabtu (13/12)": the day is
		// part of it), else a day over a range ("pekan depan"); then a source that states it ("Rabu
		// (6/8/2025)" over another's bare "Rabu"), then the first article's.
		const counts = new Map<string, number>();
		for (const member of members) counts.set(member.event.start, (counts.get(member.event.start) ?? 0) + 1);
		const holdsTheDays = (range: Event) => range.certainty === 'stated' && members.every((member) => isRange(member.event) || within(member.event.start, range));
		const detail = ({event}: EventMember) => (!isRange(event) ? 1 : holdsTheDays(event) ? 2 : 0);
		const stated = ({event}: EventMember) => (event.certainty === 'stated' ? 1 : 0);
		const weight = (member: EventMember) => (counts.get(member.event.start) ?? 0) * 8 + detail(member) * 2 + stated(member);
		const chosen = members.reduce((best, member) => (weight(member) > weight(best) ? member : best), members[0] as EventMember);
		const id = unique(chosen.event.id);
		for (const member of members) eventOf.set(keyOf(member.article, member.event.id), id);
		if (members.length > 1) datings.set(id, members);
		const participants = [...new Set(members.flatMap((member) => [...member.participants]))].map((entity) => ({entity}));
		const place = members.map((member) => member.place).find((value) => value !== undefined);
		const {dateEvidence, ...rest} = chosen.event;
		return {
			...rest,
			id,
			...(dateEvidence ? {dateEvidence: withArticle(chosen.article)(dateEvidence)} : {}),
			place: place ?? null,
			participants,
			evidence: members.flatMap((member) => member.event.evidence.map(withArticle(member.article))),
		};
	});
	return {events, eventOf, datings};
}

/**
 * A merged event titled in words that take no side: a title that prints a figure its sources
 * dispute ("… di 12 TPS" where another outlet counts 14) gives way to another source's title
 * (with its summary) that prints none; if every source's does, the first article's stands, and
 * the claim row shows the disagreement.
 */
export function withUndisputedTitle(event: Event, members: readonly EventMember[], comparison: ClaimComparison, notes: string[]): Event {
	const figures = comparison
		.about({event: event.id})
		.filter((group) => !group.agree && group.measure !== DATE_MEASURE)
		.flatMap((group) => group.values.flatMap((value) => value.sources.map((source) => source.evidence.exact)));
	const takesSide = (candidate: Event) => figures.some((words) => (candidate.title.id ?? '').includes(words));
	if (!takesSide(event)) return event;
	const other = members.find((member) => !takesSide(member.event)) ?? members[0];
	if (!other || other.event.title.id === event.title.id) return event;
	notes.push(`event: "${event.title.id ?? ''}" is titled "${other.event.title.id ?? ''}" (${other.article}): its own title prints a disputed figure`);
	return {...event, title: other.event.title, summary: other.event.summary};
}
