/** The language the explorer starts in: the one asked for when the dataset has it, else the article's. */
import {primaryLanguage} from '../model/localize.js';
import type {Status} from './state.js';
import {languageName, stringsFor} from './strings/index.js';

/**
 * The dataset's language that `requested` names ("en" for "en-GB" when the dataset has "en"),
 * else the article's with a one-line warning for the status line, in `wordsLanguage` (the
 * explorer's: the article's; the command line's messages are English).
 */
export function startLanguage(requested: string | undefined, languages: readonly string[], articleLanguage: string, wordsLanguage = articleLanguage): {lang: string; status: Status | null} {
	if (requested === undefined) return {lang: articleLanguage, status: null};
	const found = languages.find((tag) => tag.toLowerCase() === requested.toLowerCase()) ?? languages.find((tag) => primaryLanguage(tag) === primaryLanguage(requested));
	if (found !== undefined) return {lang: found, status: null};
	const words = stringsFor(wordsLanguage);
	const text = words.status.unknownLanguage(requested, languageName(words, articleLanguage), languages.join(', '));
	return {lang: articleLanguage, status: {text, tone: 'warning'}};
}
