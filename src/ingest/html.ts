/**
 * A news page saved as HTML, read as a careful reader copies it: the story found by
 * @mozilla/readability over a linkedom DOM, its text rebuilt block by block (Readability's
 * textContent runs paragraphs together), figures and their captions left out, and what the page
 * says of itself — `article:published_time`, `og:site_name`, `og:title`, `link rel=canonical`,
 * JSON-LD `NewsArticle` — as the article's metadata.
 */
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {UPDATED} from './dateline.js';
import {chromeLine, CREDIT} from './chrome.js';
import {creditsOf} from './layout.js';
import {letters} from './masthead.js';
import {printedBylineOf, storyHeading} from './pageByline.js';
import {blocksOf, clean, fold, type DomDocument, type DomNode} from './pageDom.js';
import {removeRelatedBoxes} from './relatedBoxes.js';

/** What a page's head and structured data say of the article. */
export interface PageMetadata {
	readonly title?: string;
	readonly outlet?: string;
	/** As the page gives it: ISO 8601, usually with its offset. */
	readonly published?: string;
	readonly authors: readonly string[];
	/** The editors a printed byline credits ("Editor: …"). */
	readonly editors: readonly string[];
	readonly url?: string;
}

export interface HtmlPage {
	/** The headline, then the story's blocks, one paragraph each, separated by blank lines. */
	readonly text: string;
	readonly metadata: PageMetadata;
}

type Json = string | number | boolean | null | Json[] | {[key: string]: Json};

const isObject = (value: Json | undefined): value is {[key: string]: Json} => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD value, through arrays and `@graph`. */
function jsonLdObjects(value: Json | undefined): {[key: string]: Json}[] {
	if (Array.isArray(value)) return value.flatMap(jsonLdObjects);
	if (!isObject(value)) return [];
	return [value, ...jsonLdObjects(value['@graph'])];
}

const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

const typesOf = (object: {[key: string]: Json}) => {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
};

/** A name from a JSON-LD value: a string, or an object's `name`, or a list of either. */
function namesIn(value: Json | undefined): string[] {
	if (typeof value === 'string') return [clean(value)];
	if (Array.isArray(value)) return value.flatMap(namesIn);
	if (isObject(value) && typeof value.name === 'string') return [clean(value.name)];
	return [];
}

/** The page's NewsArticle (or the closest kind of article) from its JSON-LD blocks. */
function newsArticle(document: DomDocument): {[key: string]: Json} | undefined {
	const found: {[key: string]: Json}[] = [];
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let i = 0; i < scripts.length; i++) {
		try {
			found.push(...jsonLdObjects(JSON.parse(scripts[i]?.textContent ?? '') as Json));
		} catch {
			// A broken JSON-LD block says nothing; the meta tags may still.
		}
	}
	const rank = (object: {[key: string]: Json}) => {
		const types = typesOf(object);
		return types.includes('NewsArticle') ? 0 : types.some((type) => NEWS_TYPES.test(type)) ? 1 : 2;
	};
	return found.filter((object) => rank(object) < 2).sort((a, b) => rank(a) - rank(b))[0];
}

function metaContent(document: DomDocument, ...selectors: string[]): string | undefined {
	for (const selector of selectors) {
		const value = clean(document.querySelector(selector)?.getAttribute('content') ?? '');
		if (value !== '') return value;
	}
	return undefined;
}

/**
 * The publication's time and the author as a blog's theme marks them up, where no meta tag gives
 * them: WordPress's `<time class="entry-date published" datetime="…">` and `<span class="author
 * vcard"><a class="fn">…</a>` (a comment's author is a "comment-author vcard", no "author"), and
 * the microdata and rel="author" other themes print.
 */
const PUBLISHED_MARKUP = 'time.published[datetime], time.entry-date[datetime], [itemprop="datePublished"][datetime]';
const AUTHOR_MARKUP = '.author.vcard .fn, a[rel~="author"], [itemprop="author"] [itemprop="name"]';

/** The first element's `attribute` (its text when none is named) that a selector finds, cleaned; undefined when empty. */
function markedUp(document: DomDocument, selector: string, attribute?: string): string | undefined {
	const element = document.querySelector(selector);
	const value = clean((attribute === undefined ? element?.textContent : element?.getAttribute(attribute)) ?? '');
	return value === '' ? undefined : value;
}

