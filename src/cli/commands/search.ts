/** `linimasa search QUERY`: the explorer's fuzzy finder, best match first. */
import {sanitizeInline} from '../../model/sanitize.js';
import {createEntitySearch, type EntityMatch} from '../../model/search.js';
import {toJson} from '../../interchange/json.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, stringOption, usageError, type Command} from '../command.js';
import {printTable} from '../listing.js';
import {openCatalog} from '../open-catalog.js';
import {paletteFor, type Palette} from '../style.js';

const DEFAULT_LIMIT = 20;

/** A UTF-16 offset into `text` as a count of code points. */
function codePointOffset(text: string, unit: number): number {
	return [...text.slice(0, unit)].length;
}

/** A match as JSON: ranges in code points of the matched text, [start, end) each. */
function matchRecord(match: EntityMatch) {
	const {entity, matched} = match;
	return {
		id: entity.id,
		name: entity.name,
		type: entity.type,
		score: Number(match.score.toFixed(4)),
		matched: matched && {
			field: matched.field,
			text: matched.text,
			ranges: matched.ranges.map(([start, end]) => [codePointOffset(matched.text, start), codePointOffset(matched.text, end)]),
		},
	};
}

function highlight(text: string, ranges: readonly (readonly [number, number])[], palette: Palette): string {
	let out = '';
	let at = 0;
	for (const [start, end] of ranges) {
		out += text.slice(at, start) + palette.match(text.slice(start, end));
		at = end;
	}
	return out + text.slice(at);
}

function nameCell({entity, matched}: EntityMatch, palette: Palette): string {
	if (!matched) return entity.name;
	const shown = highlight(matched.text, matched.ranges, palette);
	return matched.field === 'name' ? shown : `${entity.name} ${palette.muted('(')}${shown}${palette.muted(')')}`;
}

function parseLimit(value: string | undefined): number {
	if (value === undefined) return DEFAULT_LIMIT;
	const limit = Number(value);
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(limit) || limit < 1) throw usageError(`--limit wants a whole number of at least 1 (got "${value}")`);
	return limit;
}

export const searchCommand: Command = {
	name: 'search',
	summary: 'find people, organizations and places by name or alias, forgiving typos',
	usage: 'search QUERY [--data FILE] [--json] [--limit N]',
	examples: ['linimasa search meutia', 'linimasa search "komdigi" --json --limit 3 | jq -r \'.[0].id\''],
	options: {data: DATA_OPTION, json: JSON_OPTION, limit: {type: 'string', short: 'n', value: 'N', description: `at most N results (default ${DEFAULT_LIMIT})`}},
	positionals: {min: 1, max: Infinity, name: 'QUERY'},
	async run({io, values, positionals}) {
		const query = positionals.join(' ').trim();
		if (query === '') throw usageError('the QUERY is empty (see "linimasa search --help")');
		const limit = parseLimit(stringOption(values, 'limit'));
		const story = await openCatalog(stringOption(values, 'data'), io);
		const matches = createEntitySearch(story.searchEntries()).search(query, limit);
		if (flag(values, 'json')) {
			io.stdout.write(toJson(matches.map(matchRecord)));
			return EXIT.ok;
		}
		const palette = paletteFor(io);
		const rows = matches.map((match) => [nameCell(match, palette), palette.label(match.entity.type), palette.muted(match.entity.id)]);
		await printTable([{header: 'NAME', flex: true}, {header: 'TYPE'}, {header: 'ID'}], rows, io, palette);
		if (matches.length === 0 && io.stdoutIsTTY) io.stderr.write(`linimasa: nothing matches "${sanitizeInline(query)}"\n`);
		return EXIT.ok;
	},
};
