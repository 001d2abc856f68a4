/**
 * Picking one language out of a LocalizedText. A reader asks for a language; a record may not have
 * it, so the choice falls back to the same language in another region ("en" for "en-GB"), then to
 * the article's own language, then to whatever the record has: a text is never left blank.
 */
import type {LocalizedText} from './schema.js';

/** A language tag's language without its region, in lower case: "en" for "en-GB". */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The text in `lang` or another region of it ("en" for "en-GB"), with no other fallback. */
export function sameLanguage(text: LocalizedText, lang: string): string | undefined {
	const exact = text[lang];
	if (exact !== undefined) return exact;
	const wanted = primaryLanguage(lang);
	for (const [tag, value] of Object.entries(text)) if (primaryLanguage(tag) === wanted) return value;
	return undefined;
}

/** The text in `lang`, else in `fallbackLang` (usually the article's language), else any. */
export function localized(text: LocalizedText, lang: string, fallbackLang?: string): string {
	return (
		sameLanguage(text, lang) ??
		(fallbackLang === undefined ? undefined : sameLanguage(text, fallbackLang)) ??
		Object.values(text)[0] ??
		''
	);
}

/** As `localized`, for an optional text: null when there is none. */
export function localizedOrNull(text: LocalizedText | null | undefined, lang: string, fallbackLang?: string): string | null {
	return text ? localized(text, lang, fallbackLang) : null;
}
