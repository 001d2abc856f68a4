/**
 * What the finder's search by several words must give, worked out from fuse.js alone: its results
 * for the whole query as one phrase, then the documents every word matches (each word a fuse.js
 * search of its own) and the phrase does not, by their words' mean score, ties by position.
 */
import type Fuse from 'fuse.js';
import {queryWords} from '../../src/model/search-candidates.js';

export interface Ranked {
	readonly refIndex: number;
	readonly score: number;
}

export function phraseThenWords<T>(fuse: Fuse<T>, documents: number, pattern: string, limit: number): {results: Ranked[]; total: number} {
	const phrase = fuse.search(pattern).map(({refIndex, score}) => ({refIndex, score: score ?? 0}));
	const words = queryWords(pattern);
	if (words.length === 0) return {results: phrase.slice(0, limit), total: phrase.length};
	const inPhrase = new Set(phrase.map((result) => result.refIndex));
	const scored = words.map((word) => new Map(fuse.search(word).map((result) => [result.refIndex, result.score ?? 0])));
	const more: Ranked[] = [];
	for (let position = 0; position < documents; position++) {
		if (inPhrase.has(position) || !scored.every((scores) => scores.has(position))) continue;
		let sum = 0;
		for (const scores of scored) sum += scores.get(position)!;
		more.push({refIndex: position, score: sum / words.length});
	}
	more.sort((a, b) => a.score - b.score || a.refIndex - b.refIndex);
	const shown = phrase.slice(0, limit);
	return {results: [...shown, ...more.slice(0, Math.max(0, limit - shown.length))], total: phrase.length + more.length};
}
