/**
 * The main verb of a sentence whose subject carries a relative clause ("Jembatan gantung yang
 * menghubungkan dua kampung di Desa Sukamaju putus diterjang banjir"): which words are verbs is read
 * from their affixes and a few bare verbs of what befalls things, without a dictionary.
 */
import {REASON_CONJUNCTIONS, TIME_CONJUNCTIONS} from './lexicon.js';

/** Verbs without an affix that news reports of what befell a thing or a person ("putus", "roboh"). */
const BARE_PREDICATES = new Set([
	'putus', 'rusak', 'ambruk', 'roboh', 'runtuh', 'amblas', 'ambles', 'jebol', 'retak', 'hancur', 'tumbang', 'longsor', 'hanyut', 'tenggelam', 'terbalik',
	'tewas', 'meninggal', 'hilang', 'selamat', 'jatuh', 'lumpuh', 'padam', 'ludes', 'hangus', 'naik', 'turun', 'tiba', 'pulang', 'kabur', 'mengungsi', 'sembuh', 'tinggal',
]);

/** Words an affix pattern would take for verbs that are none: nouns, a pronoun, prepositions, a determiner. */
const NOT_PREDICATES = new Set([
	'direktur', 'distrik', 'digital', 'diskusi', 'dinding', 'menteri', 'mereka', 'memang', 'melalui', 'menurut', 'mengenai', 'menuju', 'menjelang',
	'terhadap', 'tersebut', 'ternyata', 'terutama', 'terminal', 'termasuk', 'terakhir', 'tertentu', 'terbaru', 'ternak', 'terang', 'bersama', 'berdasarkan', 'berita', 'bersih',
]);

/** The meN- prefix of an active verb, which takes an object ("meninjau", "memperbaiki", "menyapu"). */
const ACTIVE_PREFIX = 'mem|men|meng|meny|me[lrwy]';
/** Prefixes of Indonesian verbs: meN-, ber-, di-, ter- ("menghubungkan", "berada", "diterjang", "terendam"). */
// A stem of three letters at least: "menit", "dinas", "berat" and "terus" are no verbs.
const VERB_AFFIX = new RegExp(`^(?:${ACTIVE_PREFIX}|ber|di[^aeiou\\s]|ter)\\p{Ll}{3,}$`, 'u');
const ACTIVE_VERB = new RegExp(`^(?:${ACTIVE_PREFIX})\\p{Ll}`, 'u');

/** Whether a verb (a predicate, lower case) is an active one of the meN- kind. */
export function isActiveVerb(word: string): boolean {
	return ACTIVE_VERB.test(word);
}

/**
 * Words that join what follows to the verb before it ("… dan kehilangan", "… untuk menolong"), and
 * conjunctions that open a clause inside it ("yang hilang saat melaut …", "… karena terbakar"):
 * a verb after them is the relative clause's own, not the sentence's.
 */
// Not "lalu": after a time ("sejak pekan lalu membuat …") it ends the clause.
const JOINING = new Set(['dan', 'atau', 'serta', 'untuk', 'hingga', 'sampai', 'kemudian', 'sambil', ...REASON_CONJUNCTIONS, ...TIME_CONJUNCTIONS]);

/** Conjunctions that open a clause of its own, of reason, purpose, concession or time, and "akibat" of a cause. */
const SUBORDINATING = new Set(['akibat', ...REASON_CONJUNCTIONS, ...TIME_CONJUNCTIONS]);

/**
 * Negations that make a predicate of the clause after them ("bukan karena tanggul jebol", "tidak
 * sejak pekan ini"): what the subject is, or is not, without a verb of its own.
 */
const NEGATIONS = new Set(['bukan', 'tidak', 'tak', 'belum']);

/** Adverbs that belong to the verb after them ("kini putus", "sudah dievakuasi"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(['kini', 'sudah', 'telah', 'akan', 'masih', 'belum', 'juga', 'sempat', 'tidak', 'tak', 'pun', 'langsung', 'akhirnya', 'mulai', 'segera', 'kembali', 'bisa', 'dapat', 'harus', 'perlu', 'ikut', 'turut']);

/**
 * Words that may stand between a subject and its verb: the verb's own adverbs and those of
 * sequence, limit, contrast or will ("Heru kemudian menunda", "Bambang hanya berkomentar",
 * "Ia pun menegaskan", "Bambang enggan berkomentar"). A name before them is still the one who acts.
 */
export const SUBJECT_VERB_ADVERBS: readonly string[] = [
	...VERB_ADVERBS, 'lalu', 'kemudian', 'lantas', 'tengah', 'sedang', 'bahkan', 'hanya', 'cuma', 'justru', 'malah', 'pula', 'tetap', 'pernah', 'baru', 'enggan',
];

/**
 * Words between "yang" and the clause's own verb: adverbs ("yang sedang berjualan", "yang baru
 * selesai dibangun") and verbs of hearsay before another ("yang diduga berasal dari …").
 */
