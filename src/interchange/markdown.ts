/**
 * A Markdown brief of the story for people: the article, the timeline (where several sources
 * disagree, a list under the event), the people, organizations and places with their titles and
 * their roles in each event, and the quotes with speaker and date. Dataset text is escaped so that
 * it can never turn into Markdown structure.
 */
import {glossFor, saidDay, standaloneQuotation} from '../model/citation.js';
import {formatSpan} from '../model/dates.js';
import {localized, localizedOrNull} from '../model/localize.js';
import type {EntityType} from '../model/schema.js';
import {entityName, sourcesOfEvent, sourcesOfQuote, speakerName, type Catalog, type List} from '../model/catalog.js';
import {saidWhen} from '../model/occasion.js';
import type {Entity, Event, Quote} from '../model/schema.js';
import {publicationDay} from '../model/story.js';
import {titlesShown} from '../model/titles-shown.js';
import {articleCredit, disagreementPhrases, hasSeveralSources, inferredDateNote, sourcesLine} from './phrases.js';
import {exportWords} from './words.js';

/** Text with every character that Markdown could read as syntax escaped. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|#~!{}]/g, '\\$&').replace(/^([+-]|\d+(?=[.)]))/, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
}

const eventDate = (event: Pick<Event, 'start' | 'end'>, lang: string) => formatSpan(event.start, event.end, lang);

function articleSection(story: Catalog, lang: string): string[] {
	const words = exportWords(lang);
	if (hasSeveralSources(story)) return [`# ${escapeMarkdown(story.article.title)}`, '', `*${escapeMarkdown(sourcesLine(story, lang))}*`];
	const {article} = story;
	const byline = [article.outlet, publicationDay(article, lang)];
	if (article.authors.length > 0) byline.push(words.by(article.authors.join(', ')));
	if (article.section) byline.push(article.section);
	return [
		`# ${escapeMarkdown(article.title)}`,
		'',
		`*${byline.map(escapeMarkdown).join(' · ')}*`,
		...(article.url ? ['', `<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`] : []),
	];
}

/** A footnote reference to an article (its id is a valid footnote label). */
const footnote = (articleId: string) => `[^${articleId}]`;

function timelineItem(story: Catalog, event: Event, lang: string): string[] {
	const fallback = story.article.language;
	const place = entityName(story, event.place);
	const note = inferredDateNote(story, event, lang);
	const inferred = note ? ` (${note})` : '';
	const several = hasSeveralSources(story);
	const refs = several ? sourcesOfEvent(story, event).map((source) => footnote(source.article)).join('') : '';
	const lines = [
		`- **${escapeMarkdown(eventDate(event, lang))}**${escapeMarkdown(inferred)} — ${escapeMarkdown(localized(event.title, lang, fallback))}${place ? ` *(${escapeMarkdown(place)})*` : ''}${refs}  `,
		`  ${escapeMarkdown(localized(event.summary, lang, fallback))}`,
	];
	const {disagree} = exportWords(lang);
	// Items of a list of their own: as lines after the summary, Markdown ran them into its paragraph.
	if (several) for (const phrase of disagreementPhrases(story, event, lang)) lines.push(`  - *${disagree.who}* ${disagree.on} ${escapeMarkdown(phrase)}`);
	return lines;
}

/** The footnotes of a story of several sources: one per article. */
function sourceFootnotes(story: Catalog, lang: string, blankFirst: boolean): string[] {
	return [...(blankFirst ? [''] : []), ...Array.from({length: story.articles.length}, (_, i) => story.articles.at(i)!).map((article) => `${footnote(article.id)}: ${escapeMarkdown(articleCredit(article, lang))}`)];
}

