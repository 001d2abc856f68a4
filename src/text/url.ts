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
	const cut = url.length - end.length;
	const numbers = numbersEndingAfter(url, cut);
	const inside = (at: number) => numbers.find(([start, stop]) => start < at && at < stop);
	// A separator the end holds, where it may start: not one that groups a number's digits ("1.250.000").
	const separator = (from: number) => {
		for (let at = from; at < url.length; at++) if (SEPARATOR.test(url[at]!) && !inside(at)) return at;
		return -1;
	};
	// Cut inside a number, the rest of an id or an amount reads as another ("…234567" of "1234567",
	// "….250.000" of "1.250.000"): the end starts at the first separator after it, however little
	// that keeps, or the site alone shows. A word cut inside still shows its rest.
	const number = inside(cut);
	if (number) {
		const at = separator(number[1]);
		return at >= 0 ? `${origin}…${url.slice(at)}` : `${origin}…`;
	}
	// The end starts at a separator it holds ("…-hilir", "…/meluap") when that keeps a third of the room.
	const at = separator(cut);
	const whole = at > cut && widthOf(url.slice(at)) >= room / 3 ? url.slice(at) : end;
	return `${origin}…${whole}`;
}

/** A run of digits with the dots or commas that group them ("1234567", "1.250.000", "12,5"). */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The [start, end) of each number in `url` that ends after `from`: those the end of a shortened URL can hold. */
function numbersEndingAfter(url: string, from: number): [number, number][] {
	const spans: [number, number][] = [];
	for (const match of url.matchAll(NUMBER)) if (match.index + match[0].length > from) spans.push([match.index, match.index + match[0].length]);
	return spans;
}