const CLAUSE_ADVERBS = new Set([...VERB_ADVERBS, 'sedang', 'tengah', 'baru', 'pernah', 'biasa', 'selesai', 'diduga', 'dikabarkan', 'disebut', 'dinilai', 'dianggap', 'diketahui']);

/** How many words a relative clause in a subject may run to before the main verb is looked for no further. */
const CLAUSE_MAX = 12;

/** Whether a word is a verb of what befell its subject ("putus", "mengungsi"), which takes no object. */
export const befallsSubject = (word: string) => BARE_PREDICATES.has(word.replace(/[,;:.]$/u, '').toLowerCase());

/** Whether a word, as printed in a title (a comma may end it), reads as a verb. */
export function isPredicate(printed: string): boolean {
	if (!/^\p{Ll}/u.test(printed)) return false;
	const word = printed.replace(/[,;:.]$/u, '');
	if (NOT_PREDICATES.has(word)) return false;
	return BARE_PREDICATES.has(word) || VERB_AFFIX.test(word);
}

/**
 * A relative clause inside a sentence's subject, from "yang" to just before the main verb (and the
 * adverbs it takes) or the place the clause ends on, as word indices [from, to), with the main
 * verb's index; none when the subject before "yang" already has a verb (then "yang" qualifies an
 * object), or no main verb is found. The clause's own verb is the first word after "yang" and its
 * adverbs ("yang sedang berjualan"); a verb after a joining word or after a verb of its object still
 * belongs to it, and so does the verb of a subordinate clause it opens ("… karena tanggul jebol"); a
 * negation before such a clause is the main predicate ("bukan karena …"). Set off by commas
 * ("Jembatan gantung, yang …, putus"), the clause ends at its closing comma.
 */
export function relativeClauseOfSubject(words: readonly string[], within: number): {from: number; to: number; verb: number} | undefined {
	const from = words.findIndex((word, i) => i > 0 && i < within && word.toLowerCase() === 'yang');
	if (from < 0 || words.slice(0, from).some(isPredicate)) return undefined;
	const commaOpened = words[from - 1]?.endsWith(',') ?? false;
	let own = from + 1;
	while (own < words.length - 1 && CLAUSE_ADVERBS.has((words[own] ?? '').toLowerCase())) own++;
	for (let i = own + 1; i < words.length && i <= from + CLAUSE_MAX; i++) {
		const word = words[i] ?? '';
		const before = words[i - 1] ?? '';
		if (commaOpened) {
			if (before.endsWith(',')) return {from, to: i, verb: i};
			continue;
		}
		// A stop inside the clause ends the sentence's subject without a main verb found (a dot ends an abbreviation: "dr.").
		if (/[;:]$/u.test(before)) return undefined;
		// "Banjir yang merendam Desa Cikadu bukan karena tanggul jebol": the negation is the predicate.
		const negatesClause = NEGATIONS.has(word.toLowerCase()) && SUBORDINATING.has((words[i + 1] ?? '').toLowerCase());
		if (!negatesClause) {
			// Right after the clause's own verb, a verb is the main one ("yang berlangsung menarik …").
			if (!isPredicate(word) || (isPredicate(before) && i > own + 1) || JOINING.has(before.toLowerCase())) continue;
			if (ownVerbOfSubordinate(words, own, i)) return undefined;
		}
		let predicate = i;
		while (predicate > own + 1 && VERB_ADVERBS.has((words[predicate - 1] ?? '').toLowerCase())) predicate--;
		return {from, to: placeStart(words, own, predicate), verb: i};
	}
	return undefined;
}

/**
 * Whether the verb at `verb` is the own verb of a subordinate clause opened after the relative
 * clause's own verb (at `own`): the first verb after its conjunction, ending the sentence or a clause
 * in it ("… karena tanggul jebol."). The main predicate is then not in view. One that follows the
 * subordinate clause's own verb ("yang hilang saat melaut di perairan X ditemukan, …") is the main one.
 */
function ownVerbOfSubordinate(words: readonly string[], own: number, verb: number): boolean {
	if (verb < words.length - 1 && !/[,;:.]$/u.test(words[verb] ?? '')) return false;
	for (let at = verb - 1; at > own; at--) {
		if (SUBORDINATING.has((words[at] ?? '').toLowerCase())) return true;
		if (isPredicate(words[at] ?? '')) return false;
	}
	return false;
}

/**
 * Where the place a clause ends on begins ("… di Desa Sukamaju" before the verb): it says where the
 * subject is, and stays with it; else `predicate`.
 */
function placeStart(words: readonly string[], own: number, predicate: number): number {
	let at = predicate;
	while (at > own + 1 && /^\p{Lu}/u.test(words[at - 1] ?? '')) at--;
	return at < predicate && words[at - 1] === 'di' ? at - 1 : predicate;
}
