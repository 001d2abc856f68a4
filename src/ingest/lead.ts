/**
 * The words before a story's first sentence that say where it was filed and by whom:
 * "JAKARTA - ", "DEMAK, Kabarpesisir.id - ", "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID,
 * BANDUNG -- ", "Jakarta (ANTARA) - ", "INDRAMAYU, (ANTARA) - ", "Mataram, 7/12 (Antara) - ".
 */
import {PLACE_FORMS} from './names.js';
import type {Span} from './spans.js';

export interface LeadPart {
	readonly printed: string;
	readonly span: Span;
}

export interface Lead {
	/** The city the story was filed from, as printed ("JAKARTA", "Jakarta"). */
	readonly city?: LeadPart;
	/** The outlet or agency, as printed ("Liputan6.com", "ANTARA"). */
	readonly outlet?: LeadPart;
	/** Where the story's own words begin. */
	readonly end: number;
}

// A capitalized word, or a domain in lower case ("suarabrantas.com").
const WORD = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’]*(?:-(?=\p{L})[\p{L}\p{N}.'’]+)*|\p{Ll}[\p{L}\p{N}-]*\.(?:com|id|co\.id))`;
const PART = String.raw`${WORD}(?: ${WORD}){0,3}`;
const LEAD = new RegExp(String.raw`^(${PART})(?:\s*,\s*(${PART}))?(?:\s*,\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?(?:\s*,?\s*\((${PART})\))?\s*(?:--|[-–—])\s*`, 'u');
/** Liputan6's form without a dash: "Liputan6.com, Jakarta Menteri …". */
const DOMAIN_CITY = new RegExp(String.raw`^(${WORD}\.(?:com|id|co\.id))\s*,\s*(\p{Lu}[\p{L}]+)\s+(?=\p{Lu})`, 'u');

const DOMAIN = /\.(?:com|id|co\.id|co|net|org|news|tv)$/i;
const AGENCIES = /^(?:ANTARA|Antara|ANTARA News|Antaranews|Antaranews\.com|Reuters|AFP|AP|Xinhua|Bernama)$/;

const isOutlet = (printed: string) => DOMAIN.test(printed) || AGENCIES.test(printed);

/** A city part is capitals ("BANDUNG") or capitalized words ("Jakarta"), never a sentence's words nor a lone letter ("A- A A+"). */
const isCity = (printed: string) => printed.split(' ').every((word) => /^\p{Lu}/u.test(word)) && !/\d/.test(printed) && /\p{L}{2}/u.test(printed);

/** Read the lead's filing words from the start of the story's first line. */
export function readLead(text: string, start: number): Lead | undefined {
	const line = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
	const match = LEAD.exec(line) ?? DOMAIN_CITY.exec(line);
	if (!match) return undefined;
	const parts = [match[1], match[2], match[3]].flatMap((printed, group) => {
		if (printed === undefined) return [];
		const offset = group === 0 ? 0 : line.indexOf(printed, (match[1]?.length ?? 0) + (group === 2 ? (match[2]?.length ?? 0) : 0));
		return [{printed, span: {start: start + offset, end: start + offset + printed.length}, bracketed: group === 2}];
	});
	let city: LeadPart | undefined;
	let outlet: LeadPart | undefined;
	for (const part of parts) {
		const {printed, span} = part;
		if (part.bracketed || isOutlet(printed)) outlet ??= {printed, span};
		else if (isCity(printed) && city === undefined) city = {printed, span};
		// "MAKASSAR, Celebes Pos --": a name after the city is the outlet.
		else if (city !== undefined && outlet === undefined && isCity(printed) && /^[\p{Lu}\s’.-]+$/u.test(city.printed)) outlet = {printed, span};
		else return undefined;
	}
	// A lone word before a dash is a city when printed in capitals ("JAKARTA - ").
	// A known place in title case is one too ("Jakarta - ").
	if (!outlet && city && !/^[\p{Lu}\s'’.-]+$/u.test(city.printed) && !PLACE_FORMS.has(city.printed)) return undefined;
	return {...(city ? {city} : {}), ...(outlet ? {outlet} : {}), end: start + match[0].length};
}
