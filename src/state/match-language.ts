/**
 * Which of a record's texts are written in another language than the screen's, for the finder to
 * show a text in the screen's language where one matched: an event's titles and summaries, a
 * quote's glosses and its quotation, an entity's titles. Names, aliases, speakers and dates are
 * nobody's language here.
 */
import type {Catalog} from '../model/catalog.js';
import {primaryLanguage} from '../model/localize.js';
import type {LocalizedText} from '../model/schema.js';
import type {MatchedText} from '../model/search.js';
import {articleOf} from '../model/sources.js';
import type {Ref} from './state.js';

/** Whether `text` is one of these texts in another language than `lang`, and not also the one in `lang`. */
function writtenOtherwise(texts: readonly LocalizedText[], text: string, lang: string): boolean {
	const wanted = primaryLanguage(lang);
	let other = false;
	for (const localized of texts) {
		for (const [tag, value] of Object.entries(localized)) {
			if (value !== text) continue;
			if (primaryLanguage(tag) === wanted) return false;
			other = true;
		}
	}
	return other;
}

/** For the record at `ref`: whether a text of it that matched is written in another language than `lang`. */
export function inOtherLanguage(story: Catalog, ref: Ref, lang: string): (matched: MatchedText) => boolean {
	if (ref.kind === 'event') {
		const event = story.eventById(ref.id);
		return (matched) => (matched.field === 'title' || matched.field === 'summary') && event !== undefined && writtenOtherwise([event.title, event.summary], matched.text, lang);
	}
	if (ref.kind === 'quote') {
		const quote = story.quoteById(ref.id);
		if (!quote) return () => false;
		// The quotation is in the language of the article that prints it.
		const printed = story.articleById(articleOf(quote.evidence, story.article.id))?.language ?? story.article.language;
		return (matched) => (matched.field === 'text' ? primaryLanguage(printed) !== primaryLanguage(lang) : writtenOtherwise([quote.gloss], matched.text, lang));
	}
	if (ref.kind === 'entity') {
		const entity = story.entityById(ref.id);
		return (matched) => matched.field === 'title' && entity !== undefined && writtenOtherwise(entity.titles, matched.text, lang);
	}
	return () => false;
}
