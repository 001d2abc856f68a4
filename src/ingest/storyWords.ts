/** The key words of an event, stemmed roughly, that tell whether two sources speak of the same happening. */
import type {Event} from '../model/schema.js';
import {TELLING} from './lexicon.js';

const STOP = new Set(['yang', 'dan', 'pada', 'untuk', 'dengan', 'dari', 'dalam', 'itu', 'ini', 'akan', 'oleh', 'sebanyak', 'sekitar', 'para', 'tidak', 'bisa', 'baru', 'kota', 'hari']);

/** A word's rough stem: Indonesian affixes off, so "kebakaran", "terbakar" and "dibakar" meet at "bakar". */
export function roughStem(word: string): string {
	let stem = word.toLowerCase();
	stem = stem.replace(/(nya|kan|an|lah)$/u, '');
	stem = stem.replace(/^(ke|ter|di|ber|mem|men|meng|me|pe|pem|pen|peng)(?=\p{L}{4,})/u, '');
	return stem;
}

const titleOf = (event: Event) => event.title.id ?? Object.values(event.title)[0] ?? '';

/** Whether an event is a telling ("<speaker> memberi keterangan", see events.ts): what happened is that its quotations were said. */
export const isTelling = (event: Event) => titleOf(event).endsWith(` ${TELLING}`);

/** An event's title and summary as a set of rough stems, little words aside. */
export function keyWords(event: Event): Set<string> {
	const title = titleOf(event);
	// Two speakers' tellings on one day are two events: the words of telling and of attribution
	// ("memberi keterangan", "kata Kepala …, Senin") match any other; the teller's name tells them apart.
	const text = isTelling(event) ? title.slice(0, -TELLING.length) : `${title} ${event.summary.id ?? Object.values(event.summary)[0] ?? ''}`;
	return stemsOf(text);
}

/** A text's words of four letters or more as rough stems, little words aside. */
export function stemsOf(text: string): Set<string> {
	return new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOP.has(word.toLowerCase())).map(roughStem));
}

