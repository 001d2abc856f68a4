/**
 * What the finder's search by several words must give, worked out from fuse.js alone: the
 * documents every word matches (each word a fuse.js search of its own; a word with a digit only
 * where a text holds it as written) and those the whole query matches as one phrase with one
 * error at most (its numbers and words of under four characters as written); those the phrase matches first, in fuse.js's order for
 * it (unless the phrase is past 32 characters), then the rest by their words' mean score, ties by
 * position. A query of one token other than a number is the phrase alone.
 */
import type Fuse from 'fuse.js';
import {holdsAsWritten, isNumberWord, nearThreshold, nearWordsRequired, queryWords} from '../../src/model/search-words.js';
import {SEARCH_OPTIONS} from '../../src/model/search.js';

export interface Ranked {
	readonly refIndex: number;
	readonly score: number;
}

/**
 * `textsOf(position)`: the document's texts as the finder compares them (searchText of each);
 * `nearFuse(threshold)`: fuse.js over the same documents with that threshold.
 */
export function phraseThenWords<T>(fuse: Fuse<T>, documents: number, pattern: string, limit: number, textsOf: (position: number) => readonly string[], nearFuse: (threshold: number) => Fuse<T>): {results: Ranked[]; total: number} {
	const phrase = fuse.search(pattern).map(({refIndex, score}) => ({refIndex, score: score ?? 0}));
	const words = queryWords(pattern);
	if (words.length === 0) return {results: phrase.slice(0, limit), total: phrase.length};
	const scored = words.map((word) => {
		const found = fuse.search(word).filter((result) => !isNumberWord(word) || textsOf(result.refIndex).some((text) => holdsAsWritten(text, word)));
		return new Map(found.map((result) => [result.refIndex, result.score ?? 0]));
	});
	const held = new Set<number>();
	for (let position = 0; position < documents; position++) if (scored.every((scores) => scores.has(position))) held.add(position);
	// A document the phrase matches with one error at most is found too, if it holds its numbers and short words as written.
	const numbers = nearWordsRequired(words);
	const found = new Set(held);
	if (pattern.length <= 32) for (const {refIndex} of nearFuse(nearThreshold(pattern.length, SEARCH_OPTIONS.threshold!)).search(pattern)) if (numbers.every((number) => textsOf(refIndex).some((text) => holdsAsWritten(text, number)))) found.add(refIndex);
	const first = pattern.length <= 32 ? phrase.filter((result) => found.has(result.refIndex)) : [];
	const inPhrase = new Set(first.map((result) => result.refIndex));
	const more: Ranked[] = [];
	for (const position of held) {
		if (inPhrase.has(position)) continue;
		let sum = 0;
		for (const scores of scored) sum += scores.get(position)!;
		more.push({refIndex: position, score: sum / words.length});
	}
	more.sort((a, b) => a.score - b.score || a.refIndex - b.refIndex);
	const shown = first.slice(0, limit);
	return {results: [...shown, ...more.slice(0, Math.max(0, limit - shown.length))], total: found.size};
}
