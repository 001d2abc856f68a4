/**
 * The byline a saved page prints by its headline — "Oleh: Redaksi | 13/03/2025 20:41",
 * "Reporter: A<br>Jumat, 14 Maret 2025 | 08:15 WIB" — read for the date and the credits: in the
 * blocks between the headline and the story's first paragraph, whatever their classes, and in the
 * blocks a WordPress-style portal's class names as a byline.
 */
import {CREDIT, isProse} from './chrome.js';
import {datelineOfLine, UPDATED} from './dateline.js';
import {creditsOf} from './layout.js';
import {blocksOf, elementsAfter, fold, type DomDocument, type DomNode} from './pageDom.js';

/**
 * Byline blocks by their class, wherever they stand: `<div class="entry-meta">Penulis: A | Senin,
 * 1 Desember 2025 - 10:15 WITA</div>`, a "post-meta" with "Oleh A • 1 Desember 2025".
 */
const BYLINE_BLOCKS = '[class*="entry-meta"], [class*="post-meta"], [class*="article-meta"], [class*="byline"], [class*="meta-info"], [class*="post-info"], [class*="author"], [class*="credit"]';
/** What holds other stories' bylines: lists of links, sidebars, footers. */
const OTHER_STORIES = /related|terkait|lainnya|populer|popular|widget|sidebar|footer|comment|recent/i;
/** How many elements under the headline are searched: a header block's rubric, credits, date and share bar, never far into the page. */
const HEADER_ELEMENTS = 40;

function ofOtherStories(node: DomNode): boolean {
	for (let at: DomNode | null | undefined = node.parentNode; at && at.nodeType === 1; at = at.parentNode) {
		if (/^(?:LI|ASIDE|FOOTER|NAV)$/i.test(at.nodeName) || OTHER_STORIES.test(at.getAttribute?.('class') ?? '')) return true;
	}
	return false;
}

/**
 * Whether a heading prints a page's title: the same words, or the words of a <title> that carries
 * the site's name before or after them ("Judul - Warta Lembah").
 */
function printsTitle(heading: string, title: string): boolean {
	const words = fold(heading);
	const titled = fold(title);
	return words === titled || (words.split(' ').length >= 3 && (titled.startsWith(`${words} `) || titled.endsWith(` ${words}`)));
}

/** The story's own heading: the heading that prints the page's title, else the <h1> of its <article>, else the page's only <h1>. */
export function storyHeading(document: DomDocument, title: string | undefined): DomNode | undefined {
	const headings = document.querySelectorAll('h1, h2, h3');
	for (let i = 0; title !== undefined && i < headings.length; i++) {
		const heading = headings[i];
		if (heading && printsTitle(heading.textContent ?? '', title)) return heading;
	}
	const inArticle = document.querySelectorAll('article h1');
	const all = document.querySelectorAll('h1');
	return inArticle.length === 1 ? inArticle[0] : all.length === 1 ? all[0] : undefined;
}

/**
 * The page's header block: the elements after the story's heading up to its first paragraph of
 * prose. An element that holds prose among other blocks (the story's container) is passed over,
 * its children read in turn.
 */
function headerBlockOf(document: DomDocument, heading: DomNode): DomNode[] {
	const body = document.querySelector('body');
	if (!body) return [];
	const found: DomNode[] = [];
	for (const element of elementsAfter(body, heading, HEADER_ELEMENTS)) {
		const blocks = blocksOf(element);
		if (blocks.length === 1 && isProse(blocks[0] ?? '')) break;
		if (!blocks.some(isProse)) found.push(element);
	}
	return found;
}

export interface PrintedByline {
	/** The date as printed ("Kamis, 13 Maret 2025 - 20:41 WIB"), if the byline prints one. */
	readonly date?: string;
	readonly authors: string[];
	readonly editors: string[];
}

/**
 * The date and credits a byline prints: "Penulis: La Ode Harun | Senin, 1 Desember 2025 - 10:15
 * WITA"; or, where the date stands apart (a <time> beside it), the credits alone of a block that
 * prints them: "Reporter: A | Editor: B", and a date standing alone takes the credits printed
 * above it. The header block under the story's heading is read
 * first, then the blocks classed as bylines; blocks of other stories (a related list, a sidebar)
 * are passed over.
 */
export function printedBylineOf(document: DomDocument, title: string | undefined): PrintedByline | undefined {
	const heading = storyHeading(document, title);
	const classed = document.querySelectorAll(BYLINE_BLOCKS);
	const candidates = [...(heading ? headerBlockOf(document, heading) : []), ...Array.from(classed)];
	let undated: {authors: string[]; editors: string[]} | undefined;
	for (const block of candidates) {
		// Credits in blocks of their own (a <div> each, or a <br> between) are read apart, as if barred.
		const text = blocksOf(block).join(' | ');
		if (text.length > 160 || UPDATED.test(text) || ofOtherStories(block)) continue;
		const dateline = datelineOfLine(text, 0);
		if (!dateline) {
			// A block of credits that names no author or editor (a photographer's) leaves the byline to come.
			const credits = undated || !CREDIT.test(text) ? undefined : creditsOf(text);
			if (credits && credits.authors.length + credits.editors.length > 0) undated = credits;
			continue;
		}
		// The credit around the date, its separators ("|", "•", " - ") read as the bar between credits.
		const credit = `${text.slice(0, dateline.dateSpan.start)} | ${text.slice(dateline.dateSpan.end)}`.replace(/\s+[•·/—–-]\s+|\s*[•·]\s*/gu, ' | ');
		const credits = creditsOf(credit);
		// A date in a block of its own under a block of credits ("Reporter: A", then "Jumat, 14 Maret 2025") is theirs.
		const named = credits.authors.length + credits.editors.length > 0 ? credits : (undated ?? credits);
		return {date: text.slice(dateline.dateSpan.start, dateline.dateSpan.end), ...named};
	}
	return undated;
}
