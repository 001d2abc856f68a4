/**
 * `mergeDrafts`: several single-article drafts (each read by ingestDocument) into one draft story of
 * version 2. Entities are merged by name, alias and short form; events by date and shared
 * participants, place or key words; quotes by their words. Every merge is written down as a note,
 * so that a person can check why two things became one (`ingest --explain`).
 */
import {compareClaims, type ClaimComparison} from '../model/claims.js';
import {slug, uniqueIds} from '../model/ids.js';
import {DATE_MEASURE, type Claim, type DatasetFileV1, type DatasetFileV2, type Entity, type Event, type SourceArticle} from '../model/schema.js';
import {abbreviates, foldName, fullestTitles} from './aliases.js';
import {draftClaims, isRange, within} from './storyClaims.js';
import {isTelling, keyWords} from './storyWords.js';
import {quotationSpans} from './quotes.js';
import {anchorMaker, withArticle} from './spans.js';
import {mergeQuotes, samePrinting} from './storyQuotes.js';
import {isDayOfTelling} from './told.js';

/** One article's draft and the id its anchors will carry. */
export interface SourceDraft {
	readonly id: string;
	readonly draft: DatasetFileV1;
}

/** A merged story and the reasons of each merge. */
export interface StoryDraft {
	readonly dataset: DatasetFileV2;
	readonly notes: readonly string[];
}

type Key = string;
const keyOf = (article: string, id: string): Key => `${article}\u0000${id}`;

/** The ids articles get from their file names: unique, readable. */
export function articleIds(names: readonly string[]): string[] {
	const unique = uniqueIds();
	return names.map((name) => unique(slug(name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), {fallback: 'artikel'})));
}

const personWords = (name: string) => foldName(name).split(' ').filter((word) => word.length > 1);

/** Why two entities are one, or undefined: a shared name or alias, or (people) one's words all in the other's name. */
function sameEntity(a: Entity, b: Entity): string | undefined {
	if (a.type !== b.type) return undefined;
	const namesA = new Set([a.name, ...a.aliases].map(foldName));
	const shared = [b.name, ...b.aliases].map(foldName).find((name) => namesA.has(name));
	if (shared) return `shared name "${shared}"`;
	if (a.type === 'organization') {
		// "PUPR Garut" in one article is the "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut" of another.
		const formsB = [b.name, ...b.aliases];
		for (const formA of [a.name, ...a.aliases]) {
			const pair = formsB.find((formB) => abbreviates(formA, formB) || abbreviates(formB, formA));
			if (pair) return `"${formA.length < pair.length ? formA : pair}" is a short form of "${formA.length < pair.length ? pair : formA}"`;
		}
	}
	if (a.type !== 'person') return undefined;
	// "Ridwan" or "Marlina" is the short form of "Ridwan Saputra" / "Rina Marlina" in the same story.
	const [shorter, longer] = personWords(a.name).length <= personWords(b.name).length ? [a, b] : [b, a];
	const longWords = new Set(personWords(longer.name));
	const shortWords = personWords(shorter.name);
	if (shortWords.length > 0 && shortWords.every((word) => longWords.has(word))) return `"${shorter.name}" is a short form of "${longer.name}"`;
	return undefined;
}

