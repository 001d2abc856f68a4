/**
 * Direct quotations (“…” and "…") with their speakers: from the attribution after them (“…,”
 * ungkap Menkomdigi Meutya Hafid / kata dia / tuturnya / kata BMKG) or before them (Ia menegaskan,
 * “…”), the "-nya" forms and pronouns resolved to the person the paragraph is about.
 */
import {Discourse} from './discourse.js';
import type {EntityMention} from './entities.js';
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, PERSONAL_PRONOUNS} from './lexicon.js';
import {SUBJECT_VERB_ADVERBS} from './predicates.js';
import type {Paragraph, TextStructure} from './sentences.js';
import {trimSpan, type Span} from './spans.js';

export interface FoundQuote {
	/** The quotation without its marks. */
	readonly span: Span;
	readonly paragraph: number;
	/** The id of the person entity who said it. */
	readonly speaker: string;
	/** The words that name the speaker. */
	readonly attribution?: Span;
}

const VERB_AFTER = new RegExp(`^\\s*,?\\s*(${ATTRIBUTION_VERBS.join('|')})(nya)?(?![\\p{L}])`, 'u');
const PRONOUN_AFTER = new RegExp(`^\\s+(${PERSONAL_PRONOUNS.join('|')})(?![\\p{L}])`, 'iu');
const INTRODUCED_BEFORE = new RegExp(`(?:^|[\\s,])(?:(${PERSONAL_PRONOUNS.join('|')})\\s+)?(?:(?:${SUBJECT_VERB_ADVERBS.join('|')})\\s+)*(${INTRODUCING_VERBS.join('|')})\\s*[,:]?\\s*$`, 'iu');
/**
 * Between a verb and the speaker's name only a title may stand: capitalized words, "dan", and the
 * comma that sets the name apart ("kata Ketua KPU Kabupaten Banjarnegara, Ahmad Fauzan"), or a
 * post printed in lower case ("ujar pengacara Yusuf Hamdani", "kata kuasa hukum terdakwa, Dwi
 * Hartanto"), a few words with no preposition among them: after "kepada" or "bersama" the name is
 * whom it was said to or with, not who said it.
 */
const TITLE_ONLY = /^(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*,?|dan|&|,))*\s+$/u;
const LOWER_CASE_POST = /^(?:\s+(?!(?:kepada|dengan|bersama|dalam|di|ke|dari|untuk|pada|oleh|saat|ketika|usai|seusai|setelah|sebelum|yang)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){1,5},?(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*,?|dan))*\s+$/u;
/** Whether the words between a verb and a name are the speaker's title or post. */
const titleOnly = (between: string) => TITLE_ONLY.test(between) || LOWER_CASE_POST.test(between);

/** The quotation marks of a span: the pairs they make, and the mark left open at its end, if one. */
function quotationMarks(text: string, span: Span): {pairs: {open: number; close: number}[]; unclosed?: number} {
	const pairs: {open: number; close: number}[] = [];
	let curly: number | undefined;
	let straight: number | undefined;
	for (let i = span.start; i < span.end; i++) {
		const char = text[i];
		if (char === '“') curly = i;
		else if (char === '”' && curly !== undefined) {
			pairs.push({open: curly, close: i});
			curly = undefined;
		} else if (char === '"') {
			if (straight === undefined) straight = i;
			else {
				pairs.push({open: straight, close: i});
				straight = undefined;
			}
		}
	}
	const unclosed = curly === undefined ? straight : straight === undefined ? curly : Math.min(curly, straight);
	return {pairs: pairs.sort((a, b) => a.open - b.open), ...(unclosed === undefined ? {} : {unclosed})};
}

/** Pairs of quotation marks in a paragraph: curly ones nest nothing; straight ones alternate. */
export function quotationSpans(text: string, paragraph: Span): {open: number; close: number}[] {
	return quotationMarks(text, paragraph).pairs;
}

/** A quotation with its marks, and the paragraphs it runs over (first and last the same for most). */
interface Quotation {
	readonly open: number;
	readonly close: number;
	readonly first: Paragraph;
	readonly last: Paragraph;
}

