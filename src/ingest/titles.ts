/**
 * A short title drawn from a sentence: its date words, caption markers, quotation marks and
 * opening connectives ("Saat ini,", "Selain itu,") dropped, cut at the first clause boundary
 * after a few words.
 */
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, NUMBER_WORDS, PERSONAL_PRONOUNS, REASON_CONJUNCTIONS} from './lexicon.js';
import {PLACES} from './gazetteer.js';
import {degreesPrintedAfter} from './honorifics.js';
import {NAME_HONORIFICS} from './institutions.js';
import {readLead} from './lead.js';
import {isPredicate, relativeClauseOfSubject, VERB_ADVERBS} from './predicates.js';
import type {Span} from './spans.js';
import {isInitialism, termOfShortForm} from './tokens.js';

const MAX_WORDS = 8;
const MIN_WORDS = 4;
/** What opens a caption ("Ket.") or a story's first paragraph ("JAKARTA - "), not part of any sentence's sense. */
const CAPTION = /^(?:Ket\.|Keterangan:|Foto:|[\p{Lu}][\p{Lu}'’. ]+(?:,[^–-]{0,40})?\s[-–—])\s*/u;
const OPENING = /^(?:Saat ini|Selain itu|Sementara itu|Di sisi lain|Adapun|Kemudian|Namun|Sebelumnya|Sedangkan|Menurutnya|Menurut [^,]{1,40}|Seperti dikutip dari [^,]{1,40}|Dalam hal [^,]{1,60}|Dalam [^,]{1,40})\s*,\s*/i;
/**
 * When, said by the words that open a sentence ("Keesokan harinya, Selasa (4/11), …"): the event's
 * date says it, and left in a title they take the words of what happened.
 */
const OPENING_WHEN = /^(?:Keesokan harinya|Esok harinya|Sehari kemudian|Hari itu|(?:Pagi|Siang|Sore|Malam) (?:harinya|itu))\s*,\s*/i;
/** Who told it, opening what is left when the date before it went ("Tahun lalu, kata Dedi, tiga nelayan …"). */
// Case told apart for the name only: "kata sandi itu bocor, …" opens with no teller.
const OPENING_TELLER = new RegExp(`^(?:${ATTRIBUTION_VERBS.map((verb) => `[${verb.charAt(0)}${verb.charAt(0).toUpperCase()}]${verb.slice(1)}`).join('|')})(?:nya|\\s+(?:\\p{Lu}[^,]{0,40}|${PERSONAL_PRONOUNS.join('|')}))\\s*,\\s*`, 'u');
/**
 * The part of the day and the hour that follow a date left out ("pada Selasa pagi", "Senin malam
 * sekitar pukul 21.00 WIB"): without their day they say nothing, "… meninjau lokasi kebakaran pagi".
 */
const TIME_OF_DAY = /^(?:\s+(?:dini hari|pagi|siang|sore|malam)(?:\s+(?:hari|harinya|ini|itu|tadi))?)?(?:\s*,?\s*(?:sekitar|sekira|pada)?\s*pukul\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT))?)?/iu;
/** A preposition of time last before a date a title leaves out: without the date it governs nothing. */
const TIME_PREPOSITION_LAST = /(?<=^|\s)(?:(?:sepanjang|selama|sejak|semenjak|pada|hingga|sampai|per)(?:\s+(?:hari|tanggal))?|tanggal)\s*$/iu;
/** The words that name an area's level before its name, in an address. */
const AREA_HEADS = 'Kecamatan|Kabupaten|Kota|Provinsi|Kelurahan|Desa|Kec\\.|Kab\\.';
/** A name of capitalized words: "Tarogong Kidul". */
const CAPITALIZED_RUN = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
/** A province or city the gazetteer knows, printed bare in an address ("…, Kota Makassar, Sulawesi Selatan, …"). */
const KNOWN_PLACE = Object.keys(PLACES).sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/**
 * The district and regency after a place, between commas ("Desa Mekarjaya, Kecamatan Cikajang,
 * Kabupaten Garut, mengalami …"): an address, not the sentence's clause; left in, its comma would
 * end the title before the verb. After a level's word, a province or city the gazetteer knows may
 * follow bare ("Pasar Terong, Kota Makassar, Sulawesi Selatan, naik …"): left in, the title would
 * drop the city and keep the province, and stop at its comma before what happened.
 */
