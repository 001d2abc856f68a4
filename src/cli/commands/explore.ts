/**
 * `linimasa [--data FILE]`: the explorer for a person at a terminal; for a pipe or a script, the
 * timeline as plain text, so `linimasa | grep` works as one would hope.
 */
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {publicationDay, entityName, type Story} from '../../model/story.js';
import {DATA_OPTION, EXIT, flag, LANG_OPTION, languageOption, stringOption, type Command} from '../command.js';
import {loadStory, openCatalog} from '../files.js';
import type {Io} from '../io.js';
import {printTable} from '../listing.js';
import {paletteFor} from '../style.js';
import {VERSION} from '../version.js';

function printTimeline(story: Story, lang: string, io: Io): void {
	const palette = paletteFor(io);
	const {article} = story;
	const byline = [article.outlet, publicationDay(article, lang), ...(article.authors.length > 0 ? [article.authors.join(', ')] : [])];
	io.stdout.write(`${palette.heading(article.title)}\n${palette.muted(byline.join(' · '))}\n\n`);
	const rows = story.events.map((event) => [
		palette.date(formatSpan(event.start, event.end, lang)),
		localized(event.title, lang, article.language) + (event.certainty === 'inferred' ? palette.muted(' (date inferred)') : ''),
		palette.muted(entityName(story, event.place) ?? ''),
	]);
	printTable([{header: 'DATE'}, {header: 'EVENT', flex: true}, {header: 'PLACE'}], rows, io, palette);
}

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
			return io.openExplorer(catalog, {lang: languageOption(values, catalog.article.language)});
		}
		const {story} = await loadStory(data, io);
		printTimeline(story, languageOption(values, story.article.language), io);
		return EXIT.ok;
	},
};
