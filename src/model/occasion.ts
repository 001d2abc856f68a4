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

/**
 * When `quote` was said. An occasion that starts after the article came out cannot be when it
 * was said (an older dataset may have put a quote's subject there): the quote is then dated by
 * the publication day, as one without an occasion is.
 */
export function saidWhen(story: Pick<Catalog, 'article' | 'eventPosition' | 'events'>, quote: Pick<Quote, 'event'>): SaidWhen {
	const published = story.article.published.slice(0, 10);
	const position = quote.event === null ? undefined : story.eventPosition(quote.event);
	const event = position === undefined ? undefined : story.events.briefAt(position);
	if (event && firstDay(event.start) <= firstDay(published)) return {start: event.start, end: event.end ?? null, event};
	return {start: published, end: null};
}
