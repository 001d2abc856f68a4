/**
 * The language a command shows a story in, chosen as the explorer chooses it (state/language.ts):
 * --lang when the dataset has it (or another region of it), else the article's, with the
 * explorer's one-line warning, here on stderr and in English, as the command line's messages are.
 */
import type {Catalog} from '../model/catalog.js';
import {startLanguage} from '../state/language.js';
import {languageOption, stringOption, type OptionValues} from './command.js';
import type {Io} from './io.js';

/** The dataset's language that --lang names, else the article's (saying so on stderr when --lang asked for another). */
export function storyLanguage(values: OptionValues, story: Pick<Catalog, 'article' | 'languages'>, io: Pick<Io, 'stderr'>): string {
	const articleLanguage = story.article.language;
	const requested = stringOption(values, 'lang') === undefined ? undefined : languageOption(values, articleLanguage);
	const {lang, status} = startLanguage(requested, story.languages, articleLanguage, 'en');
	if (status) io.stderr.write(`linimasa: ${status.text}\n`);
	return lang;
}