/** Merge the entities of all drafts: one cluster per real entity, the canonical name the fullest one. */
function mergeEntities(sources: readonly SourceDraft[], notes: string[]): {entities: Entity[]; entityOf: Map<Key, string>} {
	const clusters: {members: {article: string; entity: Entity}[]}[] = [];
	for (const {id: article, draft} of sources) {
		for (const entity of draft.entities) {
			const matches = clusters.filter((cluster) => cluster.members.some((member) => member.article !== article && sameEntity(member.entity, entity)));
			// A short form that fits two different people ("Asep" for two Aseps) stays apart: it is ambiguous.
			const target = matches.length === 1 || (matches.length > 1 && entity.type !== 'person') ? matches[0] : undefined;
			if (target) {
				const other = target.members.find((member) => member.article !== article && sameEntity(member.entity, entity));
				if (other) notes.push(`entity: "${entity.name}" (${article}) = "${other.entity.name}" (${other.article}): ${sameEntity(other.entity, entity) ?? ''}`);
				target.members.push({article, entity});
			} else {
				if (matches.length > 1) notes.push(`entity: "${entity.name}" (${article}) kept apart: it could be ${matches.map((m) => `"${m.members[0]?.entity.name ?? ''}"`).join(' or ')}`);
				clusters.push({members: [{article, entity}]});
			}
		}
	}
	const unique = uniqueIds();
	const entityOf = new Map<Key, string>();
	const entities = clusters.map(({members}) => {
		const first = members[0] as {article: string; entity: Entity};
		const fullest = members.reduce((best, member) => (personWords(member.entity.name).length > personWords(best.entity.name).length ? member : best), first);
		const id = unique(fullest.entity.id);
		for (const member of members) entityOf.set(keyOf(member.article, member.entity.id), id);
		const names = [...new Set(members.flatMap((member) => [member.entity.name, ...member.entity.aliases]))].filter((name) => name !== fullest.entity.name);
		const titles = new Map(members.flatMap((member) => member.entity.titles).map((title) => [JSON.stringify(title), title]));
		return {
			...fullest.entity,
			id,
			aliases: names,
			titles: fullestTitles([...titles.values()], (title) => title.id ?? Object.values(title)[0] ?? ''),
			mentions: members.flatMap((member) => member.entity.mentions.map(withArticle(member.article))),
		};
	});
	return {entities: entities.map((entity) => withNamesElsewhere(entity, sources, notes)), entityOf};
}

/**
 * A person one article names in full ("Febby Rizki Pratama dari BPBD Lebak") is also mentioned where
 * another article prints that full name without a title the single-article rules need to see it.
 */
function withNamesElsewhere(entity: Entity, sources: readonly SourceDraft[], notes: string[]): Entity {
	if (entity.type !== 'person' || personWords(entity.name).length < 2) return entity;
	const has = new Set(entity.mentions.map((mention) => mention.article));
	const added = sources.flatMap(({id, draft}) => {
		const text = draft.article.text ?? '';
		if (has.has(id)) return [];
		const anchor = anchorMaker(text);
		const found = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))].map((match) => ({...anchor({start: match.index ?? 0, end: (match.index ?? 0) + entity.name.length}), article: id}));
		if (found.length > 0) notes.push(`entity: "${entity.name}" is also named in ${id}, where the single-article rules did not see it`);
		return found;
	});
	return added.length === 0 ? entity : {...entity, mentions: [...entity.mentions, ...added]};
}

/** The one title the single-article rules give an article's own publication (see ingest.ts): each source keeps its own. */
const isPublication = (event: Event) => /^Artikel terbit(?: di |$)/u.test(event.title.id ?? '');

const span = (event: Event) => (event.end && event.end !== event.start ? `${event.start}–${event.end}` : event.start);
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

