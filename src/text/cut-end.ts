/**
 * What a cut text may end on before its ellipsis: never punctuation that leads on, and never a
 * figure whose noun or magnitude was cut off after it ("Pelepasan 1.500 petugas dan 29…" reads as if
 * 29 were the officers). Loads nothing, so the explorer's fitting (fit.ts) and a command that fits
 * text without string-width (search) share one rule.
 */

/** What may not end a cut before its ellipsis: spaces, and a comma, colon, dot or dash that leads on. */
export const DANGLING_END = /[\s,;:·–—-]+$/u;

/** Words that multiply the number before them: a cut between the two leaves another sum ("Rp 250…" of "Rp 250 juta"); "M" and "T" are headlines' miliar and triliun. */
const MAGNITUDE = /^\s+(?:(?:ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion)\b|[MT](?![\p{L}\p{N}]))/iu;
/** A word with a figure in it ("250", "Rp2", "Rp1,5") that ends the words kept, with the space before it. */
const TRAILING_FIGURE = /(?:^|\s+)(\S*\p{N}\S*)$/u;
/** A word that goes on after a space: the noun a count was of ("29 kendaraan"), or what a date or a sum was. */
const WORD_AFTER = /^\s+[\p{L}]/u;

/**
 * A word that is a sum, a count or a date ("Rp250.000.000", "Rp2,5M", "Rp10jt", "250000", "1,5",
 * "(1/11/2025)", "2025-12-08", "2020–2025", "+3,2%", "17:00"): cut inside, it reads as another. An id or a
 * URL with digits in it ("ev-000123", "…/2025/12/10/banjir") is no such word, and is cut as any other.
 */
const FIGURE = [
	/^[(“"'‘]?(?:Rp\.?|US\$|\$|€|£)[-−+]?\p{N}/iu,
	/^[(“"'‘]?[-−+±]?\p{N}+(?:[.,/:\-–]\p{N}+)*(?:%|rb|jt|ribu|juta|miliar|milyar|triliun|[MTK])?[)”"'’.,;:]*$/iu,
];

/** Whether `word` is a sum, a count or a date written as one word. */
export function isFigure(word: string): boolean {
	return FIGURE.some((figure) => figure.test(word));
}

/**
 * `kept`, the start of `text` that a cut keeps, without what may not end it: punctuation that leads
 * on, a figure whose magnitude is cut off ("Rp2…" of "Rp2 miliar"), and a count, sum or date whose
 * noun is ("29…" of "29 kendaraan"). "Rp…" or "Pelepasan 1.500 petugas dan…" say less, but nothing untrue.
 */
export function cutEnd(text: string, kept: string): string {
	const whole = kept.replace(DANGLING_END, '');
	const figure = TRAILING_FIGURE.exec(whole);
	if (!figure) return whole;
	const rest = text.slice(whole.length);
	const cutOff = MAGNITUDE.test(rest) || (isFigure(figure[1]!) && WORD_AFTER.test(rest));
	return cutOff ? whole.slice(0, figure.index).replace(DANGLING_END, '') : whole;
}
