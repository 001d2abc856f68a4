/** The key words of an event, stemmed roughly, that tell whether two sources speak of the same happening. */
import type {Event} from '../model/schema.js';
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, isDateWord, REASON_CONJUNCTIONS, TELLING, TIME_CONJUNCTIONS, UNIT_WORDS} from './lexicon.js';

/** Little words that join or qualify, in any sentence whatever it tells. */
const FUNCTION_WORDS = ['yang', 'dan', 'pada', 'untuk', 'dengan', 'dari', 'dalam', 'itu', 'ini', 'akan', 'oleh', 'sebanyak', 'sekitar', 'para', 'tidak', 'bisa', 'baru', 'kota', 'juga', 'telah', 'sudah', 'masih', 'sempat', 'hingga', 'sampai', 'mulai', 'selama', 'menurut', 'bahwa', 'kepada', 'terhadap', 'namun', 'tetapi', 'serta', 'atau', 'saja', 'lebih', 'sangat', 'menjadi'];
const PARTS_OF_DAY = ['pagi', 'siang', 'sore', 'malam'];
/**
 * Words of when, not of what: weekdays and months, calendar units, the parts of a day and the words
 * of a day relative to another. Every sentence of a day says them, so they tell no two happenings
 * apart ("Selasa (4/3/2025) sore" is in the toll's sentence and in the cleaning's).
 */
const TIME_WORDS = ['kemarin', 'besok', 'lusa', 'lalu', 'depan', 'mendatang', 'tadi', 'kini', 'sekarang', ...PARTS_OF_DAY, 'pukul', 'tanggal', 'sepekan', 'sebulan', 'setahun', ...Object.keys(UNIT_WORDS)];
/** Words of saying ("kata", "ujarnya", "mengatakan"): they are in every attributed sentence. */
const SAYING_WORDS = [...ATTRIBUTION_VERBS, ...INTRODUCING_VERBS];
const STOP = new Set([...FUNCTION_WORDS, ...TIME_CONJUNCTIONS, ...REASON_CONJUNCTIONS, ...TIME_WORDS, ...SAYING_WORDS]);


/** A word's rough stem: Indonesian affixes off, so "kebakaran", "terbakar" and "dibakar" meet at "bakar". */
export function roughStem(word: string): string {
	let stem = word.toLowerCase();
	stem = stem.replace(/(nya|kan|an|lah)$/u, '');
	stem = stem.replace(/^(ke|ter|di|ber|mem|men|meng|me|pe|pem|pen|peng)(?=\p{L}{4,})/u, '');
	return stem;
}

const titleOf = (event: Event) => event.title.id ?? Object.values(event.title)[0] ?? '';
/** An event's title and summary, the words that say what it is. */
const wordsOf = (event: Event) => `${titleOf(event)} ${event.summary.id ?? Object.values(event.summary)[0] ?? ''}`;

/** Whether an event is a telling ("<speaker> memberi keterangan", see events.ts): what happened is that its quotations were said. */
export const isTelling = (event: Event) => titleOf(event).endsWith(` ${TELLING}`);

/** An event's title and summary as a set of rough stems, little words aside. */
export function keyWords(event: Event): Set<string> {
	const title = titleOf(event);
	// Two speakers' tellings on one day are two events: the words of telling and of attribution
	// ("memberi keterangan", "kata Kepala …, Senin") match any other; the teller's name tells them apart.
	const text = isTelling(event) ? title.slice(0, -TELLING.length) : wordsOf(event);
	return stemsOf(text);
}

/** The parts of the day ("malam") an event's title and summary name. */
export function timesOfDay(event: Event): Set<string> {
	const words = wordsOf(event).toLowerCase().match(/\p{L}+/gu) ?? [];
	return new Set(words.filter((word) => PARTS_OF_DAY.includes(word)));
}

/** A text's words of four letters or more as rough stems, little words and words of time aside. */
export function stemsOf(text: string): Set<string> {
	const stems = new Set<string>();
	for (const match of text.match(/\p{L}{4,}/gu) ?? []) {
		const word = match.toLowerCase();
		const stem = roughStem(word);
		// A word (or its rough stem: "ujarnya" is "ujar") that says nothing of what happened is left out.
		if (!STOP.has(word) && !STOP.has(stem) && !isDateWord(word)) stems.add(stem);
	}
	return stems;
}

