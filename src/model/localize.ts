/** Picking one language out of a dataset's localized texts. */
import type {LocalizedText} from './schema.js';

/** The text in `lang`, else in the fallback (the article's language), else in any language given. */
export function localized(text: LocalizedText, lang: string, fallbackLang: string): string {
	return text[lang] ?? text[fallbackLang] ?? Object.values(text)[0] ?? '';
}
