/**
 * Evidence as the detail pane shows it: an anchor's exact words with a little of the article on
 * either side, in whole words and within their paragraph.
 */
import type {Catalog} from '../../model/catalog.js';
import {sanitizeBlock} from '../../model/sanitize.js';
import type {Anchor} from '../../model/schema.js';
import {singleSpaced} from '../../text/words.js';

/**
 * The context an anchor keeps (a fixed number of characters either side) in whole words: its
 * first word before the exact words, and its last after them, may be cut, so they go.
 */
function wholeWordsBefore(prefix: string): string {
	const text = singleSpaced(prefix);
	const space = text.indexOf(' ');
	return space < 0 ? '' : text.slice(space + 1);
}

function wholeWordsAfter(suffix: string): string {
	const text = singleSpaced(suffix);
	const space = text.lastIndexOf(' ');
	return space < 0 ? '' : text.slice(0, space);
}

/** A blank line: where an article's paragraphs, captions and subheadings part. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * Evidence's context before its exact words: none from another paragraph, as a photo credit or a
 * subheading above ("Komunikasi Lancar") would read as the sentence's first words. Where the
 * paragraph begins inside the context, it is shown from there, whole, with no ellipsis.
 */
function contextBefore(prefix: string): string {
	const parts = prefix.split(PARAGRAPH_BREAK);
	if (parts.length === 1) return `…${wholeWordsBefore(prefix)}`;
	return singleSpaced(parts.at(-1)!).trimStart();
}

/** Evidence's context after its exact words, up to the end of their paragraph (see contextBefore). */
function contextAfter(suffix: string): string {
	const parts = suffix.split(PARAGRAPH_BREAK);
	if (parts.length === 1) return `${wholeWordsAfter(suffix)}…`;
	return singleSpaced(parts[0]!).trimEnd();
}

/** How much of the article around an anchor stands for its prefix or suffix where the dataset gives none. */
const CONTEXT_READ = 32;

/**
 * Evidence: the exact words with a little context either side, in whole words, the exact words lit.
 * The context is the anchor's prefix and suffix; where a dataset leaves them out (they are optional),
 * it is read from the article: a name alone, three times over, shows a fact-checker nothing.
 */
export function evidenceText(anchor: Anchor, story: Pick<Catalog, 'articleText'>): {before: string; exact: string; after: string} {
	const read = (start: number, end: number) => {
		try {
			// The article's own text, as written: made safe here, as a dataset's prefix and suffix are at load.
			return sanitizeBlock(story.articleText(anchor.article).slice(Math.max(0, start), end));
		} catch {
			// An article whose text could not be read: the exact words alone, as before.
			return '';
		}
	};
	const prefix = anchor.prefix ?? read(anchor.start - CONTEXT_READ, anchor.start);
	const suffix = anchor.suffix ?? read(anchor.end, anchor.end + CONTEXT_READ);
	return {
		before: prefix ? contextBefore(prefix) : '',
		exact: singleSpaced(anchor.exact),
		after: suffix ? contextAfter(suffix) : '',
	};
}
