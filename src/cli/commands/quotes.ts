/** `linimasa quotes`: what was said, by whom and when. */
import {speakerName} from '../../model/story.js';
import {formatSpan} from '../../model/dates.js';
import {quoteRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const quotesCommand = listingCommand({
	name: 'quotes',
	summary: 'list the quotes with their speakers and dates',
	examples: ['linimasa quotes', 'linimasa quotes --json --lang en | jq -r \'.[] | "\\(.speaker): \\(.gloss)"\''],
	records: (story, lang) => story.quotes.map((quote) => quoteRecord(story, quote, lang)),
	columns: [{header: 'ID'}, {header: 'SPEAKER'}, {header: 'DATE'}, {header: 'QUOTE', flex: true}],
	row: (quote, {story, lang, palette}) => {
		const event = quote.event === null ? undefined : story.index.eventById.get(quote.event);
		return [
			palette.muted(quote.id),
			speakerName(story, quote),
			event ? palette.date(formatSpan(event.start, event.end, lang)) : '',
			`“${quote.text}”`,
		];
	},
});
