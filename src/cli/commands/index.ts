/**
 * Every command, in the order the help lists them. A command's module is imported when it runs
 * (or when the help lists them all): the explorer's start then loads none of the listings',
 * exports' or validation's code, nor the schema and JSON parser they bring.
 */
import type {Command} from '../command.js';

export interface CommandEntry {
	readonly name: string;
	load(): Promise<Command>;
}

/** The default command, run when no command is named. */
export const EXPLORE: CommandEntry = {name: '', load: async () => (await import('./explore.js')).exploreCommand};

export const COMMANDS: readonly CommandEntry[] = [
	{name: 'events', load: async () => (await import('./events.js')).eventsCommand},
	{name: 'entities', load: async () => (await import('./entities.js')).entitiesCommand},
	{name: 'quotes', load: async () => (await import('./quotes.js')).quotesCommand},
	{name: 'cite', load: async () => (await import('./cite.js')).citeCommand},
	{name: 'sources', load: async () => (await import('./sources.js')).sourcesCommand},
	{name: 'claims', load: async () => (await import('./claims.js')).claimsCommand},
	{name: 'search', load: async () => (await import('./search.js')).searchCommand},
	{name: 'export', load: async () => (await import('./export.js')).exportCommand},
	{name: 'import', load: async () => (await import('./import.js')).importCommand},
	{name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand},
	{name: 'validate', load: async () => (await import('./validate.js')).validateCommand},
	{name: 'schema', load: async () => (await import('./schema.js')).schemaCommand},
];

/** Every command loaded, for the help's overview. */
export const loadAll = (): Promise<Command[]> => Promise.all(COMMANDS.map((entry) => entry.load()));
