/**
 * `ingestArticle`: Indonesian news text in, a draft linimasa dataset out — the article with its
 * dateline read, entity candidates, dated events and attributed quotations, every item anchored
 * to the text. Rule-based, offline and deterministic: the same text gives the same dataset.
 */
import {sanitizeBlock} from '../model/sanitize.js';
import type {DatasetFile, Quote} from '../model/schema.js';
import {indonesianDate} from './calendar.js';
import {findDates} from './dates.js';
import {outletName, ZONE_OFFSETS, type Dateline} from './dateline.js';
import {findEntities} from './entities.js';
import {buildEvents, type Publication} from './events.js';
import {NEWS_AGENCIES} from './gazetteer.js';
import {slug, uniqueIds} from '../model/ids.js';
import {articleLayout} from './layout.js';
import {findQuotes} from './quotes.js';
import {textStructure} from './sentences.js';
import {anchorMaker} from './spans.js';

export interface IngestOptions {
	/** The publication date-time ("2025-03-26T01:00+07:00"), for a text without a dateline. */
	readonly published?: string;
	/** The outlet, for a text whose dateline does not name it. */
	readonly outlet?: string;
}

/** Why a text cannot be ingested, in words for the person who gave it. */
export class IngestError extends Error {}

const PUBLISHED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** When the text was published and the day it speaks from, from its dateline or the options. */
function publicationOf(dateline: Dateline | undefined, options: IngestOptions): {published: string; date: string; reportingDay: string; timezone?: string; time?: string} {
	if (dateline) {
		const time = dateline.published.slice(11, 16);
		return {published: dateline.published, date: dateline.date, reportingDay: dateline.reportingDay, time, ...(dateline.timezone ? {timezone: dateline.timezone} : {})};
	}
	const match = options.published === undefined ? null : PUBLISHED.exec(options.published);
	if (!match || Number.isNaN(Date.parse(options.published ?? ''))) {
		throw new IngestError(
			options.published === undefined
				? 'no dateline found (such as "Koran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB") in the first lines; give the publication date-time'
				: `"${options.published}" is not a date-time with its offset, such as 2025-03-26T01:00+07:00`,
		);
	}
	const zone = Object.entries(ZONE_OFFSETS).find(([, offset]) => offset === match[4])?.[0];
	return {published: options.published ?? '', date: match[1] ?? '', reportingDay: match[1] ?? '', time: `${match[2]}:${match[3]}`, ...(zone ? {timezone: zone} : {})};
}

/** A quotation's first words, as a stand-in gloss until someone writes one. */
function excerpt(text: string, words = 12): string {
	const all = text.replace(/\s+/g, ' ').trim().split(' ');
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

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

	const structure = textStructure(text, layout.body);
	const anchor = anchorMaker(text);
	const dates = findDates(text, structure.sentences, {reportingDay: publication.reportingDay, basis});
	const {entities, mentions} = findEntities(text, layout, structure, anchor);
	const quotes = findQuotes(text, structure, mentions);

	const outlet = layout.dateline?.outletPrinted ? outletName(layout.dateline.outletPrinted) : options.outlet ?? 'Tidak diketahui';
	const outletEntity = entities.find((entity) => entity.type === 'organization' && entity.name === outlet);
	const agencies = entities.filter((entity) => entity.type === 'organization' && entity.name in NEWS_AGENCIES);
	const city = layout.dateline ? mentions.find((mention) => mention.type === 'place' && mention.span.start === layout.body.start) : undefined;
	const publicationEvent: Publication | undefined = layout.dateline && {
		date: publication.date,
		line: layout.dateline.line,
		dateSpan: layout.dateline.dateSpan,
		title: `Artikel terbit di ${outlet}`,
		summary: `${outlet} menerbitkan artikel ini pada ${indonesianDate(publication.date)}${publication.time && publication.time !== '00:00' ? ` pukul ${publication.time.replace(':', '.')}` : ''}${publication.timezone ? ` ${publication.timezone}` : ''}.`,
		participants: [...(outletEntity ? [outletEntity.id] : []), ...agencies.map((agency) => agency.id)],
		...(city ? {place: city.entity} : {}),
	};
	const {events, quoteEvents} = buildEvents({text, structure, dates, mentions, quotes, anchor, ...(publicationEvent ? {publication: publicationEvent} : {})});

	const quoteId = uniqueIds();
	const quoteRecords: Quote[] = quotes.map((quote, i) => {
		const words = text.slice(quote.span.start, quote.span.end);
		return {
			id: quoteId(`q-${slug(words, {words: 4, fallback: 'kutipan'})}`),
			text: words,
			speaker: quote.speaker,
			event: quoteEvents[i] ?? null,
			gloss: {id: excerpt(words)},
			evidence: anchor(quote.span),
			...(quote.attribution ? {attribution: anchor(quote.attribution)} : {}),
		};
	});

	const title = (layout.title ? text.slice(layout.title.start, layout.title.end) : excerpt(text.slice(layout.body.start, layout.body.end), 10)) || 'Tanpa judul';
	return {
		version: 1,
		article: {
			title,
			outlet,
			published: publication.published,
			...(publication.timezone ? {timezone: publication.timezone} : {}),
			authors: [...layout.authors],
			editors: [...layout.editors],
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
