/**
 * `ingestArticle`: Indonesian news text in, a draft linimasa dataset out — the article with its
 * dateline read, entity candidates, dated events and attributed quotations, every item anchored
 * to the text. Rule-based, offline and deterministic: the same text gives the same dataset.
 */
import {sanitizeBlock} from '../model/sanitize.js';
import type {DatasetFileV1 as DatasetFile, Quote} from '../model/schema.js';
import {addDays, indonesianDate} from './calendar.js';
import {findDates} from './dates.js';
import {findDateline, outletName, siteName, ZONE_OFFSETS, type Dateline} from './dateline.js';
import {findEntities} from './entities.js';
import {buildEvents, type Publication} from './events.js';
import {NEWS_AGENCIES} from './gazetteer.js';
import {slug, uniqueIds} from '../model/ids.js';
import {articleLayout, withoutDeskCredits, type ArticleLayout} from './layout.js';
import {looksLikeHtml, readHtmlPage} from './html.js';
import {findQuotes} from './quotes.js';
import {textStructure} from './sentences.js';
import {anchorMaker} from './spans.js';

export interface IngestOptions {
	/** The publication date-time ("2025-03-26T01:00+07:00"); it wins over any the text prints. */
	readonly published?: string;
	/** The outlet; it wins over any the text prints. */
	readonly outlet?: string;
	/** The headline, for a text that does not print one (a page's og:title). */
	readonly title?: string;
	/** The authors, for a text without credits (a page's JSON-LD author). */
	readonly authors?: readonly string[];
	/** The editors, for a text without credits (a page's printed byline). */
	readonly editors?: readonly string[];
	/** Where the article was published (a page's canonical link). */
	readonly url?: string;
}

/** Why a text cannot be ingested, in words for the person who gave it. */
export class IngestError extends Error {}

/** What is missing from a text that prints no date, its remedy aside: the caller knows which remedy it offers. */
export const NO_DATELINE = 'no dateline found (such as "Rabu, 14 Mei 2025 - 18:20 WIB") in the header block';

/** A text that prints no publication date and was given none. */
export class UndatedError extends IngestError {
	constructor() {
		super(`${NO_DATELINE}; give the publication date-time with --published, such as --published 2025-05-14T18:20+07:00`);
	}
}

const PUBLISHED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** When the text was published and the day it speaks from: the options first, then the dateline. */
function publicationOf(dateline: Dateline | undefined, options: IngestOptions): {published: string; date: string; reportingDay: string; timezone?: string; time?: string} {
	if (options.published === undefined && dateline) {
		const time = dateline.published.slice(11, 16);
		return {published: dateline.published, date: dateline.date, reportingDay: dateline.reportingDay, time, ...(dateline.timezone ? {timezone: dateline.timezone} : {})};
	}
	const match = options.published === undefined ? null : PUBLISHED.exec(options.published);
	if (options.published === undefined) throw new UndatedError();
	if (!match || Number.isNaN(Date.parse(options.published))) throw new IngestError(`"${options.published}" is not a date-time with its offset, such as 2025-03-26T01:00+07:00`);
	const zone = Object.entries(ZONE_OFFSETS).find(([, offset]) => offset === match[4])?.[0];
	const date = match[1] ?? '';
	const early = Number(match[2]) < 6;
	return {published: options.published ?? '', date, reportingDay: early ? addDays(date, -1) : date, time: `${match[2]}:${match[3]}`, ...(zone ? {timezone: zone} : {})};
}

