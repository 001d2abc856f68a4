/**
 * `linimasa [--data FILE]`: the explorer for a person at a terminal; for a pipe or a script, the
 * timeline as plain text, so `linimasa | grep` works as one would hope; a dataset piped in at a
 * terminal is explored with keys from the terminal itself. The explorer's start loads
 * only what it needs (open-catalog.ts); the text timeline is imported when asked for.
 */
import {DATA_OPTION, EXIT, flag, LANG_OPTION, languageOption, stringOption, type Command, type OptionValues} from '../command.js';
import type {ExplorerOptions, Io} from '../io.js';
import {openCatalog} from '../open-catalog.js';
import type {Catalog} from '../../model/catalog.js';
import {colorLevel} from '../../platform/colour-level.js';
import {inkSeesCi} from '../../platform/terminal.js';
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
		// Only where the explorer would otherwise open (keys from stdin, or from the terminal when the data is piped).
		const ci = io.stdoutIsTTY && io.openExplorer !== undefined && (io.stdinIsTTY || data === '-') && inkSeesCi(io.env);
		if (ci) io.stderr.write('linimasa: CI is set, and the explorer draws nothing until it ends there: the timeline follows as text (unset CI, or set CI=false, to explore)\n');
		if (io.stdoutIsTTY && io.openExplorer && !ci) {
			// At a terminal: colour unless NO_COLOR (or FORCE_COLOR=0) says otherwise, as for the CLI's text.
			const options = (catalog: Catalog) => ({lang: languageOption(values, catalog.article.language), colourLevel: colorLevel(io.env, true)});
			if (io.stdinIsTTY) {
				const catalog = await openCatalog(data, io);
				return io.openExplorer(catalog, options(catalog));
			}
			// The dataset came through stdin (`cat ds.json | linimasa --data -`): the keys come from
			// the terminal itself, as fzf and less read theirs.
			if (data === '-') return exploreFromPipe(await openCatalog(data, io), values, io, io.openExplorer, options);
		}
		const {printTimeline} = await import('./timeline-text.js');
		await printTimeline(await openCatalog(data, io), values, io);
		return EXIT.ok;
	},
};

/**
 * The explorer on a dataset read from stdin, its keys read from the terminal (/dev/tty); with no
 * terminal to open, the timeline as text and one line on stderr that says why and what to do.
 */
async function exploreFromPipe(catalog: Catalog, values: OptionValues, io: Io, openExplorer: NonNullable<Io['openExplorer']>, options: (catalog: Catalog) => ExplorerOptions): Promise<number> {
	const keys = io.openTerminalKeys?.();
	if (keys) {
		try {
			return await openExplorer(catalog, {...options(catalog), keys});
		} finally {
			keys.destroy();
		}
	}
	io.stderr.write("linimasa: no terminal to read the explorer's keys from (/dev/tty); save the dataset and run: linimasa --data FILE\n");
	const {printTimeline} = await import('./timeline-text.js');
	await printTimeline(catalog, values, io);
	return EXIT.ok;
}
