/**
 * The items listed in the detail pane for a record: what it links to (entities, events, quotes)
 * and its evidence. The cursor moves over these; Enter follows the linked ones.
 */
import type {Anchor, LocalizedText} from '../model/schema.js';
import {idsOf} from '../model/catalog.js';
import type {ExplorerData} from './data.js';
import type {Ref} from './state.js';

export type DetailSection = 'entities' | 'events' | 'quotes' | 'evidence';

export type DetailItem =
	| {readonly section: 'entities'; readonly ref: Ref & {kind: 'entity'}; readonly role?: LocalizedText; readonly label?: 'place' | 'speaker'}
	| {readonly section: 'events'; readonly ref: Ref & {kind: 'event'}; readonly label?: 'occasion' | 'about'}
	| {readonly section: 'quotes'; readonly ref: Ref & {kind: 'quote'}}
	| {readonly section: 'evidence'; readonly anchor: Anchor; readonly label?: 'date' | 'attribution'};

const EMPTY: readonly DetailItem[] = [];

function entityItem(id: string, role?: LocalizedText, label?: 'place' | 'speaker'): DetailItem {
	return {section: 'entities', ref: {kind: 'entity', id}, ...(role ? {role} : {}), ...(label ? {label} : {})};
}
const eventItem = (id: string, label?: 'occasion' | 'about'): DetailItem => ({section: 'events', ref: {kind: 'event', id}, ...(label ? {label} : {})});
const quoteItem = (id: string): DetailItem => ({section: 'quotes', ref: {kind: 'quote', id}});

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
			if (event.dateEvidence) items.push({section: 'evidence', anchor: event.dateEvidence, label: 'date'});
			for (const anchor of event.evidence) items.push({section: 'evidence', anchor});
			return items;
		}
		case 'entity': {
			const entity = story.entityById(ref.id);
			if (!entity) return EMPTY;
			return [
				// By id alone: an entity in thousands of events lists them without reading one.
				...idsOf(story.eventsOf(entity.id)).map((id) => eventItem(id)),
				...idsOf(story.quotesOf(entity.id)).map(quoteItem),
				...entity.mentions.map((anchor): DetailItem => ({section: 'evidence', anchor})),
			];
		}
		case 'quote': {
			const quote = story.quoteById(ref.id);
			if (!quote) return EMPTY;
			const items: DetailItem[] = [entityItem(quote.speaker, undefined, 'speaker')];
			// Where it was said, then what it speaks about: a citation dates it by the first.
			if (quote.event !== null) items.push(eventItem(quote.event, 'occasion'));
			for (const id of quote.about) if (id !== quote.event) items.push(eventItem(id, 'about'));
			items.push({section: 'evidence', anchor: quote.evidence});
			if (quote.attribution) items.push({section: 'evidence', anchor: quote.attribution, label: 'attribution'});
			return items;
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
