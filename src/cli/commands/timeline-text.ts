/**
 * The timeline as plain text, for a pipe or a script (`linimasa | grep`): what the default command
 * prints when there is no terminal to open the explorer in. Imported only then.
 */
import {formatSpan} from '../../model/dates.js';
import {localized} from '../../model/localize.js';
import {publicationDay, entityName, type Story} from '../../model/story.js';
import {loadStory} from '../files.js';
import type {Io} from '../io.js';
import {printTable} from '../listing.js';
import {paletteFor} from '../style.js';

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

/** Load the dataset at `path` (the embedded article when none) and print its timeline in `lang` (else the article's language). */
export async function printDatasetTimeline(path: string | undefined, lang: (articleLanguage: string) => string, io: Io): Promise<void> {
	const {story} = await loadStory(path, io);
	printTimeline(story, lang(story.article.language), io);
}
