/**
 * People: a name after a role or title ("Wakil Ketua Komisi I DPR RI, Dave Laksono", "Menkomdigi
 * Meutya Hafid", "Wali Kota Semarang Agustina Wilujeng"), whose complement also yields the
 * organization and places it names; and a bare name after an attribution verb ("kata Endro").
 */
import {candidate, scan, type Candidate, type Finding, type Reading} from './candidates.js';
import {CAPITALIZED_ONLY_ROLES, COMPANY_FORMS, ORGANIZATION_HEADS, PLACE_SCOPED_ROLES, RANKS, ROLE_ACRONYMS, ROLES} from './institutions.js';
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, isDateWord} from './lexicon.js';
import {corpsAt, degreesEnd, designationEnd, designationStart, honorificsEnd, honorificsStart, honorificAt, isDegree, opensNameWithInitials} from './honorifics.js';
import {isNameWord, NAME_PARTICLES, ORGANIZATION_FORMS, placePhraseAt} from './names.js';
import {complementCandidates} from './organizations.js';
import {befallsSubject, isPredicate} from './predicates.js';
import {isAcronym, isCapitalized, isMiddleInitial, isPhraseWord, type Words} from './tokens.js';

export interface Role {
	readonly words: readonly string[];
	readonly acronym: boolean;
	readonly placeScoped: boolean;
	/** Whether it may be printed in lower case, every word ("jaksa", "juru bicara"). */
	readonly lowerCase: boolean;
}

const ROLE_TABLE: readonly Role[] = [
	...ROLES.map((role) => ({words: role.replace(/\.$/, '').split(' '), acronym: false, placeScoped: PLACE_SCOPED_ROLES.has(role), lowerCase: !CAPITALIZED_ONLY_ROLES.has(role) && /^\p{Lu}\p{Ll}/u.test(role)})),
	...ROLE_ACRONYMS.map((role) => ({words: role.split(' '), acronym: true, placeScoped: false, lowerCase: false})),
].sort((a, b) => b.words.length - a.words.length);

/** Whether the role is printed from token `i` in lower case ("jaksa Ratna Widyasari"), not as a post's own capitals. */
function printedLowerCase(words: Words, i: number): boolean {
	return /^\p{Ll}/u.test(words.tokens[i]?.text ?? '');
}

/** The role printed at token `i`, if any. */
export function roleAt(words: Words, i: number): Role | undefined {
	const lower = printedLowerCase(words, i);
	return ROLE_TABLE.find((role) =>
		role.words.every((word, k) => {
			const token = words.tokens[i + k]?.text;
			return token === word || (role.acronym && token?.toLowerCase() === word.toLowerCase()) || (lower && role.lowerCase && token === word.toLowerCase());
		}) && (role.words.length === 1 || words.phrase(i, i + role.words.length) !== ''),
	);
}

/** Whether tokens `from`…`to` (exclusive) read as a person's name: 1–4 name words, particles inside. */
function isNameRun(words: Words, from: number, to: number): boolean {
	const length = to - from;
	if (length < 1 || length > 4 || words.phrase(from, to) === '') return false;
	for (let i = from; i < to; i++) {
		const word = words.tokens[i]?.text ?? '';
		const inside = i > from && i < to - 1;
		if (!isNameWord(word) && !(inside && NAME_PARTICLES.has(word))) return false;
	}
	return true;
}

/** Whether token `i` is the name a military unit's number is given ("Kodim 0731/Girimulya"): the unit's, no person's. */
function namesUnit(words: Words, i: number): boolean {
	return words.gapBefore(i) === '/' && /^\d+$/.test(words.tokens[i - 1]?.text ?? '') && isCapitalized(words.tokens[i]?.text ?? '');
}

/**
 * The gap before token `i` with the brackets of a short form read as a space: "Himpunan Nelayan
 * Seluruh Indonesia (HNSI) Indramayu, Dedi Aryanto" is one title, its body's acronym inside it.
 */
function gapInTitle(words: Words, i: number): string {
	const gap = words.gapBefore(i);
	if (namesUnit(words, i)) return ' ';
	const shortForm = (k: number) => isAcronym(words.tokens[k]?.text ?? '') && /^\s*\(\s*$/.test(words.gapBefore(k)) && /^\s*\)/.test(words.gapBefore(k + 1));
	if (shortForm(i)) return ' ';
	const closed = /^\s*\)(\s*,?\s+)$/.exec(gap);
	return closed && shortForm(i - 1) ? closed[1]! : gap;
}

/** Where a title from `start` to `end` ends with the bracket of a short form it opens ("… (HNSI)") closed. */
function closingBracketEnd(text: string, start: number, end: number): number {
	const open = text.lastIndexOf('(', end);
	return open >= start && !text.slice(open, end).includes(')') && text.charAt(end) === ')' ? end + 1 : end;
}

/** The name as printed with its honorifics ("dr. Ratna Puspitasari"), when they stand before it from token `from`; none when none do. */
function printedWithHonorifics(words: Words, from: number, name: readonly [number, number]): string[] {
	return from < name[0] ? [words.text.slice(words.tokens[from]?.start ?? 0, words.tokens[name[1] - 1]?.end ?? 0)] : [];
}

