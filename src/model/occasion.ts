/**
 * When a quote was said. A quote is spoken on an occasion (the event at which it was said) and
 * may be about other events: a minister speaking on 25 March about a 2030 target said it on
 * 25 March. A citation dates a quote by its occasion, never by what it is about.
 */
import type {Catalog, EventBrief} from './catalog.js';
import {firstDay} from './dates.js';
import type {Quote} from './schema.js';

/** The events a quote belongs to: its occasion first, then those it is about, each once. */
export function eventIdsOfQuote(quote: Pick<Quote, 'event' | 'about'>): string[] {
	const ids = quote.event === null ? [] : [quote.event];
	for (const id of quote.about) if (!ids.includes(id)) ids.push(id);
	return ids;
}

/** When a quote was said: the span of its occasion, or the article's publication day. */
export interface SaidWhen {
	readonly start: string;
	readonly end: string | null;
	/** The occasion, when the dataset names one that can date it. */
	readonly event?: EventBrief;
}

/** When a quote was said, and the timeline position of the occasion that dates it, if one does. */
interface SaidDates {
	readonly start: string;
	readonly end: string | null;
	readonly position?: number;
}

/**
 * When `quote` was said. An occasion that starts after the article came out cannot be when it
 * was said (an older dataset may have put a quote's subject there): the quote is then dated by
 * the publication day, as one without an occasion is.
 */
export function saidWhen(story: Pick<Catalog, 'article' | 'articleById' | 'eventPosition' | 'events'>, quote: Pick<Quote, 'event' | 'evidence' | 'otherSources'>): SaidWhen {
	const {start, end, position} = saidDates(story, quote);
	return position === undefined ? {start, end} : {start, end, event: story.events.briefAt(position)!};
}

/**
 * When `quote` was said, as saidWhen dates it, reading only its occasion's dates (a store reads
 * a few bytes of the occasion's brief, not its title): what a listing of quotes prints.
 */
export function saidDates(story: Pick<Catalog, 'article' | 'articleById' | 'eventPosition' | 'events'>, quote: Pick<Quote, 'event' | 'evidence' | 'otherSources'>): SaidDates {
	const published = firstPrinted(story, quote);
	const position = quote.event === null ? undefined : story.eventPosition(quote.event);
	const dating = position === undefined ? undefined : story.events.datingAt(position);
	if (dating && firstDay(dating.start) <= firstDay(published)) return {start: dating.start, end: dating.end ?? null, position};
	return {start: published, end: null};
}

/** The day a quote was first printed: the earliest publication day of the articles that print it. */
function firstPrinted(story: Pick<Catalog, 'article' | 'articleById'>, quote: Pick<Quote, 'evidence' | 'otherSources'>): string {
	const dayOf = (articleId: string | undefined) => (articleId === undefined ? story.article : (story.articleById(articleId) ?? story.article)).published.slice(0, 10);
	let day = dayOf(quote.evidence.article);
	for (const printing of quote.otherSources ?? []) {
		const other = dayOf(printing.evidence.article);
		if (other < day) day = other;
	}
	return day;
}
