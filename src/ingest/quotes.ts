/**
 * Direct quotations (“…” and "…") with their speakers: from the attribution after them (“…,”
 * ungkap Menkomdigi Meutya Hafid / kata dia / tuturnya / kata BMKG) or before them (Ia menegaskan,
 * “…”), the "-nya" forms and pronouns resolved to the person the paragraph is about.
 */
import {Discourse} from './discourse.js';
import type {EntityMention} from './entities.js';
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, PERSONAL_PRONOUNS} from './lexicon.js';
import type {TextStructure} from './sentences.js';
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
const INTRODUCED_BEFORE = new RegExp(`(?:^|[\\s,])(?:(${PERSONAL_PRONOUNS.join('|')})\\s+)?(?:(?:juga|pun|kembali|lalu|kemudian)\\s+)?(${INTRODUCING_VERBS.join('|')})\\s*[,:]?\\s*$`, 'iu');
/**
 * Between a verb and the speaker's name only a title may stand: capitalized words, "dan", and the
 * comma that sets the name apart ("kata Ketua KPU Kabupaten Banjarnegara, Ahmad Fauzan").
 */
const TITLE_ONLY = /^(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*,?|dan|&|,))*\s+$/u;

/** Pairs of quotation marks in a paragraph: curly ones nest nothing; straight ones alternate. */
export function quotationSpans(text: string, paragraph: Span): {open: number; close: number}[] {
	const pairs: {open: number; close: number}[] = [];
	let curly: number | undefined;
	let straight: number | undefined;
	for (let i = paragraph.start; i < paragraph.end; i++) {
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
	return pairs.sort((a, b) => a.open - b.open);
}

/** Find the quotations of an article and who said them. */
export function findQuotes(text: string, structure: TextStructure, mentions: readonly EntityMention[]): FoundQuote[] {
	const discourse = new Discourse(text, mentions);
	const people = mentions.filter((mention) => mention.type === 'person');
	const quotes: FoundQuote[] = [];
	for (const paragraph of structure.paragraphs) {
		if (paragraph.heading) continue;
		for (const {open, close} of quotationSpans(text, paragraph.span)) {
			const span = trimSpan(text, {start: open + 1, end: close});
			if (span.end <= span.start) continue;
			const after = text.slice(close + 1, paragraph.span.end);
			const before = text.slice(paragraph.span.start, open);
			let speaker: string | undefined;
			let attribution: Span | undefined;

			const verb = VERB_AFTER.exec(after);
			if (verb) {
				const verbStart = close + 1 + (verb.index ?? 0) + verb[0].length - (verb[1]?.length ?? 0) - (verb[2]?.length ?? 0);
				const verbEnd = close + 1 + verb[0].length;
				const pronoun = verb[2] ? undefined : PRONOUN_AFTER.exec(text.slice(verbEnd, paragraph.span.end));
				if (verb[2] || pronoun) {
					speaker = discourse.personAt(open, paragraph.span.start);
					attribution = {start: verbStart, end: verbEnd + (pronoun?.[0].length ?? 0)};
				} else {
					const named = people.find((mention) => mention.span.start >= verbEnd && mention.span.start - verbEnd < 120 && TITLE_ONLY.test(text.slice(verbEnd, mention.span.start)));
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
					const introStart = paragraph.span.start + (introduced.index ?? 0);
					const named = people.filter((mention) => mention.span.end <= introStart && mention.span.start >= paragraph.span.start).at(-1);
					speaker = introduced[1] || !named ? discourse.personAt(open, paragraph.span.start) : named.entity;
					attribution = trimSpan(text, {start: introStart, end: open});
				}
			}
			// A quotation nobody is named for, or a single quoted word, is not kept.
			if (!speaker || !/\s/.test(text.slice(span.start, span.end))) continue;
			quotes.push({span, paragraph: paragraph.index, speaker, ...(attribution ? {attribution} : {})});
			if (attribution) discourse.spoke(speaker, attribution.start);
		}
	}
	return quotes;
}
