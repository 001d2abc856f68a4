/**
 * Organizations: a head word and the capitalized words after it ("Kementerian Komunikasi dan
 * Digital", "Komisi I DPR RI", "Partai Kota Nanning"), with an acronym defined in brackets
 * ("Pusat Monitoring Telekomunikasi (PMT)"); bare acronyms ("BMKG"), ministry short forms
 * ("Kemkomdigi"), international bodies and news agencies.
 */
import {candidate, isClaimed, scan, type Candidate, type Reading} from './candidates.js';
import {NAME_HONORIFICS, NOT_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS, RANKS} from './institutions.js';
import {spellsOut} from './aliases.js';
import {seatOf} from './seats.js';
import {isDateWord} from './lexicon.js';
import {administrativePlaceAt, AGENCY_FORMS, ORGANIZATION_FORMS, PLACE_FORMS, placePhraseAt} from './names.js';
import {isAcronym, isCapitalized, isPhraseWord, isTermShortForm, type Words} from './tokens.js';

/** Words starting with "Kem" that are not ministries. */
const KEM_WORDS = new Set(['Kemarin', 'Kemudian', 'Kembali', 'Kemungkinan', 'Kemacetan', 'Kematian', 'Kemiskinan', 'Kemajuan', 'Kemampuan', 'Kemenangan', 'Kemerdekaan', 'Kemitraan', 'Kemasan', 'Kemauan', 'Kemanusiaan', 'Kemarau', 'Kemewahan']);

/** A ministry's short form ("Kemkomdigi", "Kemenhub"), written mid-sentence. */
function isMinistryShortForm(words: Words, i: number): boolean {
	const word = words.tokens[i]?.text ?? '';
	return i > 0 && /^Kem[a-z]{4,}$/.test(word) && !KEM_WORDS.has(word);
}

/** An acronym that names an organization (not "AI", "WIB", a place such as "RI", a cleric's "KH" or a rank such as "AKBP"). */
function isOrganizationAcronym(word: string): boolean {
	// "JAKARTA" is a place in capitals, not an acronym.
	const titled = word.charAt(0) + word.slice(1).toLowerCase();
	return isAcronym(word) && !NOT_ORGANIZATION_ACRONYMS.has(word) && !NAME_HONORIFICS.has(word) && !RANKS.has(word) && !PLACE_FORMS.has(word) && !PLACE_FORMS.has(titled);
}

/** Whether the words at `i` name an organization whose office "Kantor …" would be: "Kantor Kemkomdigi". */
export function namesOrganization(words: Words, i: number): boolean {
	const word = words.tokens[i]?.text ?? '';
	return isOrganizationAcronym(word) || isMinistryShortForm(words, i) || ORGANIZATION_HEADS.has(word) || ORGANIZATION_FORMS.has(word);
}

/**
 * Where a place inside an organization's name ends: after the place, or after "Kota" printed behind
 * it ("Polres Tasikmalaya Kota", the city's police beside the regency's "Polres Tasikmalaya"),
 * where no name follows that "Kota" would open ("… Tasikmalaya Kota Banjar").
 */
function placeInNameEnd(words: Words, next: number): number {
	if (words.tokens[next]?.text !== 'Kota' || !/^ +$/.test(words.gapBefore(next))) return next;
	const after = words.tokens[next + 1];
	return after !== undefined && /^ +$/.test(words.gapBefore(next + 1)) && isCapitalized(after.text) ? next : next + 1;
}

/**
 * Where an organization's name that continues at token `i` ends: through capitalized words,
 * acronyms, numerals, "dan" between them, and at most one place ("Partai Kota Nanning"), after
 * which a person's name or another place may follow.
 */
