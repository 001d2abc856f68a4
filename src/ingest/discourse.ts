/**
 * Who the text is speaking of at a point: "-nya" ("tuturnya", "jelasnya") and "ia"/"dia" point back
 * to the person last in the subject's place — the one who acts or speaks ("Meutya Hafid
 * menyatakan …", “…,” kata X, "Menurut X") — not merely the last one named ("… arahan Presiden
 * Prabowo Subianto." does not make Prabowo the speaker of the next quotation).
 */
import type {EntityMention} from './entities.js';

/** A verb after a name, perhaps after an age, an appositive and adverbs: "Endro …, mengatakan", "Nong Shengwen juga menyambut", "Suryani (47), mengaku". */
const ACTS_AFTER = /^(?:\s*\(\d{1,3}\))?\s*(?:,\s*[^,.;:“”"]{1,90},|,)?\s*(?:(?:juga|pun|kembali|telah|sudah|akan|masih|tengah|sedang|lalu|kemudian|turut|langsung|bahkan|sempat|tidak|belum|pun|pada)\s+)*(?:me|be|di|te)[a-z]{3,}\b/u;
const SPOKEN_OF_BEFORE = /(?:\b[Mm]enurut|\b(?:kata|ujar|ungkap|tutur|jelas|ucap|tegas|terang|papar|imbuh|tambah|sebut)(?:\s+\p{Lu}[\p{L}.]*)*)\s+$/u;

/** Tracks the person in the subject's place through the text. */
export class Discourse {
	private readonly salient: {offset: number; entity: string}[] = [];
	private readonly people: readonly EntityMention[];

	constructor(text: string, mentions: readonly EntityMention[]) {
		this.people = mentions.filter((mention) => mention.type === 'person');
		for (const mention of this.people) {
			const after = text.slice(mention.span.end, mention.span.end + 160);
			const before = text.slice(Math.max(0, mention.span.start - 60), mention.span.start);
			if (ACTS_AFTER.test(after) || SPOKEN_OF_BEFORE.test(before)) this.salient.push({offset: mention.span.start, entity: mention.entity});
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
		let topic: {offset: number; entity: string} | undefined;
		for (const item of this.salient) if (item.offset >= paragraphStart && item.offset < offset && (!topic || item.offset < topic.offset)) topic = item;
		if (topic) return topic.entity;
		let best: {offset: number; entity: string} | undefined;
		for (const item of this.salient) if (item.offset < offset && (!best || item.offset >= best.offset)) best = item;
		if (best) return best.entity;
		return this.people.filter((mention) => mention.span.start < offset).at(-1)?.entity;
	}
}
