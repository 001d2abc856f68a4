/**
 * Who the text is speaking of at a point: "-nya" ("tuturnya", "jelasnya") and "ia"/"dia" point back
 * to the person last in the subject's place — the one who acts or speaks ("Meutya Hafid
 * menyatakan …", “…,” kata X, "Menurut X") — not merely the last one named ("… arahan Presiden
 * Prabowo Subianto." does not make Prabowo the speaker of the next quotation).
 */
import type {EntityMention} from './entities.js';
import {degreesPrintedAfter} from './honorifics.js';
import {ROLES} from './institutions.js';
import {INTRODUCING_VERBS} from './lexicon.js';
import {SUBJECT_VERB_ADVERBS} from './predicates.js';

/** Adverbs between a subject and its verb: "Nong Shengwen juga menyambut", "Bambang hanya berkomentar". */
const ADVERBS = SUBJECT_VERB_ADVERBS.join('|');
/** The shape of a verb of acting or saying: "meminta", "berharap", "dilantik". */
const VERB_SHAPE = '(?:me|be|di|te)[a-z]{3,}\\b';
/**
 * A verb after a name, perhaps after an age, the body she is from, an appositive and adverbs:
 * "Endro …, mengatakan", "Nong Shengwen juga menyambut", "Suryani (47), mengaku", "Febby dari BPBD Lebak menyebut".
 */
const ACTS_AFTER = new RegExp(`^(?:\\s*\\(\\d{1,3}\\))?(?:\\s+dari(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’-]*){1,5})?\\s*(?:,\\s*[^,.;:“”"]{1,90},|,)?\\s*(?:(?:${ADVERBS}|pada)\\s+)*${VERB_SHAPE}`, 'u');
const SPOKEN_OF_BEFORE = /(?:\b[Mm]enurut|\b(?:kata|ujar|ungkap|tutur|jelas|ucap|tegas|terang|papar|imbuh|tambah|sebut)(?:\s+\p{Lu}[\p{L}.]*)*)\s+$/u;
/**
 * A post opening a sentence (after a linking phrase) and acting: "Sementara itu, Ketua Himpunan
 * Nelayan …, Dedi Aryanto, meminta …". Its holder takes the subject's place, named or not.
 */
const POST_FIRST_WORDS = [...new Set(ROLES.map((role) => role.split(' ')[0]!.replace('.', '\\.')))].join('|');
const SENTENCE_OPENING = '(?:^|[.!?]["”’]?\\s+|\\n\\s*)(?:(?:Sementara itu|Di sisi lain|Selain itu|Adapun|Sedangkan|Namun|Kemudian)\\s*,\\s*)?';
const POST_ACTS = new RegExp(
	`${SENTENCE_OPENING}((?:${POST_FIRST_WORDS})\\s[^.;:!?“”"]{0,160}?)(?=\\s*,?\\s+(?:(?:${ADVERBS})\\s+)*${VERB_SHAPE})`,
	'gu',
);
/**
 * Two capitalized words or more opening a sentence and saying something: "Kalaksa BPBD Garut Dede
 * Kurniawan menuturkan …", a post the roles do not know and its holder. Whoever they name (or no
 * one) takes the subject's place; the one who spoke before does not keep it.
 */
const CAPITALIZED_WORD = "\\p{Lu}[\\p{L}\\p{N}.'’-]*";
const CAPITALIZED_SAYS = new RegExp(
	`${SENTENCE_OPENING}(${CAPITALIZED_WORD}(?:\\s+${CAPITALIZED_WORD})+)(?=\\s*,?\\s+(?:(?:${ADVERBS})\\s+)*(?:${INTRODUCING_VERBS.join('|')})(?![\\p{L}]))`,
	'gu',
);

/**
 * A role noun opening a sentence as its subject, with no name: "Hakim menilai …", "Majelis hakim
 * menyatakan …", "Polisi masih menyelidiki …". The unnamed holder takes the subject's place, so a
 * "-nya" after it is not given to a person named inside the sentence as its object ("… menilai Rusdi …").
 */