/** A page title as a headline, then a site's name after its last separator: "Judul - Kabar Cikuray". */
const SITE_AFTER = /^(.*\S)\s+[-|–—:·•]\s+([^|–—·•]+)$/u;
/** A site's name, then the headline after the first separator: "Kabar Cikuray | Judul". */
const SITE_BEFORE = /^([^|–—·•]+?)\s+[-|–—:·•]\s+(\S.*)$/u;

/** A page title without the site's name a portal puts around it: "Judul - Kabar Cikuray", "Kabar Cikuray | Judul". */
export function withoutSiteName(title: string, site: string | undefined): string {
	if (site === undefined || letters(site) === '') return title;
	const after = SITE_AFTER.exec(title);
	if (after?.[1] && letters(after[2] ?? '') === letters(site)) return after[1];
	const before = SITE_BEFORE.exec(title);
	if (before?.[2] && letters(before[1] ?? '') === letters(site)) return before[2];
	return title;
}

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u;

/**
 * The site's name a page's <title> carries before or after the headline: a domain, as printed
 * ("… | RADARMURIA.id"), or any name where the rest is the heading the page prints over its story
 * ("… – Catatan Fiskal Sulawesi", "… | Lembah Palu Pos"): a blog or a portal without the meta tags.
 */
function siteNameInTitle(document: DomDocument): string | undefined {
	const title = clean(document.querySelector('title')?.textContent ?? '');
	const parts = title.split(/\s+[-|–—:·•]\s+/u);
	if (parts.length < 2) return undefined;
	const domain = [parts.at(-1), parts[0]].find((part): part is string => part !== undefined && DOMAIN.test(part));
	if (domain) return domain;
	const headed = (headline: string | undefined) => {
		const heading = headline === undefined ? undefined : storyHeading(document, headline);
		return heading !== undefined && letters(clean(heading.textContent ?? '')) === letters(headline ?? '');
	};
	const after = SITE_AFTER.exec(title);
	if (after && headed(after[1])) return after[2];
	const before = SITE_BEFORE.exec(title);
	return before && headed(before[2]) ? before[1] : undefined;
}

/** The story's own heading's words, when it is no single word. */
function headingOf(document: DomDocument): string | undefined {
	const text = clean(storyHeading(document, undefined)?.textContent ?? '');
	return text.split(' ').length >= 3 ? text : undefined;
}

/** What the page says of its article, JSON-LD first, then the meta tags, then its heading and <title>. */
function metadataOf(document: DomDocument): PageMetadata {
	const article = newsArticle(document);
	const text = (value: Json | undefined) => (typeof value === 'string' && clean(value) !== '' ? clean(value) : undefined);
	const outlet = namesIn(article?.publisher)[0] ?? metaContent(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? siteNameInTitle(document);
	// A <title> carries the site's name ("… - Kabar Cikuray"); the <h1> over the story does not.
	const titled = text(article?.headline) ?? metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? headingOf(document) ?? (clean(document.querySelector('title')?.textContent ?? '') || undefined);
	const title = titled === undefined ? undefined : withoutSiteName(titled, outlet);
	const published = text(article?.datePublished) ?? metaContent(document, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]', 'meta[name="publishdate"]') ?? markedUp(document, PUBLISHED_MARKUP, 'datetime');
	const authors = namesIn(article?.author);
	const fromMeta = metaContent(document, 'meta[name="author"]', 'meta[property="article:author"]') ?? markedUp(document, AUTHOR_MARKUP);
	const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '') || metaContent(document, 'meta[property="og:url"]') || text(article?.url);
	return {
		...(title ? {title} : {}),
		...(outlet ? {outlet} : {}),
		...(published ? {published} : {}),
		authors: [...new Set(authors.length > 0 ? authors : fromMeta && !/^https?:/.test(fromMeta) ? [fromMeta] : [])],
		editors: [],
		...(canonical ? {url: canonical} : {}),
	};
}

/**
 * The dates the page prints: a <time> element, or an element whose class names a date; the first
 * that says when the page came out, and the first that says when it was updated ("Diperbarui 04
 * Mar 2025, 19:45 WIB").
 */
