/**
 * An event's date as each source tells it. Where the sources disagree on a date (date claims of
 * two or more values), the story's timeline places the event at one of them: these functions say
 * whose that is, what the others say, and give one source's events at its own dates, in order.
 * Pure functions over the Catalog interface, so a story loaded whole and its store agree.
 */
import type {Catalog, EventBrief, EventList} from './catalog.js';
import type {ClaimComparison, ClaimGroup} from './claims.js';
import {firstDay, lastDay, precisionOf} from './dates.js';
import type {Event, Precision} from './schema.js';
import {DATE_MEASURE} from './schema-names.js';
import {articleOf} from './sources.js';

/** One date the sources give an event, and the articles that give it (in claim order). */
export interface DateAccount {
	readonly date: string;
	readonly articles: readonly string[];
}

/** How an event's sources date it: whether they disagree, and each date with the articles that give it. */
export interface EventDateAccounts {
	readonly disputed: boolean;
	/** In the order the dates first appear among the claims; empty when no source dates it by a claim. */
	readonly accounts: readonly DateAccount[];
}

const NO_ACCOUNTS: EventDateAccounts = {disputed: false, accounts: []};

/**
 * How an event's sources date it: its date claims grouped by date. The article of the event's own
 * date evidence gives the event's start when no claim of its says otherwise (a dataset may write
 * that article's date as the event's date and a claim only for the others).
 */
export function dateAccounts(comparison: ClaimComparison, event: Pick<Event, 'id' | 'start' | 'dateEvidence'>, defaultArticle: string): EventDateAccounts {
	const group = comparison.about({event: event.id}).find((candidate) => candidate.measure === DATE_MEASURE);
	const accounts = (group?.values ?? []).map((value) => ({date: String(value.value), articles: [...new Set(value.sources.map((source) => source.article))]}));
	const evidenceArticle = event.dateEvidence ? articleOf(event.dateEvidence, defaultArticle) : undefined;
	if (!group && evidenceArticle === undefined) return NO_ACCOUNTS;
	if (evidenceArticle !== undefined && !accounts.some((account) => account.articles.includes(evidenceArticle))) {
		const own = accounts.find((account) => account.date === event.start);
		if (own) own.articles.push(evidenceArticle);
		else accounts.unshift({date: event.start, articles: [evidenceArticle]});
	}
	return {disputed: group ? !group.agree : false, accounts};
}

/** Whether an event's sources disagree on its date. */
export function dateDisputed(comparison: ClaimComparison, eventId: string): boolean {
	return comparison.about({event: eventId}).some((group) => group.measure === DATE_MEASURE && !group.agree);
}

/** The date an article gives, among an event's accounts (its first, should it give two). */
export function toldDate(accounts: readonly DateAccount[], article: string): string | undefined {
	return accounts.find((account) => account.articles.includes(article))?.date;
}

/**
 * Whose date is shown and what the others say, as a reader reads it: "stated: Warta Priangan;
 * Kabar Sukaraya 2 Nov 2025". `how` is the word for how the shown date is known; the articles
 * giving `shown` follow it (`first` first), then every other date with the articles giving it.
 * `outletOf` names an article, `formatDate` writes a date.
 */
export function whoseDate(accounts: readonly DateAccount[], shown: string | undefined, how: string, outletOf: (article: string) => string, formatDate: (date: string) => string, first?: string | null): string {
	const owners = shown === undefined ? [] : toldBy(accounts, shown);
	const ordered = first && owners.includes(first) ? [first, ...owners.filter((article) => article !== first)] : owners;
	const others = accounts.filter((account) => account.date !== shown).map((account) => `${account.articles.map(outletOf).join(', ')} ${formatDate(account.date)}`);
	return [ordered.length > 0 ? `${how}: ${ordered.map(outletOf).join(', ')}` : how, ...others].join('; ');
}

/** The articles whose date is `date` (the timeline's, or one source's). */
export function toldBy(accounts: readonly DateAccount[], date: string): readonly string[] {
	return accounts.find((account) => account.date === date)?.articles ?? [];
}

/** The date an article gives in a group of date claims on which the sources disagree. */
function disputedDateIn(group: ClaimGroup, article: string): string | undefined {
	if (group.agree || group.measure !== DATE_MEASURE) return undefined;
	const value = group.values.find((candidate) => candidate.sources.some((source) => source.article === article));
	return value && String(value.value);
}

/** The dates an article gives the events whose sources disagree on the date, by event id. */
function disputedDatesOf(comparison: ClaimComparison, article: string): Map<string, string> {
	const dates = new Map<string, string>();
	// Disagreements come first in the comparison's groups.
	for (const group of comparison.groups.slice(0, comparison.disagreements)) {
		const event = group.subject.event;
		const date = event === undefined || dates.has(event) ? undefined : disputedDateIn(group, article);
		if (date !== undefined) dates.set(event!, date);
	}
	return dates;
}

type Dating = Pick<Event, 'start' | 'end' | 'precision' | 'certainty'>;

/** Whether a source's date differs from an event's as the story dates it (another day, or a day the story only inferred). */
const datedOtherwise = (dating: Dating, date: string) => dating.start !== date || dating.certainty !== 'stated' || (dating.end ?? null) !== null;

/**
 * An event as an article tells it: at the article's date (stated: its words give it) when the
 * sources disagree on the date, else as the story dates it.
 */
