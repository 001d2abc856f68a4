/**
 * iCalendar (RFC 5545): one all-day VEVENT per event. Dates of any precision become whole days:
 * DTSTART the first day the event can mean, DTEND (exclusive) the day after the last, so the
 * 26 Mar – 8 Apr period is DTSTART;VALUE=DATE:20250326 and DTEND;VALUE=DATE:20250409, and "2030"
 * the whole year. Output is deterministic: DTSTAMP is the article's publication time and UIDs are
 * derived from the dataset, so exporting twice gives the same file and calendars update in place.
 */
import {firstDay, isoDay, lastDay} from '../model/dates.js';
import {localized} from '../model/localize.js';
import {entityName, type Catalog} from '../model/catalog.js';
import {glossFor, saidBy, standaloneQuotation} from '../model/citation.js';
import type {Event} from '../model/schema.js';
import {articleCredit, articlesOfEvent, disagreementPhrases, hasSeveralSources, inferredDateNote} from './phrases.js';
import {storyKey} from './story-key.js';
import {exportWords} from './words.js';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escape a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = Buffer.byteLength(char, 'utf8');
		// Continuation lines begin with a space, which counts toward their 75 octets.
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

const icsDate = (dayNumber: number) => isoDay(dayNumber).replaceAll('-', '');

/** A date-time as UTC in the basic format: 20250325T180000Z. */
function icsDateTime(isoDateTime: string): string {
	return new Date(isoDateTime).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function description(story: Catalog, event: Event, lang: string): string {
	const words = exportWords(lang);
	const parts = [localized(event.summary, lang, story.article.language)];
	const note = inferredDateNote(story, event, lang);
	if (note) parts.push(note);
	const quotes = story.quotesAt(event.id);
	for (let i = 0; i < quotes.length; i++) {
		const quote = quotes.at(i)!;
		const gloss = glossFor(story, quote, lang);
		parts.push(`“${standaloneQuotation(quote.text)}” — ${saidBy(story, quote, lang, words.citation)}${gloss ? `\n(${gloss})` : ''}`);
	}
	if (!hasSeveralSources(story)) {
		parts.push(`${words.source}: ${articleCredit(story.article, lang)}`);
		return parts.join('\n\n');
	}
	const disagreements = disagreementPhrases(story, event, lang);
	if (disagreements.length > 0) parts.push(`${words.disagree.who} ${words.disagree.on} ${disagreements.join('; ')}`);
	parts.push(`${words.sources}:\n${articlesOfEvent(story, event).map((article) => `- ${articleCredit(article, lang)}`).join('\n')}`);
	return parts.join('\n\n');
}

function vevent(story: Catalog, event: Event, lang: string, stamp: string, key: string): string[] {
	const place = entityName(story, event.place);
	// The event's own first source, which in a story of one is the article.
	const url = hasSeveralSources(story) ? articlesOfEvent(story, event).find((article) => article.url)?.url : story.article.url;
	return [
		'BEGIN:VEVENT',
		`UID:${event.id}@${key}.linimasa`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(firstDay(event.start))}`,
		`DTEND;VALUE=DATE:${icsDate(lastDay(event.end ?? event.start) + 1)}`,
		`SUMMARY:${escapeIcsText(localized(event.title, lang, story.article.language))}`,
		`DESCRIPTION:${escapeIcsText(description(story, event, lang))}`,
		...(place ? [`LOCATION:${escapeIcsText(place)}`] : []),
		...(url ? [`URL:${url}`] : []),
		// News events are not appointments: they should not mark the reader as busy.
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
	];
}

/** The story's events as an iCalendar file (CRLF line ends, folded lines), a piece at a time. */
export function* icsPieces(story: Catalog, lang: string): Generator<string> {
	const stamp = icsDateTime(story.article.published);
	const key = storyKey(story);
	const lines = (list: readonly string[]) => list.map((line) => foldLine(line) + CRLF).join('');
	yield lines([
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//linimasa//linimasa//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeIcsText(story.article.title)}`,
	]);
	for (let i = 0; i < story.events.length; i++) yield lines(vevent(story, story.events.at(i)!, lang, stamp, key));
	yield lines(['END:VCALENDAR']);
}

/** The story's events as an iCalendar file (CRLF line ends, folded lines). */
export function storyToIcs(story: Catalog, lang: string): string {
	return [...icsPieces(story, lang)].join('');
}