export function organizationEnd(words: Words, i: number, limit: number, commas: boolean, joined = true): number {
	const start = i;
	while (i < limit) {
		const gap = words.gapBefore(i);
		// `joined`: the first word must follow the one before it with a space (not after a bracket).
		if (i > start || joined) {
			const spaced = /^\s+$/.test(gap) || (commas && /^\s*,\s+$/.test(gap));
			if (!spaced) break;
		}
		const token = words.tokens[i]?.text ?? '';
		const place = placePhraseAt(words, i);
		if (place) return Math.min(placeInNameEnd(words, place.next), limit);
		if (token === 'dan' || token === '&') {
			const next = words.tokens[i + 1]?.text ?? '';
			// "Kanwil DJP dan Badan Pendapatan Daerah", "Dinas Sosial dan Dinas Kesehatan": a body's head after
			// "dan" opens a second body where the first is whole (its acronym ends it) or the head is the first's
			// again; "Kantor Kesyahbandaran dan Otoritas Pelabuhan" is one body's name.
			// So does a body the gazetteer knows ("Satgas Karhutla dan Manggala Agni").
			const knownAfter = [1, 2, 3].some((length) => ORGANIZATION_FORMS.has(words.phrase(i + 1, i + 1 + length)));
			const secondBody = knownAfter || (ORGANIZATION_HEADS.has(next) && (isAcronym(words.tokens[i - 1]?.text ?? '') || next === words.tokens[start - 1]?.text || next === words.tokens[start]?.text));
			if (!isCapitalized(next) || placePhraseAt(words, i + 1) || secondBody) break;
			i++;
			continue;
		}
		// A rank ends a body's name ("Polda Jawa Tengah Kombes …"), but "Jenderal" of a directorate general is its name's.
		if (!isPhraseWord(token) || isDateWord(token) || (RANKS.has(token) && !GENERAL_OF.has(words.tokens[i - 1]?.text ?? ''))) break;
		i++;
	}
	// Never end on "dan".
	while (i > start && ['dan', '&'].includes(words.tokens[i - 1]?.text ?? '')) i--;
	return i;
}

/** Words "Jenderal" follows in a body's name, no rank: "Direktorat Jenderal Pajak", "Sekretariat Jenderal DPR". */
const GENERAL_OF = new Set(['Direktorat', 'Sekretariat', 'Inspektorat', 'Direktur', 'Sekretaris', 'Inspektur']);

/** The administrative places printed inside tokens `from`…`to`: "Kota Semarang" in "BPBD Kota Semarang". */
function placesInside(words: Words, from: number, to: number): Candidate[] {
	const found: Candidate[] = [];
	for (let i = from; i < to; i++) {
		const place = administrativePlaceAt(words, i);
		if (!place || place.next > to) continue;
		found.push(candidate('place', place.name, words.spanOf(i, place.next), [words.phrase(i, place.next)]));
		i = place.next - 1;
	}
	return found;
}

/** The organization and places in a role's complement: "Partai Kota Nanning Provinsi Guangxi Tiongkok". */
export function complementCandidates(words: Words, from: number, to: number): Candidate[] {
	if (to <= from) return [];
	const found: Candidate[] = [];
	// The body may follow more of the role: "Kepala Pelaksana BPBD …", "Kepala Bidang Humas Polda …".
	let start = from;
	const opensBody = (k: number) => {
		const word = words.tokens[k]?.text ?? '';
		return ORGANIZATION_HEADS.has(word) || isOrganizationAcronym(word) || isMinistryShortForm(words, k) || ORGANIZATION_FORMS.has(word);
	};
	while (start < to - 1 && !opensBody(start) && !placePhraseAt(words, start)) start++;
	let organizationTo = from;
	// A head word alone ("Ketua Yayasan Ahmad Sanusi") is a kind of body, not one: no organization.
	const bodyEnd = opensBody(start) ? organizationEnd(words, start + 1, to, true) : start;
	if (bodyEnd > start + 1 || (bodyEnd > start && !ORGANIZATION_HEADS.has(words.tokens[start]?.text ?? ''))) {
		organizationTo = bodyEnd;
		const span = words.spanOf(start, organizationTo);
		const name = words.text.slice(span.start, span.end);
		const listed = ORGANIZATION_FORMS.get(name);
		if (listed) found.push(candidate('organization', listed, span, [name]));
		else {
			// "Kepala Pelaksana Badan … Daerah (BPBD) Garut": the title's body keeps its short form and place.
			const body = definedBody(words, start, organizationTo, to);
			found.push(body.organization);
			organizationTo = body.to;
		}
	}
	found.push(...placesInside(words, from, to));
	for (let i = organizationTo; i < to; i++) {
		const place = placePhraseAt(words, i);
		if (!place || place.administrative) continue;
		found.push(candidate('place', place.name, words.spanOf(i, place.next), [words.phrase(i, place.next)]));
		i = place.next - 1;
	}
	return found;
}

