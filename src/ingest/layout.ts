/**
 * The parts of a news page around its story, wherever the header block prints them: the
 * dateline, the headline, the rubric, the credits ("Reporter:", "Editor :", "Penulis …"), the
 * lead's filing words ("DEMAK, Kabarpesisir.id -"), and the body, from the story's first
 * paragraph to the end of the text with its chrome masked (chrome.ts): a credit line, a share
 * bar or a "Baca juga:" link never ends the body.
 */
import {CREDIT, chromeLine, findChrome, isProse, linesOf, type Chrome, type Line} from './chrome.js';
import {datelineOfLine, UPDATED, type Dateline} from './dateline.js';
import {readLead, type Lead, type LeadPart} from './lead.js';
import {findMasthead} from './masthead.js';
import type {Span} from './spans.js';

export interface ArticleLayout {
	readonly dateline?: Dateline;
	/** The outlet's name on the text's first line ("Priangan Kini"), when it is one. */
	readonly masthead?: LeadPart;
	readonly title?: Span;
	/** The rubric printed under the headline ("– Infrastruktur Digital"), without its dash. */
	readonly section?: string;
	/** From the first paragraph of the story to the end of the text. */
	readonly body: Span;
	/** The chrome inside the body, in text order: the rules read nothing from it. */
	readonly chrome: readonly Chrome[];
	readonly lead?: Lead;
	readonly authors: readonly string[];
	readonly editors: readonly string[];
	/** The source a "Sumber:" line names. */
	readonly source?: string;
}

const SECTION = /^[–—•-]\s*(\S.{0,60})$/u;
const AUTHOR_HEADS = /^(?:Reporter|Penulis|Pewarta|Kontributor|Oleh|Laporan\s+[Ww]artawan|Laporan\s+[Rr]eporter|Tulisan Lainnya dari)$/;
const EDITOR_HEADS = /^(?:Editor|Redaktur|Penyunting)$/;

const names = (list: string) =>
	list
		.replace(/\s*\([^)]*\)\s*/g, ' ')
		.split(/\s*(?:,|&|\bdan\b)\s*/)
		.map((name) => name.trim())
		.filter((name) => name !== '' && /^\p{Lu}/u.test(name) && name.split(' ').length <= 5);

interface Credits {
	readonly authors: string[];
	readonly editors: string[];
	source?: string;
}

/** What one credit line says: "Penulis: A | Editor: B", "Reporter & Editor: C", "Laporan wartawan X, Nama". */
function readCredits(line: string, credits: Credits): void {
	// "Oleh: A Editor: B", two spans run together on a page: each head with its colon starts a credit ("Reporter & Editor:" is one).
	for (const piece of line.split(/\s*\|\s*|\s{2,}|(?<!&)\s+(?=(?:Reporter|Penulis|Editor|Pewarta|Redaktur|Penyunting|Kontributor|Fotografer)\s*:)/)) {
		const match = CREDIT.exec(piece);
		if (!match) continue;
		const head = piece.slice(0, piece.length - (match[1] ?? '').length).replace(/[\s:|-]+$/, '').trim();
		let value = (match[1] ?? '').trim();
		// "Laporan wartawan Tribunnews.com, Nama": the outlet is not a name.
		if (/^Laporan/i.test(head)) value = value.replace(/^[^,]*,\s*/, '');
		if (/^Reporter\s*&\s*Editor$/i.test(head)) {
			credits.authors.push(...names(value));
			credits.editors.push(...names(value));
		} else if (AUTHOR_HEADS.test(head)) credits.authors.push(...names(value));
		else if (EDITOR_HEADS.test(head)) credits.editors.push(...names(value));
		else if (/^Sumber$/i.test(head) && value !== '') credits.source ??= value.replace(/[.\s]+$/, '');
	}
}

/** A desk's credit, no person's: "Redaksi", "Tim Redaksi", "Redaksi Warta9", "Admin", "Tim Liputan". */
const DESK = /^(?:Tim\b|(?:Redaksi|Redaktur|Admin|Administrator|Desk|Newsroom)\b)/iu;

