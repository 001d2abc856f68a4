/** `linimasa sources`: the articles of the story, its sources. */
import {publicationDay} from '../../model/story.js';
import {sourceRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const sourcesCommand = listingCommand({
	name: 'sources',
	summary: 'list the articles of the story: outlet, day, title, events reported',
	examples: ['linimasa sources', 'linimasa sources --json | jq -r \'.[] | "\\(.outlet): \\(.title)"\''],
	count: (story) => story.articles.length,
	record: (story, index) => sourceRecord(story, story.articles.at(index)!),
	// An article is named by its outlet and its title (an outlet may print several), as an entity by its name: neither is left out.
	columns: [{header: 'ID'}, {header: 'OUTLET', names: true}, {header: 'PUBLISHED', whole: true}, {header: 'EVENTS', whole: true}, {header: 'DISAGREES', whole: true}, {header: 'TITLE', flex: true, names: true}],
	row: (index, {story, lang, palette}) => {
		const article = story.articles.at(index)!;
		const disputes = story.claimComparison().disputesOf(article.id);
		return [
			palette.muted(article.id),
			article.outlet,
			palette.date(publicationDay(article, lang)),
			String(story.eventsFrom(article.id).length),
			disputes > 0 ? palette.warning(String(disputes)) : palette.muted('0'),
			article.title,
		];
	},
});
