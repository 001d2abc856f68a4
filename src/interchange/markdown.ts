/**
 * A Markdown brief of the story for people: the article, the timeline, the people and the
 * organizations with their titles and their roles in each event, and the quotes with speaker and
 * date. Dataset text is escaped so that it can never turn into Markdown structure.
 */
import {formatSpan} from '../model/dates.js';
import {localized, localizedOrNull} from '../model/localize.js';
import type {EntityType} from '../model/schema.js';
import {publicationDay, entityName, listOf, speakerName, type Entity, type Event, type Quote, type Story} from '../model/story.js';
import {inferredDateNote} from './phrases.js';

/** Text with every character that Markdown could read as syntax escaped. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|#~!{}]/g, '\\$&').replace(/^([+-]|\d+(?=[.)]))/, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
}

const eventDate = (event: Event, lang: string) => formatSpan(event.start, event.end, lang);

function articleSection(story: Story, lang: string): string[] {
	const {article} = story;
	const byline = [article.outlet, publicationDay(article, lang)];
	if (article.authors.length > 0) byline.push(`by ${article.authors.join(', ')}`);
	if (article.section) byline.push(article.section);
	return [
		`# ${escapeMarkdown(article.title)}`,
		'',
		`*${byline.map(escapeMarkdown).join(' · ')}*`,
		...(article.url ? ['', `<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`] : []),
	];
}

function timelineSection(story: Story, lang: string): string[] {
	const fallback = story.article.language;
	return [
		'## Timeline',
		'',
		...story.events.flatMap((event) => {
			const place = entityName(story, event.place);
			const note = inferredDateNote(story, event, lang);
			const inferred = note ? ` (${note})` : '';
			return [
				`- **${escapeMarkdown(eventDate(event, lang))}**${escapeMarkdown(inferred)} — ${escapeMarkdown(localized(event.title, lang, fallback))}${place ? ` *(${escapeMarkdown(place)})*` : ''}  `,
				`  ${escapeMarkdown(localized(event.summary, lang, fallback))}`,
			];
		}),
	];
}

function entityItem(story: Story, entity: Entity, lang: string): string[] {
	const fallback = story.article.language;
	const titles = entity.titles.map((title) => localized(title, lang, fallback));
	const lines = [
		`- **${escapeMarkdown(entity.name)}**${titles.length > 0 ? ` — ${escapeMarkdown(titles.join('; '))}` : ''}  `,
		`  ${escapeMarkdown(localized(entity.description, lang, fallback))}`,
	];
	for (const event of listOf(story.index.eventsOfEntity, entity.id)) {
		const role = localizedOrNull(event.participants.find((participant) => participant.entity === entity.id)?.role, lang, fallback);
		const what = `${eventDate(event, lang)}, ${localized(event.title, lang, fallback)}`;
		lines.push(`  - ${escapeMarkdown(what)}${role ? `: ${escapeMarkdown(role)}` : ''}`);
	}
	return lines;
}

function entitySection(story: Story, type: EntityType, heading: string, lang: string): string[] {
	const entities = story.entities.filter((entity) => entity.type === type);
	if (entities.length === 0) return [];
	return ['', `## ${heading}`, '', ...entities.flatMap((entity) => entityItem(story, entity, lang))];
}

function quoteItem(story: Story, quote: Quote, lang: string): string[] {
	const speaker = speakerName(story, quote);
	const event = quote.event === null ? undefined : story.index.eventById.get(quote.event);
	const when = event ? `, ${eventDate(event, lang)} (${localized(event.title, lang, story.article.language)})` : '';
	const gloss = localized(quote.gloss, lang, story.article.language);
	return [
		`> “${escapeMarkdown(quote.text)}”`,
		'>',
		`> — **${escapeMarkdown(speaker)}**${escapeMarkdown(when)}`,
		...(gloss && gloss !== quote.text ? ['>', `> *${escapeMarkdown(gloss)}*`] : []),
		'',
	];
}

/** The story as a Markdown brief, its texts in `lang`. */
export function storyToMarkdown(story: Story, lang: string): string {
	const inOrder = story.index.quotesInTimelineOrder;
	return [
		...articleSection(story, lang),
		'',
		...timelineSection(story, lang),
		...entitySection(story, 'person', 'People', lang),
		...entitySection(story, 'organization', 'Organizations', lang),
		...(inOrder.length > 0 ? ['', '## Quotes', '', ...inOrder.flatMap((quote) => quoteItem(story, quote, lang))] : []),
	]
		.join('\n')
		.replace(/\n*$/, '\n');
}
