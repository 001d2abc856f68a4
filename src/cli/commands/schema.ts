/** `linimasa schema`: the dataset format as JSON Schema, for editors and other tools. */
import {datasetJsonSchema} from '../../model/schema.js';
import {toJson} from '../../interchange/json.js';
import {EXIT, type Command} from '../command.js';

export const schemaCommand: Command = {
	name: 'schema',
	summary: 'print the JSON Schema of the dataset format',
	usage: 'schema',
	examples: ['linimasa schema > linimasa.schema.json'],
	options: {},
	positionals: {min: 0, max: 0},
	async run({io}) {
		io.stdout.write(toJson(datasetJsonSchema()));
		return EXIT.ok;
	},
};
