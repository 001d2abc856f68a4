/**
 * TimelineJS3 JSON (Knight Lab), the timeline format newsrooms publish with: one slide per event,
 * dates as {year, month?, day?} to the event's precision, HTML text, a group per row. The story
 * itself is the title slide.
 */
import {dateParts} from '../model/dates.js';
import {localized} from '../model/localize.js';
import {publicationDay, entityName, listOf, speakerName, type Event, type Story} from '../model/story.js';
import {escapeHtml} from './html.js';
import {inferredDateNote} from './phrases.js';

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
function mainEntityOf(story: Story, event: Event): string | undefined {
	const ids = event.participants.map((participant) => participant.entity);
	const actor = ids.find((id) => story.index.entityById.get(id)?.type !== 'place');
	return entityName(story, actor ?? ids[0] ?? event.place);
}

function slideText(story: Story, event: Event, lang: string): string {
	const paragraphs = [`<p>${escapeHtml(localized(event.summary, lang, story.article.language))}</p>`];
	const note = inferredDateNote(story, event, lang);
	if (note) paragraphs.push(`<p><em>${escapeHtml(note)}</em></p>`);
	for (const quote of listOf(story.index.quotesOfEvent, event.id)) {
		paragraphs.push(`<blockquote>“${escapeHtml(quote.text)}” — ${escapeHtml(speakerName(story, quote))}</blockquote>`);
	}
	return paragraphs.join('');
}

function titleText(story: Story, lang: string): string {
	const {article} = story;
	const parts = [article.outlet, publicationDay(article, lang)];
	if (article.authors.length > 0) parts.push(article.authors.join(', '));
	const byline = `<p>${escapeHtml(parts.join(' · '))}</p>`;
	return article.url ? `${byline}<p><a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>` : byline;
}

/** The story as a TimelineJS3 timeline, its texts in `lang`. */
export function storyToTimelineJs(story: Story, lang: string): TimelineJs {
	const fallback = story.article.language;
	return {
		title: {text: {headline: escapeHtml(story.article.title), text: titleText(story, lang)}},
		events: story.events.map((event) => {
			const group = mainEntityOf(story, event);
			return {
				unique_id: event.id,
				start_date: dateParts(event.start), // {year, month?, day?}: the event's own precision
				...(event.end ? {end_date: dateParts(event.end)} : {}),
				text: {headline: escapeHtml(localized(event.title, lang, fallback)), text: slideText(story, event, lang)},
				...(group === undefined ? {} : {group}),
			};
		}),
	};
}
