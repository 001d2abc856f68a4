/**
 * The subject a clause leaves out: "Jembatan itu rusak sejak pekan lalu. Diperbaiki mulai Selasa
 * (9/12), …" goes on with the subject of the sentence before, and a title drawn from the second
 * alone ("Diperbaiki") says nothing of what was repaired.
 */
import {befallsSubject, isActiveVerb, isPredicate, VERB_ADVERBS} from './predicates.js';

/** Whether a title is its verb alone ("Diperbaiki", "Masih ditutup"): a clause without a subject, which says nothing of what. */
export function isSubjectless(title: string): boolean {
	const words = title.toLowerCase().split(' ');
	return words.some(isPredicate) && words.every((word) => isPredicate(word) || VERB_ADVERBS.has(word));
}

/**
 * The subject of a title: its words before its verb and the adverbs it takes ("Jembatan Cidurian
 * di Kecamatan Cibeber" of "Jembatan Cidurian di Kecamatan Cibeber rusak"); none when it opens
 * with its verb, or its verb acts on an object ("Budi Santoso meninjau jembatan itu"): the
 * subject of "meninjau" is no subject of a "diperbaiki" after it, whose subject is what was acted on.
 */
function subjectOf(title: string): string | undefined {
	const words = title.split(' ');
	if (isPredicate((words[0] ?? '').toLowerCase())) return undefined;
	let verb = words.findIndex(isPredicate);
	if (verb < 0 || (isActiveVerb(words[verb] ?? '') && !befallsSubject(words[verb] ?? ''))) return undefined;
	while (verb > 1 && VERB_ADVERBS.has((words[verb - 1] ?? '').toLowerCase())) verb--;
	return words.slice(0, verb).join(' ').replace(/[,;:]$/u, '');
}

/**
 * A title of a clause without a subject ("Diperbaiki" of "Diperbaiki mulai Selasa (9/12), kata
 * …") with the subject the sentence before gave (`before`, that sentence's title): Indonesian
 * leaves out a subject that goes on from the sentence before, "Jembatan itu rusak sejak pekan
 * lalu. Diperbaiki mulai Selasa …", and the title says it again: "Jembatan itu diperbaiki". Any
 * other title, or none given before, is kept.
 */
export function withSubjectBefore(title: string, before: string | undefined): string {
	const subject = before === undefined || !isSubjectless(title) ? undefined : subjectOf(before);
	return subject === undefined ? title : `${subject} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}