/** The letters and digits of a name, to compare an outlet's printings ("Warta9.com", "WARTA9"). */
const bare = (name: string) => name.toLowerCase().replace(/\.(?:com|co\.id|id|net)$/u, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The names a credit gives, without the desk's credits: a story the desk credits to itself has no
 * author to cite but the outlet, which a citation names anyway ("Warta9 · 13 Mar 2025", not
 * "Warta9 · 13 Mar 2025 · Redaksi Warta9").
 */
export function withoutDeskCredits(names: readonly string[], outlet: string): string[] {
	return names.filter((name) => !DESK.test(name) && bare(name) !== bare(outlet));
}

/** The authors and editors one credit line names: "Oleh A dan B | Editor: C" gives authors A and B, editor C. */
export function creditsOf(line: string): {authors: string[]; editors: string[]} {
	const credits: Credits = {authors: [], editors: []};
	readCredits(line, credits);
	return {authors: credits.authors, editors: credits.editors};
}

/** The index of the line the story starts at: the first sentence-like line that is not chrome or a date line (the text's length when nothing follows its header). */
function leadLine(text: string, lines: readonly Line[]): number {
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as Line;
		if (line.text === '' || chromeLine(line.text) || datelineOfLine(line.text, line.start)) continue;
		if (isProse(line.text) || readLead(text, line.start)) return i;
	}
	// No line reads as the story's (a headline and a date, short lines): what follows the dateline
	// is the story, if anything does; the headline over it never is.
	const dated = lines.findIndex((line) => line.text !== '' && datelineOfLine(line.text, line.start) !== undefined);
	if (dated < 0) return lines.findIndex((line) => line.text !== '' && !chromeLine(line.text));
	const after = lines.findIndex((line, i) => i > dated && line.text !== '' && !chromeLine(line.text) && !datelineOfLine(line.text, line.start));
	return after < 0 ? lines.length : after;
}

/** Find the parts of a page. */
export function articleLayout(text: string): ArticleLayout {
	const lines = linesOf(text);
	const lead = Math.max(0, leadLine(text, lines));
	const header = lines.slice(0, lead);

	let dateline: Dateline | undefined;
	let updated: Dateline | undefined;
	for (const line of header) {
		const found = line.text === '' ? undefined : datelineOfLine(line.text, line.start);
		if (!found) continue;
		if (UPDATED.test(line.text)) updated ??= found;
		else {
			dateline = found;
			break;
		}
	}
	dateline ??= updated;

	// The headline is the longest line of the header block that is neither chrome nor the dateline
	// (a portal's tagline, "Berita Terkini Garut Tasikmalaya", is shorter).
	let title: Span | undefined;
	let section: string | undefined;
	let headlineAt = -1;
	for (let i = 0; i < header.length; i++) {
		const line = header[i] as Line;
		if (line.text === '' || chromeLine(line.text) || (dateline && line.start === dateline.line.start) || SECTION.test(line.text)) continue;
		if (line.text.split(/\s+/).length < 3 || line.text.length > 200) continue;
		if (headlineAt < 0 || line.text.length > (header[headlineAt]?.text.length ?? 0)) headlineAt = i;
	}
	const headline = header[headlineAt];
	if (headline) {
		title = {start: headline.start, end: headline.end};
		const rubric = header.slice(headlineAt + 1).find((next) => next.text !== '');
		const sectionMatch = rubric ? SECTION.exec(rubric.text) : null;
		if (sectionMatch) section = sectionMatch[1]?.trim();
	}

	const credits: Credits = {authors: [], editors: []};
	let listingEditors = false;
	const chromeAll = findChrome(text, lines);
	for (const line of lines) {
		if (line.text === '') {
			listingEditors = false;
			continue;
		}
		if (/^Tim Redaksi\s*:?\s*$/i.test(line.text)) {
			listingEditors = true;
			continue;
		}
		if (listingEditors && line.text.length <= 40) {
			credits.editors.push(line.text);
			continue;
		}
		listingEditors = false;
		if (chromeLine(line.text) === 'credit' || (CREDIT.test(line.text) && line.text.includes('|'))) readCredits(line.text, credits);
	}

	const bodyStart = lines[lead]?.start ?? text.length;
	const leadWords = readLead(text, bodyStart);
	const masthead = findMasthead(lines, lead, dateline, leadWords, title);
	return {
		...(dateline ? {dateline} : {}),
		...(masthead ? {masthead} : {}),
		...(title ? {title} : {}),
		...(section ? {section} : {}),
		body: {start: bodyStart, end: text.length},
		chrome: chromeAll.filter((piece) => piece.span.start >= bodyStart),
		...(leadWords ? {lead: leadWords} : {}),
		authors: [...new Set(credits.authors)],
		editors: [...new Set(credits.editors)],
		...(credits.source ? {source: credits.source} : {}),
	};
}