/** A quotation's first words, as a stand-in gloss until someone writes one. */
function excerpt(text: string, words = 12): string {
	const all = text.replace(/\s+/g, ' ').trim().split(' ');
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** The outlet for people: the options, else the masthead, the dateline, the lead, or a "Sumber:" line. */
function outletOf(layout: ArticleLayout, options: IngestOptions): string {
	if (options.outlet) return options.outlet;
	if (layout.masthead) return outletName(layout.masthead.printed);
	const printed = layout.dateline?.outletPrinted ?? layout.lead?.outlet?.printed;
	if (printed) return NEWS_AGENCIES[printed] || AGENCY_NAMES.get(printed) ? (AGENCY_NAMES.get(printed) ?? printed) : outletName(printed);
	return layout.source ?? UNKNOWN_OUTLET;
}

/** Why a publication's day is not stated in its text. */
const NOT_PRINTED = 'Tanggal terbit tidak tercetak di teks; diambil dari metadata halaman atau --published.';

/** The outlet of an article that names none: the article's record says so, its publication's title leaves it out. */
const UNKNOWN_OUTLET = 'Tidak diketahui';

const AGENCY_NAMES = new Map(Object.entries(NEWS_AGENCIES).flatMap(([name, others]) => [[name, name] as const, ...others.map((other) => [other, name] as const)]));

/** Read an Indonesian news text into a draft dataset, its article text inline. */
export function ingestArticle(input: string, options: IngestOptions = {}): DatasetFile {
	// Text is data, never terminal instructions: the draft's anchors point into the cleaned text.
	const text = sanitizeBlock(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	if (text.trim() === '') throw new IngestError('the article is empty');
	const layout = articleLayout(text);
	const publication = publicationOf(layout.dateline, options);
	const clock = [publication.time?.replace(':', '.'), publication.timezone].filter(Boolean).join(' ');
	const early = publication.reportingDay !== publication.date ? ` pukul ${clock}, jadi ditulis sehari sebelumnya` : '';
	const basis = `dalam berita yang terbit ${indonesianDate(publication.date)}${early}`;

	const structure = textStructure(text, layout.body, layout.chrome.map((piece) => piece.span));
	const anchor = anchorMaker(text);
	const dates = findDates(text, structure.sentences, {reportingDay: publication.reportingDay, basis});
	const {entities, mentions} = findEntities(text, layout, structure, anchor, options.outlet);
	const quotes = findQuotes(text, structure, mentions);

	const outlet = outletOf(layout, options);
	const outletEntity = entities.find((entity) => entity.type === 'organization' && (entity.name === outlet || entity.aliases.includes(outlet)));
	const agencies = entities.filter((entity) => entity.type === 'organization' && entity.name in NEWS_AGENCIES);
	// Who put the text out takes part in its publication, never in the news it reports.
	const press = [...new Set([...(outletEntity ? [outletEntity.id] : []), ...agencies.map((agency) => agency.id)])];
	const city = layout.lead?.city ? mentions.find((mention) => mention.type === 'place' && mention.span.start === layout.lead?.city?.span.start) : undefined;
	// The dateline is the publication's evidence when it prints the publication's day; a date given
	// from outside the text (a page's metadata, --published) rests on the headline it was given for.
	const dateline = layout.dateline?.date === publication.date ? layout.dateline : undefined;
	const evidence = dateline ? {line: dateline.line, dateSpan: dateline.dateSpan} : layout.title ? {line: layout.title} : undefined;
	const publicationEvent: Publication | undefined = evidence && {
		date: publication.date,
		...evidence,
		title: outlet === UNKNOWN_OUTLET ? 'Artikel terbit' : `Artikel terbit di ${outlet}`,
		summary: `${outlet === UNKNOWN_OUTLET ? 'Artikel ini terbit' : `${outlet} menerbitkan artikel ini`} pada ${indonesianDate(publication.date)}${publication.time && publication.time !== '00:00' ? ` pukul ${publication.time.replace(':', '.')}` : ''}${publication.timezone ? ` ${publication.timezone}` : ''}.`,
		participants: press,
		...(city ? {place: city.entity} : {}),
		// The dateline's own note, or why the day is not the text's.
		...(dateline ? (dateline.note ? {note: dateline.note} : {}) : {note: NOT_PRINTED}),
	};
	const {events, quoteEvents, attributions} = buildEvents({text, structure, dates, mentions, quotes, anchor, press, reportingDay: publication.reportingDay, names: new Map(entities.map((entity) => [entity.id, entity.name])), ...(publicationEvent ? {publication: publicationEvent} : {})});

	const quoteId = uniqueIds();
	const quoteRecords: Quote[] = quotes.map((quote, i) => {
		const words = text.slice(quote.span.start, quote.span.end);
		return {
			id: quoteId(`q-${slug(words, {words: 4, fallback: 'kutipan'})}`),
			text: words,
			speaker: quote.speaker,
			event: quoteEvents[i] ?? null,
			about: [],
			gloss: {id: excerpt(words)},
			evidence: anchor(quote.span),
			...(quote.attribution ? {attribution: anchor(attributions[i] ?? quote.attribution)} : {}),
		};
	});

	const printedTitle = layout.title ? text.slice(layout.title.start, layout.title.end) : undefined;
	const title = printedTitle ?? options.title ?? (excerpt(text.slice(layout.body.start, layout.body.end), 10) || 'Tanpa judul');
	const credited = (inText: readonly string[], onPage: readonly string[] = []) => {
		const named = withoutDeskCredits(inText, outlet);
		return named.length > 0 ? named : withoutDeskCredits(onPage, outlet);
	};
	const authors = credited(layout.authors, options.authors);
	const editors = credited(layout.editors, options.editors);
	return {
		version: 1,
		article: {
			title,
			outlet,
			...(options.url ? {url: options.url} : {}),
			published: publication.published,
			...(publication.timezone ? {timezone: publication.timezone} : {}),
			authors: [...authors],
			editors: [...editors],
			...(layout.section ? {section: layout.section} : {}),
			language: 'id',
			agencies: agencies.map((agency) => agency.name),
			text,
		},
		entities: [...entities],
		events: [...events],
		quotes: quoteRecords,
	};
}

/** The publication date-time a page gives, in the form a dataset carries, read in WIB when the page gives UTC or no offset. */
export function pagePublished(value: string): string | undefined {
	const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*([+-]\d{2}:?\d{2})?$/.exec(value.trim());
	if (local && local[4]) {
		const offset = local[4].includes(':') ? local[4] : `${local[4].slice(0, 3)}:${local[4].slice(3)}`;
		return `${local[1]}T${local[2] ?? '00'}:${local[3] ?? '00'}${offset}`;
	}
	const instant = Date.parse(local && !local[4] ? `${local[1]}T${local[2] ?? '00'}:${local[3] ?? '00'}:00+07:00` : value);
	if (Number.isNaN(instant)) return undefined;
	const wib = new Date(instant + 7 * 3_600_000).toISOString();
	return `${wib.slice(0, 16)}+07:00`;
}

/**
 * Read a saved news page into a draft: its story's text (headline first) through the same rules as
 * a copied text, with the page's own metadata for what the text does not print. The options win.
 */
export function ingestPage(html: string, options: IngestOptions = {}): DatasetFile {
	const page = readHtmlPage(html);
	const meta = page.metadata;
	// A page that gives UTC and prints the same instant in its own zone ("13:30 WIT") is read in that zone.
	const printed = findDateline(page.text);
	const sameInstant = printed?.timezone !== undefined && meta.published !== undefined && Date.parse(printed.published) === Date.parse(meta.published);
	const published = sameInstant ? printed?.published : meta.published === undefined ? undefined : pagePublished(meta.published);
	return ingestArticle(page.text, {
		...(published ? {published} : {}),
		// The page names itself as its readers see it: og:site_name "JabarKini.id" is the outlet's name, not "Jabar Kini".
		...(meta.outlet ? {outlet: siteName(meta.outlet)} : {}),
		...(meta.title ? {title: meta.title} : {}),
		...(meta.authors.length > 0 ? {authors: meta.authors} : {}),
		...(meta.editors.length > 0 ? {editors: meta.editors} : {}),
		...(meta.url ? {url: meta.url} : {}),
		...options,
	});
}

/** Read a text or a saved page (told apart by its first bytes) into a draft dataset. */
export function ingestDocument(input: string, options: IngestOptions = {}): DatasetFile {
	return looksLikeHtml(input) ? ingestPage(input, options) : ingestArticle(input, options);
}
