/**
 * A story's sources: which article each anchor is in, what each article says of an event or a
 * quote, and whether two printings of a quote are the same words. Pure functions over records,
 * read the same way from a story loaded whole and from its store.
 */
import type {Anchor, Claim, DatasetFile, Event, Quote, SourceArticle} from './schema.js';
import {ARTICLE_ID, DATE_MEASURE} from './schema-names.js';

/** A dataset's articles as the model reads them: a version-1 article gets the id ARTICLE_ID. */
export function articlesOf(data: DatasetFile): readonly SourceArticle[] {
	return data.version === 1 ? [{id: ARTICLE_ID, ...data.article}] : data.articles;
}

/** The article an anchor is in: the one it names, else the story's only (first) article. */
export function articleOf(anchor: Pick<Anchor, 'article'>, defaultArticle: string): string {
	return anchor.article ?? defaultArticle;
}

/** What one article says of an event: its passages and the words that date it there. */
export interface EventSource {
	readonly article: string;
	readonly evidence: readonly Anchor[];
	readonly dateEvidence: readonly Anchor[];
}

/** Whether a claim dates the event `eventId`. */
export function isDateClaimOf(claim: Claim, eventId: string): boolean {
	return claim.measure === DATE_MEASURE && claim.subject.event === eventId;
}

/**
 * An event's sources, in the order their articles first appear in its evidence, then in its date
 * evidence and the evidence of its date claims (`dateClaims`: the words of each, in claim order).
 */
export function eventSources(event: Pick<Event, 'evidence' | 'dateEvidence'>, defaultArticle: string, dateClaims: readonly Anchor[] = []): EventSource[] {
	const byArticle = new Map<string, {article: string; evidence: Anchor[]; dateEvidence: Anchor[]}>();
	const sourceOf = (anchor: Anchor) => {
		const article = articleOf(anchor, defaultArticle);
		let source = byArticle.get(article);
		if (!source) byArticle.set(article, (source = {article, evidence: [], dateEvidence: []}));
		return source;
	};
	for (const anchor of event.evidence) sourceOf(anchor).evidence.push(anchor);
	const dated = (anchor: Anchor) => {
		const {dateEvidence} = sourceOf(anchor);
		// A date claim usually rests on the very words of the event's dateEvidence: shown once.
		if (!dateEvidence.some((known) => known.start === anchor.start && known.end === anchor.end)) dateEvidence.push(anchor);
	};
	if (event.dateEvidence) dated(event.dateEvidence);
	for (const anchor of dateClaims) dated(anchor);
	return [...byArticle.values()];
}

/** How a printing's words compare with the quote's: the same words, a shorter run of them, or other words. */
export type QuoteWording = 'same' | 'part' | 'different';

/** One article's printing of a quote: its own words and attribution. */
export interface QuoteSource {
	readonly article: string;
	readonly evidence: Anchor;
	readonly attribution?: Anchor | undefined;
	/** How its words compare with the quote's text ('same' for the first printing). */
	readonly wording: QuoteWording;
}

/** A quote's printings, its own evidence first. */
export function quoteSources(quote: Pick<Quote, 'text' | 'evidence' | 'attribution' | 'otherSources'>, defaultArticle: string): QuoteSource[] {
	return [
		{article: articleOf(quote.evidence, defaultArticle), evidence: quote.evidence, attribution: quote.attribution, wording: 'same'},
		...(quote.otherSources ?? []).map((printing) => ({
			article: articleOf(printing.evidence, defaultArticle),
			evidence: printing.evidence,
			attribution: printing.attribution,
			wording: quoteWording(quote.text, printing.evidence.exact),
		})),
	];
}

/**
 * A text's words for comparing printings: letters and digits only, in lower case, NFKC (so
 * curly and straight quotes, dashes, spacing and letter case do not tell two printings apart).
 */
export function wordsOf(text: string): string[] {
	return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a printing has the quote's words, a contiguous run of them, or others. */
export function quoteWording(quoteText: string, printed: string): QuoteWording {
	const whole = wordsOf(quoteText);
	const part = wordsOf(printed);
	if (part.length === 0) return 'different';
	if (part.length === whole.length) return part.every((word, i) => word === whole[i]) ? 'same' : 'different';
	if (part.length > whole.length) return 'different';
	for (let from = 0; from + part.length <= whole.length; from++) {
		if (part.every((word, i) => word === whole[from + i])) return 'part';
	}
	return 'different';
}