/** The capitalized run after a role: names, bodies and places, with commas between groups of them. */
export function runAfter(words: Words, start: number): number[][] {
	const groups: number[][] = [[]];
	for (let i = start; i < words.tokens.length; i++) {
		const token = words.tokens[i]?.text ?? '';
		// "Jaksa Penuntut Umum (JPU) Kejari Asahan": a short form may follow the role itself; a name its honorific's or its corps' dot ("dr. Ratna", "Kombes Pol. Dedi").
		const gap = i === start || honorificAt(words, i - 1) || corpsAt(words, i - 1) ? gapInTitle(words, i).replace(/^\./, '') : gapInTitle(words, i);
		const comma = /^\s*,\s+$/.test(gap);
		if (!comma && !/^\s+$/.test(gap) && !isMiddleInitial(words.tokens, i - 1, words.gapBefore)) break;
		// "…, dr. Ratna Puspitasari, M.Kes., mengatakan": the degrees after the name end the run ("Ketua Panitia, M.S. Hidayat" opens one).
		if (isDegree(token) && !opensNameWithInitials(words, i, i === start)) break;
		const next = words.tokens[i + 1]?.text ?? '';
		const joins = (token === 'dan' || token === '&') && isCapitalized(next) && roleAt(words, i + 1) === undefined;
		const particle = NAME_PARTICLES.has(token) && isCapitalized(next);
		if (!isPhraseWord(token) && !joins && !particle && !honorificAt(words, i)) break;
		// A role's word after a body's head is the body's: "Ketua Majelis Hakim Dewi …" is one title.
		const ofBody = ORGANIZATION_HEADS.has(words.tokens[i - 1]?.text ?? '');
		if (isPhraseWord(token) && !isNameWord(token) && roleAt(words, i) !== undefined && i > start && !RANKS.has(token) && !ofBody) break;
		if (comma) {
			// "kata Ketua KPU Banjarnegara, Ahmad Fauzan, Rabu (10/12)": the day said is no part of a title or a
			// name; a rank is the holder's ("Komandan Kodim 0731/Girimulya, Letkol Inf Agus Salim Nasution").
			if ((roleAt(words, i) !== undefined && !RANKS.has(token)) || isDateWord(token)) break;
			groups.push([]);
		}
		groups.at(-1)?.push(i);
	}
	return groups;
}

/**
 * Past an area the article names elsewhere with its level's word (`areas`), printed bare at token
 * `i`: "Girimulya" of "BPBD Girimulya" where the article says "Kabupaten Girimulya".
 */
function namedAreaEnd(words: Words, areas: ReadonlySet<string>, i: number): number | undefined {
	for (let length = 3; length >= 1; length--) if (areas.has(words.phrase(i, i + length))) return i + length;
	return undefined;
}

/** Where a name ends a run of words, after a word that is no name's ("… BNPB Agus Wibowo"), if one does. */
function tailNameStart(words: Words, areas: ReadonlySet<string>, from: number, to: number): number | undefined {
	let start = to;
	// "… Polda Jawa Tengah Kombes Pol. Dedi Kurniawan": a name is read back to its rank's corps or its honorific, not through them.
	const nameWordAt = (k: number) => isNameWord(words.tokens[k]?.text ?? '') && !corpsAt(words, k) && !honorificAt(words, k);
	while (start > from && to - start < 4 && nameWordAt(start - 1)) start--;
	// A place the title ends on keeps its words: "Kasi Trantib Kecamatan Cisurupan Yayat Hidayat" is Yayat Hidayat of Cisurupan;
	// one that ends the run leaves no name ("Kepala Kanwil DJP Sulawesi Tengah" names no "Tengah").
	for (let k = from; k < start; k++) {
		const place = placePhraseAt(words, k);
		if (place && place.next > start) start = place.next;
	}
	// So does an area the article names, after the title's body: "… BPBD Girimulya Hendra Wicaksono".
	const area = start > from ? namedAreaEnd(words, areas, start) : undefined;
	if (area !== undefined && area < to) start = area;
	return start > from && start < to && isNameRun(words, start, to) ? start : undefined;
}