// After a place with its level's word, the province or city may come first ("Ratusan warga Desa
// Sukamaju, Jawa Barat, mengungsi …"): the same address, said from the place the sentence names.
const ADDRESS = new RegExp(`(?:,\\s*(?:${AREA_HEADS})\\s+${CAPITALIZED_RUN}|(?<=(?:${AREA_HEADS})\\s+${CAPITALIZED_RUN}),\\s*(?:${KNOWN_PLACE})(?![\\p{L}]))(?:,\\s*(?:(?:${AREA_HEADS})\\s+${CAPITALIZED_RUN}|(?:${KNOWN_PLACE})(?![\\p{L}])))*(?=\\s*[,.;:]|$)(?:\\s*,)?`, 'gu');

/**
 * An ADDRESS match left out, unless it is an item of a list of places: "Kecamatan A, Kecamatan B,
 * dan Kecamatan C" names three districts (the same level after a comma, or "dan" next), and a
 * title without one of them says less happened than did.
 */
function withoutAddress(match: string, offset: number, whole: string): string {
	// Only the head that opens the match makes a list with the place before it ("Kecamatan A, Kecamatan B").
	const head = new RegExp(`^,\\s*(${AREA_HEADS})`, 'u').exec(match)?.[1];
	const placeBefore = head !== undefined && new RegExp(`(?:^|\\s)${head.replace('.', '\\.')}\\s+${CAPITALIZED_RUN}$`, 'u').test(whole.slice(0, offset));
	const listed = placeBefore || /^\s*,?\s*(?:dan|serta|atau)\s/u.test(whole.slice(offset + match.length));
	return listed ? match : '';
}
/** A lower-case term and its short form in brackets ("kejadian luar biasa (KLB)"): the title takes the short form. */
const TERM_WITH_SHORT_FORM = /((?:\p{Ll}+\s+){1,6}\p{Ll}+)\s*\((\p{Lu}{2,8})\)/gu;
/** Verbs whose object is followed by what it is made ("menetapkan kejadian itu sebagai KLB"): "sebagai" completes them. */
const NAMING_VERB = /^(?:menetapkan|ditetapkan|melantik|dilantik|mengangkat|diangkat|menjadikan|dijadikan|menobatkan|dinobatkan|menunjuk|ditunjuk|mengukuhkan|dikukuhkan|terpilih)$/iu;
/** Words for the teller, where what was said begins ("pihaknya akan …"): the title names the teller. */
const TELLER_PRONOUN = /^(?:pihaknya|ia|dia|beliau)(?=\s)/iu;
/**
 * The teller's own people, where what was said begins ("kliennya belum memutuskan …", "anaknya
 * …"): whose they are is the teller, and the title says so ("Klien Fajar Nasution …").
 */
const PEOPLE_OF = 'klien|anak|istri|suami|keluarga|rekan|anggota|anak buah';
const TELLERS_PEOPLE = new RegExp(`^(${PEOPLE_OF})nya(?=\\s)`, 'iu');
/** Words that start a subordinate clause: a title stops before them. */
const CLAUSE = new Set(['yang', 'untuk', 'sebagai', 'setelah', 'saat', 'melalui', 'namun', 'sedangkan', ...REASON_CONJUNCTIONS]);
/** Words a title must not end on. */
const DANGLING = new Set(['di', 'ke', 'dari', 'pada', 'dan', 'yang', 'dengan', 'untuk', 'oleh', 'atau', 'serta', 'bersama', 'mulai', 'sejak', 'hingga', 'sampai', 'selama', 'sekitar', 'sekira', 'pukul', 'per',
	// Adverbs that lead on to what a cut leaves out: "… diresmikan dan kini" says nothing of now.
	'kini', 'masih', 'sudah', 'telah', 'akan', 'juga', 'pun',
	// Prepositions and words that lead on to what they govern: "… dan menindaklanjutinya dalam".
	'dalam', 'milik', 'tentang', 'terhadap', 'kepada', 'bagi', 'antara', 'menuju', 'atas', 'para', 'sang', 'agar', 'supaya', 'karena', 'akibat', 'melalui', 'sebagai']);
