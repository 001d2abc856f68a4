/**
 * Indonesian words the date and quotation rules recognize: months and their abbreviations,
 * weekdays, number words, and the verbs that attribute a quotation.
 */
import type {CalendarUnit} from './calendar.js';

/** Month names and abbreviations (lower case) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
	januari: 1, jan: 1,
	februari: 2, pebruari: 2, feb: 2, peb: 2,
	maret: 3, mar: 3,
	april: 4, apr: 4,
	mei: 5,
	juni: 6, jun: 6,
	juli: 7, jul: 7,
	agustus: 8, agu: 8, agt: 8, ags: 8,
	september: 9, sep: 9, sept: 9,
	oktober: 10, okt: 10,
	november: 11, nopember: 11, nov: 11, nop: 11,
	desember: 12, des: 12,
};

/** A regex alternation of every month word, longest first so "Agustus" wins over "Agu". */
export const MONTH_PATTERN = Object.keys(MONTHS)
	.sort((a, b) => b.length - a.length)
	.join('|');

/** Weekday names (lower case) → 0 Sunday … 6 Saturday. */
const WEEKDAYS: Readonly<Record<string, number>> = {
	minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6,
};

export const WEEKDAY_PATTERN = "Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad";

/** The weekday number of a printed weekday name. */
export function weekdayNumber(word: string): number | undefined {
	return WEEKDAYS[word.toLowerCase()];
}

/** Whether a word names a month or a weekday. */
export function isDateWord(word: string): boolean {
	const lower = word.toLowerCase();
	return MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined;
}

/** Small numbers in words, as in "tiga hari lalu". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
};

/** The words for one to nine, on which "belas", "puluh", "ratus" and "ribu" build: "lima belas", "dua ratus". */
const ONES = Object.entries(NUMBER_WORDS).filter(([word, value]) => word !== 'se' && value < 10).map(([word]) => word).join('|');

/** A number in words under a hundred: "tiga", "sebelas", "lima belas", "dua puluh satu". */
const UNDER_HUNDRED = `(?:${ONES})\\s+(?:belas|puluh(?:\\s+(?:${ONES}))?)|sepuluh|sebelas|${ONES}`;
/** Under a thousand: "seratus", "seratus dua puluh", "dua ratus lima belas", or under a hundred. */
const UNDER_THOUSAND = `(?:seratus|(?:${ONES})\\s+ratus)(?:\\s+(?:${UNDER_HUNDRED}))?|${UNDER_HUNDRED}`;

/**
 * A number in words, "tiga", "dua puluh satu", "seratus dua puluh", "seribu", "dua ribu lima ratus",
 * or in digits, "120", "1.000" (thousands set apart by dots).
 */
export const NUMBER = `\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d+(?![\\d.,])|(?:seribu|(?:${UNDER_THOUSAND})\\s+ribu)(?:\\s+(?:${UNDER_THOUSAND}))?|${UNDER_THOUSAND}`;
/** A NUMBER, or "se" last, for "sehari" and "sepekan". */
export const COUNT = `${NUMBER}|se`;

/** The value each scale word gives the words before it: "dua ratus" is two hundred. */
const SCALES: Readonly<Record<string, number>> = {belas: 10, puluh: 10, ratus: 100, ribu: 1000};

/**
 * The value of a COUNT, read left to right: a word from one to nine waits for its scale ("belas"
 * adds ten to it, "puluh" and "ratus" multiply it), "ribu" multiplies all that came before it, and
 * "se" before a scale is one ("seratus", "seribu", "sebelas").
 */
export function countValue(count: string): number {
	if (/^[\d.]+$/.test(count)) return Number(count.replace(/\./g, ''));
	let thousands = 0;
	let belowThousand = 0;
	let waiting = 0;
	for (const word of count.toLowerCase().split(/\s+/)) {
		const bare = word.replace(/^se(?=(?:belas|puluh|ratus|ribu)$)/, '');
		const scale = SCALES[bare];
		if (scale === undefined) {
			belowThousand += waiting;
			waiting = NUMBER_WORDS[word] ?? 0;
			continue;
		}
		const times = bare === word ? waiting : 1;
		waiting = 0;
		if (bare === 'ribu') {
			thousands += (belowThousand + times) * scale;
			belowThousand = 0;
		} else belowThousand += bare === 'belas' ? times + scale : times * scale;
	}
	return thousands + belowThousand + waiting;
}