/** Where the complement of a role ends and the name begins, in a run without commas. */
function nameStart(words: Words, areas: ReadonlySet<string>, role: Role, from: number, to: number): number {
	let i = from;
	if (role.placeScoped) {
		const place = placePhraseAt(words, i)?.next ?? namedAreaEnd(words, areas, i);
		// An unlisted place after "Wali Kota" is one word, when a name of two words or more still
		// follows it: "Wali Kota Rina Marlina" is a mayor's name, not the mayor of a "Rina".
		if (place !== undefined) i = place;
		else if (to - i >= 3 && isNameWord(words.tokens[i]?.text ?? '')) i++;
	}
	while (i < to) {
		// "Kepala Pelaksana BPBD Girimulya Hendra Wicaksono": a place the article names (with
		// "Kabupaten" elsewhere), after the body, is the body's, though the gazetteer lists it not;
		// so is the place a unit's number is given ("Dandim 0731/Girimulya").
		const place = placePhraseAt(words, i)?.next ?? (i > from ? namedAreaEnd(words, areas, i) : undefined) ?? (namesUnit(words, i) ? i + 1 : undefined);
		if (place !== undefined) {
			i = place;
			continue;
		}
		// "Ketua PMI dr. Slamet Riyadi", "Dandim 0731 Letkol Inf Agus Salim": an honorific, or a rank and its corps, open the name and are no words of it.
		const designated = designationEnd(words, i);
		if (designated > i) {
			i = designated;
			break;
		}
		const word = words.tokens[i]?.text ?? '';
		// "Direktur CV Karya Mandiri": the words after a company's legal form are its name, all of them,
		// unless two name words or more are left after one of it ("Direktur PT Sinar Abadi Hendra Wijaya").
		if (COMPANY_FORMS.has(word)) {
			i = to - (i + 1) >= 3 ? to - 2 : to;
			continue;
		}
		// A body's head word governs the word after it ("Himpunan Nelayan", "Badan Geologi"): a word a
		// name may have is the body's, not a name's, when a name of two words or more still follows
		// it ("Ketua Yayasan Ahmad Sanusi" is Ahmad Sanusi of a Yayasan, not Sanusi of "Yayasan Ahmad").
		if (ORGANIZATION_HEADS.has(word)) {
			i += isNameWord(words.tokens[i + 1]?.text ?? '') && !placePhraseAt(words, i + 1) && to - (i + 2) >= 2 ? 2 : 1;
			continue;
		}
		if (!isNameWord(word)) {
			i++;
			continue;
		}
		break;
	}
	return i;
}

/** People named after a role, with what the role's complement names. */
export function peopleAfterRoles(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const role = roleAt(words, i);
		if (!role) return undefined;
		const after = i + role.words.length;
		const groups = runAfter(words, after).filter((group) => group.length > 0);
		const last = groups.at(-1);
		let complement: [number, number];
		let name: [number, number] | undefined;
		const lastEnd = (last?.at(-1) ?? 0) + 1;
		// Two names joined by "dan" are read below, not as a title ending on one name.
		const joint = last?.find((k) => words.tokens[k]?.text === 'dan');
		const joined = last !== undefined && joint !== undefined && isNameRun(words, last[0] ?? 0, joint) && isNameRun(words, joint + 1, lastEnd);
		const tail = last && !joined ? tailNameStart(words, reading.areas, last[0] ?? 0, lastEnd) : undefined;
		// "Kepala Dinas Kesehatan …, dr. Ratna Puspitasari", "…, Letkol Inf Agus Salim Nasution": the name after the last comma, past its honorifics or rank.
		const named = designationEnd(words, last?.[0] ?? 0);
		if (groups.length >= 2 && last && isNameRun(words, named, lastEnd)) {
			name = [named, lastEnd];
			complement = [after, (groups.at(-2)?.at(-1) ?? after - 1) + 1];
		} else if (groups.length >= 2 && tail !== undefined) {
			// "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Agus Wibowo": the title has commas.
			name = [tail, lastEnd];
			complement = [after, tail];
		} else {
			const first = groups[0] ?? [];
			const end = (first.at(-1) ?? after - 1) + 1;
			let start = nameStart(words, reading.areas, role, after, end);
			// "Ketua Himpunan Nelayan Seluruh Indonesia Dedi Aryanto": a body named in words a name may have; the name is the run's tail.
			if (!isNameRun(words, start, end)) start = tailNameStart(words, reading.areas, start, end) ?? start;
			if (isNameRun(words, start, end)) name = [start, end];
			complement = [after, start];
		}
		// "Wesly Silalahi dan Herlina": the name ends before "dan", and a second person follows.
		let second: Candidate | undefined;
		let secondTo = 0;
		if (!name) {
			const group = groups.length >= 2 ? last ?? [] : groups[0] ?? [];
			const joint = group.findIndex((k) => words.tokens[k]?.text === 'dan');
			const from = group[0] ?? 0;
			const to = (group.at(-1) ?? 0) + 1;
			if (joint > 0) {
				const at = group[joint] ?? 0;
				const start = groups.length >= 2 ? from : nameStart(words, reading.areas, role, after, at);
				if (isNameRun(words, start, at) && isNameRun(words, at + 1, to)) {
					name = [start, at];
					complement = groups.length >= 2 ? [after, (groups.at(-2)?.at(-1) ?? after - 1) + 1] : [after, start];
					second = candidate('person', words.phrase(at + 1, to), words.spanOf(at + 1, to));
					secondTo = to;
				}
			}
		}
		if (!name) return undefined;
		// "Menurut pengamat, Prabowo Subianto masih …": a post in lower case, bare before a comma, is whose
		// view it is; it titles the name after the comma only where that name is set off too.
		const bare = /^\s*,/.test(words.gapBefore(after));
		if (bare && printedLowerCase(words, i) && !setOffAt(words, name[1])) return undefined;
		// "Ketua PMI dr. Slamet Riyadi": the honorific is the name's, printed with it, not the title's; "Kepala
		// Korlantas Polri Irjen Heru Santoso": a rank (and its corps) stand between the post and the name.
		const honored = honorificsStart(words, complement[0], name[0]);
		complement = [complement[0], designationStart(words, complement[0], complement[1])];
		// "mantan Kepala Desa Sei Lama, Rusdi Harahap": a former holder is cited as one, not as the post's holder now.
		// A post printed in lower case is cited as printed, "mantan" and all: "mantan bendahara DPUPR Kendal".
		const former = printedLowerCase(words, i) ? formerBefore(words, i) : capitalized(formerBefore(words, i));
		const title = former + words.text.slice(words.tokens[i]?.start ?? 0, closingBracketEnd(words.text, words.tokens[i]?.start ?? 0, words.spanOf(complement[0], complement[1]).end)).replace(/[\s,]+$/, '');
		const titleOnly = complement[1] === complement[0];
		const aliases = [...(role.acronym && titleOnly && words.phrase(i, name[1]) !== '' ? [words.phrase(i, name[1])] : []), ...printedWithHonorifics(words, honored, name)];
		const person = candidate('person', words.phrase(name[0], name[1]), words.spanOf(name[0], name[1]), aliases, isAddress(role) ? [] : [titleOnly ? former + words.phrase(i, after) : title]);
		// "Jaksa Penuntut Umum (JPU) Kejari Asahan": a short form right after the role is the role's, no body.
		const roleShortForm = complement[0] < complement[1] && isAcronym(words.tokens[complement[0]]?.text ?? '') && /^\s*\(\s*$/.test(words.gapBefore(complement[0]));
		return {candidates: [person, ...(second ? [second] : []), ...complementCandidates(words, complement[0] + (roleShortForm ? 1 : 0), complement[1])], from: i, to: second ? secondTo : name[1]};
	});
}

