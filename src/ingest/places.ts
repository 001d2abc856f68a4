/**
 * Places: facilities and natural places after their head word ("Bandara I Gusti Ngurah Rai",
 * "Sungai Deli", "Kantor Kemkomdigi"), administrative areas ("Kota Nanning" = Nanning), listed
 * names ("Jakarta", "Tiongkok"), a capitalized name after "di" ("di Tambak Lorok"), and the city of
 * the dateline ("JAKARTA - …").
 */
import {candidate, scan, type Candidate, type Reading} from './candidates.js';
import {ADMINISTRATIVE_HEADS, FACILITY_HEADS, NAME_HONORIFICS} from './institutions.js';
import {isDateWord} from './lexicon.js';
import {CONTEXT_LEVELS, isArea, longestArea} from './areas.js';
import {administrativePlaceAt, gazetteerPlaceAt, isNameWord, PLACE_FORMS} from './names.js';
import {organizationEnd, namesOrganization} from './organizations.js';
import {nameAfter} from './people.js';
import type {Lead} from './lead.js';
import {isInitialism, isPhraseWord, type Words} from './tokens.js';

/** How many words a facility head takes: "Balai Kota" is two, "Bandara" one, none if no head. */
function facilityHeadLength(words: Words, i: number): number {
	if (FACILITY_HEADS.has(words.phrase(i, i + 3))) return 3;
	if (FACILITY_HEADS.has(words.phrase(i, i + 2))) return 2;
	const word = words.tokens[i]?.text ?? '';
	if (FACILITY_HEADS.has(word)) return 1;
	return word === 'Kantor' && namesOrganization(words, i + 1) ? 1 : 0;
}

/**
 * The end of a facility's name: capitalized words and numerals, joined by spaces or a hyphen or
 * dash ("Soekarno-Hatta", "Jakarta–Cikampek") or by the dot after initials ("Jalan D.I. Panjaitan");
 * no "dan", no commas.
 */
function facilityEnd(words: Words, i: number): number {
	const abbreviated = (word: string) => isInitialism(word) || NAME_HONORIFICS.has(word);
	const joined = (at: number) => /^(?:\s+|-|–|—)$/.test(words.gapBefore(at)) || (/^\.\s+$/.test(words.gapBefore(at)) && abbreviated(words.tokens[at - 1]?.text ?? ''));
	while (i < words.tokens.length && joined(i)) {
		const word = words.tokens[i]?.text ?? '';
		// "RSUD dr. Slamet": a person's honorific inside a facility's name, when the name goes on after its dot.
		const honorific = NAME_HONORIFICS.has(word) && /^\.\s+$/.test(words.gapBefore(i + 1)) && isPhraseWord(words.tokens[i + 1]?.text ?? '');
		if ((!isPhraseWord(word) && !honorific) || isDateWord(word)) break;
		i++;
	}
	return i;
}

/** Facilities and natural places after their head word: "Bandara I Gusti Ngurah Rai", "Kantor Kemkomdigi". */
export function facilities(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const head = facilityHeadLength(words, i);
		// "Tempat Pemrosesan Akhir (TPA) Sarimukti": a facility's kind defined by its acronym, then its name.
		const defined = head >= 2 ? /^\s*\(\s*([\p{Lu}]{2,6})\s*\)/u.exec(words.text.slice(words.tokens[i + head - 1]?.end ?? 0)) : null;
		if (defined?.[1] && words.tokens[i + head]?.text === defined[1]) {
			const nameEnd = facilityEnd(words, i + head + 2);
			const kind = words.phrase(i, i + head);
			const ownWord = words.tokens[i + head + 1]?.text ?? '';
			const own = /^\s*\)\s+$/.test(words.gapBefore(i + head + 1)) && isPhraseWord(ownWord) && !isDateWord(ownWord) ? words.phrase(i + head + 1, nameEnd) : '';
			const name = own ? `${kind} ${own}` : kind;
			const aliases = own ? [`${defined[1]} ${own}`, defined[1]] : [defined[1]];
			return {candidates: [candidate('place', name, words.spanOf(i, own ? nameEnd : i + head + 1), aliases)], from: i, to: own ? nameEnd : i + head + 1};
		}
		const end = head > 0 ? facilityEnd(words, i + head) : i;
		if (end <= i + head) return undefined;
		const span = words.spanOf(i, end);
		const found = [candidate('place', words.text.slice(span.start, span.end), span)];
		// "Kantor Kementerian Komdigi" also names the ministry.
		if (words.tokens[i]?.text === 'Kantor') {
			const body = words.spanOf(i + 1, organizationEnd(words, i + 2, end, false));
			found.push(candidate('organization', words.text.slice(body.start, body.end), body));
		}
		return {candidates: found, from: i, to: end};
	});
}

/**
 * The places listed after an administrative one, sharing its head: "Kecamatan Sayung,
 * Karangtengah, dan Bonang" names three districts. Each item is an area of that level in the
 * gazetteer, or one name word that ends the item.
 */
