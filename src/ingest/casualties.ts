/**
 * A death toll in a text, the count most disputed in a disaster's first days: "Dua warga Desa
 * Karangsemi meninggal dunia", "korban tewas bertambah menjadi 3 orang". Its count is often in
 * words, which no other count of a story is read in (a "dua tim medis" would be a claim of every
 * outlet that sends two of anything), so only people who died are counted here.
 */
import {countValue, MONTH_PATTERN, NUMBER, UNIT_WORDS} from './lexicon.js';

/** A toll: where it is printed and how many died. */
export interface Toll {
	readonly start: number;
	readonly end: number;
	readonly value: number;
}

/** Nouns a toll counts people by; "lainnya" counts the others of those named before ("tujuh lainnya hilang"). */
const PEOPLE = '(?:orang|warga|korban|jiwa|penumpang|pekerja|penambang|pendaki|nelayan|pengendara|penghuni|siswa|santri|balita|anak|lainnya)';
/** Words that say they died (not "hilang" nor "luka": the hurt are another count). */
const DIED = '(?:meninggal(?:\\s+dunia)?|tewas|wafat)';
/** Words that say they are missing: the count a search's days change most after the dead. */
// Not "hilang ingatan" (memory), "hilang nyawa" (life), "hilang kontak" (a ship's radio).
const MISSING = '(?:hilang(?!\\s+(?:ingatan|kesadaran|nyawa|akal|kontak))|belum\\s+ditemukan)';
/** A word between a toll's parts, no punctuation, no negation ("tidak meninggal") and no near miss ("nyaris tewas"). */
const WORD = "(?!(?:tidak|tak|belum|bukan|nyaris|hampir)\\s)[^\\s,.;:!?\"“”()]+";
/** A word between the dead and their count: no conjunction, after which a count is another clause's ("korban tewas dan 12 orang luka"). */
const WORD_BEFORE_COUNT = `(?!(?:dan|serta|atau|sedangkan|sementara)\\s)${WORD}`;
/** What makes a number after the dead no count of them: a day's month or a span ("korban meninggal pada 2 Desember", "dalam 2 hari"). */
const NOT_A_COUNT = `(?!\\s+(?:${MONTH_PATTERN}|${Object.keys(UNIT_WORDS).join('|')}|jam|persen)(?!\\p{L}))`;

/** The count before its people and the word that they died (or are missing): "Dua warga Desa Karangsemi meninggal dunia", "3 orang tewas". */
const countFirst = (state: string) => new RegExp(`(?<![\\p{L}\\p{N}.,])(${NUMBER})\\s+${PEOPLE}(?:\\s+${WORD}){0,3}?\\s+${state}(?!\\p{L})`, 'giu');
/** Those who died (or are missing) first, then their count: "Korban meninggal dunia bertambah menjadi tiga orang", "korban tewas 5 orang". */
const stateFirst = (state: string) => new RegExp(`(?<!\\p{L})korban\\s+${state}(?:\\s+${WORD_BEFORE_COUNT}){0,3}?\\s+(${NUMBER})${NOT_A_COUNT}(?:\\s+${PEOPLE})?(?![\\p{L}\\p{N}])`, 'giu');
const PATTERNS = {died: [countFirst(DIED), stateFirst(DIED)], missing: [countFirst(MISSING), stateFirst(MISSING)]} as const;

/** The death tolls a text prints and the counts of its missing, in UTF-16 offsets, in the order they stand. */
export function findCasualties(text: string): {readonly dead: Toll[]; readonly missing: Toll[]} {
	const dead = findTolls(text, 'died');
	// Those missing and then found dead are the dead's: "Dua pendaki yang hilang ditemukan meninggal dunia".
	const missing = findTolls(text, 'missing').filter((toll) => !dead.some((other) => other.start < toll.end && toll.start < other.end));
	return {dead, missing};
}

/** The tolls of the dead or the counts of the missing, as the patterns read them. */
function findTolls(text: string, of: keyof typeof PATTERNS): Toll[] {
	const tolls: Toll[] = [];
	for (const pattern of PATTERNS[of]) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index ?? 0;
			const end = start + match[0].length;
			// "Tiga nelayan yang sempat hilang akhirnya ditemukan selamat": the missing found are missing no more.
			if (of === 'missing' && (/\syang\s(?:\S+\s)?hilang/iu.test(match[0]) || FOUND_AFTER.test(text.slice(end, end + 60)))) continue;
			tolls.push({start, end, value: countValue(match[1] ?? '0')});
		}
	}
	return tolls.sort((a, b) => a.start - b.start);
}

/** Found, a few words after the missing were counted. */
const FOUND_AFTER = /^(?:\s+\S+){0,3}?\s+ditemukan(?![\p{L}])/iu;
