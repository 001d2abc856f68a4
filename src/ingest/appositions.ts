/**
 * People named before their post, set off by a comma or by "selaku" (in the capacity of): "… dari
 * Hendrik Wijaya, Direktur CV Karya Mandiri.", "Dwi Hartanto, S.H., selaku kuasa hukum terdakwa,
 * menilai …". The post titles the name before it, as a post before a name titles the name after it.
 */
import {candidate, isClaimed, scan, type Candidate, type Reading} from './candidates.js';
import {degreesEnd, honorificAt} from './honorifics.js';
import {SENTENCE_OPENERS} from './names.js';
import {descriptionEnd, isAddress, nameRunEnd, roleAt, runAfter, whatSheIsEnd} from './people.js';
import {isCapitalized, type Words} from './tokens.js';

/**
 * Past the post printed from token `from`: a role and the capitalized run after it ("Direktur CV
 * Karya Mandiri"), or after "selaku" a description of what she is that a comma closes ("kuasa
 * hukum terdakwa,"); undefined where none is.
 */
function postEnd(words: Words, from: number, afterSelaku: boolean): number | undefined {
	const role = roleAt(words, from);
	if (role && !isAddress(role)) {
		const after = from + role.words.length;
		const run = runAfter(words, after)[0] ?? [];
		return (run.at(-1) ?? after - 1) + 1;
	}
	if (!afterSelaku) return undefined;
	// "selaku kuasa hukum terdakwa, …": what she is, and whom she acts for, up to the comma.
	const said = whatSheIsEnd(words, from);
	if (said !== undefined && /^\s*,/.test(words.gapBefore(said))) return said;
	const described = descriptionEnd(words, said ?? from);
	return described === undefined ? undefined : described + 1;
}

/**
 * People named in full before their post. Read after the posts that name their holder after them,
 * so a post another name holds ("Joko Susanto, Ketua RT 05 Asep Mulyana") is that name's, not this.
 */
export function peopleBeforePosts(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		// A name starts here, not inside a capitalized run ("… Polda Jawa Tengah, Kompol …"); a sentence's
		// opening word is no part of one ("Menurut Budi Santoso, pengamat …").
		const before = words.tokens[i - 1]?.text ?? '';
		if (i > 0 && isCapitalized(before) && !SENTENCE_OPENERS.has(before) && /^\s+$/.test(words.gapBefore(i)) && !honorificAt(words, i - 1)) return undefined;
		const end = nameRunEnd(words, i);
		if (end === undefined) return undefined;
		// "Dwi Hartanto, S.H., selaku …": the degrees after a name stand between it and the post.
		const degreed = degreesEnd(words, end);
		const selaku = words.tokens[degreed]?.text === 'selaku' && /^\.?\s*,?\s+$/.test(words.gapBefore(degreed)) && /^\s+$/.test(words.gapBefore(degreed + 1));
		if (!selaku && !/^\.?\s*,\s+$/.test(words.gapBefore(degreed))) return undefined;
		const from = selaku ? degreed + 1 : degreed;
		const to = postEnd(words, from, selaku);
		if (to === undefined || to <= from || isClaimed(reading, from, to)) return undefined;
		const post = words.spanOf(from, to);
		return {candidates: [candidate('person', words.phrase(i, end), words.spanOf(i, end), [], [words.text.slice(post.start, post.end)])], from: i, to: end};
	});
}