const DEFINITION = /^\s*\(\s*(\p{Lu}[\p{L}\p{N}&-]+)\s*\)/u;

/**
 * The short form defined in brackets right after a body's name, or undefined: an acronym in
 * capitals ("(BPBD)"), or a short form written as a word ("Badan Pengawas Pemilu (Bawaslu)",
 * "Dinas Kesehatan (Dinkes)") whose letters are the name's, in order, from its first; a place in
 * brackets ("(Yogyakarta)") is none. A word that spells the name past its head ("Pengadilan Tindak
 * Pidana Korupsi (Tipikor)") shortens what kind of body it is: the body's short form keeps the
 * head, `headed` ("Pengadilan Tipikor"); "Tipikor" alone names the crime, not the court.
 */
function definitionAfter(name: string, after: string): {form: string; length: number; headed?: string} | undefined {
	const match = DEFINITION.exec(after);
	const form = match?.[1];
	if (!match || form === undefined) return undefined;
	if (/^[\p{Lu}\p{N}&-]+$/u.test(form)) return {form, length: match[0].length};
	if (PLACE_FORMS.has(form)) return undefined;
	if (spellsOut(form, name)) return {form, length: match[0].length};
	const [head = '', ...kind] = name.split(' ');
	return ORGANIZATION_HEADS.has(head) && kind.length >= 2 && spellsOut(form, kind.join(' ')) ? {form, length: match[0].length, headed: `${head} ${form}`} : undefined;
}

/** Whether a short form in brackets follows the capitalized run from token `i` of the name that starts at token `from`, commas allowed. */
function definitionAhead(words: Words, from: number, i: number): boolean {
	const end = organizationEnd(words, i, words.tokens.length, true);
	const last = words.tokens[end - 1];
	return last !== undefined && definitionAfter(words.phrase(from, end), words.text.slice(last.end)) !== undefined;
}

/** Organizations led by a head word, with an acronym defined in brackets and what follows it. */
export function organizationsByHead(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const head = words.tokens[i]?.text ?? '';
		// "Suku Dinas …" (a city's branch of an agency, in Jakarta): its head is two words, "Suku" alone a people.
		const subAgency = head === 'Suku' && words.tokens[i + 1]?.text === 'Dinas';
		if (!ORGANIZATION_HEADS.has(head) && !subAgency) return undefined;
		if (head === 'Kantor' && namesOrganization(words, i + 1)) return undefined;
		// "Balai Kota", "Balai Desa …": a hall, not a body.
		if (head === 'Balai' && ['Kota', 'Desa', 'Kelurahan', 'Warga', 'Pertemuan'].includes(words.tokens[i + 1]?.text ?? '')) return undefined;
		const from = subAgency ? i + 2 : i + 1;
		const end = organizationEnd(words, from, words.tokens.length, definitionAhead(words, i, from));
		if (end === from || isClaimed(reading, i, end)) return undefined;
		// "Perusahaan BUMN" names a kind of firm, not one.
		if (end === i + 2 && NOT_ORGANIZATION_ACRONYMS.has(words.tokens[i + 1]?.text ?? '')) return undefined;
		const defined = definedBody(words, i, end, words.tokens.length);
		const {organization, to} = hostedBody(words, i, defined) ?? defined;
		return {candidates: [organization, ...placesInside(words, i, to)], from: i, to};
	});
}

