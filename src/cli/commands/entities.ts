/** `linimasa entities`: the people, organizations and places. */
import {entityRecord} from '../../interchange/records.js';
import {listingCommand} from '../listing.js';

export const entitiesCommand = listingCommand({
	name: 'entities',
	summary: 'list the people, organizations and places',
	examples: ['linimasa entities', 'linimasa entities --json | jq -r \'.[] | select(.type == "person") | .name\''],
	records: (story, lang) => story.entities.map((entity) => entityRecord(story, entity, lang)),
	columns: [{header: 'ID'}, {header: 'TYPE'}, {header: 'NAME'}, {header: 'EVENTS'}, {header: 'QUOTES'}, {header: 'DESCRIPTION', flex: true}],
	row: (entity, {palette}) => [
		palette.muted(entity.id),
		palette.label(entity.type),
		entity.name,
		String(entity.events.length),
		String(entity.quotes.length),
		entity.description,
	],
});
