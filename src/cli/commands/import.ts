/**
 * `linimasa import --format timelinejs FILE`: any TimelineJS3 timeline as a linimasa dataset, so it
 * opens in the explorer. The result is validated like any dataset before it is written.
 */
import {validateDatasetValue} from '../../model/load.js';
import {sanitizeInline} from '../../model/sanitize.js';
import {Article} from '../../model/schema.js';
import {toJson} from '../../interchange/json.js';
import {timelineJsToDataset} from '../../interchange/timelinejs-import.js';
import {choiceOption, EXIT, failure, flag, FORCE_OPTION, languageOption, OUTPUT_OPTION, stringOption, usageError, type Command} from '../command.js';
import {dataErrors, readTextInput, writeOutput} from '../files.js';

const FORMATS = ['timelinejs'] as const;
/** BCP 47 for "undetermined": TimelineJS files do not say their language. */
const UNDETERMINED = 'und';

function publishedOption(value: string | undefined, now: Date): string {
	if (value === undefined) return `${now.toISOString().slice(0, 19)}Z`;
	if (!Article.shape.published.safeParse(value).success) {
		throw usageError(`--published wants a date-time with its offset, such as 2025-03-26T01:00+07:00 (got "${value}")`);
	}
	return value;
}

export const importCommand: Command = {
	name: 'import',
	summary: 'turn a TimelineJS3 JSON timeline into a linimasa dataset',
	usage: 'import --format timelinejs FILE [-o FILE] [--force] [--lang LANG] [--published DATETIME]',
	examples: [
		'linimasa import --format timelinejs timeline.json -o dataset.json && linimasa --data dataset.json',
		'curl -s https://example.org/timeline.json | linimasa import -f timelinejs - | linimasa events --data -',
	],
	options: {
		format: {type: 'string', short: 'f', value: 'FORMAT', description: 'the input\'s format: timelinejs'},
		output: OUTPUT_OPTION,
		force: FORCE_OPTION,
		lang: {type: 'string', short: 'l', value: 'LANG', description: `the language of the timeline's text (default ${UNDETERMINED}, undetermined)`},
		published: {type: 'string', value: 'DATETIME', description: 'the dataset\'s publication date-time (default: now)'},
	},
	positionals: {min: 1, max: 1, name: 'FILE (a TimelineJS3 JSON file, or "-" for stdin)'},
	async run({io, values, positionals}) {
		if (choiceOption(values, 'format', FORMATS) === undefined) throw usageError('missing --format (the one format read is timelinejs)');
		const language = languageOption(values, UNDETERMINED);
		const published = publishedOption(stringOption(values, 'published'), new Date());
		const output = stringOption(values, 'output');

		const input = await readTextInput(positionals[0]!, io, {what: 'a TimelineJS file (.json)'});
		const result = timelineJsToDataset(input.text, {file: input.file, language, published});
		if (!result.ok) throw dataErrors(result.errors);
		for (const warning of result.warnings) io.stderr.write(`linimasa: warning: ${sanitizeInline(warning)}\n`);
		const checked = validateDatasetValue(result.dataset, {file: output ?? 'the imported dataset'});
		if (!checked.ok) throw failure(`the imported dataset did not validate, which is a bug in linimasa: ${checked.errors.map((e) => e.message).join('; ')}`);
		writeOutput(toJson(result.dataset), output, flag(values, 'force'), io);
		return EXIT.ok;
	},
};