/**
 * A body that sits in another of its kind, named with it after "pada" ("Pengadilan Tindak Pidana
 * Korupsi pada Pengadilan Negeri Semarang"), from token `from`: one body, named whole, also called
 * by its own name and by it with the host's seat ("Pengadilan Tindak Pidana Korupsi Semarang");
 * undefined when no such host follows what `body` covers.
 */
function hostedBody(words: Words, from: number, body: {organization: Candidate; to: number}): {organization: Candidate; to: number} | undefined {
	const {organization, to} = body;
	const head = words.tokens[from]?.text;
	if (words.tokens[to]?.text !== 'pada' || words.tokens[to + 1]?.text !== head || !/^\s+$/.test(words.gapBefore(to)) || !/^\s+$/.test(words.gapBefore(to + 1))) return undefined;
	const hostEnd = organizationEnd(words, to + 2, words.tokens.length, false);
	if (hostEnd === to + 2) return undefined;
	const span = words.spanOf(from, hostEnd);
	const seat = seatOf(words.phrase(to + 1, hostEnd))?.seat;
	const aliases = [organization.name, ...organization.aliases, ...(seat === undefined ? [] : [`${organization.name} ${seat}`])];
	return {organization: candidate('organization', words.text.slice(span.start, span.end), span, aliases), to: hostEnd};
}

/**
 * The body printed in tokens `from`…`end`, with the short form in brackets after it and the place
 * after that (up to `limit`): "Badan Penanggulangan Bencana Daerah (BPBD) Garut" is the Garut
 * agency, also called "BPBD Garut" and "BPBD"; `to` is past what it covers.
 */
function definedBody(words: Words, from: number, end: number, limit: number): {organization: Candidate; to: number} {
	const span = words.spanOf(from, end);
	const name = words.text.slice(span.start, span.end);
	const aliases: string[] = [];
	let to = end;
	let canonical = name;
	const definition = definitionAfter(name, words.text.slice(span.end));
	if (definition && end < limit && words.tokens[end]?.text === definition.form) {
		const acronym = definition.headed ?? definition.form;
		aliases.push(acronym);
		to = end + 1;
		const continuation = /^\s+$/.test(words.text.slice(span.end + definition.length, words.tokens[end + 1]?.start ?? 0))
			? organizationEnd(words, end + 1, limit, false, false)
			: end + 1;
		if (continuation > end + 1) {
			const rest = words.phrase(end + 1, continuation);
			canonical = `${name} ${rest}`;
			aliases.push(name, `${acronym} ${rest}`);
			to = continuation;
		}
	}
	return {organization: candidate('organization', canonical, {start: span.start, end: words.tokens[to - 1]?.end ?? span.end}, aliases), to};
}

/** Acronyms ("BMKG", "DPR RI"), ministry short forms ("Kemkomdigi"), international bodies, news agencies. */
export function organizationsByForm(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const word = words.tokens[i]?.text ?? '';
		for (let length = 4; length >= 1; length--) {
			const printed = length === 1 ? word : words.phrase(i, i + length);
			const listed = printed === '' ? undefined : ORGANIZATION_FORMS.get(printed) ?? AGENCY_FORMS.get(printed);
			if (listed) return {candidates: [candidate('organization', listed, words.spanOf(i, i + length), [printed])], from: i, to: i + length};
		}
		if (isMinistryShortForm(words, i)) return {candidates: [candidate('organization', word, words.spanOf(i, i + 1))], from: i, to: i + 1};
		// "kejadian luar biasa (KLB)": the short form of a lower-case term names no body.
		if (!isOrganizationAcronym(word) || isTermShortForm(words.text, word)) return undefined;
		// "DPR RI", "BPBD Kota Semarang": an acronym takes the place printed right after it.
		const place = /^\s+$/.test(words.gapBefore(i + 1)) ? placePhraseAt(words, i + 1) : undefined;
		const end = place && !isClaimed(reading, i + 1, place.next) ? placeInNameEnd(words, place.next) : i + 1;
		const organization = candidate('organization', words.phrase(i, end), words.spanOf(i, end), end > i + 1 ? [word] : []);
		return {candidates: [organization, ...placesInside(words, i, end)], from: i, to: end};
	});
}