/**
 * A negation and the words of can and must ("tak bisa dilalui", "belum kunjung diperbaiki"): what
 * they say is in the predicate after them. A title cut after one says nothing happened, or not of
 * what; it takes the words that follow (as an amount follows "sebesar"), else it is cut before it
 * (as before a preposition). One that ends its clause ("…, tetapi kantor kecamatan tidak.") stays:
 * without it the title would say the opposite.
 */
const LEADS_TO_PREDICATE = new Set(['tak', 'tidak', 'belum', 'bukan', 'tanpa', 'jangan', 'kunjung', 'bisa', 'dapat', 'harus', 'perlu', 'mampu', 'boleh', 'hendak', 'ingin']);
/**
 * Whether a title's last word (lower case, as printed) leads on to a predicate: a negation or a
 * word of can or must, or an adverb, a preposition or a clause's word after one ("tak juga",
 * "bukan karena").
 */
function leadsToPredicate(last: string, before: string): boolean {
	if (LEADS_TO_PREDICATE.has(last)) return true;
	return LEADS_TO_PREDICATE.has(before.toLowerCase()) && (VERB_ADVERBS.has(last) || DANGLING.has(last) || CLAUSE.has(last));
}

/**
 * Who said it, after a comma (", kata Budi", ", ujarnya, Rabu (10/12)"): the telling, not what
 * happened, and the day of telling, which is not the event's: a title stops before it.
 */
const ATTRIBUTION = new RegExp(`^(?:${ATTRIBUTION_VERBS.join('|')})(?:nya)?[,;:.]?$`, 'iu');

/**
 * Who said it and the verb, before what was said ("Budi Santoso mengatakan bahwa ", "Kepala BPBD
 * menjelaskan, "): what was said is the event, the telling is not.
 */
const INTRODUCED = new RegExp(`^[^,.;:]{1,80}?\\s(?:${INTRODUCING_VERBS.join('|')})(?:\\s*,\\s*|\\s+)(?:bahwa\\s+)?`, 'iu');
/**
 * What the verb of telling takes as its object, pointing back, straight after it ("menyampaikan hal
 * itu dalam konferensi pers"): the telling is then what happened, and no words of what was said follow.
 */
const POINTED_BACK = /^\s(?:hal|pernyataan|keterangan|informasi) (?:itu|ini|tersebut)(?![\p{L}])/iu;

/**
 * "Balai Pelaksanaan Jalan Nasional Sulawesi Tenggara (BPJN Sultra)", "Pengadilan Negeri (PN)",
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": two capitalized words or more (a list
 * of them too), then a short form in brackets with an acronym in it. A name the
 * short form does not abbreviate keeps it, brackets gone ("Mardani Ali Sera PKS").
 */
