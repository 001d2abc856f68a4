/**
 * Places: facilities and natural places after their head word ("Bandara I Gusti Ngurah Rai",
 * "Sungai Deli", "Kantor Kemkomdigi"), administrative areas ("Kota Nanning" = Nanning), listed
 * names ("Jakarta", "Tiongkok"), a capitalized name after "di" ("di Tambak Lorok"), and the city of
 * the dateline ("JAKARTA - …").
 */
import {candidate, claim, isClaimed, type Candidate, type Reading} from './candidates.js';
import {FACILITY_HEADS} from './institutions.js';
import {MONTHS, WEEKDAYS} from './lexicon.js';
import {administrativePlaceAt, gazetteerPlaceAt, isNameWord, PLACE_FORMS} from './names.js';
import {organizationEnd, namesOrganization} from './organizations.js';
import {isNameRun} from './people.js';
import type {Span} from './spans.js';
import {isOrganizationWordToken, type Words} from './tokens.js';

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
		if (!isOrganizationWordToken(word) || MONTHS[word.toLowerCase()] !== undefined || WEEKDAYS[word.toLowerCase()] !== undefined) break;
		i++;
	}
	return i;
}

/** Facilities and natural places after their head word: "Bandara I Gusti Ngurah Rai", "Kantor Kemkomdigi". */
export function facilities(reading: Reading): Candidate[] {
	const {words} = reading;
	const found: Candidate[] = [];
	for (let i = 0; i < words.tokens.length; i++) {
		const head = reading.claimed[i] ? 0 : facilityHeadLength(words, i);
		const end = head > 0 ? facilityEnd(words, i + head) : i;
		if (end <= i + head || isClaimed(reading, i, end)) continue;
		const span = words.spanOf(i, end);
		found.push(candidate('place', words.text.slice(span.start, span.end), span));
		// "Kantor Kementerian Komdigi" also names the ministry.
		if (words.tokens[i]?.text === 'Kantor') {
			const body = words.spanOf(i + 1, organizationEnd(words, i + 2, end, false));
			found.push(candidate('organization', words.text.slice(body.start, body.end), body));
		}
		claim(reading, i, end);
		i = end - 1;
	}
	return found;
}

/** Administrative areas ("Kota Nanning" = Nanning) and listed places ("Jakarta", "Tiongkok"). */
export function areas(reading: Reading): Candidate[] {
	const {words} = reading;
	const found: Candidate[] = [];
	for (let i = 0; i < words.tokens.length; i++) {
		if (reading.claimed[i]) continue;
		const place = administrativePlaceAt(words, i) ?? gazetteerPlaceAt(words, i);
		if (!place || isClaimed(reading, i, place.next)) continue;
		found.push(candidate('place', place.name, words.spanOf(i, place.next), [words.phrase(i, place.next)]));
		claim(reading, i, place.next);
		i = place.next - 1;
	}
	return found;
}

/** A capitalized name after "di" or "ke" that no other rule explained: "di Tambak Lorok". */
export function placesAfterPrepositions(reading: Reading): Candidate[] {
	const {words} = reading;
	const found: Candidate[] = [];
	for (let i = 0; i < words.tokens.length - 1; i++) {
		const word = words.tokens[i]?.text ?? '';
		if (word !== 'di' && word !== 'ke') continue;
		let end = i + 1;
		while (end < words.tokens.length && end - i <= 3 && isNameWord(words.tokens[end]?.text ?? '')) end++;
		if (!isNameRun(words, i + 1, end) || isClaimed(reading, i + 1, end) || !/^\s+$/.test(words.gapBefore(i + 1))) continue;
		found.push(candidate('place', words.phrase(i + 1, end), words.spanOf(i + 1, end)));
		claim(reading, i + 1, end);
	}
	return found;
}

const DATELINE_CITY = /^([\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}][\p{Lu}'’.-]+)*)\s*(?:,[^\n–-]{0,40})?\s+[-–—]\s/u;

/** The city a story is filed from, printed in capitals before its first sentence: "JAKARTA - …". */
export function datelineCity(text: string, body: Span): Candidate | undefined {
	const match = DATELINE_CITY.exec(text.slice(body.start, body.end));
	const printed = match?.[1];
	if (!printed) return undefined;
	const titled = printed.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
	const name = PLACE_FORMS.get(titled) ?? titled;
	return candidate('place', name, {start: body.start, end: body.start + printed.length}, [printed]);
}
