/**
 * When a quote was said. A quote is spoken on an occasion (the event at which it was said) and
 * may be about other events: a minister speaking on 25 March about a 2030 target said it on
 * 25 March. A citation dates a quote by its occasion, never by what it is about, and knows the
 * day as the occasion's date is known: an occasion dated from context ("Saat ini") gives a day
 * that is inferred, and every place that shows it must say so.
 */
import type {Catalog, EventBrief, EventDating} from './catalog.js';
import {firstDay} from './dates.js';
import type {Certainty, Quote} from './schema.js';
import {eventAsTold} from './told-dates.js';

/** The events a quote belongs to: its occasion first, then those it is about, each once. */
export function eventIdsOfQuote(quote: Pick<Quote, 'event' | 'about'>): string[] {
	const ids = quote.event === null ? [] : [quote.event];
	for (const id of quote.about) if (!ids.includes(id)) ids.push(id);
	return ids;
}

/** When a quote was said: its occasion's span, or the day it was first printed; and how that is known. */
export interface SaidDates {
	readonly start: string;
	readonly end: string | null;
	/**
	 * Its occasion's certainty; a quote dated by the day it was printed is `inferred`, as the
	 * article does not say it was said that day.
	 */
	readonly certainty: Certainty;
}

/** When a quote was said: the span of its occasion, or the article's publication day. */
export interface SaidWhen extends SaidDates {
	/** The occasion, when the dataset names one that can date it. */
	readonly event?: EventBrief;
}

/** What dating a quote reads of the catalog, and of the quote. */
type DatingCatalog = Pick<Catalog, 'article' | 'articleById' | 'claimComparison' | 'eventPosition' | 'events'>;
type DatedQuote = Pick<Quote, 'event' | 'evidence' | 'otherSources'>;

/**
 * When `quote` was said. An occasion that starts after the article came out cannot be when it
 * was said (an older dataset may have put a quote's subject there): the quote is then dated by
 * the publication day, as one without an occasion is.
 */
export function saidWhen(story: DatingCatalog, quote: DatedQuote): SaidWhen {
	const {occasion, ...said} = datedByOccasion(story, quote, (position) => story.events.briefAt(position));
	return occasion ? {...said, event: occasion} : said;
}

/**
 * When `quote` was said, as saidWhen dates it, reading only its occasion's dates (a store reads
 * a few bytes of the occasion's brief, not its title): what a listing of quotes prints.
 */
export function saidDates(story: DatingCatalog, quote: DatedQuote): SaidDates {
	const {start, end, certainty} = datedByOccasion(story, quote, (position) => story.events.datingAt(position));
	return {start, end, certainty};
}

/**
 * The dating saidWhen and saidDates share, with the occasion as `read` gives it when it dates the
 * quote: each reads the occasion once, as much of it as it needs. Where the sources disagree on
 * the occasion's date, it is the date the quote's own article gives: its attribution told that
 * day, and the story's date may be another outlet's (a merge may join two outlets' tellings).
 */
function datedByOccasion<Occasion extends EventDating>(story: DatingCatalog, quote: DatedQuote, read: (position: number) => Occasion | undefined): SaidDates & {readonly occasion?: Occasion} {
	const published = firstPrinted(story, quote);
	const position = quote.event === null ? undefined : story.eventPosition(quote.event);
	const dated = position === undefined ? undefined : read(position);
	const occasion = dated && quote.event !== null ? eventAsTold(story.claimComparison(), {...dated, id: quote.event}, quote.evidence.article ?? story.article.id) : undefined;
	if (occasion && firstDay(occasion.start) <= firstDay(published)) return {start: occasion.start, end: occasion.end ?? null, certainty: occasion.certainty, occasion};
	return {start: published, end: null, certainty: 'inferred'};
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
