/**
 * A person named again by one word of her name, as papers do after the first full mention:
 * "Bambang Suryo Nugroho, …, menjalani sidang" … "Bambang hanya berkomentar singkat". That word
 * is a mention of her, so a "katanya" after it is hers, not an earlier speaker's.
 */
import type {Candidate} from './candidates.js';
import {isNameWord} from './names.js';
import {overlaps, wholeWordSpans, type Span} from './spans.js';

interface Named {
	readonly entity: Candidate;
	readonly spans: readonly Span[];
}

/** A capitalized word joined to the bare word by a space: then it is part of a longer name ("Jalan Sudirman", "Heru Prasetyo"). */
const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+$/u;
const CAPITALIZED_AFTER = /^[ \t]+\p{Lu}/u;

/** The words of a person's names that no other person of the article has in hers: the ones a reader can resolve. */
function ownWords(people: readonly Candidate[]): Map<Candidate, string[]> {
	const wordsOf = (person: Candidate) => new Set([person.name, ...person.aliases].flatMap((form) => form.split(/\s+/)).filter((word) => word.length >= 3 && isNameWord(word)));
	const owners = new Map<string, number>();
	const named = new Map(people.map((person) => [person, wordsOf(person)]));
	for (const words of named.values()) for (const word of words) owners.set(word, (owners.get(word) ?? 0) + 1);
	return new Map(people.map((person) => [person, [...named.get(person)!].filter((word) => owners.get(word) === 1 && !person.name.split(/\s+/).every((part) => part === word))]));
}

/**
 * Each person's spans with the places after her first mention where the body prints one word of
 * her name alone (no capitalized word joined to it), outside every other mention and the chrome.
 */
export function withBareNames(text: string, body: Span, chrome: readonly Span[], found: readonly Named[]): Named[] {
	const people = found.filter(({entity}) => entity.type === 'person').map(({entity}) => entity);
	const words = ownWords(people);
	// Every other mention and the chrome: a bare word inside one is not hers.
	const blocked = [...found.flatMap(({spans}) => spans), ...chrome];
	return found.map(({entity, spans}) => {
		const first = spans[0]?.start;
		const own = words.get(entity);
		if (first === undefined || !own || own.length === 0) return {entity, spans};
		const bare: Span[] = [];
		for (const word of own) {
			for (const span of wholeWordSpans(text, body, word)) {
				if (span.start <= first || CAPITALIZED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || CAPITALIZED_AFTER.test(text.slice(span.end, span.end + 3))) continue;
				if (!blocked.some((other) => overlaps(other, span))) bare.push(span);
			}
		}
		return bare.length === 0 ? {entity, spans} : {entity, spans: [...spans, ...bare].sort((a, b) => a.start - b.start)};
	});
}