const NAME_WITH_SHORT_FORM = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]*(?:,?\s+(?:dan\s+)?))+\p{Lu}[\p{L}'’-]*\s*\(((?=[^)]*\b\p{Lu}{2,})\p{Lu}[\p{L}\p{N} .-]{0,24})\)/gu;

/**
 * Whether `short` can be a short form of `name`: its letters, in order, among the name's from the
 * initial of one of its words ("BPJN Sultra" of "Balai Pelaksanaan Jalan Nasional Sulawesi
 * Tenggara"). A person's party after the name ("Mardani Ali Sera (PKS)") is none.
 */
function abbreviates(short: string, name: string): boolean {
	const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
	const words = name.trim().split(/\s+/u).map((word) => word.toLowerCase().replace(/[^\p{L}]/gu, ''));
	return words.some((word, i) => word.startsWith(letters.charAt(0)) && isSubsequence(letters, words.slice(i).join('')));
}

/** What joins the items of a listed name: a comma, "dan" or both ("Meteorologi, Klimatologi, dan Geofisika"). */
const LIST_JOINER = /,\s+(?:dan\s+)?|\s+dan\s+/u;

/**
 * A NAME_WITH_SHORT_FORM match given way to its short form, where the short form abbreviates it.
 * A listed name gives way whole only when each item's initial is in the short form, in order
 * ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"): the list may be of several doers, of
 * whom only the last has the short form ("Gubernur Jawa Barat Dedi Mulyadi dan Badan Nasional
 * Penanggulangan Bencana (BNPB)", whose "Barat" starts a subsequence of BNPB): then the last alone.
 */
function nameGivenWay(match: string, short: string): string {
	const name = match.slice(0, match.lastIndexOf('('));
	const items = name.trim().split(LIST_JOINER);
	if (items.length === 1) return abbreviates(short, name) ? short : match;
	const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
	const initials = items.map((item) => item.charAt(0).toLowerCase()).join('');
	if (letters.startsWith(initials.charAt(0)) && isSubsequence(initials, letters) && abbreviates(short, name)) return short;
	// The last item, a name of two words or more as an unlisted one must be.
	const last = items.at(-1)!;
	return last.includes(' ') && abbreviates(short, last) ? match.slice(0, name.lastIndexOf(last)) + short : match;
}

/** A TERM_WITH_SHORT_FORM match with its term given way to the short form ("kasus infeksi saluran pernapasan akut (ISPA)" → "kasus ISPA"). */
function shortFormOfTerm(match: string, phrase: string, short: string): string {
	const words = phrase.trim().split(/\s+/u);
	return termOfShortForm(phrase, short) ? [...words.slice(0, -short.length), short].join(' ') : match;
}

/** Whether the characters of `part` occur in `whole` in order. */
function isSubsequence(part: string, whole: string): boolean {
	let at = 0;
	for (const char of whole) if (char === part.charAt(at)) at++;
	return at >= part.length;
}

/** A person's name: two capitalized words or more ("Sri Lestari"). */
const PERSON_NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)+";
/**
 * Names set off by commas after the people they are, told in lower case or with their number
 * ("pasangan calon nomor urut 2, Hendra Wiratmo dan Sri Lestari, melaporkan …"), before what they
 * did: their commas would end the title on "nomor urut 2", before the verb. In brackets, as one
 * word of the count, they stay and the title reaches what was done.
 */
const NAMES_IN_APPOSITION = new RegExp(`(?<=(?:^|\\s)[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*), (${PERSON_NAME}(?:, ${PERSON_NAME})*(?:,? dan ${PERSON_NAME})?), (?=\\p{Ll})`, 'gu');
/** Joins the words of a bracketed apposition into one word; a space again in the title. */
const NAME_SPACE = '\u00a0';
/** How many of a title's words are names in apposition: an aside, no word of the count. */
const asides = (words: readonly string[]) => words.filter((word) => word.includes(NAME_SPACE)).length;

/** Words that scale a number before them ("Rp800 juta"): the number is not whole without them, nor without what they count. */
const SCALE = new Set(['ribu', 'ribuan', 'juta', 'jutaan', 'miliar', 'triliun', 'persen']);
/** Words that introduce an amount ("sebesar Rp150 juta"): a title that ends on one leaves out what it was. */
const AMOUNT_INTRO = new Set(['sebesar', 'senilai', 'sebanyak', 'seharga', 'berjumlah', 'mencapai', 'menjadi']);
/** A word of a number in words ("empat", "dua belas"), counting a unit after it as digits do: the lexicon's words, or a tens' or hundreds' word. */
function isNumberWord(word: string): boolean {
	const lower = word.toLowerCase();
	return (lower !== 'se' && NUMBER_WORDS[lower] !== undefined) || /^\p{L}+(?:belas|puluh|ratus)$/u.test(lower);
}
/**
 * Units of time a penalty or a term is counted in ("empat tahun penjara", "tiga bulan kurungan"):
 * after a count they lead on to what is counted, a cut there says a duration of nothing.
 */
const TIME_UNITS = new Set(['tahun', 'bulan', 'pekan', 'minggu', 'hari']);
/** How many words a cut title may take past MAX_WORDS to end a number or a name whole. */
const MAX_MORE = 3;

/** Only the words of a title or role before a name: "Wakil Gubernur Bali ", "Kepala BPBD Kota Semarang, ", "Ketua Himpunan … (HNSI) Indramayu, ". */
const ROLE_ONLY = /^(?:[\p{Lu}][\p{L}\p{N}.'’-]*|\([\p{Lu}][\p{L}\p{N}.'’-]*\)|dan|&|,|\s)*$/u;
/**
 * A role in lower case set off by commas before a name that a comma closes too ("Kuasa hukum
 * terdakwa, Fajar Nasution, menyebut …"): an apposition, a few words with no clause's stop in
 * them. Titled from the role, the comma after the name ends the title on a role and a name.
 */
