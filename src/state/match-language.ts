/**
 * Which of a record's texts are written in another language than the screen's, and in which: the
 * finder shows a text in the screen's language where one matched, and names the language of one
 * that is not. An event's titles and summaries, a quote's glosses and its quotation, an entity's
 * titles have a language; names, aliases, speakers and dates are nobody's language here.
 */
import type {Catalog} from '../model/catalog.js';
import {primaryLanguage} from '../model/localize.js';
import type {LocalizedText} from '../model/schema.js';
import type {MatchedText} from '../model/search.js';
import {articleOf} from '../model/sources.js';
import type {Ref} from './state.js';

/** The language (primary subtag) `text` is written in among these texts, when not `lang` and not also written in `lang`. */
function writtenOtherwise(texts: readonly LocalizedText[], text: string, lang: string): string | undefined {
	const wanted = primaryLanguage(lang);
	let other: string | undefined;
	for (const localized of texts) {
		for (const [tag, value] of Object.entries(localized)) {
			if (value !== text) continue;
			if (primaryLanguage(tag) === wanted) return undefined;
			other ??= primaryLanguage(tag);
		}
	}
	return other;
}

/** For the record at `ref`: the language a text of it that matched is written in, when another than `lang`. */
export function otherLanguageOf(story: Catalog, ref: Ref, lang: string): (matched: MatchedText) => string | undefined {
	if (ref.kind === 'event') {
		const event = story.eventById(ref.id);
		if (!event) return () => undefined;
		return (matched) => (matched.field === 'title' || matched.field === 'summary' ? writtenOtherwise([event.title, event.summary], matched.text, lang) : undefined);
	}
	if (ref.kind === 'quote') {
		const quote = story.quoteById(ref.id);
		if (!quote) return () => undefined;
		// The quotation is in the language of the article that prints it.
		const printed = primaryLanguage(story.articleById(articleOf(quote.evidence, story.article.id))?.language ?? story.article.language);
		return (matched) => (matched.field === 'text' ? (printed !== primaryLanguage(lang) ? printed : undefined) : writtenOtherwise([quote.gloss], matched.text, lang));
	}
	if (ref.kind === 'entity') {
		const entity = story.entityById(ref.id);
		if (!entity) return () => undefined;
		return (matched) => (matched.field === 'title' ? writtenOtherwise(entity.titles, matched.text, lang) : undefined);
	}
	return () => undefined;
}