/** Whether a name ending before token `end` is set off from what follows: a comma closes it, or a verb of telling follows it. */
function setOffAt(words: Words, end: number): boolean {
	return /^\s*,/.test(words.gapBefore(end)) || INTRODUCING_VERBS.includes(words.tokens[end]?.text ?? '');
}

/** Whether a role is a way of addressing someone ("Bapak", "Ibu"), no post to title her by. */
export function isAddress(role: Role): boolean {
	return ['Bapak', 'Ibu', 'Pak', 'Bu'].includes(role.words[0] ?? '');
}

/** Words before a post saying its holder no longer holds it. */
const FORMER = new Set(['mantan', 'eks', 'bekas']);

/** "Mantan " when the word before token `i` says the post is a former one ("mantan Kepala Desa"), else "". */
function formerBefore(words: Words, i: number): string {
	const word = words.tokens[i - 1]?.text ?? '';
	return i > 0 && FORMER.has(word.toLowerCase()) && /^\s+$/.test(words.gapBefore(i)) ? `${word} ` : '';
}

/** A word with its first letter capitalized, as a sentence opens. */
export function capitalized(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A word with its first letter in lower case, as a common noun reads mid-sentence. */
function uncapitalized(word: string): string {
	return word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * The name of one to `most` name words right after token `i` ("kata Endro", "di Tambak Lorok"),
 * as a finding that explains the name but not the word before it.
 */
export function nameAfter(words: Words, i: number, most: number, type: 'person' | 'place'): Finding | undefined {
	if (!/^\s+$/.test(words.gapBefore(i + 1))) return undefined;
	// "kata dr. Ratna Puspitasari": a person's honorifics before her name are no words of it.
	const first = type === 'person' ? honorificsEnd(words, i + 1) : i + 1;
	let end = first;
	while (end < words.tokens.length && end - first < most && isNameWord(words.tokens[end]?.text ?? '')) end++;
	if (!isNameRun(words, first, end)) return undefined;
	const aliases = printedWithHonorifics(words, i + 1, [first, end]);
	return {candidates: [candidate(type, words.phrase(first, end), words.spanOf(first, end), aliases)], from: i + 1, to: end};
}

/** A name right after an attribution verb or "Menurut": “…,” kata Endro. */
export function peopleAfterVerbs(reading: Reading): Candidate[] {
	return scan(reading, (i) => {
		const verb = reading.words.tokens[i]?.text ?? '';
		return ATTRIBUTION_VERBS.includes(verb) || verb === 'Menurut' || verb === 'menurut' ? nameAfter(reading.words, i, 4, 'person') : undefined;
	});
}

/**
 * What people are by their work, schooling or errand, printed before a name set off by commas, with
 * words that say where or of what ("Siswi kelas 5 SD Negeri 2 Cikadu, Rina Aprilia", "Pedagang
 * sayur di Pasar Cikadu, Euis Komariah"): no post, yet what the story cites them as.
 */
const OCCUPATIONS = [
	'pedagang', 'petani', 'nelayan', 'peternak', 'pengunjung', 'penumpang', 'pengacara', 'sopir', 'pengemudi', 'siswa', 'siswi', 'pelajar', 'mahasiswa', 'mahasiswi', 'santri',
	'guru', 'bidan', 'perawat', 'dokter', 'buruh', 'karyawan', 'karyawati', 'pegawai', 'pekerja', 'pengusaha', 'pemilik', 'pengelola', 'relawan', 'pemulung', 'penjual', 'pembeli',
];

/**
 * Those a story asks for a view, by their field and where they teach: "Pengamat ekonomi dari
 * Universitas Tadulako, Yusran Nur Hidayat, menyarankan …". Printed bare before a comma they are
 * often whose view it is, not who is named after it ("Menurut pengamat, Prabowo Subianto masih …"):
 * the name must be set off too, or the words before the comma say of what or where.
 */
const VIEW_GIVERS = ['pengamat', 'ekonom', 'peneliti', 'analis', 'dosen', 'akademisi', 'pakar', 'praktisi', 'aktivis'];

/** Words that introduce a person without a title: "Salah seorang warga, Masitha", "melalui Rufino Walter Gama". */
const INTRODUCERS: readonly {readonly words: readonly string[]; readonly comma: boolean; readonly least: number; readonly setOff?: boolean}[] = [
	{words: ['warga'], comma: true, least: 1}, {words: ['seorang', 'warga'], comma: false, least: 2}, {words: ['bernama'], comma: false, least: 1},
	...OCCUPATIONS.map((word) => ({words: [word], comma: true, least: 1})),
	...VIEW_GIVERS.map((word) => ({words: [word], comma: true, least: 1, setOff: true})),
	// A defendant's lawyers: "Kuasa hukum terdakwa, Fajar Nasution, …".
	{words: ['kuasa', 'hukum', 'terdakwa'], comma: true, least: 1}, {words: ['penasihat', 'hukum', 'terdakwa'], comma: true, least: 1},
	// Whom they act for may stand before the comma: "Kuasa hukum pasangan calon nomor urut 2, Rudi Hartono".
	{words: ['kuasa', 'hukum'], comma: true, least: 1}, {words: ['penasihat', 'hukum'], comma: true, least: 1},
	// A pair named after what they stand as: "pasangan calon nomor urut 2, Hendra Wiratmo dan Sri Lestari".
	{words: ['pasangan'], comma: true, least: 1},
	// Whose parents come before the bare relation, so "orang tua korban, Asep" is no victim (one word of kin is read by kinBefore).
	{words: ['orang', 'tua', 'korban'], comma: true, least: 1}, {words: ['orang', 'tua'], comma: true, least: 1}, {words: ['tetangga'], comma: true, least: 1},
	{words: ['saksi', 'mata'], comma: true, least: 1}, {words: ['saksi'], comma: true, least: 1}, {words: ['korban'], comma: true, least: 1},
	{words: ['melalui'], comma: false, least: 2}, {words: ['oleh'], comma: false, least: 2}, {words: ['bersama'], comma: false, least: 2},
	{words: ['kepada'], comma: false, least: 2}, {words: ['sapaan'], comma: false, least: 1}, {words: ['disapa'], comma: false, least: 1},
];

/** The words printed from token `i` that introduce a person, if any ("kuasa hukum terdakwa", "warga"). */
function introducerAt(words: Words, i: number): (typeof INTRODUCERS)[number] | undefined {
	return INTRODUCERS.find((entry) => entry.words.every((word, k) => words.tokens[i + k]?.text.toLowerCase() === word));
}

/** Past what a person is printed from token `i` ("kuasa hukum terdakwa", "pedagang"), if it is what she is, not how she is named ("melalui"). */
export function whatSheIsEnd(words: Words, i: number): number | undefined {
	const introducer = introducerAt(words, i);
	return introducer && !NOT_ROLES.has(introducer.words.join(' ')) ? i + introducer.words.length : undefined;
}

/** A person introduced by what they are or by a preposition, without a title. */
export function peopleIntroduced(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		const introducer = introducerAt(words, i);
		if (!introducer) return undefined;
		const introduced = i + introducer.words.length - 1;
		// "pengacara keluarga korban, Sinta Dewi", "nelayan asal Pangandaran, Dedi Kurniawan": before the
		// comma that sets the name off, words may say whom she acts for or where he is from; with the
		// introducer they are her role.
		const described = introducer.comma && !/^\s*,/.test(words.gapBefore(introduced + 1)) ? descriptionEnd(words, introduced + 1) : undefined;
		// "Kuasa hukum pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari, Rudi Hartono": the pair it names ends the description.
		const pair = described === undefined ? undefined : dashedPairEnding(words, introduced + 1, described + 1);
		const last = described ?? introduced;
		const gap = words.gapBefore(last + 1);
		// "warga, Masitha" needs its comma: "Warga Girimukti" is a village's people, not a name.
		if (!(introducer.comma ? /^\s*,\s+$/.test(gap) : /^\s+$/.test(gap))) return undefined;
		// "Bidan desa, Ns. Neneng Hasanah": her honorific opens what is printed, not her name.
		const first = honorificsEnd(words, last + 1);
		let end = first;
		while (end < words.tokens.length && end - first < 4 && /^\s+$/.test(end === first ? ' ' : words.gapBefore(end)) && isNameWord(words.tokens[end]?.text ?? '')) end++;
		if (end - first < introducer.least || !isNameRun(words, first, end)) return undefined;
		if (introducer.setOff && described === undefined && !setOffAt(words, end)) return undefined;
		// "kata Rahmat kepada Berita Pertiwi": whom a speaker told, named as a news outlet is, is the outlet, no person.
		const type = introducer.words[0] === 'kepada' && toldTo(words, i) && isOutletName(words.phrase(first, end)) ? 'organization' : 'person';
		// "Salah seorang pedagang, Euis Komariah": what the introducer says she is, is her role.
		const printed = described === undefined ? undefined : words.text.slice(words.tokens[i]?.start ?? 0, words.spanOf(i, pair ? pair.first[0] : described + 1).end);
		const said = introducer.words.join(' ');
		// What she is, a common noun, is cited mid-sentence in lower case, however a sentence opening on it capitalized it.
		const role = type === 'person' && !NOT_ROLES.has(said) ? uncapitalized(printed ?? introducer.words.filter((word) => word !== 'seorang').join(' ')) : undefined;
		// "Salah satu orang tua, Dedi Kurniawan": whose parent, neighbour or witness he is describes him; it is no post to cite him by.
		const relation = role !== undefined && isRelation(role.toLowerCase());
		const found = candidate(type, words.phrase(first, end), words.spanOf(first, end), printedWithHonorifics(words, last + 1, [first, end]), role && !relation ? [role] : []);
		// "Ayah korban, Karta": whose kin he is says what he is; he is not the victim.
		const kin = relation ? kinBefore(words, i) : undefined;
		const person = relation ? {...found, description: capitalized(kin ? `${kin} ${role}` : role)} : found;
		// "warga, Budi Santoso dan Siti Aminah": two names joined by "dan" are two people introduced alike.
		const secondEnd = words.tokens[end]?.text === 'dan' && /^\s+$/.test(words.gapBefore(end)) && /^\s+$/.test(words.gapBefore(end + 1)) ? nameRunEnd(words, end + 1, 1) : undefined;
		const second = secondEnd === undefined ? [] : [{...person, name: words.phrase(end + 1, secondEnd), spans: [words.spanOf(end + 1, secondEnd)]}];
		// The pair a description ends on is described by the words before it: "pasangan calon nomor urut 2".
		const pairDescription = pair ? capitalized(words.text.slice(words.tokens[introduced + 1]?.start ?? 0, words.spanOf(introduced + 1, pair.first[0]).end)) : '';
		const paired = pair ? [pair.first, pair.second].map(([from, to]) => ({...candidate('person', words.phrase(from, to), words.spanOf(from, to)), description: pairDescription})) : [];
		return {candidates: [person, ...second, ...paired], from: last + 1, to: secondEnd ?? end};
	});
}

