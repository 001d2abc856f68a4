/** `linimasa export --format …`: the story for other tools — TimelineJS, calendars, Markdown, JSON. */
import {storyToIcs} from '../../interchange/ics.js';
import {toJson} from '../../interchange/json.js';
import {storyToMarkdown} from '../../interchange/markdown.js';
import {storyToTimelineJs} from '../../interchange/timelinejs.js';
import type {DatasetFile} from '../../model/schema.js';
import type {Story} from '../../model/story.js';
import {choiceOption, DATA_OPTION, EXIT, flag, FORCE_OPTION, LANG_OPTION, languageOption, OUTPUT_OPTION, stringOption, usageError, type Command} from '../command.js';
import {loadStory, writeOutput} from '../files.js';

const FORMATS = ['timelinejs', 'ics', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The dataset itself, self-contained: the article text inline, no schema path that would not resolve elsewhere. */
function datasetJson(data: DatasetFile): string {
	const {$schema: _schema, ...rest} = data;
	return toJson(rest);
}

const RENDER: Record<Format, (story: Story, data: DatasetFile, lang: string) => string> = {
	timelinejs: (story, _data, lang) => toJson(storyToTimelineJs(story, lang)),
	ics: (story, _data, lang) => storyToIcs(story, lang),
	markdown: (story, _data, lang) => storyToMarkdown(story, lang),
	json: (_story, data) => datasetJson(data),
};

export const exportCommand: Command = {
	name: 'export',
	summary: 'write the story as TimelineJS3 JSON, iCalendar, a Markdown brief, or a dataset JSON',
	usage: 'export --format timelinejs|ics|markdown|json [-o FILE] [--force] [--data FILE] [--lang LANG]',
	examples: [
		'linimasa export --format ics -o komdigi.ics',
		'linimasa export --format timelinejs --lang en -o timeline.json',
		'linimasa export -f markdown --lang en | less',
	],
	options: {
		format: {type: 'string', short: 'f', value: 'FORMAT', description: 'timelinejs, ics, markdown, or json (the dataset with its text inline)'},
		output: OUTPUT_OPTION,
		force: FORCE_OPTION,
		data: DATA_OPTION,
		lang: LANG_OPTION,
	},
	positionals: {min: 0, max: 0},
	async run({io, values}) {
		const format = choiceOption(values, 'format', FORMATS);
		if (format === undefined) throw usageError(`missing --format (one of ${FORMATS.join(', ')})`);
		const {story, data} = await loadStory(stringOption(values, 'data'), io);
		const lang = languageOption(values, story.article.language);
		writeOutput(RENDER[format](story, data, lang), stringOption(values, 'output'), flag(values, 'force'), io);
		return EXIT.ok;
	},
};
