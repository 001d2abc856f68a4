/** `linimasa search QUERY`: the explorer's fuzzy finder over entities, events and quotes, best match first. */
import type {Catalog} from '../../model/catalog.js';
import {codePointOffsets} from '../../model/codepoints.js';
import {count} from '../../model/count.js';
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {createRecordSearch, matchShownWithLabel, type MatchedText, type RecordMatch, type SearchGroup, type ShownMatch} from '../../model/search.js';
import type {SearchKind} from '../../model/search-entries.js';
import {toJson} from '../../interchange/json.js';
import {otherLanguageOf} from '../../state/match-language.js';
import {DATA_OPTION, EXIT, flag, JSON_OPTION, LANG_OPTION, stringOption, usageError, type Command} from '../command.js';
import {printTable, sayLeftOut} from '../listing.js';
import {openCatalog} from '../open-catalog.js';
import {storyLanguage} from '../story-language.js';
import {longestRun, startNearMatch, wordEnd, wordStart} from '../../text/words.js';
import {cutEnd} from '../../text/cut-end.js';
import {roughWidth} from '../../text/plain-width.js';
import {READABLE_TEXT} from '../table.js';
import {paletteFor, terminalWidth, type Palette} from '../style.js';
import type {Io} from '../io.js';
import {inferredSuffix} from '../../ui/theme.js';

const DEFAULT_LIMIT = 20;

/** Each kind's heading above its results. */
const HEADINGS: Record<SearchKind, string> = {entity: 'People, organizations, places', event: 'Events', quote: 'Quotes'};

/** Ranges of UTF-16 units in `text` as ranges of code points. */
function inCodePoints(text: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
	const offsets = codePointOffsets(text, ranges.flat());
	return ranges.map((_, i) => [offsets[2 * i]!, offsets[2 * i + 1]!]);
}

/** The id of a match and what a row names it by, in `lang`. */
function described(story: Catalog, match: RecordMatch, lang: string): {id: string; name: string; type: string} {
	if (match.kind === 'entity') {
		const entity = story.entities.at(match.position)!;
		return {id: entity.id, name: entity.name, type: entity.type};
	}
	if (match.kind === 'event') {
		const event = story.events.at(match.position)!;
		return {id: event.id, name: localized(event.title, lang, story.article.language), type: formatSpan(event.start, event.end, lang)};
	}
	const quote = story.quotes.at(match.position)!;
	return {id: quote.id, name: quote.text, type: story.entityById(quote.speaker)?.name ?? quote.speaker};
}

/** The text of a match a reader sees (one in `lang` where one matched nearly as well), and where the row's label matched, as the explorer's finder shows them. */
function shownText(story: Catalog, match: RecordMatch, id: string, lang: string, query: string): ShownMatch {
	return matchShownWithLabel(match, otherLanguageOf(story, {kind: match.kind, id}, lang), query);
}