function listedAfter(words: Words, head: string, from: number): {candidates: Candidate[]; next: number} {
	const which = CONTEXT_LEVELS[head];
	const candidates: Candidate[] = [];
	let i = from;
	while (i < words.tokens.length) {
		const gap = words.gapBefore(i);
		let item = i;
		if (/^\s+$/.test(gap) && words.tokens[i]?.text === 'dan') item = i + 1;
		else if (/^\s*,\s+$/.test(gap)) item = words.tokens[i]?.text === 'dan' ? i + 1 : i;
		else break;
		if (item !== i && !/^\s+$/.test(words.gapBefore(item))) break;
		// The next item with a head of its own ("…, Kota Surakarta") is read on its own.
		if (ADMINISTRATIVE_HEADS.has(words.tokens[item]?.text ?? '')) break;
		let end = item;
		if (which) for (let length = Math.min(longestArea(which), 4); length >= 1 && end === item; length--) if (words.phrase(item, item + length) !== '' && isArea(which, words.phrase(item, item + length))) end = item + length;
		if (end === item) {
			const word = words.tokens[item]?.text ?? '';
			const after = words.tokens[item + 1];
			const ends = !after || !/^\s+$/.test(words.gapBefore(item + 1)) || words.tokens[item + 1]?.text === 'dan';
			if (!isNameWord(word) || !ends) break;
			end = item + 1;
		}
		// "Warga Desa Sukamaju, Ujang Sobari, …", "Desa Sukamaju, Jawa Barat, …": an item is the whole
		// capitalized run; one that goes on past the area's name is a person or a place of its own.
		if (nameGoesOn(words, end)) break;
		candidates.push(candidate('place', words.phrase(item, end), words.spanOf(item, end)));
		i = end;
	}
	// "Warga Desa Sukamaju, Ujang, mengaku …": one name set off by commas before a clause goes on is
	// an apposition, no list (a list's last item follows "dan"); without a place word of its own,
	// it is a person, or a place known bare that is read after.
	if (candidates.length === 1 && /^\s*,\s+$/.test(words.gapBefore(i)) && /^\p{Ll}/u.test(words.tokens[i]?.text ?? '') && !LIST_JOINS.has(words.tokens[i]?.text ?? '')) return {candidates: [], next: from};
	return {candidates, next: i};
}

/** Words that join the last item of a list: "…, Karangtengah, dan Bonang". */
const LIST_JOINS = new Set(['dan', 'serta', 'atau']);

/** Whether a capitalized name goes on at token `at`: a word of a name, after a space. */
function nameGoesOn(words: Words, at: number): boolean {
	return at < words.tokens.length && /^\s+$/.test(words.gapBefore(at)) && isPhraseWord(words.tokens[at]?.text ?? '') && words.tokens[at]?.text !== 'dan';
}

/** Administrative areas ("Kota Nanning" = Nanning, with the places listed after one) and listed places ("Jakarta", "Tiongkok"). */
export function areas(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const administrative = administrativePlaceAt(words, i);
		const place = administrative ?? gazetteerPlaceAt(words, i);
		if (!place) return undefined;
		const first = candidate('place', place.name, words.spanOf(i, place.next), [words.phrase(i, place.next)]);
		const listed = administrative?.head ? listedAfter(words, administrative.head, place.next) : {candidates: [], next: place.next};
		return {candidates: [first, ...listed.candidates], from: i, to: listed.next};
	});
}

/** A capitalized name after "di" or "ke" that no other rule explained: "di Tambak Lorok". */
export function placesAfterPrepositions(reading: Reading): Candidate[] {
	return scan(reading, (i) => {
		const word = reading.words.tokens[i]?.text;
		return word === 'di' || word === 'ke' ? nameAfter(reading.words, i, 3, 'place') : undefined;
	});
}

/** Levels of area a body's or an office's name is scoped to ("BPBD Girimulya", "Polsek Sidoluhur"), not villages. */
const SCOPING_HEADS = new Set(['Provinsi', 'Kabupaten', 'Kota', 'Kecamatan', 'Distrik']);
/** Words that make "Kota" part of another noun: "Wali Kota Lina Marliani" is a mayor, "Balai Kota" a hall. */
const HEAD_IN_NOUN = new Set(['Wali', 'Balai', 'Ibu']);

/**
 * The areas an article names with their level's word, a village's aside ("Kabupaten Girimulya",
 * "Kecamatan Sidoluhur"), and the city it is filed from: what the article itself says is a place
 * (`Reading.areas`), listed in the gazetteer or not. A name that goes on after the area's word
 * ("Kota Lina Marliani") says nothing sure of where the place's name ends, and is left out.
 */
export function areasNamed(sentences: readonly Words[], city: Candidate | undefined): Set<string> {
	const named = new Set<string>(city ? [city.name] : []);
	for (const words of sentences) {
		for (let i = 0; i < words.tokens.length; i++) {
			const place = administrativePlaceAt(words, i);
			if (place?.head === undefined || !SCOPING_HEADS.has(place.head) || nameGoesOn(words, place.next)) continue;
			if (!(i > 0 && HEAD_IN_NOUN.has(words.tokens[i - 1]?.text ?? '') && /^\s+$/.test(words.gapBefore(i)))) named.add(place.name);
		}
	}
	return named;
}

/** The city a story is filed from, printed before its first sentence: "JAKARTA - …", "Jakarta (ANTARA) - …". */
export function leadCity(lead: Lead | undefined): Candidate | undefined {
	const printed = lead?.city?.printed;
	if (!printed || !lead?.city) return undefined;
	const titled = printed.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
	const name = PLACE_FORMS.get(titled) ?? titled;
	return candidate('place', name, lead.city.span, [printed]);
}
