/**
 * Reading the capitalized phrases of Indonesian news: which words can be part of a person's name,
 * and where a place phrase ("Kota Nanning", "Provinsi Guangxi", "Sumatera Utara", "Bandara I Gusti
 * Ngurah Rai") begins and ends in a run of words.
 */
import {bareAreaNames, CONTEXT_LEVELS, isArea, longestArea} from './areas.js';
import {formsOf, KNOWN_ORGANIZATIONS, NEWS_AGENCIES, PLACES} from './gazetteer.js';
import {ADMINISTRATIVE_HEADS, FACILITY_HEADS, INSTITUTION_WORDS, NAME_HONORIFICS, ORGANIZATION_HEADS, ROLE_ACRONYMS, ROLES} from './institutions.js';
import {isDateWord} from './lexicon.js';
import {isCapitalized, isRomanNumeral, type Words} from './tokens.js';

let placeForms: ReadonlyMap<string, string> | undefined;

/** Every printed form of a place known bare → its canonical name: the hand list, provinces, regencies and cities. */
export function placeFormsOf(): ReadonlyMap<string, string> {
	if (!placeForms) {
		const forms = new Map(formsOf(PLACES));
		for (const name of bareAreaNames()) if (!forms.has(name)) forms.set(name, name);
		placeForms = forms;
	}
	return placeForms;
}

/** The bare place forms, read from the gazetteer when first asked. */
export const PLACE_FORMS = {
	has: (form: string) => placeFormsOf().has(form),
	get: (form: string) => placeFormsOf().get(form),
};
export const ORGANIZATION_FORMS = formsOf(KNOWN_ORGANIZATIONS);
export const AGENCY_FORMS = formsOf(NEWS_AGENCIES);

const FIRST_WORDS_OF = (phrases: Iterable<string>) => new Set([...phrases].map((phrase) => phrase.split(' ')[0] ?? phrase));
/**
 * Role words that are personal names too ("Lukman Hakim Saifuddin", "Arif Rahman Hakim"): inside a
 * run of names they are names, and a role only where a role is read from them ("Hakim Ketua Dewi").
 */
const ROLES_ALSO_NAMES = new Set(['Hakim']);
const ROLE_FIRST_WORDS = new Set([...FIRST_WORDS_OF(ROLES)].filter((word) => !ROLES_ALSO_NAMES.has(word)));
const FACILITY_FIRST_WORDS = FIRST_WORDS_OF(FACILITY_HEADS);
/** Words that open a sentence before a name, capitalized there: "Menurut Budi Santoso, pengamat …" names Budi Santoso. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['Menurut', 'Kata', 'Ujar', 'Namun', 'Selain', 'Sementara', 'Sedangkan', 'Adapun', 'Bahkan', 'Padahal', 'Sebelumnya',
	'Kemudian', 'Setelah', 'Sebelum', 'Saat', 'Ketika', 'Bagi', 'Untuk', 'Oleh', 'Kepada', 'Bersama', 'Sejak', 'Jika',
	'Apabila', 'Karena', 'Meski', 'Meskipun', 'Walaupun', 'Lalu', 'Akhirnya', 'Sayangnya', 'Sebab']);
const NOT_NAMES = new Set(['Ia', 'Dia', 'Beliau', 'Kami', 'Kita', 'Mereka', 'Saya', 'Hal', 'Ini', 'Itu', 'Para', 'Sang', 'Tim', ...SENTENCE_OPENERS]);
/** Little words inside personal names: "Muhammad bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'de', 'al', 'el']);

/** Whether a word can be part of a person's name. */
export function isNameWord(word: string): boolean {
	// A word, an initial ("H" of "Budi H. Santoso"), or initials that open a name with their dot ("M.S." of "M.S. Hidayat", tokens.ts).
	// "I Made" of "I Made Suarjana" (tokens.ts): a name's own first word.
	if (/^(?:I|Ni) \p{Lu}\p{Ll}+$/u.test(word)) return true;
	if (!/^\p{Lu}[\p{Ll}'’-]/u.test(word) && !/^\p{Lu}$/u.test(word) && !/^(?:\p{Lu}\.){2,}$/u.test(word)) return false;
	return !(
		INSTITUTION_WORDS.has(word) || ORGANIZATION_HEADS.has(word) || ADMINISTRATIVE_HEADS.has(word) ||
		FACILITY_FIRST_WORDS.has(word) || ROLE_FIRST_WORDS.has(word) || ROLE_ACRONYMS.includes(word) ||
		PLACE_FORMS.has(word) || ORGANIZATION_FORMS.has(word) || AGENCY_FORMS.has(word) || NOT_NAMES.has(word) ||
		// An honorific of several letters is never a word of a name ("Prof Dr Bambang"); a single one may be an initial.
		(NAME_HONORIFICS.has(word) && word.length > 1) ||
		isDateWord(word) || isRomanNumeral(word)
	);
}

/** A place phrase found at a token: its proper name, the tokens it covers, and how it was printed. */
export interface PlacePhrase {
	/** The place's own name: "Nanning" for "Kota Nanning". */
	readonly name: string;
	/** Index just past the phrase's last token. */
	readonly next: number;
	/** Whether the phrase was an administrative one ("Kota …", "Provinsi …"). */
	readonly administrative: boolean;
	/** The head word for administrative phrases, to keep "Kota Nanning" as an alias. */
	readonly head?: string;
}

/** The longest listed place name starting at token `i`, as its canonical name. */
export function gazetteerPlaceAt(words: Words, i: number): {name: string; next: number} | undefined {
	for (let length = 4; length >= 1; length--) {
		if (i + length > words.tokens.length) continue;
		const canonical = PLACE_FORMS.get(words.phrase(i, i + length));
		if (canonical) return {name: canonical, next: i + length};
	}
	return undefined;
}

/** An administrative place phrase ("Kota Nanning", "Provinsi Sumatera Utara") starting at token `i`. */
export function administrativePlaceAt(words: Words, i: number): PlacePhrase | undefined {
	const head = words.tokens[i]?.text ?? '';
	const capitalHead = head.charAt(0).toUpperCase() + head.slice(1);
	if (!ADMINISTRATIVE_HEADS.has(capitalHead)) return undefined;
	if (words.phrase(i, i + 2) === '') return undefined;
	// The longest name of the level the head names ("Kecamatan Kluet Utara", "Desa Sukamaju Kidul").
	const which = CONTEXT_LEVELS[capitalHead];
	if (which) {
		for (let length = Math.min(longestArea(which), words.tokens.length - i - 1); length >= 1; length--) {
			const name = words.phrase(i + 1, i + 1 + length);
			if (name !== '' && isArea(which, name)) return {name: PLACE_FORMS.get(name) ?? name, next: i + 1 + length, administrative: true, head: capitalHead};
		}
	}
	const listed = gazetteerPlaceAt(words, i + 1);
	if (listed) return {name: listed.name, next: listed.next, administrative: true, head: capitalHead};
	const word = words.tokens[i + 1]?.text ?? '';
	if (!isCapitalized(word) || !isNameWord(word)) return undefined;
	return {name: word, next: i + 2, administrative: true, head: capitalHead};
}

/** Any place phrase at token `i`: administrative, or a listed name. */
export function placePhraseAt(words: Words, i: number): PlacePhrase | undefined {
	const administrative = administrativePlaceAt(words, i);
	if (administrative) return administrative;
	const listed = gazetteerPlaceAt(words, i);
	return listed ? {...listed, administrative: false} : undefined;
}
