/**
 * The shape the three listings (events, entities, quotes) share: load the story, make its records
 * in the asked language, then print them as one JSON array or as aligned text columns.
 */
import type {Story} from '../model/story.js';
import {toJson} from '../interchange/json.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, LANG_OPTION, languageOption, stringOption, type Command} from './command.js';
import {loadStory} from './files.js';
import type {Io} from './io.js';
import {paletteFor, terminalWidth, type Palette} from './style.js';
import {renderTable, type Column} from './table.js';

/** What a text row may draw on besides its record. */
export interface RowContext {
	readonly story: Story;
	readonly lang: string;
	readonly palette: Palette;
}

export interface ListingSpec<R> {
	readonly name: string;
	readonly summary: string;
	readonly examples: readonly string[];
	records(story: Story, lang: string): R[];
	readonly columns: readonly Column[];
	row(record: R, context: RowContext): string[];
}

/** Print rows as a table fitted to the terminal, with a header row only when a person reads it. */
export function printTable(columns: readonly Column[], rows: readonly (readonly string[])[], io: Io, palette: Palette): void {
	const lines = renderTable(columns, rows, {width: terminalWidth(io), ...(io.stdoutIsTTY ? {header: palette.heading} : {})});
	io.stdout.write(lines.map((line) => `${line}\n`).join(''));
}

/** A listing command from its records and its columns. */
export function listingCommand<R>(spec: ListingSpec<R>): Command {
	return {
		name: spec.name,
		summary: spec.summary,
		usage: `${spec.name} [--data FILE] [--json] [--lang LANG]`,
		examples: spec.examples,
		options: {data: DATA_OPTION, json: JSON_OPTION, lang: LANG_OPTION},
		positionals: {min: 0, max: 0},
		async run({io, values}) {
			const {story} = await loadStory(stringOption(values, 'data'), io);
			const lang = languageOption(values, story.article.language);
			const records = spec.records(story, lang);
			if (flag(values, 'json')) {
				io.stdout.write(toJson(records));
				return EXIT.ok;
			}
			const palette = paletteFor(io);
			printTable(spec.columns, records.map((record) => spec.row(record, {story, lang, palette})), io, palette);
			return EXIT.ok;
		},
	};
}
