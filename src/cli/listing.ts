/**
 * The shape the three listings (events, entities, quotes) share: open the dataset's catalog, then
 * print its records in the asked language as one JSON array or as aligned text columns, a record
 * at a time (a million events print in the memory of a few).
 */
import {idsOf, type Catalog} from '../model/catalog.js';
import {jsonArrayPieces} from '../interchange/json.js';
import {writePieces, type TextSink} from '../interchange/sink.js';
import {nearestName} from '../model/known-keys.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, LANG_OPTION, stringOption, usageError, type Command} from './command.js';
import {storyLanguage} from './story-language.js';
import type {Io} from './io.js';
import {openCatalog} from './open-catalog.js';
import {outputTo, writeAll} from './output.js';
import {paletteFor, terminalWidth, type Palette} from './style.js';
import {fittedTable, type Column, type RowSource} from './table.js';

/** What a text row may draw on besides its record. */
export interface RowContext {
	readonly story: Catalog;
	readonly lang: string;
	readonly palette: Palette;
}

export interface ListingSpec {
	readonly name: string;
	readonly summary: string;
	readonly examples: readonly string[];
	/** How many records the listing has. */
	count(story: Catalog): number;
	/** The record at `index` as the JSON listing prints it. */
	record(story: Catalog, index: number, lang: string): unknown;
	/** The text table's columns, or those for a story (a column only a story of several sources needs). */
	readonly columns: readonly Column[] | ((story: Catalog) => readonly Column[]);
	/** The record at `index` as a text row. */
	row(index: number, context: RowContext): string[];
	/** The row's cells but its last, read more cheaply than the row (the columns are measured by them). */
	leading?(index: number, context: RowContext): string[];
	/**
	 * The row's last cell alone. With `leading`, the leading cells measured are kept (up to
	 * REMEMBERED rows) and the row printed is them and this: what they cost to look up (a quote's
	 * speaker and occasion, a read each from a store) is paid once, not in both passes. While the
	 * text kept is small, the last cell is made in the first pass too, from the record just read
	 * for the leading cells, and the second pass reads no record at all.
	 */
	last?(index: number, context: RowContext): string;
	/**
	 * The story with this listing's records narrowed to one entity's (`--entity ID`: the events it
	 * takes part in, what it said), as the explorer lists them under an entity; without it, no option.
	 */
	ofEntity?(story: Catalog, entityId: string): Catalog;
}

/**
 * `story` with one of its lists replaced: everything else is the story's own, read through it
 * (a store's catalog reads what it is asked for when asked, which a copy of it would undo).
 */
export function withList<K extends 'events' | 'quotes'>(story: Catalog, key: K, list: Catalog[K]): Catalog {
	return Object.create(story, {[key]: {value: list, enumerable: true}}) as Catalog;
}

/** `--entity ID`, for a listing that can be narrowed to one entity's records. */
const ENTITY_OPTION = {type: 'string', value: 'ID', description: 'only the records of this person, organization or place (its id, as `entities` lists it)'} as const;

/**
 * The id of the entity a mistaken `--entity` most likely meant: the nearest id, else the entity the
 * finder ranks first for it as a name ("meutia" for meutya-hafid).
 */
async function meantEntity(story: Catalog, given: string): Promise<string | undefined> {
	const near = nearestName(given, idsOf(story.entities));
	if (near !== undefined) return near;
	// Loaded only for a mistake: a listing's start does not pay for the finder.
	const {createRecordSearch} = await import('../model/search.js');
	const found = createRecordSearch((kind) => story.searchColumns(kind)).search(given.replace(/-/g, ' '), 1).find((group) => group.kind === 'entity');
	return found?.matches[0] === undefined ? undefined : story.entities.idAt(found.matches[0].position);
}

/** The story narrowed to entity `id`'s records, or a usage error naming the one likely meant. */
async function narrowedTo(spec: ListingSpec, story: Catalog, id: string): Promise<Catalog> {
	if (story.entityById(id) === undefined) {
		const meant = await meantEntity(story, id);
		throw usageError(`no entity "${id}" in ${story.source}${meant === undefined ? ' (see "linimasa entities" for their ids)' : `; did you mean "${meant}"?`}`);
	}
	return spec.ofEntity!(story, id);
}

/** Rows whose leading cells are kept between the passes at the most: a few MB of short strings. */
const REMEMBERED = 1 << 16;

/** Characters of last cells kept between the passes at the most (a few MB: 10,000 quotations take 1.5 million). */
const KEPT_LAST_CHARACTERS = 1 << 22;

