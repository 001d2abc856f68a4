/** `linimasa entities`: the people, organizations and places. */
import {localized} from '../../model/localize.js';
import {entityRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const entitiesCommand = listingCommand({
	name: 'entities',
	summary: 'list the people, organizations and places',
	examples: ['linimasa entities', 'linimasa entities --json | jq -r \'.[] | select(.type == "person") | .name\''],
	count: (story) => story.entities.length,
	record: (story, index, lang) => entityRecord(story, story.entities.at(index)!, lang),
	columns: [{header: 'ID'}, {header: 'TYPE'}, {header: 'NAME', names: true}, {header: 'EVENTS', whole: true}, {header: 'QUOTES', whole: true}, {header: 'DESCRIPTION', flex: true, omittable: true}],
	row: (index, {story, lang, palette}) => {
		const entity = story.entities.at(index)!;
		return [
			palette.muted(entity.id),
			palette.label(entity.type),
			entity.name,
			String(story.eventsOf(entity.id).length),
			String(story.quotesOf(entity.id).length),
			localized(entity.description, lang, story.article.language),
		];
	},
});
