/**
 * Named periods — Lebaran, Natal dan Tahun Baru, Ramadan, libur sekolah — that an article dates
 * once ("masa Lebaran … mulai 26 Maret hingga 8 April 2025") and then names bare ("selama Lebaran
 * 2025", "jalur mudik"). A sentence with no date of its own that names a period so dated is
 * dated by it, as inferred.
 */
import {matchSpan, type FoundDate} from './found.js';
import type {Sentence} from './sentences.js';

interface Family {
	readonly name: string;
	readonly words: readonly string[];
}

const FAMILIES: readonly Family[] = [
	{name: 'Lebaran', words: ['Lebaran', 'Idulfitri', 'Idul Fitri', 'Hari Raya', 'mudik', 'arus balik']},
	{name: 'Natal dan Tahun Baru', words: ['Natal', 'Tahun Baru', 'Nataru']},
	{name: 'Ramadan', words: ['Ramadan', 'Ramadhan']},
	{name: 'Iduladha', words: ['Iduladha', 'Idul Adha']},
	{name: 'libur sekolah', words: ['libur sekolah']},
];

const familyPattern = (family: Family) =>
	new RegExp(`(?<![\\p{L}])(?:(?:selama|masa|momen|momentum|saat|jelang|menjelang|periode|musim)\\s+)?(?:${family.words.join('|')})(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}])`, 'iu');

/**
 * Dates for the sentences that have none, from the periods the text dates elsewhere.
 * `dated` holds each sentence's own dates, by sentence index.
 */
export function periodDates(text: string, sentences: readonly Sentence[], dated: ReadonlyMap<number, readonly FoundDate[]>): Map<number, FoundDate> {
	const ranges = new Map<Family, FoundDate>();
	for (const sentence of sentences) {
		const slice = text.slice(sentence.span.start, sentence.span.end);
		for (const found of dated.get(sentence.index) ?? []) {
			if (found.end === undefined) continue;
			for (const family of FAMILIES) if (!ranges.has(family) && familyPattern(family).test(slice)) ranges.set(family, found);
		}
	}
	const result = new Map<number, FoundDate>();
	for (const sentence of sentences) {
		if ((dated.get(sentence.index) ?? []).length > 0) continue;
		const slice = text.slice(sentence.span.start, sentence.span.end);
		for (const [family, range] of ranges) {
			const match = familyPattern(family).exec(slice);
			if (!match || !range.end) continue;
			if (match[1] !== undefined && match[1] !== range.start.slice(0, 4) && match[1] !== range.end.slice(0, 4)) continue;
			const span = matchSpan(match, sentence.span.start);
			result.set(sentence.index, {
				span,
				start: range.start,
				end: range.end,
				precision: range.precision,
				certainty: 'inferred',
				note: `Disimpulkan: "${match[0]}", masa ${family.name} yang menurut artikel berlangsung ${text.slice(range.span.start, range.span.end)}.`,
			});
			break;
		}
	}
	return result;
}
