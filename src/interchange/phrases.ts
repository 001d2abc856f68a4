/** Small phrases the export formats share, so a calendar, a timeline and a brief say things alike. */
import {localized} from '../model/localize.js';
import type {Event, Story} from '../model/story.js';

/** How an inferred date was read (the dataset's note, which says it is inferred), or null for a stated date. */
export function inferredDateNote(story: Story, event: Event, lang: string): string | null {
	if (event.certainty !== 'inferred') return null;
	return event.dateNote ? localized(event.dateNote, lang, story.article.language) : 'Date inferred from context.';
}

