/**
 * The timeline as plain text, for a pipe or a script (`linimasa | grep`): what the default command
 * prints when there is no terminal to open the explorer in. Imported only then.
 */
import {entityName, type Catalog} from '../../model/catalog.js';
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {publicationDay} from '../../model/story.js';
import type {OptionValues} from '../command.js';
import type {Io} from '../io.js';
import {storyLanguage} from '../story-language.js';
import {writeTable} from '../listing.js';
import {outputTo, writeAll} from '../output.js';
import {paletteFor, terminalWidth} from '../style.js';
import {plainWidth} from '../../text/plain-width.js';
import {stringsFor} from '../../state/strings/index.js';
import {inferredSuffix} from '../../ui/theme.js';
import {hasSeveralSources, sourcesLine} from '../../interchange/phrases.js';

/** Print the story's timeline in the language --lang asks for (see story-language.ts). */
export async function printTimeline(story: Catalog, values: OptionValues, io: Io): Promise<void> {
	const lang = storyLanguage(values, story, io);
	const palette = await paletteFor(io);
	const {article} = story;
	const {detail} = stringsFor(lang);
	// "(date inferred)", "(tanggal disimpulkan)": in the language of the titles beside it, where the
	// titles are printed whole (a pipe); fitted to a terminal, a cut title would cut it, and the
	// date column's ~ says it.
	const inferred = terminalWidth(io) === undefined ? ` (${detail.itemLabels.date} ${detail.inferred})` : '';
	// A story of several sources names them all, as the brief does: the first article's byline would credit one outlet with the others' events.
	const byline = hasSeveralSources(story) ? [sourcesLine(story, lang)] : [article.outlet, publicationDay(article, lang), ...(article.authors.length > 0 ? [article.authors.join(', ')] : [])];
	await writeAll(outputTo(undefined, false, io), async (out) => {
		const width = terminalWidth(io);
		for (const line of await wrappedTo(article.title, width)) out.write(`${palette.heading(line)}\n`);
		for (const line of await wrappedTo(byline.join(' · '), width)) out.write(`${palette.muted(line)}\n`);
		out.write('\n');
		const row = (index: number) => {
			const event = story.events.briefAt(index)!;
			const guessed = event.certainty === 'inferred';
			// The date column's ~ (as `quotes` marks a day) survives a title cut to the terminal's width.
			return [
				palette.date(formatSpan(event.start, event.end, lang)) + palette.muted(inferredSuffix(event.certainty)),
				localized(event.title, lang, article.language) + (guessed ? palette.muted(inferred) : ''),
				palette.muted(entityName(story, event.place) ?? ''),
			];
		};
		await writeTable([{header: 'DATE', whole: true}, {header: 'EVENT', flex: true, names: true}, {header: 'PLACE'}], {count: story.events.length, row}, io, palette, out);
	});
}

/**
 * The lines of a heading on a terminal `width` columns wide: wrapped at spaces, as the title is the
 * story's and a cut would lose its end (the table under it cuts, its rows being many). Piped, one line.
 */
async function wrappedTo(text: string, width: number | undefined): Promise<string[]> {
	const plain = plainWidth(text);
	if (width === undefined || (plain !== undefined && plain <= width)) return [text];
	// Loaded only then: the fitting brings string-width, a fifth of a listing's start-up.
	const {wrap} = await import('../../text/fit.js');
	return wrap(text, width);
}
