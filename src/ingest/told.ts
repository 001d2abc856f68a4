/**
 * The day a sentence says it was told: "… hingga Senin, kata Budi, Kamis (7/8)." A stated date
 * right after an attribution verb and who spoke is when the words were said, not what they report.
 */
import {ATTRIBUTION_VERBS, PERSONAL_PRONOUNS} from './lexicon.js';

/**
 * The words before a date of speaking, an attribution verb and who spoke: "kata Budi, ", "ujarnya, ",
 * "kata dia, ", "kata Kepala Bidang Jalan, Budi Santoso, " before "Rabu (10/12)"; or "pada" instead of
 * the comma: "kata Budi pada Rabu (10/12)".
 */
const SPEAKER = `\\p{Lu}[^,.;:“”"]{0,80}(?:,\\s*\\p{Lu}[^,.;:“”"]{0,60})?|(?:${PERSONAL_PRONOUNS.join('|')})`;
const TOLD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ATTRIBUTION_VERBS.join('|')})(?:(?:nya|\\s+(?:${SPEAKER}))?,\\s*(?:pada\\s+)?|(?:nya|\\s+(?:${SPEAKER}))\\s+pada\\s+)$`, 'u');

/** Whether the date at `dateStart` is the day its sentence (from `sentenceStart`) was told. */
export function isDayOfTelling(text: string, sentenceStart: number, dateStart: number): boolean {
	return TOLD_BEFORE.test(text.slice(sentenceStart, dateStart));
}