/** A match as JSON: ranges in code points of the matched text, [start, end) each. */
function matchRecord(story: Catalog, match: RecordMatch, lang: string, query: string) {
	const {id, name, type} = described(story, match, lang);
	const {matched} = shownText(story, match, id, lang, query);
	return {
		kind: match.kind,
		id,
		name,
		...(match.kind === 'entity' ? {type} : {}),
		score: Number(match.score.toFixed(4)),
		matched: matched && {
			field: matched.field,
			text: matched.text,
			ranges: inCodePoints(matched.text, matched.ranges),
			...(matched.language === undefined ? {} : {language: matched.language}),
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

/** How many characters before its match a long text beside a name starts, as the explorer's finder keeps. */
const LEAD = 12;

/**
 * The columns the NAME column can have on a terminal `width` wide, beside the widest of the other
 * two; undefined where the table prints a record at a time instead, each cell wrapped whole.
 */
function nameRoom(width: number, found: readonly {id: string; type: string; mark: string}[]): number | undefined {
	let others = 0;
	for (const {id, type, mark} of found) others = Math.max(others, roughWidth(type + mark) + 2 + roughWidth(id) + 2);
	const room = width - others;
	return room >= READABLE_TEXT ? room : undefined;
}

/**
 * Where a matched text starts so that the word holding its longest lit run ends within `width`
 * columns (after an ellipsis when it does not start at its start): at a word up to LEAD characters
 * before the run, else at the run's word, else at the run; undefined when not even that fits.
 */
function snippetStart(text: string, ranges: MatchedText['ranges'], width: number): number | undefined {
	const run = longestRun(ranges);
	if (!run) return 0;
	const runEnd = wordEnd(text, run[1]);
	const fits = (from: number) => (from > 0 ? 1 : 0) + roughWidth(text.slice(from, runEnd)) <= width;
	return [startNearMatch(text, ranges, LEAD), wordStart(text, run[0]), run[0]].find(fits);
}

/** `text` from `from` on, after an ellipsis when that is not its start, its matched ranges lit. */
function litFrom(text: string, ranges: MatchedText['ranges'], from: number, palette: Palette): string {
	const lead = from === 0 ? '' : '…';
	const shifted = ranges.flatMap(([start, end]) => (end > from ? [[Math.max(0, start - from) + lead.length, end - from + lead.length] as const] : []));
	return highlight(lead + text.slice(from), shifted, palette);
}

/**
 * The row's name, the matched text lit (shown beside the name when it is another text). A terminal
 * cuts the cell's end at the `room` the name column has: where the cell is wider, the text starts a
 * word or so before its match, and the name beside it gives up to two thirds of the room (cut at a
 * word), so the match is not what goes. Piped, or where the row fits, it is whole.
 */
function nameCell(name: string, matched: MatchedText | null, palette: Palette, room: number | undefined, quotation: boolean, nameLit?: MatchedText): string {
	if (!matched) return name;
	if (matched.text === name) {
		// A quotation matched past what the room shows starts near its match; a title or a name is read from its start.
		const from = quotation && room !== undefined && roughWidth(name) > room ? (snippetStart(name, matched.ranges, room - 1) ?? 0) : 0;
		return litFrom(name, matched.ranges, from, palette);
	}
	// Written in another language than the one asked for, the text says which, as the explorer's finder does.
	const language = matched.language === undefined ? '' : `${matched.language.toUpperCase()} `;
	// The name lit where the query's words matched it too, when it is shown whole.
	const named = (shownName: string) => (nameLit && nameLit.text === name && shownName === name ? highlight(name, nameLit.ranges, palette) : shownName);
	const beside = (shownName: string, from: number) => `${named(shownName)} ${palette.muted('(')}${palette.muted(language)}${litFrom(matched.text, matched.ranges, from, palette)}${palette.muted(')')}`;
	if (room === undefined || roughWidth(`${name} (${language}${matched.text})`) <= room) return beside(name, 0);
	const from = snippetStart(matched.text, matched.ranges, room - roughWidth(`${name} (${language}`) - 1);
	if (from !== undefined) return beside(name, from);
	const shownName = cutAtWord(name, Math.max(1, Math.floor(room / 3)), Math.floor(room / 2));
	return beside(shownName, snippetStart(matched.text, matched.ranges, room - roughWidth(`${shownName} (${language}`) - 1) ?? longestRun(matched.ranges)?.[0] ?? 0);
}

/**
 * A name cut to at most `width` columns at a word, with an ellipsis; whole when it fits. Where no
 * word ends within `width`, its first word whole if narrower than `most` ("Komitmen…", never
 * "Komitm…", which is no word), else cut inside it.
 */
function cutAtWord(name: string, width: number, most: number): string {
	if (roughWidth(name) <= width) return name;
	const kept = name.slice(0, Math.max(0, width - 1));
	const space = kept.lastIndexOf(' ');
	if (space > 0) return `${cutEnd(name, kept.slice(0, space))}…`;
	const first = /^\S+/u.exec(name)?.[0] ?? '';
	return `${roughWidth(first) < most ? first : cutEnd(name, kept)}…`;
}

function parseLimit(value: string | undefined): number {
	if (value === undefined) return DEFAULT_LIMIT;
	const limit = Number(value);
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(limit) || limit < 1) throw usageError(`--limit wants a whole number of at least 1 (got "${value}")`);
	return limit;
}

export const searchCommand: Command = {
	name: 'search',
	summary: 'find people, organizations, places, events and quotes by any of their texts, forgiving typos',
	usage: 'search QUERY [--data FILE] [--json] [--lang LANG] [--limit N]',
	examples: ['linimasa search meutia', 'linimasa search "posko siaga"', 'linimasa search menteri meutya', 'linimasa search digital --lang en', 'linimasa search "komdigi" --json --limit 3 | jq -r \'.[0].id\''],
	options: {data: DATA_OPTION, json: JSON_OPTION, lang: LANG_OPTION, limit: {type: 'string', short: 'n', value: 'N', description: `at most N results of each kind (default ${DEFAULT_LIMIT})`}},
	positionals: {min: 1, max: Infinity, name: 'QUERY'},
	async run({io, values, positionals}) {
		const query = positionals.join(' ').trim();
		if (query === '') throw usageError('the QUERY is empty (see "linimasa search --help")');
		const limit = parseLimit(stringOption(values, 'limit'));
		const story = await openCatalog(stringOption(values, 'data'), io);
		const lang = storyLanguage(values, story, io);
		const groups: SearchGroup[] = createRecordSearch((kind) => story.searchColumns(kind), (kind, id) => story.searchPosition(kind, id)).search(query, limit);
		if (flag(values, 'json')) {
			io.stdout.write(toJson(groups.flatMap((group) => group.matches.map((match) => matchRecord(story, match, lang, query)))));
			return EXIT.ok;
		}
		const palette = await paletteFor(io);
		const width = terminalWidth(io);
		let leftOut: readonly string[] = [];
		for (const [g, group] of groups.entries()) {
			if (g > 0) io.stdout.write('\n');
			const shown = group.matches.length < group.total ? `, ${group.matches.length} shown` : '';
			io.stdout.write(`${palette.label(await fittedHeading(HEADINGS[group.kind], ` · ${count(group.total, 'match', 'matches')}${shown}`, io))}\n`);
			const found = group.matches.map((match) => {
				const {id, name, type} = described(story, match, lang);
				// An event's inferred date is marked as the listings mark it (~).
				const mark = match.kind === 'event' ? inferredSuffix(story.events.at(match.position)!.certainty) : '';
				return {id, name: sanitizeInline(name), type, mark, ...shownText(story, match, id, lang, query)};
			});
			const room = width === undefined ? undefined : nameRoom(width, found);
			const rows = found.map(({id, name, type, mark, matched, labelMatched}) => {
				// A quotation found by who said it: the SPEAKER column shows the match, the quotation has its room.
				const bySpeaker = group.kind === 'quote' && matched !== null && matched.text === type;
				const speakerLit = bySpeaker ? matched : group.kind === 'quote' ? labelMatched : undefined;
				const nameLit = group.kind === 'quote' ? undefined : labelMatched;
				// A date beside a title a word lit is the DATE column's in another form ("2025-03-26 2025-04-08"): that column is lit instead, as the finder does.
				const dateLit = group.kind === 'event' && matched?.field === 'date' && labelMatched !== undefined;
				const second = speakerLit ? highlight(type, speakerLit.ranges, palette) : dateLit ? highlight(type, [[0, type.length]], palette) : palette.label(type);
				return [nameCell(name, bySpeaker ? null : dateLit ? labelMatched : matched, palette, room, group.kind === 'quote', nameLit), second + palette.muted(mark), palette.muted(id)];
			});
			const second = group.kind === 'entity' ? 'TYPE' : group.kind === 'event' ? 'DATE' : 'SPEAKER';
			const left = await printTable([{header: group.kind === 'quote' ? 'QUOTE' : 'NAME', flex: true, names: true}, {header: second, whole: group.kind === 'event'}, {header: 'ID'}], rows, io, palette);
			leftOut = leftOut.concat(left);
		}
		sayLeftOut(io, leftOut);
		// On stderr, at a terminal or not: a script reads an empty stdout, the person still reads why.
		if (groups.length === 0) io.stderr.write(`linimasa: nothing matches "${sanitizeInline(query)}"\n`);
		return EXIT.ok;
	},
};

/**
 * A group's heading, its kind and then its count, no wider than the terminal (a heading that wraps
 * pushes the table under it out of line): the kind's name gives first, the count stays; piped, whole.
 */
async function fittedHeading(kind: string, counted: string, io: Io): Promise<string> {
	const width = terminalWidth(io);
	if (width === undefined || kind.length + counted.length <= width) return kind + counted;
	// Only then is the fitting loaded: it brings string-width, a fifth of a listing's start-up.
	const {truncate} = await import('../../text/fit.js');
	// Too narrow for the kind beside the count: the count alone (its " · " dropped), which the column headers under it place.
	return width - counted.length >= 2 ? truncate(kind, width - counted.length) + counted : truncate(counted.replace(/^ · /u, ''), width);
}