/**
 * The quotations of the body's paragraphs. One over several paragraphs is printed as Indonesian
 * (and English) papers print it: each paragraph opens with a quotation mark and only the last
 * closes it (“Kami butuh air bersih. … / “Anak-anak kami periksa dulu,” kata Ratna.); its words
 * run from the first mark to the last, the marks and breaks between included, as printed.
 */
function quotationsOf(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
	const quotations: Quotation[] = [];
	// The pair that closes a quotation begun in an earlier paragraph, by the paragraph's index.
	const continued = new Map<number, number>();
	for (let i = 0; i < paragraphs.length; i++) {
		const first = paragraphs[i] as Paragraph;
		if (first.heading) continue;
		const {pairs, unclosed} = quotationMarks(text, first.span);
		for (const pair of pairs) if (pair.open !== continued.get(first.index)) quotations.push({...pair, first, last: first});
		if (unclosed === undefined) continue;
		const mark = text[unclosed];
		for (let j = i + 1; j < paragraphs.length; j++) {
			const next = paragraphs[j] as Paragraph;
			// Each paragraph of the quotation opens with the same mark as the first.
			if (next.heading || text[next.span.start] !== mark) break;
			const marks = quotationMarks(text, next.span);
			const closing = marks.pairs[0];
			if (closing?.open === next.span.start) {
				quotations.push({open: unclosed, close: closing.close, first, last: next});
				continued.set(next.index, closing.open);
				break;
			}
			if (marks.unclosed !== next.span.start) break;
		}
	}
	return quotations.sort((a, b) => a.open - b.open);
}

/** Find the quotations of an article and who said them. */
export function findQuotes(text: string, structure: TextStructure, mentions: readonly EntityMention[]): FoundQuote[] {
	const discourse = new Discourse(text, mentions);
	const people = mentions.filter((mention) => mention.type === 'person');
	const quotes: FoundQuote[] = [];
	for (const {open, close, first, last} of quotationsOf(text, structure.paragraphs)) {
		const span = trimSpan(text, {start: open + 1, end: close});
		if (span.end <= span.start) continue;
		const after = text.slice(close + 1, last.span.end);
		const before = text.slice(first.span.start, open);
		let speaker: string | undefined;
		let attribution: Span | undefined;

		const verb = VERB_AFTER.exec(after);
		if (verb) {
			const verbStart = close + 1 + (verb.index ?? 0) + verb[0].length - (verb[1]?.length ?? 0) - (verb[2]?.length ?? 0);
			const verbEnd = close + 1 + verb[0].length;
			const pronoun = verb[2] ? undefined : PRONOUN_AFTER.exec(text.slice(verbEnd, last.span.end));
			if (verb[2] || pronoun) {
				speaker = discourse.personAt(open, first.span.start);
				attribution = {start: verbStart, end: verbEnd + (pronoun?.[0].length ?? 0)};
			} else {
				const named = people.find((mention) => mention.span.start >= verbEnd && mention.span.start - verbEnd < 120 && titleOnly(text.slice(verbEnd, mention.span.start)));
				// "kata BMKG": a body speaks when no person is named after the verb.
				const body = named ? undefined : mentions.find((mention) => mention.type === 'organization' && mention.span.start >= verbEnd && /^\s+$/.test(text.slice(verbEnd, mention.span.start)));
				const speaking = named ?? body;
				if (speaking) {
					speaker = speaking.entity;
					attribution = {start: verbStart, end: speaking.span.end};
				}
			}
		} else {
			const introduced = INTRODUCED_BEFORE.exec(before);
			if (introduced) {
				const introStart = first.span.start + (introduced.index ?? 0);
				const named = people.filter((mention) => mention.span.end <= introStart && mention.span.start >= first.span.start).at(-1);
				speaker = introduced[1] || !named ? discourse.personAt(open, first.span.start) : named.entity;
				attribution = trimSpan(text, {start: introStart, end: open});
			}
		}
		// A quotation nobody is named for, or a single quoted word, is not kept.
		if (!speaker || !/\s/.test(text.slice(span.start, span.end))) continue;
		// The paragraph of the attribution: the last of a quotation over several when it follows.
		quotes.push({span, paragraph: (verb ? last : first).index, speaker, ...(attribution ? {attribution} : {})});
		if (attribution) discourse.spoke(speaker, attribution.start);
	}
	return quotes;
}