const ROLE_IN_APPOSITION = /^\p{Lu}[^,.;:"“”]*(?:\s+[^,.;:"“”\s]+){0,4},\s*$/u;
const ROLE_WORDS_MAX = 5;
/**
 * A longer apposition is still a role when no word of it is a verb: "Seorang pedagang sayur di Pasar
 * Cikadu, Euis Komariah, mengaku …" describes her; with a verb it is a clause of its own.
 */
const DESCRIPTION_WORDS_MAX = 10;

/** Honorifics printed last before a name ("…, Dr. " of "Pengamat ekonomi Universitas Tadulako, Dr. Yusran"): no words of the role before them. */
const HONORIFICS_LAST = new RegExp(`(?:(?<=\\s|^)(?:${[...NAME_HONORIFICS].map((each) => each.replace('.', '\\.')).join('|')})\\.?\\s+)+$`, 'u');

/** Whether the words between `from` and a person's name are only a role: capitalized, or a few words in apposition. */
function roleOnly(text: string, from: number, person: Span): boolean {
	// Only the role's end is looked at for honorifics: a regex run from every start of a long role would take its square.
	const printed = text.slice(from, person.start);
	const role = printed.slice(0, -40) + printed.slice(-40).replace(HONORIFICS_LAST, '');
	if (ROLE_ONLY.test(role)) return true;
	const words = role.trim().split(/\s+/u);
	const described = words.length <= ROLE_WORDS_MAX || (words.length <= DESCRIPTION_WORDS_MAX && !words.some(isPredicate));
	return ROLE_IN_APPOSITION.test(role) && described && /^\s*,/u.test(text.slice(person.end));
}

/**
 * A post or what she is, set off by commas after a name and before what she did ("Ratna Dewi
 * Kusumawardhani, Kepala Kanwil DJP Sulawesi Tengah, menyampaikan …", "Yusran, pengamat ekonomi,
 * menilai …"): a few words, none a verb; its length in `after`, the text after the name, or 0. Left
 * in, its comma would end the title on the post, before the verb.
 */
