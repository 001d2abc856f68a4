/**
 * TimelineJS3 JSON (Knight Lab), the timeline format newsrooms publish with: one slide per event,
 * dates as {year, month?, day?} to the event's precision, HTML text, a group per row. The story
 * itself is the title slide.
 */
import {dateParts} from '../model/dates.js';
import {localized} from '../model/localize.js';
import {entityName, type Catalog} from '../model/catalog.js';
import {glossFor, saidBy, standaloneQuotation} from '../model/citation.js';
import type {Event} from '../model/schema.js';
import {publicationDay} from '../model/story.js';
import {jsonArrayPieces, jsonText} from './json.js';
import {escapeHtml} from './html.js';
import {articleCredit, articlesOfEvent, disagreementPhrases, hasSeveralSources, inferredDateNote} from './phrases.js';
import {exportWords} from './words.js';

export interface TimelineJsDate {
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
}

/** Both fields are HTML. */
export interface TimelineJsText {
	readonly headline?: string;
	readonly text?: string;
}

export interface TimelineJsSlide {
	readonly start_date: TimelineJsDate;
	readonly end_date?: TimelineJsDate;
	readonly text: TimelineJsText;
	readonly group?: string;
	readonly unique_id: string;
}

export interface TimelineJs {
	readonly title: {readonly text: TimelineJsText};
	readonly events: readonly TimelineJsSlide[];
}

/**
 * The name of the entity an event is chiefly about: its first participant that is a person or an
 * organization (datasets list participants by weight), else its first participant, else its place.
 */
function mainEntityOf(story: Catalog, event: Event): string | undefined {
	const ids = event.participants.map((participant) => participant.entity);
	const actor = ids.find((id) => story.entityById(id)?.type !== 'place');
	return entityName(story, actor ?? ids[0] ?? event.place);
}

function slideText(story: Catalog, event: Event, lang: string): string {
	const paragraphs = [`<p>${escapeHtml(localized(event.summary, lang, story.article.language))}</p>`];
	const note = inferredDateNote(story, event, lang);
	if (note) paragraphs.push(`<p><em>${escapeHtml(note)}</em></p>`);
	const quotes = story.quotesAt(event.id);
	for (let i = 0; i < quotes.length; i++) {
		const quote = quotes.at(i)!;
		// The blockquote holds the words as printed, closed as they read standing alone; a reader of another language gets the gloss under it.
		paragraphs.push(`<blockquote>“${escapeHtml(standaloneQuotation(quote.text))}”</blockquote><p>— ${escapeHtml(saidBy(story, quote, lang, exportWords(lang).citation))}</p>`);
		const gloss = glossFor(story, quote, lang);
		if (gloss) paragraphs.push(`<p><em>${escapeHtml(gloss)}</em></p>`);
	}
	if (hasSeveralSources(story)) paragraphs.push(...sourceParagraphs(story, event, lang));
	return paragraphs.join('');
}

/** A slide's credits, for a story of several sources: where its sources disagree, then each source linked. */
function sourceParagraphs(story: Catalog, event: Event, lang: string): string[] {
	const words = exportWords(lang);
	const paragraphs = disagreementPhrases(story, event, lang).map((phrase) => `<p><strong>${words.disagree.who}</strong> ${words.disagree.on} ${escapeHtml(phrase)}</p>`);
	const credits = articlesOfEvent(story, event).map((article) => {
		const name = `${escapeHtml(article.outlet)}, ${escapeHtml(publicationDay(article, lang))}`;
		return article.url ? `<a href="${escapeHtml(article.url)}">${name}</a>` : name;
	});
	if (credits.length > 0) paragraphs.push(`<p class="credit">${words.sources}: ${credits.join(' · ')}</p>`);
	return paragraphs;
}

function titleText(story: Catalog, lang: string): string {
	if (hasSeveralSources(story)) {
		const items = Array.from({length: story.articles.length}, (_, i) => story.articles.at(i)!).map((article) => `<li>${escapeHtml(articleCredit(article, lang))}</li>`);
		return `<p>${exportWords(lang).sourceCount(story.articles.length)}</p><ul>${items.join('')}</ul>`;
	}
	const {article} = story;
	const parts = [article.outlet, publicationDay(article, lang)];
	if (article.authors.length > 0) parts.push(article.authors.join(', '));
	const byline = `<p>${escapeHtml(parts.join(' · '))}</p>`;
	return article.url ? `${byline}<p><a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>` : byline;
}

/** One event as a TimelineJS3 slide. */
function slideOf(story: Catalog, event: Event, lang: string): TimelineJsSlide {
	const group = mainEntityOf(story, event);
	return {
		unique_id: event.id,
		start_date: dateParts(event.start), // {year, month?, day?}: the event's own precision
		...(event.end ? {end_date: dateParts(event.end)} : {}),
		text: {headline: escapeHtml(localized(event.title, lang, story.article.language)), text: slideText(story, event, lang)},
		...(group === undefined ? {} : {group}),
	};
}

/** The title slide. */
function titleOf(story: Catalog, lang: string): TimelineJs['title'] {
	return {text: {headline: escapeHtml(story.article.title), text: titleText(story, lang)}};
}

/** The story as a TimelineJS3 timeline, its texts in `lang`. */
export function storyToTimelineJs(story: Catalog, lang: string): TimelineJs {
	return {title: titleOf(story, lang), events: Array.from({length: story.events.length}, (_, i) => slideOf(story, story.events.at(i)!, lang))};
}

/** The timeline's JSON text as toJson would write it, a slide at a time. */
export function* timelineJsPieces(story: Catalog, lang: string): Generator<string> {
	yield `{\n  "title": ${jsonText(titleOf(story, lang), 1)},\n  "events": `;
	yield* jsonArrayPieces(story.events.length, (i) => slideOf(story, story.events.at(i)!, lang), 1);
	yield '\n}\n';
}
