/**
 * What a reporter pastes into a piece: the quotation as it reads standing alone, and a citation
 * that says who said it (with the title the article gives them), when it was said, and where and
 * when it ran, so it need not be checked against the article again.
 */
import type {Catalog} from './catalog.js';
import {speakerName} from './catalog.js';
import {formatDate, formatSpan} from './dates.js';
import {localized, sameLanguage} from './localize.js';
import {saidDates, type SaidDates} from './occasion.js';
import type {Quote} from './schema.js';

/**
 * A quotation as it reads standing alone. Indonesian (and English) prose closes a quotation
 * that an attribution follows with a comma inside the marks (“…4G dan 5G,” ungkap …); without
 * the attribution that comma ends the sentence, so it becomes a full stop, or goes after a question
 * or exclamation mark. Nothing else changes.
 */
export function standaloneQuotation(text: string): string {
	// A question, an exclamation or an ellipsis ("…", "...") ends itself: "Kapan jembatan diperbaiki?,"
	// loses only the comma; so does an abbreviation's dot ("dll.,").
	return withoutParagraphMarks(text).replace(/([.?!…])\s*,(\s*)$/u, '$1$2').replace(/,(\s*)$/u, '.$1').trimEnd();
}

/**
 * A quotation over several paragraphs without the mark that opens each paragraph after its first:
 * papers print one there and close only the last (“Kami butuh air. / “Anak-anak kami periksa,”),
 * so in one quotation's words such a mark opens nothing that closes. A quoted phrase inside, “…”
 * or "…", closes and stays.
 */
function withoutParagraphMarks(text: string): string {
	// A curly mark opens a paragraph after a sentence's end, before a capital, and closes nothing.
	const curly = text.replace(/(?<=[.!?…]\s+)“(?=\p{Lu}[^”]*(?:“|$))/gu, '');
	// A straight mark opens a paragraph after a sentence's end, before a capital; it closes nothing
	// where the next straight mark opens another paragraph, or none follows.
	const marks = [...curly.matchAll(/"/g)].map((match) => match.index ?? 0);
	const opensParagraph = (at: number) => /[.!?…]\s+$/u.test(curly.slice(Math.max(0, at - 4), at)) && /^\p{Lu}/u.test(curly.slice(at + 1));
	const dropped = marks.filter((at, k) => opensParagraph(at) && (k === marks.length - 1 || opensParagraph(marks[k + 1]!)));
	let kept = '';
	let from = 0;
	for (const at of dropped) {
		kept += curly.slice(from, at);
		from = at + 1;
	}
	return kept + curly.slice(from);
}

/** The words a citation adds to the day said, in the reader's language (the explorer's tables give them). */
export interface CitationWords {
	/** After a day said that the article does not state: "tanggal disimpulkan", "date inferred". */
	readonly dateInferred: string;
}

/**
 * The day a quote was said, as a citation gives it: "25 Mar 2025", and a day that is inferred
 * followed by the words that say so in brackets, as an editor's insertion into a citation is
 * written ("25 Mar 2025 [tanggal disimpulkan]"), so a guessed day is never pasted as fact.
 */
export function saidDay(said: SaidDates, lang: string, words: CitationWords): string {
	const span = formatSpan(said.start, said.end, lang);
	return said.certainty === 'inferred' ? `${span} [${words.dateInferred}]` : span;
}

/** The title the article gives the speaker (its first), in `lang` where the dataset has it. */
function speakerTitle(story: Pick<Catalog, 'entityById' | 'article'>, quote: Pick<Quote, 'speaker'>, lang: string): string | undefined {
	const title = story.entityById(quote.speaker)?.titles[0];
	return title ? localized(title, lang, story.article.language) : undefined;
}

/**
 * The quote and its citation, as `Y` copies it:
 *
 *     “Kami terbuka … pada tahun 2030.”
 *     — Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 (Koran Jakarta, 26 Mar 2025)
 *
 * The first date is when it was said (saying so when it is inferred), the one in brackets when
 * the article ran; the article's URL follows the outlet where the dataset has one.
 */
export function citation(story: Pick<Catalog, 'article' | 'articleById' | 'claimComparison' | 'entityById' | 'entityNameById' | 'eventPosition' | 'events'>, quote: Quote, lang: string, words: CitationWords): string {
	const said = saidDates(story, quote);
	const title = speakerTitle(story, quote, lang);
	// The article whose words are quoted (in a story of several, the one of the quote's evidence).
	const article = (quote.evidence.article === undefined ? undefined : story.articleById(quote.evidence.article)) ?? story.article;
	const who = [speakerName(story, quote), ...(title ? [title] : []), saidDay(said, lang, words)].join(', ');
	const where = [article.outlet, formatDate(article.published.slice(0, 10), lang), ...(article.url ? [article.url] : [])].join(', ');
	return `“${standaloneQuotation(quote.text)}”\n— ${who} (${where})`;
}

/** Who said a quote and when: "Meutya Hafid, 25 Mar 2025", as exports attribute a quotation. */
export function saidBy(story: Pick<Catalog, 'article' | 'articleById' | 'claimComparison' | 'entityNameById' | 'eventPosition' | 'events'>, quote: Quote, lang: string, words: CitationWords): string {
	return `${speakerName(story, quote)}, ${saidDay(saidDates(story, quote), lang, words)}`;
}

/**
 * The gloss to show beside a quotation for a reader of `lang`: only when `lang` is not the
 * article's own and the dataset glosses the quote in it. The quotation itself is never replaced.
 */
export function glossFor(story: Pick<Catalog, 'article'>, quote: Pick<Quote, 'gloss' | 'text'>, lang: string): string | undefined {
	if (sameLanguage({[story.article.language]: '-'}, lang) !== undefined) return undefined;
	const gloss = sameLanguage(quote.gloss, lang);
	return gloss === undefined || gloss === quote.text ? undefined : gloss;
}
