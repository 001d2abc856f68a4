/** `linimasa quotes`: what was said, by whom and when it was said. */
import {outletOf, sourcesOfQuote, speakerName} from '../../model/catalog.js';
import {glossFor} from '../../model/citation.js';
import {formatSpan} from '../../model/dates.js';
import {saidDates} from '../../model/occasion.js';
import {quoteRecord} from '../../interchange/records.js';
import {inferredSuffix} from '../../ui/theme.js';
import {listingCommand, withList, type RowContext} from '../listing.js';
import type {Column} from '../table.js';

/**
 * The cells before the quotation: its id, who said it and when (the speaker and occasion looked
 * up), a day that is inferred marked after it as the timeline marks an inferred date; in a story of
 * several sources, the outlets that ran it, as its citation names them.
 */
function leadingCells(index: number, {story, lang, palette}: RowContext): string[] {
	const quote = story.quotes.at(index)!;
	const said = saidDates(story, quote);
	const day = palette.date(formatSpan(said.start, said.end, lang));
	const cells = [palette.muted(quote.id), speakerName(story, quote), `${day}${palette.muted(inferredSuffix(said.certainty))}`];
	if (story.articles.length > 1) cells.push([...new Set(sourcesOfQuote(story, quote).map((source) => outletOf(story, source.article)))].join(', '));
	return cells;
}

const COLUMNS: readonly Column[] = [{header: 'ID'}, {header: 'SPEAKER'}, {header: 'SAID', whole: true}, {header: 'QUOTE', flex: true, wrap: true, names: true}];
/** The outlets' column stands before the quotation, only where there are several. */
const COLUMNS_OF_SOURCES: readonly Column[] = [...COLUMNS.slice(0, 3), {header: 'SOURCES', flex: true, omittable: true}, COLUMNS[3]!];

/** The quotation, with its gloss when another language than the article's is asked for. */
function quotation(index: number, {story, lang, palette}: RowContext): string {
	const quote = story.quotes.at(index)!;
	// Another language than the article's shows the gloss beside the quotation, never instead of it.
	const gloss = glossFor(story, quote, lang);
	return `“${quote.text}”${gloss ? palette.muted(` (${gloss})`) : ''}`;
}

export const quotesCommand = listingCommand({
	name: 'quotes',
	summary: 'list the quotes with their speakers and the day each was said (~ when inferred)',
	examples: ['linimasa quotes', 'linimasa quotes --entity meutya-hafid', 'linimasa quotes --lang en', 'linimasa quotes --json --lang en | jq -r \'.[] | "\\(.speaker) (\\(.said.start)): \\(.gloss)"\''],
	count: (story) => story.quotes.length,
	record: (story, index, lang) => quoteRecord(story, story.quotes.at(index)!, lang),
	columns: (story) => (story.articles.length > 1 ? COLUMNS_OF_SOURCES : COLUMNS),
	row: (index, context) => leadingCells(index, context).concat(quotation(index, context)),
	leading: leadingCells,
	last: quotation,
	ofEntity: (story, id) => withList(story, 'quotes', story.quotesOf(id)),
});
