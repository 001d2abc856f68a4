/**
 * `linimasa [--data FILE]`: the explorer for a person at a terminal; for a pipe or a script, the
 * timeline as plain text, so `linimasa | grep` works as one would hope. The explorer's start loads
 * only what it needs (open-catalog.ts); the text timeline is imported when asked for.
 */
import {DATA_OPTION, EXIT, flag, LANG_OPTION, languageOption, stringOption, type Command} from '../command.js';
import {openCatalog} from '../open-catalog.js';
import {colorLevel} from '../../platform/colour-level.js';
import {VERSION} from '../../model/version.js';

export const exploreCommand: Command = {
	name: '',
	summary: 'explore the events, people, organizations and quotes of a news story',
	usage: '[--data FILE] [--lang LANG]',
	examples: ['linimasa', 'linimasa --data my-story/dataset.json', 'linimasa --lang en | less'],
	options: {data: DATA_OPTION, lang: LANG_OPTION, version: {type: 'boolean', short: 'V', description: 'print the version'}},
	positionals: {min: 0, max: 0},
	async run({io, values}) {
		if (flag(values, 'version')) {
			io.stdout.write(`linimasa ${VERSION}\n`);
			return EXIT.ok;
		}
		const data = stringOption(values, 'data');
		// A person at a terminal gets the explorer; a pipe or a script gets the timeline as text.
		if (io.stdoutIsTTY && io.stdinIsTTY && io.openExplorer) {
			const catalog = await openCatalog(data, io);
			// At a terminal: colour unless NO_COLOR (or FORCE_COLOR=0) says otherwise, as for the CLI's text.
			return io.openExplorer(catalog, {lang: languageOption(values, catalog.article.language), colourLevel: colorLevel(io.env, true)});
		}
		const {printDatasetTimeline} = await import('./timeline-text.js');
		await printDatasetTimeline(data, (articleLanguage) => languageOption(values, articleLanguage), io);
		return EXIT.ok;
	},
};
