/** `linimasa events`: the events in timeline order. */
import {formatSpan} from '../../model/dates.js';
import {eventRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const eventsCommand = listingCommand({
	name: 'events',
	summary: 'list the events in timeline order',
	examples: ['linimasa events', 'linimasa events --json --lang en | jq -r \'.[] | "\\(.start) \\(.title)"\''],
	records: (story, lang) => story.events.map((event) => eventRecord(story, event, lang)),
	columns: [{header: 'ID'}, {header: 'DATE'}, {header: 'CERTAINTY'}, {header: 'TITLE', flex: true}],
	row: (event, {lang, palette}) => [
		palette.muted(event.id),
		palette.date(formatSpan(event.start, event.end, lang)),
		event.certainty === 'inferred' ? palette.muted(event.certainty) : event.certainty,
		event.title,
	],
});
