/** `linimasa events`: the events in timeline order. */
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {eventRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const eventsCommand = listingCommand({
	name: 'events',
	summary: 'list the events in timeline order',
	examples: ['linimasa events', 'linimasa events --json --lang en | jq -r \'.[] | "\\(.start) \\(.title)"\''],
	count: (story) => story.events.length,
	record: (story, index, lang) => eventRecord(story, story.events.at(index)!, lang),
	columns: [{header: 'ID'}, {header: 'DATE'}, {header: 'CERTAINTY'}, {header: 'TITLE', flex: true}],
	row: (index, {story, lang, palette}) => {
		const event = story.events.briefAt(index)!;
		return [
			palette.muted(event.id),
			palette.date(formatSpan(event.start, event.end, lang)),
			event.certainty === 'inferred' ? palette.muted(event.certainty) : event.certainty,
			localized(event.title, lang, story.article.language),
		];
	},
});
