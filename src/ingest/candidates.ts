/** What the entity rules propose before merging: a name, its type, where it is printed, what else it is called. */
import type {EntityType} from '../model/schema.js';
import type {Span} from './spans.js';
import type {Words} from './tokens.js';

export interface Candidate {
	readonly type: EntityType;
	readonly name: string;
	/** Where the text prints it. */
	readonly spans: readonly Span[];
	/** Other names the text gives it ("PMT", "Kota Nanning", "Menkomdigi Meutya Hafid"). */
	readonly aliases: readonly string[];
	/** Titles or roles printed with it ("Menteri Komunikasi dan Digital RI"). */
	readonly titles: readonly string[];
	/** What the text says a person is without a post ("Orang tua", "Warga"): her description, not a title. */
	readonly description?: string;
}

/** A sentence being read: its words, and which of them a rule has already explained. */
export interface Reading {
	readonly words: Words;
	readonly claimed: boolean[];
	/**
	 * The areas the whole article names with their level's word ("Kabupaten Girimulya" → Girimulya),
	 * and its dateline city: places to it, printed bare elsewhere, though no gazetteer lists them.
	 */
	readonly areas: ReadonlySet<string>;
}

/** Mark tokens `from`…`to` (exclusive) as explained. */
export function claim(reading: Reading, from: number, to: number): void {
	for (let i = from; i < to; i++) reading.claimed[i] = true;
}

/** Whether any of tokens `from`…`to` (exclusive) is already explained. */
export function isClaimed(reading: Reading, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (reading.claimed[i]) return true;
	return false;
}

/** What a rule finds at a token: candidates, and the tokens `from`…`to` (exclusive) they explain. */
export interface Finding {
	readonly candidates: readonly Candidate[];
	readonly from: number;
	readonly to: number;
}

/** Try a rule at each token not yet explained; what it finds claims its words, and reading goes on after them. */
export function scan(reading: Reading, ruleAt: (i: number) => Finding | undefined): Candidate[] {
	const found: Candidate[] = [];
	for (let i = 0; i < reading.words.tokens.length; i++) {
		if (reading.claimed[i]) continue;
		const finding = ruleAt(i);
		if (!finding || finding.to <= finding.from || isClaimed(reading, finding.from, finding.to)) continue;
		found.push(...finding.candidates);
		claim(reading, finding.from, finding.to);
		i = Math.max(i, finding.to - 1);
	}
	return found;
}

/** A candidate printed once. */
export function candidate(type: EntityType, name: string, span: Span, aliases: readonly string[] = [], titles: readonly string[] = []): Candidate {
	return {type, name, spans: [span], aliases: aliases.filter((alias) => alias !== name), titles};
}
