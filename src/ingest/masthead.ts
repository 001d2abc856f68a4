/**
 * The masthead: the outlet's name as a page prints it above everything else ("Priangan Kini",
 * "Suara Pantura"), a truer name than its domain's letters ("Prianganini.id" reads as one word).
 */
import {editDistance} from '../model/known-keys.js';
import {chromeLine, type Line} from './chrome.js';
import {datelineOfLine, outletName, type Dateline} from './dateline.js';
import type {Lead, LeadPart} from './lead.js';
import {abbreviates} from './aliases.js';
import {AGENCY_FORMS, placePhraseAt} from './names.js';
import {wordsOf} from './tokens.js';

/** One to four capitalized words, no dot, no digit-only word: a name, never a domain or a sentence. */
const NAME = /^\p{Lu}[\p{L}\p{N}'’&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’&-]*){0,3}$/u;
const TOP_LEVEL = /\.(?:co\.id|com|id|co|net|org|news|tv)$/i;

/** The letters that spell an outlet's name, case, spaces and domain ending aside: "Kabar Cikuray", "KabarCikuray.id" → "kabarcikuray". */
export const letters = (name: string): string => name.replace(TOP_LEVEL, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A domain's letters ("Prianganini.id" → "prianganini"), or undefined for a printed name that is no domain. */
function domainLetters(printed: string | undefined): string | undefined {
	return printed === undefined || !TOP_LEVEL.test(printed) ? undefined : letters(printed);
}

/** Whether a name spells a domain, a slip or two aside ("Priangan Kini" ~ "prianganini", a "k" left out). */
function spells(name: string, domain: string): boolean {
	const mine = letters(name);
	return editDistance(mine, domain) <= Math.floor(Math.max(mine.length, domain.length) / 6);
}

/**
 * The masthead of a text: its first line when that line is a name — not chrome, not the dateline,
 * not the headline — and, where the dateline or the lead prints a domain, a name spelling it. A
 * one-word line counts only when it spells the domain (alone, it may be a rubric). An agency in
 * the lead ("(ANTARA)") is no domain: the masthead stands. A place's name alone is a rubric.
 */
export function findMasthead(lines: readonly Line[], headerEnd: number, dateline: Dateline | undefined, lead: Lead | undefined, title: {start: number} | undefined): LeadPart | undefined {
	const first = lines.slice(0, headerEnd).find((line) => line.text !== '');
	if (!first || first.start === title?.start || first.text.length > 40 || !NAME.test(first.text)) return undefined;
	if (chromeLine(first.text) || datelineOfLine(first.text, first.start) || isPlaceOnly(first.text)) return undefined;
	const domain = domainLetters(dateline?.outletPrinted) ?? domainLetters(lead?.outlet?.printed);
	if (domain !== undefined ? !spells(first.text, domain) : !first.text.includes(' ')) return undefined;
	// Right above the headline, "Info Garut" is the rubric the story runs under; a masthead has the
	// dateline or a menu under it. A domain it spells ("kabargarut.com") says it is the outlet's name.
	const next = lines.slice(lines.indexOf(first) + 1).find((line) => line.text !== '');
	if (domain === undefined && next !== undefined && next.start === title?.start && isRubricLabel(first.text)) return undefined;
	// "Kabar Daerah" over "Pikiran Warga || Senin, …": the page names its outlet on the dateline, and
	// a first line that is not that name is a rubric above the headline, for all its outlet's words.
	if (otherOutletNamed(first.text, [dateline?.outletPrinted, lead?.outlet?.printed])) return undefined;
	return {printed: first.text, span: {start: first.start, end: first.end}};
}

/**
 * Whether the dateline or the lead prints an outlet's name, no domain (that is spelled above), no
 * agency (an agency's story runs under any masthead), that `line` neither spells nor is short for.
 */
function otherOutletNamed(line: string, printed: readonly (string | undefined)[]): boolean {
	// A rubric or a place before the date's bar ("Daerah || Senin, …") names no outlet.
	const outlet = (name: string) => domainLetters(name) === undefined && !AGENCY_FORMS.has(name) && !AGENCY_FORMS.has(outletName(name)) && !chromeLine(name) && !isPlaceOnly(name);
	return printed.some((name) => name !== undefined && outlet(name) && !spells(line, letters(name)) && !abbreviates(name, line));
}

/** A word portals open a rubric's label with: "Kabar Daerah", "Info Garut", "Seputar Jabar". */
const RUBRIC_HEAD = /^(?:Kabar|Info|Informasi|Berita|Warta|Seputar|Kanal|Rubrik|Ragam|Sekilas) /u;

/**
 * Whether a line is a rubric's label: a rubric's word, then a place's name or a section's words
 * ("Kabar Daerah", "Info Garut"). Outlets are named so too ("Warta Kota"): callers ask it only
 * where the layout says rubric.
 */
function isRubricLabel(line: string): boolean {
	const head = RUBRIC_HEAD.exec(line);
	if (!head) return false;
	const rest = line.slice(head[0].length);
	// A level's word alone names no area: "Warta Kota" is an outlet's name.
	return (chromeLine(rest) === 'menu' && !/^(?:Kota|Kabupaten)$/u.test(rest)) || isPlaceOnly(rest);
}

/** Whether a line is only a place's name ("Jawa Barat", "Kabupaten Garut"): a regional rubric above the headline, no outlet. */
function isPlaceOnly(line: string): boolean {
	const words = wordsOf(line, {start: 0, end: line.length});
	return placePhraseAt(words, 0)?.next === words.tokens.length;
}

/**
 * The outlet's name for people from a printed form: the name the page gives itself where it
 * spells the domain (og:site_name "JabarKini.id" for "JabarKini.id" in the lead), else the
 * masthead's where the masthead spells it ("Prianganini.id" → "Priangan Kini"), else the domain's
 * letters read as words.
 */
export function outletNameBy(printed: string, masthead: LeadPart | undefined, site?: string): string {
	const domain = domainLetters(printed);
	if (site !== undefined && domain !== undefined && spells(site, domain)) return site;
	return masthead && domain !== undefined && spells(masthead.printed, domain) ? outletName(masthead.printed) : outletName(printed);
}