/**
 * Two names joined by a dash that end tokens `from`…`to` (exclusive), after at least one word of
 * description: "pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari" is a pair of people.
 */
function dashedPairEnding(words: Words, from: number, to: number): {first: [number, number]; second: [number, number]} | undefined {
	for (let dash = to - 1; dash > from + 1; dash--) {
		if (!/^\s*[–—-]\s*$/.test(words.gapBefore(dash))) continue;
		let start = dash;
		while (start - 1 > from && dash - start < 4 && isNameWord(words.tokens[start - 1]?.text ?? '') && (start === dash || /^\s+$/.test(words.gapBefore(start)))) start--;
		if (start === dash || !isNameRun(words, start, dash) || !isNameRun(words, dash, to)) return undefined;
		return {first: [start, dash], second: [dash, to]};
	}
	return undefined;
}

/** Words that point back ("pengacara itu, …") or open a clause: no description of whom one acts for. */
const NOT_DESCRIBING = new Set(['itu', 'ini', 'tersebut', 'yang', 'juga', 'pun', 'saat', 'ketika']);
/** The most words a description of whom one acts for takes: "pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari". */
const DESCRIPTION_WORDS = 10;

/**
 * The last token of a description from token `from` that a comma closes ("warga Desa Sukamaju,",
 * "pasangan calon nomor urut 2,"): nouns, numbers and names, joined by spaces or dashes; undefined
 * when no comma closes it soon or a word reads as a verb or the sentence breaks first.
 */
