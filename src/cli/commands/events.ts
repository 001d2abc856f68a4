/** `linimasa events`: the events in timeline order. */
import type {EventDating} from '../../model/catalog.js';
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {eventRecord} from '../../interchange/records.js';
import {listingCommand, type RowContext} from '../listing.js';

/** The cells before the title: what the columns are measured by, so they need no title read. */
function leadingCells(id: string, event: EventDating, {lang, palette}: RowContext): string[] {
	return [palette.muted(id), palette.date(formatSpan(event.start, event.end, lang)), event.certainty === 'inferred' ? palette.muted(event.certainty) : event.certainty];
}

export const eventsCommand = listingCommand({
	name: 'events',
	summary: 'list the events in timeline order',
	examples: ['linimasa events', 'linimasa events --json --lang en | jq -r \'.[] | "\\(.start) \\(.title)"\''],
	count: (story) => story.events.length,
	record: (story, index, lang) => eventRecord(story, story.events.at(index)!, lang),
	columns: [{header: 'ID'}, {header: 'DATE', whole: true}, {header: 'CERTAINTY'}, {header: 'TITLE', flex: true, names: true}],
	row: (index, context) => {
		const event = context.story.events.briefAt(index)!;
		return [...leadingCells(event.id, event, context), localized(event.title, context.lang, context.story.article.language)];
	},
	leading: (index, context) => leadingCells(context.story.events.idAt(index)!, context.story.events.datingAt(index)!, context),
});