const ROLE_NOUNS = [
	'Majelis [Hh]akim', 'Hakim', 'Jaksa', 'Penyidik', 'Polisi', 'Petugas', 'Warga', 'Saksi', 'Terdakwa', 'Tersangka',
	'Korban', 'Kuasa [Hh]ukum', 'Penasihat [Hh]ukum', 'Penasehat [Hh]ukum', 'Pengacara', 'Pihak [Ss]ekolah', 'Pihak [Kk]epolisian', 'Pihak [Kk]eluarga',
];
/** Nouns of a court shaped as verbs are ("terdakwa", "tersangka"): "penasihat hukum terdakwa, Fajar …" has no verb yet. */
const NOT_VERBS = '(?:terdakwa|tersangka|terpidana|tergugat|terlapor|termohon)(?![\\p{L}])';
/** "Hakim" or, after an opening phrase ("Dalam putusannya, hakim menilai …"), "hakim". */
const EITHER_CASE = (noun: string) => `[${noun[0]}${noun[0]!.toLowerCase()}]${noun.slice(1)}`;
const ROLE_NOUN_ACTS = new RegExp(
	`${SENTENCE_OPENING}(?:\\p{Lu}[^.;:!?“”",]{0,40},\\s+)?((?:${ROLE_NOUNS.map(EITHER_CASE).join('|')})(?:\\s+(?:ketua|anggota|penuntut umum|terdakwa|korban|setempat))?)(?=\\s*,?\\s+(?:(?:${ADVERBS})\\s+)*(?!${NOT_VERBS})${VERB_SHAPE})`,
	'gu',
);
/** Verbs of saying or judging: a name right after one is their object ("Hakim menilai Rusdi menggunakan …"), not a subject. */
const OBJECT_AFTER = new RegExp(`(?:^|\\s)(?:${INTRODUCING_VERBS.join('|')}|menganggap|memastikan|menduga|menuding|menuduh|memvonis|menghukum)\\s+$`, 'u');

/** Tracks the person in the subject's place through the text. */
export class Discourse {
	/** Who is in the subject's place from an offset on; no entity where a post's holder went unread. */
	private readonly salient: {offset: number; entity?: string; paragraphOnly?: boolean}[] = [];
	private readonly people: readonly EntityMention[];

	constructor(text: string, mentions: readonly EntityMention[]) {
		this.people = mentions.filter((mention) => mention.type === 'person');
		for (const mention of this.people) {
			// "Andi Muhammad Rizal, S.STP., M.M. mengatakan …": the degrees after a name stand between it and its verb.
			const printed = text.slice(mention.span.end, mention.span.end + 200);
			const degrees = degreesPrintedAfter(printed);
			const after = printed.slice(degrees, degrees + 160);
			const before = text.slice(Math.max(0, mention.span.start - 60), mention.span.start);
			if ((ACTS_AFTER.test(after) && !OBJECT_AFTER.test(before)) || SPOKEN_OF_BEFORE.test(before)) this.salient.push({offset: mention.span.start, entity: mention.entity});
		}
		// A post whose holder went unread (or read as no one acting) still takes the subject's place: "-nya" after it is not the one who spoke before.
		const acting = new Set(this.salient.map((item) => item.offset));
		// An unnamed role noun ("Polisi masih menyelidiki …") holds the subject's place in its own paragraph
		// only: a "-nya" in a later one is the person named before it (the police spokesman), not "polisi".
		for (const [subject, paragraphOnly] of [[POST_ACTS, false], [CAPITALIZED_SAYS, false], [ROLE_NOUN_ACTS, true]] as const) {
			for (const match of text.matchAll(subject)) {
				const start = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
				const end = start + (match[1]?.length ?? 0);
				if (!this.people.some((mention) => mention.span.start >= start && mention.span.end <= end && acting.has(mention.span.start))) this.salient.push({offset: start, ...(paragraphOnly ? {paragraphOnly} : {})});
			}
		}
	}

	/** Record that a person spoke at an offset (an attributed quotation). */
	spoke(entity: string, offset: number): void {
		this.salient.push({offset, entity});
	}

	/**
	 * The person the text speaks of at an offset: the first in the subject's place in the
	 * paragraph so far (from `paragraphStart`) — the person the paragraph is about — else the last
	 * in the subject's place before it, else the last person named.
	 */
	personAt(offset: number, paragraphStart = offset): string | undefined {
		let topic: {offset: number; entity?: string} | undefined;
		for (const item of this.salient) if (item.offset >= paragraphStart && item.offset < offset && (!topic || item.offset < topic.offset)) topic = item;
		if (topic) return topic.entity;
		let best: {offset: number; entity?: string; paragraphOnly?: boolean} | undefined;
		for (const item of this.salient) if (item.offset < offset && !(item.paragraphOnly && item.offset < paragraphStart) && (!best || item.offset >= best.offset)) best = item;
		if (best) return best.entity;
		return this.people.filter((mention) => mention.span.start < offset).at(-1)?.entity;
	}
}