export function descriptionEnd(words: Words, from: number): number | undefined {
	if (!/^\s+$/.test(words.gapBefore(from))) return undefined;
	for (let k = from; k < words.tokens.length && k - from < DESCRIPTION_WORDS; k++) {
		const token = words.tokens[k]?.text ?? '';
		// A verb ("meminta", "bersaksi", "ditunjuk") opens a clause; "direktur", "dinas" and "mereka" are no verbs for their first letters.
		// What befell her, right after what she is, describes her: "penumpang selamat", "korban tewas".
		const state = k === from && befallsSubject(token);
		const noun = /^\p{Ll}+$/u.test(token) && (!isPredicate(token) || state) && !NOT_DESCRIBING.has(token) && !ATTRIBUTION_VERBS.includes(token) && !INTRODUCING_VERBS.includes(token);
		if (!noun && !/^\p{N}+$/u.test(token) && !isCapitalized(token)) return undefined;
		const after = words.gapBefore(k + 1);
		if (/^\s*,\s+$/.test(after)) return k;
		if (!/^\s*[-–—]?\s*$/.test(after) || after === '') return undefined;
	}
	return undefined;
}

/**
 * Introducers that say how a person stands to the people or the event of the story (kin, residents,
 * witnesses, victims), not an occupation or a post: a description, never a title.
 */
