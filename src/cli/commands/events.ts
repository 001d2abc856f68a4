/** `linimasa events`: the events in timeline order. */
import {outletOf, type EventDating} from '../../model/catalog.js';
import {formatDate, formatSpan} from '../../model/dates.js';
import {dateAccounts, dateDisputed, whoseDate} from '../../model/told-dates.js';
import {localized} from '../../model/localize.js';
import {eventRecord} from '../../interchange/records.js';
import {listingCommand, withList, type RowContext} from '../listing.js';

/**
 * How the date is known: "stated", "inferred", or where the sources disagree on it, whose it is
 * and what the others say, as the explorer says it: "stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025".
 */
function certaintyCell(id: string, event: EventDating, {story, lang}: RowContext): string {
	// Only a disputed date reads the record (for its date evidence): a few events of a story of several sources.
	const record = story.articles.length > 1 && dateDisputed(story.claimComparison(), id) ? story.eventById(id) : undefined;
	if (!record) return event.certainty;
	const {accounts} = dateAccounts(story.claimComparison(), record, story.article.id);
	return whoseDate(accounts, event.certainty === 'stated' ? event.start : undefined, event.certainty, (article) => outletOf(story, article), (date) => formatDate(date, lang));
}

/** The cells before the title: what the columns are measured by, so they need no title read. */
function leadingCells(id: string, event: EventDating, context: RowContext): string[] {
	const {lang, palette} = context;
	const certainty = certaintyCell(id, event, context);
	return [palette.muted(id), palette.date(formatSpan(event.start, event.end, lang)), event.certainty === 'inferred' ? palette.muted(certainty) : certainty];
}

export const eventsCommand = listingCommand({
	name: 'events',
	summary: 'list the events in timeline order',
	examples: ['linimasa events', 'linimasa events --entity meutya-hafid', 'linimasa events --json --lang en | jq -r \'.[] | "\\(.start) \\(.title)"\''],
	count: (story) => story.events.length,
	record: (story, index, lang) => eventRecord(story, story.events.at(index)!, lang),
	columns: [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'CERTAINTY', flex: true, wrap: true}, {header: 'TITLE', flex: true, names: true}],
	row: (index, context) => {
		const event = context.story.events.briefAt(index)!;
		return [...leadingCells(event.id, event, context), localized(event.title, context.lang, context.story.article.language)];
	},
	leading: (index, context) => leadingCells(context.story.events.idAt(index)!, context.story.events.datingAt(index)!, context),
	ofEntity: (story, id) => withList(story, 'events', story.eventsOf(id)),
});