/** Cues that place what happens before a date ("sebelum Desember"), after it ("setelah Senin"), or up to it ("hingga Senin"). */
export const BEFORE_CUES = 'sebelum|menjelang|jelang';
export const AFTER_CUES = 'setelah|sesudah|selepas';
export const UNTIL_WORDS = 'hingga|sampai\\s+dengan|sampai';

/** Superlatives that measure a record over a time: "tertinggi", "terendah" (one r), "terbanyak", "terparah". */
export const SUPERLATIVE = '(?:ter(?:tinggi|besar|kecil|banyak|sedikit|ramai|sepi|parah|buruk|mahal|murah|lama)|terendah)';

/** The Indonesian words for calendar units. */
export const UNIT_WORDS: Readonly<Record<string, CalendarUnit>> = {hari: 'day', pekan: 'week', minggu: 'week', bulan: 'month', tahun: 'year'};

/**
 * A count of calendar units, "tiga hari", "sepekan", "2 bulan", "dua puluh hari", "seratus dua puluh
 * hari", "1.000 hari": its groups are the count and the unit (see countedUnit). Never the end of a
 * larger number: not after "puluh", "belas", "ratus" or "ribu" (the "dua puluh hari" of "seratus dua
 * puluh hari"), nor digits after a separator (the "5 tahun" of "1,5 tahun", the "000" of "1.000").
 */
export const COUNTED_UNIT = `(?<!(?:puluh|belas|ratus|ribu)\\s+)(?<![\\d.,])(${COUNT})\\s*(${Object.keys(UNIT_WORDS).join('|')})`;

/** The count and unit of COUNTED_UNIT's two groups: "se", "bulan" is one month; "seratus dua puluh", "hari" 120 days. */
export function countedUnit(count: string, unit: string): {count: number; unit: CalendarUnit} {
	return {count: countValue(count), unit: UNIT_WORDS[unit.toLowerCase()] ?? 'day'};
}

/**
 * Verbs that attribute a quotation after it: “…,” kata X / ujarnya. The bare stem takes a name
 * ("ungkap Menkomdigi Meutya Hafid"); with -nya it points back to the person last spoken of.
 */
export const ATTRIBUTION_VERBS = [
	'kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'ucap', 'tegas', 'terang', 'papar', 'imbuh', 'tambah', 'sebut',
	'lanjut', 'pungkas', 'kilah', 'sambung', 'urai', 'beber', 'tandas', 'aku', 'tukas', 'seru', 'timpal',
];

/**
 * Verbs of putting off ("menunda sidang hingga Kamis", "diundur sampai pekan depan"): what they put
 * off is held on the day after "hingga", not lasting until it.
 */
export const POSTPONING_VERBS = ['menunda', 'ditunda', 'mengundur', 'diundur', 'menangguhkan', 'ditangguhkan', 'menskors', 'diskors'];

/** Verbs that introduce a quotation before it: X mengatakan, “…”. */
export const INTRODUCING_VERBS = [
	'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menuturkan', 'menyebutkan',
	'menyebut', 'berkata', 'menambahkan', 'mengaku', 'menekankan', 'memaparkan', 'menerangkan', 'berujar',
	'mengingatkan', 'menyampaikan', 'berpesan', 'menilai', 'mengeluhkan', 'menandaskan', 'bercerita',
	'mengisahkan', 'menceritakan',
];

/** Words that open a clause of time inside a sentence ("setelah …", "sebelum …", "saat …"). */
export const TIME_CONJUNCTIONS = ['setelah', 'sesudah', 'sebelum', 'usai', 'seusai', 'sejak', 'semenjak', 'ketika', 'tatkala', 'sewaktu', 'saat'];

/** Words that open a clause of reason, result, purpose or concession ("karena tanggul jebol", "agar warga waspada"). */
export const REASON_CONJUNCTIONS = ['karena', 'sebab', 'lantaran', 'sehingga', 'agar', 'supaya', 'meski', 'meskipun', 'walau', 'walaupun'];

/** How a reporter reached a speaker ("saat dihubungi", "ketika ditemui"): the day after it is the day of telling. */
export const REACHING_VERBS = ['dihubungi', 'dikonfirmasi', 'ditemui', 'diwawancarai', 'dijumpai'];

/**
 * What a speaker did on the day a quotation says it was said: the title of that telling, whose
 * words say nothing of what happened (a story does not merge two tellings by them).
 */
export const TELLING = 'memberi keterangan';

/** Pronouns that stand for the person last spoken of. */
export const PERSONAL_PRONOUNS = ['ia', 'dia', 'beliau'];