/** The rows of a listing as a table reads them: measured by their leading cells, then printed. */
export function rowSource(spec: Pick<ListingSpec, 'columns' | 'row' | 'leading' | 'last'>, count: number, context: RowContext): RowSource {
	const {leading, last} = spec;
	const row = (index: number) => spec.row(index, context);
	if (!leading) return {count, row};
	if (!last) return {count, row, leading: (index) => leading(index, context)};
	const width = columnsOf(spec, context.story).length;
	// Each row's leading cells, or the whole row while the budget for last cells lasts.
	const kept: string[][] = [];
	let keptCharacters = 0;
	return {
		count,
		leading(index) {
			const cells = leading(index, context);
			if (index < REMEMBERED) {
				const lastCell = keptCharacters < KEPT_LAST_CHARACTERS ? last(index, context) : undefined;
				kept[index] = lastCell === undefined ? cells : cells.concat(lastCell);
				keptCharacters += lastCell?.length ?? 0;
			}
			return cells;
		},
		row(index) {
			const cells = kept[index];
			if (cells === undefined) return row(index);
			kept[index] = EMPTY;
			return cells.length === width ? cells : cells.concat(last(index, context));
		},
	};
}

const EMPTY: string[] = [];

/** A listing's columns for `story`. */
function columnsOf(spec: Pick<ListingSpec, 'columns'>, story: Catalog): readonly Column[] {
	return typeof spec.columns === 'function' ? spec.columns(story) : spec.columns;
}

/**
 * Write rows as a table fitted to the terminal, with a header row only when a person reads it.
 * Resolves to the headers of the columns left out to fit (see sayLeftOut).
 */
export async function writeTable(columns: readonly Column[], rows: RowSource, io: Io, palette: Palette, sink: TextSink): Promise<readonly string[]> {
	const options = {width: terminalWidth(io), ...(io.stdoutIsTTY ? {header: palette.heading} : {})};
	const {lines, leftOut} = await fittedTable(columns, rows, options);
	for (const line of lines) {
		const wait = sink.write(`${line}\n`);
		if (wait) await wait;
	}
	return leftOut;
}

/** Print rows (given as an array) as a table to stdout; resolves to the headers of the columns left out. */
export async function printTable(columns: readonly Column[], rows: readonly (readonly string[])[], io: Io, palette: Palette): Promise<readonly string[]> {
	let leftOut: readonly string[] = [];
	await writeAll(outputTo(undefined, false, io), async (out) => {
		leftOut = await writeTable(columns, {count: rows.length, row: (index) => rows[index]!}, io, palette, out);
	});
	return leftOut;
}

/**
 * Say once, on stderr under the table (as a listing says why it is empty), which columns the
 * terminal was too narrow for and how to see them. Only a terminal leaves any out: piped output,
 * which scripts read, is whole and this says nothing.
 */
export function sayLeftOut(io: Io, leftOut: readonly string[]): void {
	const headers = [...new Set(leftOut)];
	if (headers.length === 0) return;
	const named = headers.length === 1 ? headers[0]! : `${headers.slice(0, -1).join(', ')} and ${headers.at(-1)!}`;
	// One line at 80 columns for a column's header: the terminal would break it anywhere.
	io.stderr.write(`linimasa: ${named} left out at ${terminalWidth(io)} columns: see ${headers.length === 1 ? 'it' : 'them'} wider, piped or with --json\n`);
}

/** A listing command from its records and its columns. */
export function listingCommand(spec: ListingSpec): Command {
	return {
		name: spec.name,
		summary: spec.summary,
		usage: `${spec.name} [--data FILE] [--json] [--lang LANG]${spec.ofEntity ? ' [--entity ID]' : ''}`,
		examples: spec.examples,
		options: {data: DATA_OPTION, json: JSON_OPTION, lang: LANG_OPTION, ...(spec.ofEntity ? {entity: ENTITY_OPTION} : {})},
		positionals: {min: 0, max: 0},
		async run({io, values}) {
			const whole = await openCatalog(stringOption(values, 'data'), io);
			const entity = stringOption(values, 'entity');
			const story = entity === undefined ? whole : await narrowedTo(spec, whole, entity);
			const lang = storyLanguage(values, story, io);
			const count = spec.count(story);
			let leftOut: readonly string[] = [];
			await writeAll(outputTo(undefined, false, io), async (out) => {
				if (flag(values, 'json')) {
					await writePieces(out, jsonArrayPieces(count, (index) => spec.record(story, index, lang), 0));
					out.write('\n');
					return;
				}
				const context: RowContext = {story, lang, palette: await paletteFor(io)};
				leftOut = await writeTable(columnsOf(spec, story), rowSource(spec, count, context), io, context.palette, out);
			});
			sayLeftOut(io, leftOut);
			return EXIT.ok;
		},
	};
}
