/**
 * A URL shown in a column of the screen. Wrapped like prose, a URL is broken inside itself and can
 * be neither clicked nor copied as one; it is kept on one line instead, shortened in the middle as
 * browsers and terminal tools shorten links: the site it is on and the end of its path, which tell
 * one article from another, either side of an ellipsis.
 */
import {truncate, truncateStart, widthOf} from './fit.js';

/** Scheme and host, with the slash after them: what the ellipsis never hides when it fits. */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+\/?/i;
/** Where a path's end may begin after the ellipsis: at a segment or a word of its slug, not inside one. */
const SEPARATOR = /[/\-_.?=&#]/;
/** The fewest columns of a path's end, ellipsis included, worth showing after the origin. */
const LEAST_END = 6;

/** The URL on one line of at most `width` columns: whole when it fits, else its origin, "…" and as much of its end as fits. */
export function shortUrl(url: string, width: number): string {
	if (widthOf(url) <= width) return url;
	const origin = ORIGIN.exec(url)?.[0] ?? '';
	const room = width - widthOf(origin);
	// Without room for the origin and its ellipsis, the start of the URL is what is left to read.
	if (origin === '' || room < 1) return truncate(url, width);
	// A letter or two of the path would read as its start: the site alone says more.
	if (room < LEAST_END) return `${origin}…`;
	const end = truncateStart(url.slice(origin.length), room).slice(1);
	// The end starts at a separator it holds ("…-hilir", "…/meluap") when that keeps a third of the room.
	const at = end.search(SEPARATOR);
	if (inNumber(url, url.length - end.length)) return at > 0 ? `${origin}…${end.slice(at)}` : `${origin}…`;
	const whole = at > 0 && widthOf(end.slice(at)) >= room / 3 ? end.slice(at) : end;
	return `${origin}…${whole}`;
}

/**
 * Whether `at` falls between two digits: the end of an id cut there ("…234567" of "1234567") reads
 * as another id, where the end of a cut word still reads as part of one.
 */
function inNumber(url: string, at: number): boolean {
	return /\d/.test(url[at - 1] ?? '') && /\d/.test(url[at] ?? '');
}