function printedDatesOf(document: DomDocument): {published?: string; updated?: string} {
	const candidates = document.querySelectorAll('time, [class*="date"], [class*="time"], [class*="tanggal"], [class*="publish"]');
	let updated: string | undefined;
	for (let i = 0; i < candidates.length; i++) {
		const text = clean(candidates[i]?.textContent ?? '');
		if (text.length > 80 || !/\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/u.test(text)) continue;
		if (!UPDATED.test(text)) return {published: text, ...(updated ? {updated} : {})};
		updated ??= text;
	}
	return updated ? {updated} : {};
}


/** Read a saved news page into its text (headline first) and its metadata. */
export function readHtmlPage(html: string): HtmlPage {
	const {document} = parseHTML(html);
	// Boxes of other stories ("Baca Juga" over headlines, "TERPOPULER") go first: none of their words is the story's, nor its date.
	removeRelatedBoxes(document as unknown as Parameters<typeof removeRelatedBoxes>[0]);
	const metadata = metadataOf(document as unknown as DomDocument);
	const byline = printedBylineOf(document as unknown as DomDocument, metadata.title);
	// The date the page prints in its byline is the text's dateline, as a copied text's is: the
	// publication's evidence, whether or not the page's metadata gives the date too.
	// A page that prints only when it was updated prints that as its date: read as a copied text's
	// "Diperbarui …" line, the publication's evidence only when it is the publication's day.
	const printedDates = printedDatesOf(document as unknown as DomDocument);
	const printedDate = printedDates.published ?? byline?.date ?? printedDates.updated;
	// Readability changes the document it reads: the metadata is taken first.
	const parsed = new Readability(document as unknown as Document).parse();
	const content = parseHTML(`<!doctype html><html><body>${parsed?.content ?? ''}</body></html>`).document;
	// Chrome Readability kept ("Baca juga: …", share bars, tags) is no part of the story's text; the
	// credits among it ("Editor: Agus Triyanto" under the story) still say who wrote and edited it.
	const read = blocksOf((parsed ? content.body : document.body) as unknown as DomNode);
	const kinds = read.map((block) => chromeLine(block));
	const blocks = read.filter((_, i) => kinds[i] === undefined || kinds[i] === 'initials');
	const credited = read.filter((_, i) => kinds[i] === 'credit').map(creditsOf);
	const headline = metadata.title ?? (parsed?.title ? clean(parsed.title) : undefined);
	// The headline leads the text unless the story's blocks already print it.
	const printed = headline !== undefined && blocks.slice(0, 3).some((block) => fold(block) === fold(headline));
	// The date as the page prints it by the headline ("Minggu, 06 Apr 2025 21:15 WIB") is the text's dateline.
	const dated = printedDate !== undefined && !blocks.slice(0, 6).some((block) => block.includes(printedDate)) ? [printedDate] : [];
	const lines = headline && !printed ? [headline, ...dated, ...blocks] : [...dated, ...blocks];
	// Readability's byline is the block as printed ("Oleh: Yusuf Ramdani"): its credit head is no part of the name.
	const readByline = parsed?.byline ? clean(parsed.byline) : undefined;
	const bylineAuthors = readByline === undefined ? [] : CREDIT.test(readByline) ? creditsOf(readByline).authors : [readByline];
	const inCredits = (of: 'authors' | 'editors') => [...new Set(credited.flatMap((credits) => credits[of]))];
	const authors = metadata.authors.length > 0 ? metadata.authors : byline && byline.authors.length > 0 ? byline.authors : bylineAuthors.length > 0 ? bylineAuthors : inCredits('authors');
	const editors = byline && byline.editors.length > 0 ? byline.editors : inCredits('editors');
	return {
		text: `${lines.join('\n\n')}\n`,
		metadata: {
			...metadata,
			...(metadata.outlet === undefined && parsed?.siteName ? {outlet: clean(parsed.siteName)} : {}),
			...(metadata.published === undefined && parsed?.publishedTime ? {published: parsed.publishedTime} : {}),
			authors,
			editors,
		},
	};
}

/** Whether a text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
	return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.replace(/^\uFEFF/, ''));
}