interface EventMember {
	readonly article: string;
	readonly event: Event;
	readonly participants: Set<string>;
	readonly place: string | undefined;
	readonly words: Set<string>;
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

/** Why two events (of different articles) are one, or undefined. */
function sameEvent(a: EventMember, b: EventMember): string | undefined {
	if (isPublication(a.event) || isPublication(b.event) || a.event.precision !== b.event.precision) return undefined;
	const sharedWords = [...a.words].filter((word) => b.words.has(word));
	const sameDates = a.event.start === b.event.start && (a.event.end ?? a.event.start) === (b.event.end ?? b.event.start);
	if (sameDates) {
		const participant = [...a.participants].find((id) => b.participants.has(id));
		if (participant) return `same date ${a.event.start}, shared participant ${participant}`;
		if (a.place !== undefined && a.place === b.place) return `same date ${a.event.start}, same place ${a.place}`;
		if (sharedWords.length >= 2) return `same date ${a.event.start}, shared words ${sharedWords.join(', ')}`;
		return undefined;
	}
	// A day a speaker tells of (“rapat pleno kemarin”) and the day the words were said are of two
	// happenings, the one told of and the telling, though the words are the same quotation's.
	if ((a.dating === 'quotation' && b.dating === 'telling') || (a.dating === 'telling' && b.dating === 'quotation')) return undefined;
	// A telling is its quotations: on two days, with none in common, it is two statements (of one
	// speaker, whose name is all their words share), not one the sources date differently.
	if ((isTelling(a.event) || isTelling(b.event)) && !shareQuotation(a, b)) return undefined;
	// Sources that date the same happening differently: only on strong agreement of words, days apart.
	if (a.event.precision === 'day' && Math.abs(dayNumber(a.event.start) - dayNumber(b.event.start)) <= 3 && sharedWords.length >= 3) {
		const [day, range] = isRange(a.event) ? [b.event, a.event] : [a.event, b.event];
		if (!isRange(day) && isRange(range) && within(day.start, range)) return `date ${day.start} within ${span(range)}, shared words ${sharedWords.join(', ')}`;
		return `dates ${span(a.event)} and ${span(b.event)} differ, shared words ${sharedWords.join(', ')}`;
	}
	return undefined;
}

function mergeEvents(sources: readonly SourceDraft[], entityOf: Map<Key, string>, notes: string[]): {events: Event[]; eventOf: Map<Key, string>; datings: Map<string, EventMember[]>} {
	const clusters: EventMember[][] = [];
	for (const {id: article, draft} of sources) {
		for (const event of draft.events) {
			const member: EventMember = {
				article,
				event,
				participants: new Set(event.participants.map((p) => entityOf.get(keyOf(article, p.entity)) ?? p.entity)),
				place: event.place ? entityOf.get(keyOf(article, event.place)) : undefined,
				words: keyWords(event),
				quotations: draft.quotes.filter((quote) => quote.event === event.id).map((quote) => quote.text),
				dating: datedBy(event, draft.article.text ?? ''),
			};
			let target: EventMember[] | undefined;
			let why: string | undefined;
			for (const cluster of clusters) {
				if (cluster.some((other) => other.article === article)) continue;
				why = cluster.map((other) => sameEvent(other, member)).find((reason) => reason !== undefined);
				if (why) {
					target = cluster;
					break;
				}
			}
			if (target) {
				notes.push(`event: "${event.title.id ?? ''}" (${article}) = "${target[0]?.event.title.id ?? ''}" (${target[0]?.article ?? ''}): ${why ?? ''}`);
				target.push(member);
			} else clusters.push([member]);
		}
	}
	const unique = uniqueIds();
	const eventOf = new Map<Key, string>();
	const datings = new Map<string, EventMember[]>();
	const events = clusters.map((members) => {
		// The date most sources give; on a tie, a range the source states that holds every other
		// source's day ("Sabtu (13/12) hingga Minggu (14/12)" beside "mulai Sabtu (13/12)": the day is
		// part of it), else a day over a range ("pekan depan"), then the first article's.
		const counts = new Map<string, number>();
		for (const member of members) counts.set(member.event.start, (counts.get(member.event.start) ?? 0) + 1);
		const holdsTheDays = (range: Event) => range.certainty === 'stated' && members.every((member) => isRange(member.event) || within(member.event.start, range));
		const detail = ({event}: EventMember) => (!isRange(event) ? 1 : holdsTheDays(event) ? 2 : 0);
		const weight = (member: EventMember) => (counts.get(member.event.start) ?? 0) * 2 + detail(member);
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
function withUndisputedTitle(event: Event, members: readonly EventMember[], comparison: ClaimComparison, notes: string[]): Event {
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

/** Merge single-article drafts into one story, with the notes of what was merged and why. */
export function mergeDrafts(sources: readonly SourceDraft[]): StoryDraft {
	const notes: string[] = [];
	const articles: SourceArticle[] = sources.map(({id, draft}) => ({id, ...draft.article}));
	const {entities, entityOf} = mergeEntities(sources, notes);
	const {events, eventOf, datings} = mergeEvents(sources, entityOf, notes);
	const quotes = mergeQuotes(sources, {entity: (article, id) => entityOf.get(keyOf(article, id)), event: (article, id) => eventOf.get(keyOf(article, id))}, notes);
	const claims: Claim[] = draftClaims({sources, events, entities, eventOf: (article, id) => eventOf.get(keyOf(article, id)), datings, notes});
	const disputed = compareClaims(claims, '');
	const titled = events.map((event) => withUndisputedTitle(event, datings.get(event.id) ?? [], disputed, notes));
	return {dataset: {version: 2, articles, entities, events: titled, quotes, claims}, notes};
}