const RELATIONS = ['pasangan', 'warga', 'orang tua', 'saksi mata', 'saksi', 'keluarga', 'korban', 'tetangga', 'kerabat'];

/** Whether a role is a relation, or one of whose it is ("tetangga korban"). */
const isRelation = (role: string) => RELATIONS.some((relation) => role === relation || role.startsWith(`${relation} `));

/** Words for someone's kin or close people, before whose they are ("ayah korban", "rekan korban"). */
const KIN = new Set(['ayah', 'bapak', 'ibu', 'kakak', 'adik', 'anak', 'suami', 'istri', 'paman', 'bibi', 'nenek', 'kakek', 'cucu', 'sepupu', 'keponakan', 'menantu', 'mertua',
	'keluarga', 'kerabat', 'tetangga', 'teman', 'rekan', 'sahabat', 'kekasih', 'pacar', 'majikan', 'pengacara']);

/** The kin word right before token `i`, lower-cased ("Ayah" of "Ayah korban"), if one stands there. */
function kinBefore(words: Words, i: number): string | undefined {
	const word = (words.tokens[i - 1]?.text ?? '').toLowerCase();
	return i > 0 && KIN.has(word) && /^\s+$/.test(words.gapBefore(i)) ? word : undefined;
}

/** Introducers that say how a person is named or reached, not what she is. */
const NOT_ROLES = new Set(['bernama', 'melalui', 'oleh', 'bersama', 'kepada', 'sapaan', 'disapa']);

/** Words that name a news outlet ("Berita Pertiwi", "Kabar Sukaraya", "Radar Tasik", "Kompas TV"), or a domain ("Sultrapos.com"). */
const OUTLET_WORDS = /(?:^|\s)(?:Berita|Kabar|Warta|Harian|Koran|Pos|Post|Tribun|Radar|Media|TV|Televisi|Radio|Suara|Jurnal|Times|News|Antara|Kompas|Tempo|Detik|Liputan6|Republika|Okezone|Metro)(?:\s|$)|\.(?:com|co\.id|id|net)$/u;

/** Whether a name told something reads as a news outlet's rather than a person's. */
function isOutletName(name: string): boolean {
	return OUTLET_WORDS.test(name);
}

