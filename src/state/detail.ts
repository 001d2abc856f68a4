/**
 * The items listed in the detail pane for a record: what it links to (entities, events, quotes)
 * and its evidence. The cursor moves over these; Enter follows the linked ones.
 */
import type {Anchor, ClaimSubject, LocalizedText} from '../model/schema.js';
import {idsOf, sourcesOfEvent, sourcesOfQuote, type Catalog} from '../model/catalog.js';
import {saidWhen} from '../model/occasion.js';
import {articleOf, type QuoteWording} from '../model/sources.js';
import {eventsAsTold} from '../model/told-dates.js';
import type {ExplorerData} from './data.js';
import type {Ref} from './state.js';

export type DetailSection = 'entities' | 'events' | 'quotes' | 'claims' | 'evidence';

/** The article an evidence item is in, named when the story has several. */
export interface EvidenceSource {
	readonly article: string;
	/** Whether it is the first item of its article (which heads the article's passages). */
	readonly first: boolean;
	/** How a quote's printing compares with the quote's words. */
	readonly wording?: QuoteWording;
}

export type DetailItem =
	| {readonly section: 'entities'; readonly ref: Ref & {kind: 'entity'}; readonly role?: LocalizedText; readonly label?: 'place' | 'speaker'}
	| {readonly section: 'events'; readonly ref: Ref & {kind: 'event'}; readonly label?: 'occasion' | 'about'; readonly toldBy?: string}
	| {readonly section: 'quotes'; readonly ref: Ref & {kind: 'quote'}}
	/** `named`: the claim's subject is named beside its measure (a source's claims are about many records; a record's own are about it). */
	| {readonly section: 'claims'; readonly subject: ClaimSubject; readonly measure: string; readonly named?: boolean}
	| {readonly section: 'evidence'; readonly anchor: Anchor; readonly label?: 'date' | 'attribution'; readonly source?: EvidenceSource};

/** Whether Enter follows an item to the record it names (claims and evidence name none). */
export function isFollowable(item: DetailItem): item is DetailItem & {section: 'entities' | 'events' | 'quotes'} {
	return item.section === 'entities' || item.section === 'events' || item.section === 'quotes';
}

const EMPTY: readonly DetailItem[] = [];

function entityItem(id: string, role?: LocalizedText, label?: 'place' | 'speaker'): DetailItem {
	return {section: 'entities', ref: {kind: 'entity', id}, ...(role ? {role} : {}), ...(label ? {label} : {})};
}
/** An event linked from a record; `toldBy`: the source whose date it shows (a source's own events). */
const eventItem = (id: string, label?: 'occasion' | 'about', toldBy?: string): DetailItem => ({section: 'events', ref: {kind: 'event', id}, ...(label ? {label} : {}), ...(toldBy !== undefined ? {toldBy} : {})});
const quoteItem = (id: string): DetailItem => ({section: 'quotes', ref: {kind: 'quote', id}});

/** Evidence items from several articles: each article's together, in the order given, headed by its first. */
function bySource(story: Catalog, passages: readonly {anchor: Anchor; label?: 'date' | 'attribution'; wording?: QuoteWording}[]): DetailItem[] {
	const several = story.articles.length > 1;
	if (!several) return passages.map(({anchor, label}) => ({section: 'evidence', anchor, ...(label ? {label} : {})}));
	const order: string[] = [];
	const groups = new Map<string, typeof passages[number][]>();
	for (const passage of passages) {
		const article = articleOf(passage.anchor, story.article.id);
		if (!groups.has(article)) (order.push(article), groups.set(article, []));
		groups.get(article)!.push(passage);
	}
	return order.flatMap((article) =>
		groups.get(article)!.map(({anchor, label, wording}, i): DetailItem => ({section: 'evidence', anchor, ...(label ? {label} : {}), source: {article, first: i === 0, ...(wording ? {wording} : {})}})),
	);
}

/** The claim groups about a subject, as items (disagreements first). */
function claimItems(story: Catalog, subject: ClaimSubject): DetailItem[] {
	return story.claimComparison().about(subject).map((group) => ({section: 'claims', subject: group.subject, measure: group.measure}));
}

function itemsFor(data: ExplorerData, ref: Ref): readonly DetailItem[] {
	const {story} = data;
	switch (ref.kind) {
		case 'event': {
			const event = story.eventById(ref.id);
			if (!event) return EMPTY;
			const items: DetailItem[] = event.participants.map((participant) => entityItem(participant.entity, participant.role));
			if (event.place && !event.participants.some((participant) => participant.entity === event.place)) {
				items.push(entityItem(event.place, undefined, 'place'));
			}
			for (const id of idsOf(story.quotesAt(event.id))) items.push(quoteItem(id));
			items.push(...claimItems(story, {event: event.id}));
			// Each source's words for the date, then its passages.
			const passages = sourcesOfEvent(story, event).flatMap((source) => [
				...source.dateEvidence.map((anchor) => ({anchor, label: 'date' as const})),
				...source.evidence.map((anchor) => ({anchor})),
			]);
			items.push(...bySource(story, passages));
			return items;
		}
		case 'entity': {
			const entity = story.entityById(ref.id);
			if (!entity) return EMPTY;
			return [
				// By id alone: an entity in thousands of events lists them without reading one.
				...idsOf(story.eventsOf(entity.id)).map((id) => eventItem(id)),
				...idsOf(story.quotesOf(entity.id)).map(quoteItem),
				...claimItems(story, {entity: entity.id}),
				...bySource(story, entity.mentions.map((anchor) => ({anchor}))),
			];
		}
		case 'quote': {
			const quote = story.quoteById(ref.id);
			if (!quote) return EMPTY;
			const items: DetailItem[] = [entityItem(quote.speaker, undefined, 'speaker')];
			// Where it was said, then what it speaks about: a citation dates it by the first. An occasion
			// that cannot date it (it starts after the article ran) is only what it speaks of.
			if (quote.event !== null) items.push(eventItem(quote.event, saidWhen(story, quote).event ? 'occasion' : 'about'));
			for (const id of quote.about) if (id !== quote.event) items.push(eventItem(id, 'about'));
			items.push(
				...bySource(
					story,
					sourcesOfQuote(story, quote).flatMap((printing) => [
						{anchor: printing.evidence, wording: printing.wording},
						...(printing.attribution ? [{anchor: printing.attribution, label: 'attribution' as const}] : []),
					]),
				),
			);
			return items;
		}
		case 'source': {
			const article = story.articleById(ref.id);
			if (!article) return EMPTY;
			const comparison = story.claimComparison();
			return [
				// At its own dates and in their order, as the timeline filtered to it shows them.
				...idsOf(eventsAsTold(story, article.id)).map((id) => eventItem(id, undefined, article.id)),
				// Every claim it makes, the disputed first, then those others confirm, then its own alone (marked so).
				...comparison.groups.filter((group) => group.articles.includes(article.id)).map((group): DetailItem => ({section: 'claims', subject: group.subject, measure: group.measure, named: true})),
			];
		}
	}
}

// The last record's items, per story: the reducer, selectors and views ask for them on every key.
const lastItems = new WeakMap<ExplorerData, {ref: Ref; items: readonly DetailItem[]}>();

/** The detail pane's items for a record (memoized on the last record asked for). */
export function detailItems(data: ExplorerData, ref: Ref | null): readonly DetailItem[] {
	if (ref === null) return EMPTY;
	const cached = lastItems.get(data);
	if (cached && cached.ref.kind === ref.kind && cached.ref.id === ref.id) return cached.items;
	const items = itemsFor(data, ref);
	lastItems.set(data, {ref, items});
	return items;
}
