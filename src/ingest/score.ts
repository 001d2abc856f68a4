/**
 * How close a draft comes to a curated dataset of the same article: precision and recall of its
 * events (matched by date: start and end), quotations (by text and speaker) and entities (by any
 * shared name or alias, type aside). Each curated item matches at most one drafted item.
 */
import {foldName} from './aliases.js';
import {truncate} from '../text/fit.js';

/** A quote as a score lists it: its first 50 columns, cut after a whole word with "…" (a cut word would read as the speaker's), between quotation marks. */
export const quoteShown = (text: string): string => `“${truncate(text, 50)}”`;

/** The figures for one kind of item. */
export interface KindScore {
	readonly drafted: number;
	readonly curated: number;
	readonly matched: number;
	readonly precision: number;
	readonly recall: number;
	readonly f1: number;
	/** Curated items the draft lacks. */
	readonly missed: readonly string[];
	/** Drafted items the curated dataset lacks. */
	readonly extra: readonly string[];
}

export interface DraftScore {
	readonly events: KindScore;
	readonly quotes: KindScore;
	readonly entities: KindScore;
}

/** The parts of a dataset (a DatasetFile or a loaded Story) that are scored. */
export interface Scorable {
	readonly events: readonly {readonly start: string; readonly end?: string | null; readonly title: Readonly<Record<string, string>>}[];
	readonly quotes: readonly {readonly text: string; readonly speaker: string}[];
	readonly entities: readonly {readonly id: string; readonly name: string; readonly aliases: readonly string[]}[];
}

/** A maximum one-to-one matching between two lists (Kuhn's augmenting paths); returns its size and who matched. */
function match<A, B>(drafted: readonly A[], curated: readonly B[], fits: (a: A, b: B) => boolean): {size: number; draftedMatched: boolean[]; curatedMatched: boolean[]} {
	const owner: (number | undefined)[] = curated.map(() => undefined);
	const tryAssign = (a: number, seen: boolean[]): boolean => {
		for (let b = 0; b < curated.length; b++) {
			if (seen[b] || !fits(drafted[a] as A, curated[b] as B)) continue;
			seen[b] = true;
			const current = owner[b];
			if (current === undefined || tryAssign(current, seen)) {
				owner[b] = a;
				return true;
			}
		}
		return false;
	};
	let size = 0;
	for (let a = 0; a < drafted.length; a++) if (tryAssign(a, curated.map(() => false))) size++;
	const draftedMatched = drafted.map((_, a) => owner.includes(a));
	return {size, draftedMatched, curatedMatched: owner.map((a) => a !== undefined)};
}

/** Precision, recall and what was missed or extra, under a maximum one-to-one matching. */
export function kindFigures<A, B>(drafted: readonly A[], curated: readonly B[], fits: (a: A, b: B) => boolean, labelA: (a: A) => string, labelB: (b: B) => string): KindScore {
	const {size, draftedMatched, curatedMatched} = match(drafted, curated, fits);
	const precision = drafted.length === 0 ? (curated.length === 0 ? 1 : 0) : size / drafted.length;
	const recall = curated.length === 0 ? 1 : size / curated.length;
	return {
		drafted: drafted.length,
		curated: curated.length,
		matched: size,
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		missed: curated.filter((_, b) => !curatedMatched[b]).map(labelB),
		extra: drafted.filter((_, a) => !draftedMatched[a]).map(labelA),
	};
}

/** Quotation text compared without case, spacing or the punctuation at its ends. */
function foldQuote(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s"“”'‘’.,;:!?…-]+|[\s"“”'‘’.,;:!?…-]+$/g, '');
}

type ScoredEvent = Scorable['events'][number];

const eventLabel = (event: ScoredEvent) => `${event.start}${event.end && event.end !== event.start ? `–${event.end}` : ''} ${Object.values(event.title)[0] ?? ''}`.trim();
const sameDates = (a: ScoredEvent, b: ScoredEvent) => a.start === b.start && (a.end || a.start) === (b.end || b.start);

/** Score a draft against a curated dataset of the same article. */
export function scoreDraft(draft: Scorable, curated: Scorable): DraftScore {
	const namesIn = (dataset: Scorable) => {
		const names = new Map<string, Set<string>>();
		for (const entity of dataset.entities) names.set(entity.id, new Set([entity.name, ...entity.aliases].map(foldName)));
		return names;
	};
	const draftNames = namesIn(draft);
	const curatedNames = namesIn(curated);
	const shareName = (a: Set<string> | undefined, b: Set<string> | undefined) => [...(a ?? [])].some((name) => b?.has(name));
	const speakerName = (dataset: Scorable, id: string) => dataset.entities.find((entity) => entity.id === id)?.name ?? id;

	return {
		events: kindFigures(draft.events, curated.events, sameDates, eventLabel, eventLabel),
		quotes: kindFigures(
			draft.quotes,
			curated.quotes,
			(a, b) => foldQuote(a.text) === foldQuote(b.text) && shareName(draftNames.get(a.speaker), curatedNames.get(b.speaker)),
			(quote) => `${speakerName(draft, quote.speaker)}: ${quoteShown(quote.text)}`,
			(quote) => `${speakerName(curated, quote.speaker)}: ${quoteShown(quote.text)}`,
		),
		entities: kindFigures(
			draft.entities,
			curated.entities,
			(a, b) => shareName(draftNames.get(a.id), curatedNames.get(b.id)),
			(entity) => entity.name,
			(entity) => entity.name,
		),
	};
}