function postInApposition(after: string): number {
	const match = /^\s*,\s*([^,.;:"“”]+),\s*(?=\p{Ll})/u.exec(after);
	const words = match?.[1]?.trim().split(/\s+/u) ?? [];
	return match && words.length <= DESCRIPTION_WORDS_MAX && !words.some((word) => isPredicate(word.toLowerCase())) ? match[0].length : 0;
}

/**
 * A title for the event a sentence reports, without the words `omit` (its date). A sentence that
 * opens with a role and a name ("Wakil Gubernur Bali Made Sudarta meminta …") is titled from the
 * name, given in `people`.
 */
export function titleFrom(text: string, sentence: Span, omit: readonly Span[] = [], people: readonly Span[] = []): string {
	let bodyStart = ownWordsStart(text, sentence);
	// "Menurut Dewi, rob …": an opening phrase is no role before a name, and goes with its comma.
	bodyStart += OPENING.exec(text.slice(bodyStart, sentence.end))?.[0].length ?? 0;
	let from = bodyStart;
	const subject = people.find((person) => person.start >= bodyStart && person.end <= sentence.end && roleOnly(text, bodyStart, person));
	if (subject && subject.start > bodyStart) from = subject.start;
	let words = '';
	let at = from;
	for (const span of [...omit].sort((a, b) => a.start - b.start)) {
		if (span.start < at || span.end > sentence.end) continue;
		// "Sepanjang Januari hingga Februari 2025, penerimaan …": the word of time before a date goes with it.
		words += `${text.slice(at, span.start).replace(TIME_PREPOSITION_LAST, '')} `;
		at = span.end + (TIME_OF_DAY.exec(text.slice(span.end, sentence.end))?.[0].length ?? 0);
	}
	words += text.slice(at, sentence.end);
	if (subject && from === subject.start) {
		// "Bambang Suryo Nugroho, M.T., menjalani …": the degrees go with the comma that sets the name off.
		const after = words.slice(subject.end - from);
		const degreed = after.slice(degreesPrintedAfter(after));
		const post = postInApposition(degreed);
		words = words.slice(0, subject.end - from) + (post > 0 ? ` ${degreed.slice(post)}` : degreed.replace(/^\s*,\s*/, ' '));
	}
	// Left out from a sentence's middle, a date leaves a gap before the comma that followed it.
	// A date left out from between two commas leaves them side by side: one is kept. A long name
	// with its short form in brackets gives way to it, so the title reaches what the body did.
	words = words.replace(ADDRESS, withoutAddress).replace(TERM_WITH_SHORT_FORM, shortFormOfTerm);
	words = words.replace(CAPTION, '').replace(NAME_WITH_SHORT_FORM, nameGivenWay).replace(/[“”"‘’()]/g, ' ').replace(/\s+/g, ' ').replace(/ (?=[,;:])/g, '').replace(/([,;:])[,;:]+/g, '$1').trim();
	words = words.replace(NAMES_IN_APPOSITION, (_, names: string) => ` (${names.replace(/ /g, NAME_SPACE)}) `).replace(/ +/g, ' ');
	for (let previous = ''; previous !== words; ) {
		previous = words;
		words = words.replace(OPENING, '').replace(OPENING_WHEN, '').replace(OPENING_TELLER, '').replace(/^[,;:\s-]+/, '');
	}
	const introduced = INTRODUCED.exec(words)?.[0];
	const pointsBack = introduced !== undefined && !/(?:,|bahwa)\s*$/iu.test(introduced) && POINTED_BACK.test(words.slice(introduced.length - 1));
	let said = pointsBack || introduced === undefined ? words : words.slice(introduced.length);
	// "Dadan Suherman mengatakan pihaknya akan …": the teller is who will, and is named.
	const teller = subject && from === subject.start ? text.slice(subject.start, subject.end) : undefined;
	if (said !== words && teller && words.startsWith(teller)) said = said.replace(TELLER_PRONOUN, teller).replace(TELLERS_PEOPLE, (_, who: string) => `${who} ${teller}`);
	if (said !== words && said.split(' ').length >= MIN_WORDS) words = said;
	const all = words.split(' ');
	const kept = titleWords(all);
	// "Jembatan gantung yang menghubungkan dua kampung di Desa Sukamaju putus …": a relative clause
	// in the subject fills the title before the main verb, or up to it, its object cut ("Korban yang
	// … itu berjumlah"); without the clause the title says what happened.
	const clause = relativeClauseOfSubject(all, MIN_WORDS);
	const lost = clause !== undefined && (kept.length <= clause.verb || (kept.length === clause.verb + 1 && kept.length >= MAX_WORDS && !/[,;:]$/.test(kept.at(-1) ?? '')));
	const title = (clause && lost ? titleWords([...all.slice(0, clause.from - 1), (all[clause.from - 1] ?? '').replace(/,$/, ''), ...all.slice(clause.to)]) : kept).join(' ').replace(/[\s,;:.]+$/, '').replaceAll(NAME_SPACE, ' ');
	return title.charAt(0).toUpperCase() + title.slice(1) || 'Peristiwa';
}

/** The words of a title from a sentence's words: cut at a clause, a comma or MAX_WORDS, never inside a number or a name, nor on a dangling word. */
function titleWords(all: readonly string[]): string[] {
	const kept: string[] = [];
	let counted = false;
	for (const word of all) {
		const completes = word.toLowerCase() === 'sebagai' && kept.some((each) => NAMING_VERB.test(each));
		// "bukan karena tanggul jebol": after a negation, the clause is what it denies.
		const negated = leadsToPredicate((kept.at(-1) ?? '').toLowerCase(), kept.at(-2) ?? '');
		if (kept.length >= MIN_WORDS && CLAUSE.has(word.toLowerCase()) && !completes && !negated) break;
		if (kept.at(-1)?.endsWith(',') && ATTRIBUTION.test(word)) break;
		kept.push(word);
		if ((counted = kept.length - asides(kept) >= MAX_WORDS)) break;
		if (kept.length >= MIN_WORDS && /[,;:]$/.test(word)) {
			// "mengalami mual, muntah, dan diare": a comma inside a list ends no clause; the list ends the title.
			const list = listAfter(all.slice(kept.length));
			// The list is at most MAX_WORDS + MAX_MORE words (checked), but a loop, not a spread, all the same.
			if (word.endsWith(',') && list.length > 0 && kept.length + list.length <= MAX_WORDS + MAX_MORE) for (const each of list) kept.push(each);
			break;
		}
	}
	// Cut by the count alone (a clause or a comma ends a title where it should).
	if (counted) {
		endWhole(kept, all.slice(kept.length));
		endClause(kept, all.slice(kept.length));
	}
	// A capitalized word ends a name ("Jawa Tengah", "Lombok Tengah"): it leads on to nothing.
	while (kept.length > 1 && !/^\p{Lu}/u.test(kept.at(-1) ?? '') && dangles(kept, all[kept.length])) kept.pop();
	return kept;
}

/**
 * Whether a title's last word leads on to what it left out: a preposition or an adverb, or a
 * negation (and the adverbs after it) the cut parted from its predicate (`next`, the word after it).
 */
function dangles(kept: readonly string[], next: string | undefined): boolean {
	const last = kept.at(-1) ?? '';
	const bare = last.toLowerCase().replace(/[,;:.]$/, '');
	if (DANGLING.has(bare)) return true;
	return leadsToPredicate(last.toLowerCase(), kept.at(-2) ?? '') && next !== undefined && /[\p{L}\p{N}]/u.test(next);
}

/**
 * A title cut after MAX_WORDS must not end inside a number or a name: "dengan anggaran Rp800"
 * (of "Rp800 juta") reads as another sum, "di Desa" or "Hasanah" leave out who or where, "sebesar"
 * leaves out the amount and "empat tahun" what the four years were of. The words after the cut
 * (`rest`) are taken while the title ends on a number, on a word that scales one, on a word that
 * introduces an amount, on a counted unit of time, on a negation or a word of can or must ("tak
 * bisa dilalui"), or on a capitalized word followed by another, up to MAX_MORE of them; never past
 * a comma.
 */
function endWhole(kept: string[], rest: readonly string[]): void {
	// Initials' last dot ("Jalan D.I. Panjaitan") ends no clause: the name goes on.
	const open = (word: string) => !/[,;:.]$/.test(word) || isInitialism(word.slice(0, -1));
	for (let more = 0; more < MAX_MORE && more < rest.length; more++) {
		const last = kept.at(-1) ?? '';
		const next = rest[more]!;
		const number = /\d/.test(last) || SCALE.has(last.toLowerCase()) || isNumberWord(last);
		const amount = AMOUNT_INTRO.has(last.toLowerCase()) && /\d/.test(next);
		const before = kept.at(-2) ?? '';
		const counted = TIME_UNITS.has(last.toLowerCase()) && (/\d/.test(before) || isNumberWord(before)) && /^\p{Ll}+[,;:.]?$/u.test(next) && !DANGLING.has(next.replace(/[,;:.]$/, '').toLowerCase());
		const name = /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(next) && kept.length > 1;
		// An adverb between a negation and its verb leads on too: "tak juga datang".
		const predicate = leadsToPredicate(last.toLowerCase(), before);
		if (!open(last) || !(number || amount || counted || name || predicate) || (CLAUSE.has(next.toLowerCase()) && !predicate)) return;
		kept.push(next);
	}
}

/** Words that lead on to a date ("sepanjang Agustus"): left before a date left out, they end no title. */
const LEADS_TO_A_DATE = new Set(['sepanjang', 'jelang', 'menjelang', 'sebelum', 'tanggal', 'awal', 'akhir', 'pertengahan', 'medio']);

/**
 * A title cut by the count one word before its sentence (or clause) ends takes that word, up to
 * MAX_WORDS + MAX_MORE: the cut would leave out only the last word, often the end of a compound
 * ("melaporkan dugaan penggelembungan | suara"). Not past a comma, who told it, or a word that
 * leads on to what is not there.
 */
function endClause(kept: string[], rest: readonly string[]): void {
	// A date left out at the sentence's end leaves its full stop a word of its own.
	const words = rest.filter((word) => /[\p{L}\p{N}]/u.test(word));
	const last = words[0];
	if (words.length !== 1 || last === undefined || kept.length - asides(kept) >= MAX_WORDS + MAX_MORE || /[,;:]$/.test(kept.at(-1) ?? '')) return;
	const bare = last.replace(/[,;:.]$/, '').toLowerCase();
	if (CLAUSE.has(bare) || DANGLING.has(bare) || LEADS_TO_A_DATE.has(bare) || ATTRIBUTION.test(last)) return;
	kept.push(last);
}

/**
 * The rest of a list of single words a comma opened: "muntah, dan diare" after "mual,"; none when
 * what follows the comma is no such list (a clause, a name of several words).
 */
function listAfter(rest: readonly string[]): string[] {
	const list: string[] = [];
	for (const word of rest.slice(0, MAX_WORDS)) {
		const last = list.at(-1)?.toLowerCase();
		if (last === 'dan' || last === 'atau' || last === 'serta') return /^[\p{L}\p{N}][\p{L}\p{N}-]*[.,;:]?$/u.test(word) ? [...list, word.replace(/[,;:]$/, '')] : [];
		if (!/^(?:[\p{Ll}][\p{L}-]*|\p{Lu}[\p{L}\p{N}-]*),?$/u.test(word) || (list.length > 0 && !list.at(-1)?.endsWith(',') && !/^(?:dan|atau|serta)$/iu.test(word))) return [];
		list.push(word);
	}
	return [];
}

/**
 * "Kami", "Saya" opening a title, or after its first word ("Klien kami"): the speaker's first person.
 * Not "kita": it takes in those spoken to ("Kita harus menjaga sungai"), no deed of the speaker's own.
 */
// The owner is one of the teller's people, not any first word: "Tetapi kami …" is no "Tetapi Budi".
const FIRST_PERSON_OPENING = new RegExp(`^(?:(${PEOPLE_OF})\\s+)?(?:kami|saya|aku)(?![\\p{L}])`, 'iu');

/**
 * A title drawn from a quotation in the speaker's words ("Kami akan menggelar operasi pasar …",
 * "Klien kami sudah mengembalikan …"), with the first person opening it given the speaker's name:
 * out of its quotation, "kami" names no one, and the title must say who did it.
 */
export function inSpeakersName(title: string, speaker: string): string {
	const opening = FIRST_PERSON_OPENING.exec(title);
	if (!opening) return title;
	const owner = opening[1];
	return `${owner === undefined ? speaker : `${owner} ${speaker}`}${title.slice(opening[0].length)}`;
}

/** A sentence as a summary: one line, white space collapsed. */
export function summaryFrom(text: string, sentence: Span): string {
	const summary = text.slice(ownWordsStart(text, sentence), sentence.end).replace(CAPTION, '').replace(/\s+/g, ' ').trim();
	// A sentence from the middle of a quotation has a closing mark without its opening one (or the
	// other way round): the missing mark, after an ellipsis, says it is quoted and cut there.
	const opening = summary.split('“').length - 1;
	const closing = summary.split('”').length - 1;
	if (closing > opening) return `“…${summary}`;
	if (opening > closing) return `${summary} …”`;
	// Straight marks are alike: an odd one out opens (at the start, or after a space) or closes.
	const straight = summary.lastIndexOf('"');
	if ((summary.split('"').length - 1) % 2 === 1) return straight === 0 || /\s/.test(summary[straight - 1] ?? '') ? `${summary} …"` : `"…${summary}`;
	return summary;
}

/**
 * Where a sentence's own words begin: after the filing words that open a story's first paragraph
 * ("Jakarta - ", "Samarinda (LINTAS KALTIM) - ", "Sultrapos.com, Kendari — "), as lead.ts reads
 * them, or after a caption's marker.
 */
function ownWordsStart(text: string, sentence: Span): number {
	const opensLine = sentence.start === 0 || text[sentence.start - 1] === '\n';
	const lead = opensLine ? readLead(text, sentence.start) : undefined;
	if (lead && lead.end < sentence.end) return lead.end;
	return sentence.start + (CAPTION.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
}
