/**
 * The day a sentence says it was told: "… hingga Senin, kata Budi, Kamis (7/8)." A stated date
 * right after an attribution verb and who spoke is when the words were said, not what they report.
 */
import {ATTRIBUTION_VERBS, INTRODUCING_VERBS, PERSONAL_PRONOUNS, REACHING_VERBS} from './lexicon.js';

/** Whom or where it was told, set off after who spoke: "kata Satria Budi, kepada wartawan, Selasa (9/12)". */
const TOLD_TO = `(?:,?\\s*(?:kepada|di\\s+hadapan|di\\s+depan|saat|ketika|dalam)\\s+[^,.;:“”"]{1,40})?`;

/**
 * The words before a date of speaking, an attribution verb and who spoke: "kata Budi, ", "ujarnya, ",
 * "kata dia, ", "kata Kepala Bidang Jalan, Budi Santoso, " before "Rabu (10/12)"; or "pada" instead of
 * the comma: "kata Budi pada Rabu (10/12)".
 */
const SPEAKER = `(?:\\p{Lu}[^,.;:“”"]{0,80}(?:,\\s*\\p{Lu}[^,.;:“”"]{0,60})?|(?:${PERSONAL_PRONOUNS.join('|')}))${TOLD_TO}`;
const ATTRIBUTED = `(?:${ATTRIBUTION_VERBS.join('|')})(?:(?:nya${TOLD_TO}|\\s+(?:${SPEAKER}))?,\\s*(?:pada\\s+)?|(?:nya|\\s+(?:${SPEAKER}))\\s+pada\\s+)`;
/** Or a verb whose speaker stands before it, the date between it and what was said: "Budi mengatakan, Kamis (4/12), …", "Budi mengatakan pada Kamis bahwa …". */
const INTRODUCED = `(?:${INTRODUCING_VERBS.join('|')})(?:,\\s*(?:pada\\s+)?|\\s+pada\\s+)`;
/** Or when the speaker was reached: "Fajar Nasution, saat dihubungi pada Rabu (10/12), menyebut …", "ketika ditemui di kantornya, Kamis". */
const REACHED = `(?:saat|ketika|sewaktu|waktu)\\s+(?:${REACHING_VERBS.join('|')})(?:\\s+[^,.;:“”"]{1,40}?)?(?:,\\s*(?:pada\\s+)?|\\s+pada\\s+|\\s+)`;
const TOLD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ATTRIBUTED}|${INTRODUCED}|${REACHED})$`, 'u');

/** Whether the date at `dateStart` is the day its sentence (from `sentenceStart`) was told. */
export function isDayOfTelling(text: string, sentenceStart: number, dateStart: number): boolean {
	// A date read with its "pada" ("mengatakan pada Kamis") starts at the preposition.
	const preposition = /^pada\s+/iu.exec(text.slice(dateStart, dateStart + 8))?.[0] ?? '';
	return TOLD_BEFORE.test(text.slice(sentenceStart, dateStart) + preposition);
}
