/** Small phrases the export formats share, so a calendar, a timeline and a brief say things alike. */
import {localized} from '../model/localize.js';
import type {Catalog} from '../model/catalog.js';
import type {Event} from '../model/schema.js';

/** How an inferred date was read (the dataset's note, which says it is inferred), or null for a stated date. */
export function inferredDateNote(story: Pick<Catalog, 'article'>, event: Pick<Event, 'certainty' | 'dateNote'>, lang: string): string | null {
	if (event.certainty !== 'inferred') return null;
	return event.dateNote ? localized(event.dateNote, lang, story.article.language) : 'Date inferred from context.';
}

