/** `linimasa quotes`: what was said, by whom and when. */
import {speakerName} from '../../model/catalog.js';
import {formatSpan} from '../../model/dates.js';
import {quoteRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const quotesCommand = listingCommand({
	name: 'quotes',
	summary: 'list the quotes with their speakers and dates',
	examples: ['linimasa quotes', 'linimasa quotes --json --lang en | jq -r \'.[] | "\\(.speaker): \\(.gloss)"\''],
	count: (story) => story.quotes.length,
	record: (story, index, lang) => quoteRecord(story, story.quotes.at(index)!, lang),
	columns: [{header: 'ID'}, {header: 'SPEAKER'}, {header: 'DATE'}, {header: 'QUOTE', flex: true}],
	row: (index, {story, lang, palette}) => {
		const quote = story.quotes.at(index)!;
		const position = quote.event === null ? undefined : story.eventPosition(quote.event);
		const event = position === undefined ? undefined : story.events.briefAt(position);
		return [
			palette.muted(quote.id),
			speakerName(story, quote),
			event ? palette.date(formatSpan(event.start, event.end, lang)) : '',
			`“${quote.text}”`,
		];
	},
});
