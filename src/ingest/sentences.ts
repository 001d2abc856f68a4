/**
 * The body of an article cut into paragraphs (at blank lines) and sentences (after . ! ? when
 * the next word starts a sentence, never after abbreviations such as "Ket." or "Jl."), with the
 * subheadings that divide it into sections.
 */
import {trimSpan, type Span} from './spans.js';
import {NAME_HONORIFICS} from './institutions.js';
import {isInitialism} from './tokens.js';

export interface Paragraph {
	readonly index: number;
	readonly span: Span;
	/** A subheading such as "Komunikasi Lancar": one short line without closing punctuation. */
	readonly heading: boolean;
	/** The section it belongs to: subheadings start new ones. */
	readonly section: number;
}

export interface Sentence {
	readonly index: number;
	readonly span: Span;
	readonly paragraph: number;
}

export interface TextStructure {
	readonly paragraphs: readonly Paragraph[];
	readonly sentences: readonly Sentence[];
}

/**
 * Words written with a full stop that does not end a sentence. Ranks that are short forms already
 * ("AKBP", "Kombes", "Brigjen") are printed without one: after them a full stop ends the sentence
 * ("… berpangkat AKBP. Penyidik …"), and the next word is no name of the rank's holder.
 */
const ABBREVIATIONS = new Set([
	'ket', 'dr', 'drs', 'dra', 'ir', 'jl', 'no', 'prof', 'st', 'h', 'hj', 'dll', 'dsb', 'dst', 'tbk', 'sdr', 'bpk',
	'kol', 'jend', 'pol', 'kec', 'kab', 'ds', 'plt',
	'pj', 'sh', 'se', 'mm', 'msi', 'ph', 'tel', 'telp', 'nomor', 'vs', 'a.n', 'u.p',
]);

const CANDIDATE_END = /[.!?]+["”’)]*(?=\s)|\n/g;
const STARTS_SENTENCE = /^\s*["“‘(\p{Lu}\p{N}]/u;

function endsWithAbbreviation(text: string, dot: number): boolean {
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	if (word === '') return false;
	// An initial ("Eko S. Putra"), initials ("Jalan D.I. Panjaitan"), a listed abbreviation or an honorific ("drg. Wulan").
	return isInitialism(word) || ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, '')) || NAME_HONORIFICS.has(word);
}

function sentencesIn(text: string, paragraph: Span): Span[] {
	const spans: Span[] = [];
	let start = paragraph.start;
	const slice = text.slice(paragraph.start, paragraph.end);
	for (const match of slice.matchAll(CANDIDATE_END)) {
		const at = paragraph.start + (match.index ?? 0);
		const end = at + match[0].length;
		if (match[0] !== '\n') {
			if (match[0].startsWith('.') && endsWithAbbreviation(text, at)) continue;
			if (!STARTS_SENTENCE.test(text.slice(end, paragraph.end))) continue;
		}
		const span = trimSpan(text, {start, end});
		if (span.end > span.start) spans.push(span);
		start = end;
	}
	const last = trimSpan(text, {start, end: paragraph.end});
	if (last.end > last.start) spans.push(last);
	return spans;
}

function isHeading(text: string, span: Span): boolean {
	const line = text.slice(span.start, span.end);
	return /^\p{Lu}[\p{L}\p{N} '’&-]*$/u.test(line) && line.split(/\s+/).length <= 6;
}

/** The parts of `body` outside the `masked` spans (chrome), in text order. */
function unmasked(body: Span, masked: readonly Span[]): Span[] {
	const parts: Span[] = [];
	let start = body.start;
	for (const mask of [...masked].sort((a, b) => a.start - b.start)) {
		if (mask.end <= start || mask.start >= body.end) continue;
		if (mask.start > start) parts.push({start, end: mask.start});
		start = Math.max(start, mask.end);
	}
	if (start < body.end) parts.push({start, end: body.end});
	return parts;
}

/** Cut the body of a text into paragraphs and sentences; `masked` spans (chrome) are in neither and break paragraphs. */
export function textStructure(text: string, body: Span, masked: readonly Span[] = []): TextStructure {
	const paragraphs: Paragraph[] = [];
	const sentences: Sentence[] = [];
	let section = 0;
	for (const part of unmasked(body, masked)) {
		let start = part.start;
		const partText = text.slice(part.start, part.end);
		const breaks = [...partText.matchAll(/\n[ \t\u00a0]*\n\s*/g)].map((m) => ({at: part.start + (m.index ?? 0), next: part.start + (m.index ?? 0) + m[0].length}));
		breaks.push({at: part.end, next: part.end});
		for (const cut of breaks) {
			const span = trimSpan(text, {start, end: cut.at});
			start = cut.next;
			if (span.end <= span.start || !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) continue;
			const heading = isHeading(text, span);
			if (heading) section++;
			const index = paragraphs.length;
			paragraphs.push({index, span, heading, section});
			if (heading) continue;
			for (const sentence of sentencesIn(text, span)) sentences.push({index: sentences.length, span: sentence, paragraph: index});
		}
	}
	return {paragraphs, sentences};
}
