/**
 * Places: facilities and natural places after their head word ("Bandara I Gusti Ngurah Rai",
 * "Sungai Deli", "Kantor Kemkomdigi"), administrative areas ("Kota Nanning" = Nanning), listed
 * names ("Jakarta", "Tiongkok"), a capitalized name after "di" ("di Tambak Lorok"), and the city of
 * the dateline ("JAKARTA - …").
 */
import {candidate, scan, type Candidate, type Reading} from './candidates.js';
import {FACILITY_HEADS} from './institutions.js';
import {isDateWord} from './lexicon.js';
import {administrativePlaceAt, gazetteerPlaceAt, PLACE_FORMS} from './names.js';
import {organizationEnd, namesOrganization} from './organizations.js';
import {nameAfter} from './people.js';
import type {Lead} from './lead.js';
import {isPhraseWord, type Words} from './tokens.js';

/** How many words a facility head takes: "Balai Kota" is two, "Bandara" one, none if no head. */
function facilityHeadLength(words: Words, i: number): number {
	if (FACILITY_HEADS.has(words.phrase(i, i + 2))) return 2;
	const word = words.tokens[i]?.text ?? '';
	if (FACILITY_HEADS.has(word)) return 1;
	return word === 'Kantor' && namesOrganization(words, i + 1) ? 1 : 0;
}

/** The end of a facility's name: capitalized words and numerals, no "dan", no commas. */
function facilityEnd(words: Words, i: number): number {
	while (i < words.tokens.length && /^\s+$/.test(words.gapBefore(i))) {
		const word = words.tokens[i]?.text ?? '';
		if (!isPhraseWord(word) || isDateWord(word)) break;
		i++;
	}
	return i;
}

/** Facilities and natural places after their head word: "Bandara I Gusti Ngurah Rai", "Kantor Kemkomdigi". */
export function facilities(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const head = facilityHeadLength(words, i);
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

/** Administrative areas ("Kota Nanning" = Nanning) and listed places ("Jakarta", "Tiongkok"). */
export function areas(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const place = administrativePlaceAt(words, i) ?? gazetteerPlaceAt(words, i);
		return place && {candidates: [candidate('place', place.name, words.spanOf(i, place.next), [words.phrase(i, place.next)])], from: i, to: place.next};
	});
}

/** A capitalized name after "di" or "ke" that no other rule explained: "di Tambak Lorok". */
export function placesAfterPrepositions(reading: Reading): Candidate[] {
	return scan(reading, (i) => {
		const word = reading.words.tokens[i]?.text;
		return word === 'di' || word === 'ke' ? nameAfter(reading.words, i, 3, 'place') : undefined;
	});
}

/** The city a story is filed from, printed before its first sentence: "JAKARTA - …", "Jakarta (ANTARA) - …". */
export function leadCity(lead: Lead | undefined): Candidate | undefined {
	const printed = lead?.city?.printed;
	if (!printed || !lead?.city) return undefined;
	const titled = printed.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
	const name = PLACE_FORMS.get(titled) ?? titled;
	return candidate('place', name, lead.city.span, [printed]);
}
