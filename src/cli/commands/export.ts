/** `linimasa export --format …`: the story for other tools — TimelineJS, calendars, Markdown, JSON, JSON Lines, Timesketch. */
import {icsPieces} from '../../interchange/ics.js';
import {jsonArrayPieces, jsonText} from '../../interchange/json.js';
import {jsonlPieces} from '../../interchange/jsonl.js';
import {markdownPieces} from '../../interchange/markdown.js';
import {writePieces} from '../../interchange/sink.js';
import {timelineJsPieces} from '../../interchange/timelinejs.js';
import {timesketchPieces} from '../../interchange/timesketch.js';
import type {ArticleInfo, Catalog} from '../../model/catalog.js';
import {choiceOption, DATA_OPTION, EXIT, flag, FORCE_OPTION, LANG_OPTION, OUTPUT_OPTION, stringOption, usageError, type Command} from '../command.js';
import {storyLanguage} from '../story-language.js';
import {openCatalog} from '../open-catalog.js';
import {outputTo, writeAll} from '../output.js';

const FORMATS = ['timelinejs', 'ics', 'markdown', 'json', 'jsonl', 'timesketch'] as const;
type Format = (typeof FORMATS)[number];
/** The other names a format goes by: its file extension, as people type it. */
const FORMAT_ALIASES: Readonly<Record<string, Format>> = {md: 'markdown', ical: 'ics', ndjson: 'jsonl'};

/**
 * The dataset itself, self-contained, as written (not sanitized, so its anchors hold): the
 * articles' texts inline, no schema path that would not resolve elsewhere; a record at a time.
 * A version-1 dataset is written as version 1 (its one `article`, without an id).
 */
function* datasetPieces(story: Catalog): Generator<string> {
	const written = story.written();
	const withText = (article: ArticleInfo) => {
		const text = story.articleText(article.id);
		return {...article, text: text.slice(0, text.length)};
	};
	yield `{\n  "version": ${jsonText(written.version, 1)},\n`;
	if (written.version === 1) {
		const {id: _id, ...article} = withText(written.articles[0]!);
		yield `  "article": ${jsonText(article, 1)}`;
	} else {
		yield '  "articles": ';
		yield* jsonArrayPieces(written.articles.length, (i) => withText(written.articles[i]!), 1);
	}
	const kinds = written.version === 1 ? (['entities', 'events', 'quotes'] as const) : (['entities', 'events', 'quotes', 'claims'] as const);
	for (const kind of kinds) {
		const list = written[kind];
		yield `,\n  "${kind}": `;
		yield* jsonArrayPieces(list.length, (i) => list.at(i), 1);
	}
	yield '\n}\n';
}

interface ExportOptions {
	readonly bulk: boolean;
}

const PIECES: Record<Format, (story: Catalog, lang: string, options: ExportOptions) => Iterable<string>> = {
	timelinejs: timelineJsPieces,
	ics: icsPieces,
	markdown: markdownPieces,
	json: datasetPieces,
	jsonl: (story, lang, options) => jsonlPieces(story, lang, options),
	timesketch: timesketchPieces,
};

export const exportCommand: Command = {
	name: 'export',
	summary: 'write the story as TimelineJS3 JSON, iCalendar, a Markdown brief, a dataset JSON, JSON Lines or a Timesketch timeline',
	usage: 'export --format timelinejs|ics|markdown|json|jsonl|timesketch [--bulk] [-o FILE] [--force] [--data FILE] [--lang LANG]',
	examples: [
		'linimasa export --format ics -o komdigi.ics',
		'linimasa export --format timelinejs --lang en -o timeline.json',
		'linimasa export -f markdown --lang en | less',
		"linimasa export -f jsonl | jq -c 'select(.kind == \"event\")'",
		'linimasa export -f jsonl --bulk | curl -s -H "Content-Type: application/x-ndjson" -XPOST localhost:9200/linimasa/_bulk --data-binary @-',
		'linimasa export -f timesketch -o story.jsonl',
	],
	options: {
		format: {
			type: 'string',
			short: 'f',
			value: 'FORMAT',
			description: 'timelinejs, ics (or ical), markdown (or md), json (the dataset with its text inline), jsonl (or ndjson: one record a line) or timesketch (a Timesketch timeline)',
		},
		bulk: {type: 'boolean', description: 'with jsonl: an OpenSearch/Elasticsearch _bulk action line before each record'},
		output: OUTPUT_OPTION,
		force: FORCE_OPTION,
		data: DATA_OPTION,
		lang: LANG_OPTION,
	},
	positionals: {min: 0, max: 0},
	async run({io, values}) {
		const format = choiceOption(values, 'format', FORMATS, FORMAT_ALIASES);
		if (format === undefined) throw usageError(`missing --format (one of ${FORMATS.join(', ')})`);
		const bulk = flag(values, 'bulk');
		if (bulk && format !== 'jsonl') throw usageError('--bulk goes with --format jsonl');
		const story = await openCatalog(stringOption(values, 'data'), io);
		const lang = storyLanguage(values, story, io);
		await writeAll(outputTo(stringOption(values, 'output'), flag(values, 'force'), io), (out) => writePieces(out, PIECES[format](story, lang, {bulk})));
		return EXIT.ok;
	},
};