/** Whether token `at` ("kepada") follows who said something, within its clause: "kata Rahmat kepada", "ujarnya kepada". */
function toldTo(words: Words, at: number): boolean {
	for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
		if (/[,.;:“”"]/.test(words.gapBefore(k + 1))) return false;
		const word = (words.tokens[k]?.text ?? '').toLowerCase().replace(/nya$/, '');
		if (ATTRIBUTION_VERBS.includes(word) || INTRODUCING_VERBS.includes(word)) return true;
	}
	return false;
}

/** The end of a run of `least` (2) to 4 name words from token `i`, if one starts there. */
export function nameRunEnd(words: Words, i: number, least = 2): number | undefined {
	let end = i;
	while (end < words.tokens.length && end - i < 4 && (end === i || /^\s+$/.test(words.gapBefore(end)) || isMiddleInitial(words.tokens, end - 1, words.gapBefore)) && isNameWord(words.tokens[end]?.text ?? '')) end++;
	return end - i >= least && isNameRun(words, i, end) ? end : undefined;
}

/** Whether the tokens at `at` are an age in brackets after a name, and a comma or a space: "(47), ". */
function ageAt(words: Words, at: number): boolean {
	return /^\d{1,3}$/.test(words.tokens[at]?.text ?? '') && /^\s*\($/.test(words.gapBefore(at)) && /^\)\s*,?\s+$/.test(words.gapBefore(at + 1));
}

/**
 * Past the body a person is from, printed between her name and her verb, from token `at`: "dari
 * BPBD Lebak" in "Febby Rizki Pratama dari BPBD Lebak menyebut …"; else `at`.
 */
function affiliationEnd(words: Words, at: number): number {
	if (words.tokens[at]?.text !== 'dari') return at;
	let end = at + 1;
	while (end - at <= 5 && isCapitalized(words.tokens[end]?.text ?? '') && /^\s+$/.test(words.gapBefore(end))) end++;
	return end > at + 1 && /^\s+$/.test(words.gapBefore(end)) ? end : at;
}

/**
 * The initials a story names a suspect or a minor by, instead of the name: after "berinisial" or
 * "inisial" (a list of them, "AS (45) dan RN (38)"), or before an age ("AS (45)"). They claim their
 * words and give no entity: no body "RN", no country "AS" (Amerika Serikat).
 */
/** Words that speak of a person a story names by initials: a suspect, a victim, a driver, a minor. */
const PERSON_CUES: ReadonlySet<string> = new Set(['tersangka', 'pelaku', 'terduga', 'korban', 'sopir', 'pengemudi', 'pria', 'wanita', 'perempuan', 'laki-laki', 'bocah', 'remaja', 'pemuda', 'berinisial', 'inisial', 'terdakwa', 'pelajar', 'siswa']);

export function initialsOfPeople(reading: Reading): Candidate[] {
	const {words} = reading;
	const initials = (k: number) => /^\p{Lu}{1,4}$/u.test(words.tokens[k]?.text ?? '');
	// Bare before an age, initials are a person's only where the sentence speaks of one: "Tim gabungan
	// dari BPBD (8), TNI (20) dan Polri (30)" counts bodies' people.
	const ofPerson = words.tokens.some((token) => PERSON_CUES.has(token.text.toLowerCase()));
	return scan(reading, (i) => {
		const word = words.tokens[i]?.text ?? '';
		// A party or a body the gazetteer knows is no one's initials; nor is a body's acronym with its name after it ("BNN Kota Bekasi").
		if (!initials(i) || ORGANIZATION_FORMS.has(word) || (/^\s+$/.test(words.gapBefore(i + 1)) && isCapitalized(words.tokens[i + 1]?.text ?? ''))) return undefined;
		let k = i - 1;
		// Back over the list's other initials, ages and "dan" to the word that introduces them.
		while (k >= 0 && (initials(k) || /^\d{1,3}$/.test(words.tokens[k]?.text ?? '') || words.tokens[k]?.text === 'dan')) k--;
		const introduced = /^(?:berinisial|inisial|inisialnya)$/iu.test(words.tokens[k]?.text ?? '');
		const aged = ofPerson && ageAt(words, i + 1);
		return introduced || aged ? {candidates: [], from: i, to: i + 1} : undefined;
	});
}

/**
 * A full name doing what news people do: "Jefri Nggadas mengatakan …", and people named together
 * for a post: "melantik Jefri Nggadas dan Lusia Bria sebagai Wakil Bupati Kupang".
 */
export function peopleActing(reading: Reading): Candidate[] {
	const {words} = reading;
	return scan(reading, (i) => {
		if (i > 0 && isCapitalized(words.tokens[i - 1]?.text ?? '') && /^\s+$/.test(words.gapBefore(i)) && !honorificAt(words, i - 1)) return undefined;
		// A name of one word is a person's only with her age after it ("Suryani (47), mengaku …"): alone, it may be anything.
		const end = nameRunEnd(words, i) ?? (ageAt(words, i + 1) && isNameRun(words, i, i + 1) ? i + 1 : undefined);
		if (end === undefined) return undefined;
		// "Siti Suryani (47), mengaku …": the age a story gives after a name stands between it and the
		// verb, as do degrees ("Ratna Puspitasari, S.Kom., mengatakan").
		const degreed = degreesEnd(words, end);
		const aged = ageAt(words, degreed);
		const verbAt = affiliationEnd(words, aged ? degreed + 1 : degreed);
		const next = words.tokens[verbAt]?.text ?? '';
		// A name with an age after it is a person's, whatever she does next: "Hasan Basri (52) menunggu …",
		// "Nurhayati (34), warga Kecamatan Rumbai, mengaku …". A word alone so may be an item of a list
		// of counts ("Rumbai (120), Tampan (85)", "Persija (2) dan Persib (1)"): it needs a comma after
		// its bracket and none before it.
		const previous = words.tokens[i - 1]?.text ?? '';
		const listed = /\)\s*,\s*$/.test(words.gapBefore(i)) || (['dan', 'serta'].includes(previous) && /\)\s*$/.test(words.gapBefore(i - 1))) || ['di', 'dari', 'ke'].includes(previous);
		const personAged = aged && (end - i >= 2 || (!listed && /^\)\s*,\s+$/.test(words.gapBefore(degreed + 1))));
		if ((INTRODUCING_VERBS.includes(next) && /^\s*,?\s+$/.test(words.gapBefore(end))) || personAged) {
			const aliases = printedWithHonorifics(words, honorificsStart(words, 0, i), [i, end]);
			return {candidates: [candidate('person', words.phrase(i, end), words.spanOf(i, end), aliases)], from: i, to: end};
		}
		if (next === 'dan') {
			const secondEnd = nameRunEnd(words, end + 1);
			if (secondEnd !== undefined && words.tokens[secondEnd]?.text === 'sebagai' && roleAt(words, secondEnd + 1)) {
				return {candidates: [candidate('person', words.phrase(i, end), words.spanOf(i, end)), candidate('person', words.phrase(end + 1, secondEnd), words.spanOf(end + 1, secondEnd))], from: i, to: secondEnd};
			}
		}
		return undefined;
	});
}