function entityItem(story: Catalog, entity: Entity, lang: string): string[] {
	const fallback = story.article.language;
	const titles = titlesShown(entity.titles.map((title) => localized(title, lang, fallback)));
	const lines = [
		`- **${escapeMarkdown(entity.name)}**${titles.length > 0 ? ` — ${escapeMarkdown(titles.join('; '))}` : ''}  `,
		`  ${escapeMarkdown(localized(entity.description, lang, fallback))}`,
	];
	const events = story.eventsOf(entity.id);
	for (let i = 0; i < events.length; i++) {
		const event = events.at(i)!;
		const role = localizedOrNull(event.participants.find((participant) => participant.entity === entity.id)?.role, lang, fallback);
		// An inferred date says so here too, as the timeline above says it beside the date.
		const how = event.certainty === 'inferred' ? ` (${exportWords(lang).inferred.toLowerCase()})` : '';
		const what = `${eventDate(event, lang)}${how}, ${localized(event.title, lang, fallback)}`;
		lines.push(`  - ${escapeMarkdown(what)}${role ? `: ${escapeMarkdown(role)}` : ''}`);
	}
	return lines;
}

/** The index of the first entity of `type` at or after `from`, or the list's length. */
function nextOfType(entities: List<Entity>, type: EntityType, from: number): number {
	let i = from;
	while (i < entities.length && entities.at(i)!.type !== type) i++;
	return i;
}

function* entitySection(story: Catalog, type: EntityType, heading: string, lang: string): Generator<string[]> {
	const {entities} = story;
	let i = nextOfType(entities, type, 0);
	if (i === entities.length) return;
	yield ['', `## ${heading}`, ''];
	for (; i < entities.length; i = nextOfType(entities, type, i + 1)) yield entityItem(story, entities.at(i)!, lang);
}

function quoteItem(story: Catalog, quote: Quote, lang: string): string[] {
	const said = saidWhen(story, quote);
	const occasion = said.event ? ` (${localized(said.event.title, lang, story.article.language)})` : '';
	// A gloss is for a reader of another language than the quotation's (as in the other exports).
	const gloss = glossFor(story, quote, lang);
	const refs = hasSeveralSources(story) ? sourcesOfQuote(story, quote).map((source) => footnote(source.article)).join('') : '';
	return [
		`> “${escapeMarkdown(standaloneQuotation(quote.text))}”${refs}`,
		'>',
		`> — **${escapeMarkdown(speakerName(story, quote))}**, ${escapeMarkdown(saidDay(said, lang, exportWords(lang).citation) + occasion)}`,
		...(gloss ? ['>', `> *${escapeMarkdown(gloss)}*`] : []),
		'',
	];
}

/** The brief's parts, each a list of lines: the article, the timeline, people, organizations, places, quotes. */
function* markdownParts(story: Catalog, lang: string): Generator<string[]> {
	const {headings} = exportWords(lang);
	yield [...articleSection(story, lang), '', `## ${headings.timeline}`, ''];
	for (let i = 0; i < story.events.length; i++) yield timelineItem(story, story.events.at(i)!, lang);
	yield* entitySection(story, 'person', headings.people, lang);
	yield* entitySection(story, 'organization', headings.organizations, lang);
	yield* entitySection(story, 'place', headings.places, lang);
	const quotes = story.quotesInTimelineOrder;
	if (quotes.length > 0) yield ['', `## ${headings.quotes}`, ''];
	for (let i = 0; i < quotes.length; i++) yield quoteItem(story, quotes.at(i)!, lang);
	if (hasSeveralSources(story)) yield sourceFootnotes(story, lang, quotes.length === 0);
}

/**
 * The story as a Markdown brief, its texts in `lang`, a part at a time. Parts are joined by line
 * breaks, and the brief ends with exactly one: the blank line after the last quote is held back.
 */
export function* markdownPieces(story: Catalog, lang: string): Generator<string> {
	let held = '';
	for (const lines of markdownParts(story, lang)) {
		const text = lines.join('\n');
		yield held === '' ? '' : `${held}\n`;
		held = text;
	}
	yield `${held.replace(/\n*$/, '')}\n`;
}

/** The story as a Markdown brief, its texts in `lang`. */
export function storyToMarkdown(story: Catalog, lang: string): string {
	return [...markdownPieces(story, lang)].join('');
}