export function eventAsTold<T extends Dating & Pick<Event, 'id'>>(comparison: ClaimComparison, event: T, article: string): T {
	for (const group of comparison.about({event: event.id})) {
		const date = disputedDateIn(group, article);
		if (date !== undefined) return datedOtherwise(event, date) ? redated(event, date) : event;
	}
	return event;
}

/** Events as one source tells them, with where each event is among them. */
export interface ToldEventList extends EventList {
	/** The position of an event in this list, or −1. */
	indexOf(eventId: string): number;
}

/** Where an event is in a list in timeline order (a binary search over timeline positions), or −1. */
export function positionInTimelineList(list: EventList, eventPosition: (id: string) => number | undefined, eventId: string): number {
	const target = eventPosition(eventId);
	if (target === undefined) return -1;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((eventPosition(list.idAt(mid)!) ?? -1) < target) lo = mid + 1;
		else hi = mid;
	}
	return list.idAt(lo) === eventId ? lo : -1;
}

const PRECISION_RANK: Record<Precision, number> = {day: 0, month: 1, year: 2};

/** A record dated as a source dates it: its date, a point, stated (the source's own words give it). */
function redated<T extends Dating>(record: T, date: string): T {
	return {...record, start: date, end: null, precision: precisionOf(date), certainty: 'stated'};
}

const told = new WeakMap<EventList, ToldEventList>();

/**
 * An article's events (Catalog.eventsFrom) at the dates it gives them: an event whose sources
 * disagree on its date shows this article's date (stated, as its words state it) and sits where
 * that date puts it, so the list stays in timeline order by the dates shown — the order the day
 * axis and a reader of one outlet's chronology expect. An event redated to the same day, precision
 * and span as another comes after it. Every other event is read from the article's list as it is;
 * the order costs a pass over that list only when the article tells some date otherwise.
 */
export function eventsAsTold(catalog: Pick<Catalog, 'eventsFrom' | 'claimComparison' | 'eventPosition'>, article: string): ToldEventList {
	const base = catalog.eventsFrom(article);
	const known = told.get(base);
	if (known) return known;
	const position = (id: string) => catalog.eventPosition(id);
	const moved = new Map<number, string>();
	for (const [event, date] of disputedDatesOf(catalog.claimComparison(), article)) {
		const at = positionInTimelineList(base, position, event);
		const dating = at < 0 ? undefined : base.datingAt(at);
		if (dating && datedOtherwise(dating, date)) moved.set(at, date);
	}
	const list = moved.size === 0 ? unchanged(base, position) : reordered(base, moved, position);
	told.set(base, list);
	return list;
}

function unchanged(base: EventList, position: (id: string) => number | undefined): ToldEventList {
	return {
		get length() {
			return base.length;
		},
		at: (index) => base.at(index),
		idAt: (index) => base.idAt(index),
		briefAt: (index) => base.briefAt(index),
		datingAt: (index) => base.datingAt(index),
		firstDay: (index) => base.firstDay(index),
		lastDay: (index) => base.lastDay(index),
		precision: (index) => base.precision(index),
		indexOf: (id) => positionInTimelineList(base, position, id),
	};
}

/** `base` with the events at `moved` (base positions) redated and put where their new dates fall. */
function reordered(base: EventList, moved: ReadonlyMap<number, string>, position: (id: string) => number | undefined): ToldEventList {
	const n = base.length;
	type Key = readonly [first: number, rank: number, last: number];
	const keyOfBase = (b: number): Key => [base.firstDay(b), PRECISION_RANK[base.precision(b)], base.lastDay(b)];
	const keyOfDate = (date: string): Key => [firstDay(date), PRECISION_RANK[precisionOf(date)], lastDay(date)];
	const before = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
	// The moved events in their own order (by their new dates, then their old places), merged into the rest.
	const movers = [...moved.entries()].map(([b, date]) => ({b, key: keyOfDate(date)})).sort((x, y) => before(x.key, y.key) || x.b - y.b);
	const order = new Int32Array(n);
	let m = 0;
	let i = 0;
	for (let b = 0; b < n; b++) {
		if (moved.has(b)) continue;
		const key = keyOfBase(b);
		while (m < movers.length && before(movers[m]!.key, key) < 0) order[i++] = movers[m++]!.b;
		order[i++] = b;
	}
	while (m < movers.length) order[i++] = movers[m++]!.b;
	const inverse = new Int32Array(n);
	for (let k = 0; k < n; k++) inverse[order[k]!] = k;
	const dateAt = (index: number) => moved.get(order[index]!);
	const asTold = <T extends Dating>(index: number, record: T | undefined): T | undefined => {
		const date = dateAt(index);
		return record && date !== undefined ? redated(record, date) : record;
	};
	return {
		length: n,
		at: (index) => asTold(index, base.at(order[index]!)),
		idAt: (index) => base.idAt(order[index]!),
		briefAt: (index): EventBrief | undefined => asTold(index, base.briefAt(order[index]!)),
		datingAt: (index) => asTold(index, base.datingAt(order[index]!)),
		firstDay: (index) => {
			const date = dateAt(index);
			return date === undefined ? base.firstDay(order[index]!) : firstDay(date);
		},
		lastDay: (index) => {
			const date = dateAt(index);
			return date === undefined ? base.lastDay(order[index]!) : lastDay(date);
		},
		precision: (index) => {
			const date = dateAt(index);
			return date === undefined ? base.precision(order[index]!) : precisionOf(date);
		},
		indexOf(id) {
			// The event's place in the article's list (in timeline order by the story's dates), then in this order.
			const b = positionInTimelineList(base, position, id);
			return b < 0 ? -1 : inverse[b]!;
		},
	};
}
