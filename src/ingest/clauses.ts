/**
 * The clause of a sentence that each of its dates belongs to. "Rekomendasi dikeluarkan Senin (8/12)
 * setelah pasangan calon melaporkan dugaan kecurangan pada Jumat (5/12)." reports two happenings,
 * one on each day: the event of each is told by its own clause, not by the sentence's first words.
 */
import type {FoundDate} from './found.js';
import {NUMBER_WORDS, REACHING_VERBS, TIME_CONJUNCTIONS} from './lexicon.js';
import {overlaps, type Span} from './spans.js';

/** Words that open a clause of time inside a sentence ("setelah …", "sebelum …", "usai …"). */
const TIME_CONJUNCTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TIME_CONJUNCTIONS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * "setelah itu", "saat ini": a connective or a date of its own, opening no clause; "saat ditemui
 * Selasa (9/12)": when the speaker was reached, the day the whole sentence was told.
 */
const NO_CLAUSE_AFTER = new RegExp(`^\\s+(?:itu|ini|tersebut|${REACHING_VERBS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** How long before or after, between a comma and the time word it measures: ", dua hari setelah …", ", sepekan sebelum …". */
const NUMBERS = Object.keys(NUMBER_WORDS).filter((word) => word !== 'se').join('|');
const COUNT_BEFORE = new RegExp(`,\\s*(?:(?:\\d+|${NUMBERS}|beberapa)\\s+(?:menit|jam|hari|pekan|minggu|bulan|tahun)|se(?:jam|hari|pekan|minggu|bulan|tahun)|sesaat|(?:tak|tidak)\\s+lama)\\s+$`, 'iu');

/** Where a clause starts, and where its own words start (after the word that opens it). */
interface Boundary {
	readonly at: number;
	readonly words: number;
}

/**
 * The words of the clause each of `own` (dates of the sentence that are events) belongs to, in
 * the order of `own`; undefined when they all fall in one clause, which then tells each of them.
 * A time word right before a date ("sejak Senin (8/12)", "setelah Senin") is the date's
 * preposition, not a clause's opening: `found` (every date the sentence gives) says which. A clause
 * that opens the sentence ("Sebelum banjir datang Selasa (9/12), warga …") ends at its comma.
 */
export function clausesOfDates(text: string, sentence: Span, own: readonly FoundDate[], found: readonly FoundDate[]): Span[] | undefined {
	const slice = text.slice(sentence.start, sentence.end);
	const opening = sentence.start + (slice.length - slice.trimStart().length);
	const boundaries: Boundary[] = [{at: sentence.start, words: sentence.start}];
	for (const match of slice.matchAll(TIME_CONJUNCTION)) {
		const at = sentence.start + (match.index ?? 0);
		const after = at + match[0].length;
		const rest = text.slice(after, sentence.end);
		const words = after + (rest.length - rest.trimStart().length);
		const preposition = found.some((date) => overlaps(date.span, {start: at, end: after}) || date.span.start === words);
		if (preposition || NO_CLAUSE_AFTER.test(rest)) continue;
		// The count before the time word is its clause's ("Jembatan ambruk Selasa (2/12), dua hari setelah …").
		const count = COUNT_BEFORE.exec(text.slice(sentence.start, at));
		boundaries.push({at: count ? sentence.start + count.index : at, words});
		const comma = text.indexOf(',', after);
		if (at === opening && comma >= 0 && comma < sentence.end) boundaries.push({at: comma + 1, words: comma + 1});
	}
	if (boundaries.length === 1) return undefined;
	boundaries.sort((a, b) => a.at - b.at);
	const clauseOf = (date: FoundDate) => {
		let clause = 0;
		while (clause + 1 < boundaries.length && boundaries[clause + 1]!.at <= date.span.start) clause++;
		return clause;
	};
	const clauses = own.map(clauseOf);
	if (clauses.every((clause) => clause === clauses[0])) return undefined;
	return clauses.map((clause) => ({start: boundaries[clause]!.words, end: boundaries[clause + 1]?.at ?? sentence.end}));
}
