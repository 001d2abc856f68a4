/** Every command, in the order the help lists them. */
import type {Command} from '../command.js';
import {entitiesCommand} from './entities.js';
import {eventsCommand} from './events.js';
import {exploreCommand} from './explore.js';
import {exportCommand} from './export.js';
import {importCommand} from './import.js';
import {ingestCommand} from './ingest.js';
import {quotesCommand} from './quotes.js';
import {schemaCommand} from './schema.js';
import {searchCommand} from './search.js';
import {validateCommand} from './validate.js';

/** The default command, run when no command is named. */
export const EXPLORE: Command = exploreCommand;

export const COMMANDS: readonly Command[] = [
	eventsCommand,
	entitiesCommand,
	quotesCommand,
	searchCommand,
	exportCommand,
	importCommand,
	ingestCommand,
	validateCommand,
	schemaCommand,
];
