/**
 * The quotes of a story of several articles: one quotation printed by two outlets is one quote,
 * its other printings in otherSources. A quote has one occasion, and a citation names one article
 * (its evidence's) beside the day it was said; so the printing that says when the words were said
 * is the quote's evidence, and a day one outlet states is never pasted with an outlet that does not.
 */
import {firstDay} from '../model/dates.js';
import {uniqueIds} from '../model/ids.js';
import type {DatasetFileV1, Event, Quote, QuotePrinting} from '../model/schema.js';
import {quoteWording, wordsOf} from '../model/sources.js';
import {withArticle} from './spans.js';
import type {SourceDraft} from './storySources.js';

type DraftQuote = DatasetFileV1['quotes'][number];

/** Whether a printing is the quote (same words) or a run of at least five of its words, as the format allows. */
export function samePrinting(quote: string, printed: string): boolean {
	const wording = quoteWording(quote, printed);
	return wording === 'same' || (wording === 'part' && wordsOf(printed).length >= 5);
}

/** What the quote merge reads of the other merges: the story's id of an article's entity or event. */
export interface QuoteLookups {
	readonly entity: (article: string, id: string) => string | undefined;
	readonly event: (article: string, id: string) => string | undefined;
}

/** One article's printing of a quotation, with its occasion as that article dates it. */
interface Printing {
	readonly article: string;
	readonly quote: DraftQuote;
	readonly speaker: string;
	/** The occasion in the article's own draft: its date is what that article says. */
	readonly occasion: Event | undefined;
}

const dayPrinted = (printing: Printing) => `${printing.article} ${printing.occasion ? `${printing.occasion.start} (${printing.occasion.certainty}, "${printing.occasion.title.id ?? ''}")` : 'no day'}`;

/**
 * The printing that dates the quote: of those that can hold the others (a shorter run cannot hold
 * the whole), the one with an occasion, a stated one first, then the earliest (words said on a day
 * may be printed again later, never said before it), then the first printed. With none, the
 * first printing, and the quote counts as said by the day it was first printed, inferred.
 */
function datingPrinting(printings: readonly Printing[], notes: string[]): Printing {
	const first = printings[0] as Printing;
	const holdsAll = (candidate: Printing) => printings.every((other) => other === candidate || samePrinting(candidate.quote.text, other.quote.text));
	// Stated before inferred before none; then the earlier day.
	const rank = ({occasion}: Printing): [number, number] => (occasion ? [occasion.certainty === 'stated' ? 0 : 1, firstDay(occasion.start)] : [2, 0]);
	const datesEarlier = (a: Printing, b: Printing) => {
		const [x, y] = [rank(a), rank(b)];
		return x[0] - y[0] || x[1] - y[1];
	};
	const dated = printings.filter((printing) => printing.occasion !== undefined);
	const chosen = printings.filter(holdsAll).reduce((best, printing) => (datesEarlier(printing, best) < 0 ? printing : best), first);
	const days = new Set(dated.map((printing) => printing.occasion?.start));
	if (dated.length > 0 && (days.size > 1 || chosen !== first || !chosen.occasion)) {
		const why = !chosen.occasion ? 'the printing that dates it prints only part of it, so none dates it' : days.size > 1 ? `the earliest stated is its occasion and the quote's evidence, the others stay in otherSources` : `the printing that dates it is the quote's evidence`;
		notes.push(`quote: “${first.quote.text}” printed ${printings.map(dayPrinted).join('; ')}: ${why}`);
	}
	return chosen;
}

/** Merge the drafts' quotes: a same speaker's same words (or a run of five or more of them) in another article are one quote. */
export function mergeQuotes(sources: readonly SourceDraft[], lookups: QuoteLookups, notes: string[]): Quote[] {
	const uniqueId = uniqueIds();
	const groups: Printing[][] = [];
	for (const {id: article, draft} of sources) {
		for (const quote of draft.quotes) {
			const speaker = lookups.entity(article, quote.speaker) ?? quote.speaker;
			const printing: Printing = {article, quote, speaker, occasion: quote.event === null ? undefined : draft.events.find((event) => event.id === quote.event)};
			const same = groups.find((group) => group[0]?.speaker === speaker && !group.some((other) => other.article === article) && samePrinting(group[0].quote.text, quote.text));
			if (same?.[0]) {
				notes.push(`quote: “${quote.text}” (${article}) = the one in ${same[0].article}: ${quoteWording(same[0].quote.text, quote.text) === 'same' ? 'same words' : 'a run of its words'} (case, spacing, punctuation and quotation marks aside), same speaker ${speaker}`);
				same.push(printing);
			} else groups.push([printing]);
		}
	}
	return groups.map((printings) => {
		const {article, quote, speaker} = datingPrinting(printings, notes);
		const others: QuotePrinting[] = printings.filter((printing) => printing.quote !== quote).map((printing) => ({evidence: withArticle(printing.article)(printing.quote.evidence), ...(printing.quote.attribution ? {attribution: withArticle(printing.article)(printing.quote.attribution)} : {})}));
		const about = [...new Set(printings.flatMap((printing) => printing.quote.about.map((id) => lookups.event(printing.article, id) ?? id)))];
		const merged: Quote = {
			...quote,
			id: uniqueId(quote.id),
			speaker,
			event: quote.event === null ? null : (lookups.event(article, quote.event) ?? null),
			about,
			evidence: withArticle(article)(quote.evidence),
			...(quote.attribution ? {attribution: withArticle(article)(quote.attribution)} : {}),
		};
		return others.length > 0 ? {...merged, otherSources: others} : merged;
	});
}
