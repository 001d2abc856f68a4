/** Small phrases the export formats share, so a calendar, a timeline and a brief say things alike. */
import {localized} from '../model/localize.js';
import {outletOf, sourcesOfEvent, type ArticleInfo, type Catalog} from '../model/catalog.js';
import {formatClaimValue} from '../model/claims.js';
import type {Event} from '../model/schema.js';
import {DATE_MEASURE} from '../model/schema-names.js';
import {publicationDay} from '../model/story.js';
import {opensWithWord} from '../text/words.js';
import {exportWords} from './words.js';

/**
 * How an inferred date was read, or null for a stated date: the dataset's note, opened with
 * "Disimpulkan:" ("Inferred:") unless it opens so already, as the explorer says it.
 */
export function inferredDateNote(story: Pick<Catalog, 'article'>, event: Pick<Event, 'certainty' | 'dateNote'>, lang: string): string | null {
	if (event.certainty !== 'inferred') return null;
	const words = exportWords(lang);
	if (!event.dateNote) return words.dateInferred;
	const note = localized(event.dateNote, lang, story.article.language);
	return saysInferred(note) ? note : `${words.inferred}: ${note}`;
}

/** Whether a note opens with the word for inferred, in either language ("Disimpulkan: …", "Inferred, …"). */
const saysInferred = (note: string): boolean => ['id', 'en'].some((lang) => opensWithWord(note, exportWords(lang).inferred));

/** Whether the story has more than one source (a story of one is exported as it always was). */
export function hasSeveralSources(story: Pick<Catalog, 'articles'>): boolean {
	return story.articles.length > 1;
}

/** A story of several sources said in a line: "3 sumber: Warta Priangan, Kabar Sukaraya, Jurnal Nusantara Daring". */
export function sourcesLine(story: Pick<Catalog, 'articles'>, lang: string): string {
	const outlets = Array.from({length: story.articles.length}, (_, i) => story.articles.at(i)!.outlet);
	return `${exportWords(lang).sourceCount(outlets.length)}: ${outlets.join(', ')}`;
}

/** The articles that report an event, in the order of its sources. */
export function articlesOfEvent(story: Catalog, event: Event): ArticleInfo[] {
	return sourcesOfEvent(story, event).flatMap((source) => story.articleById(source.article) ?? []);
}

/** An article as a credit line: outlet, “title”, publication day, and its URL when it has one. */
export function articleCredit(article: ArticleInfo, lang: string): string {
	return `${article.outlet}, “${article.title}”, ${publicationDay(article, lang)}${article.url ? ` ${article.url}` : ''}`;
}

/** The disagreements about an event, one phrase each: "date: 1 Nov 2025 (Warta Priangan) / 2 Nov 2025 (Kabar Sukaraya)". */
export function disagreementPhrases(story: Catalog, event: Pick<Event, 'id'>, lang: string): string[] {
	return story
		.claimComparison()
		.about({event: event.id})
		.filter((group) => !group.agree)
		.map((group) => `${group.measure === DATE_MEASURE ? exportWords(lang).dateMeasure : group.measure}: ${group.values.map((value) => `${formatClaimValue(value.value, value.unit, lang)} (${value.sources.map((source) => outletOf(story, source.article)).join(', ')})`).join(' / ')}`);
}
