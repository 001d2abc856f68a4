/** The Catalog over a story loaded whole: its arrays and maps, read through the Catalog's methods. */
import {countTypes, speakerName, type ArticleInfo, type Catalog, type EventList, type RecordList} from './catalog.js';
import {articlesOf} from './sources.js';
import {compareClaims, type ClaimComparison} from './claims.js';
import {codePointText, type CodePointText} from './codepoints.js';
import {firstDay, lastDay} from './dates.js';
import {busiestFirst} from './entity-order.js';
import type {Event} from './schema.js';
import {searchColumns, searchTextsOfEntity, searchTextsOfEvent, searchTextsOfQuote, type SearchColumns, type SearchKind} from './search-entries.js';
import {listOf, type Story} from './story.js';

const lists = new WeakMap<readonly Event[], EventList>();

/** An array of events as an EventList (the same list for the same array, so views can memoize on it). */
export function eventListOf(events: readonly Event[]): EventList {
	let list = lists.get(events);
	if (!list) {
		list = {
			length: events.length,
			at: (index) => events[index],
			idAt: (index) => events[index]?.id,
			briefAt: (index) => events[index],
			datingAt: (index) => events[index],
			firstDay: (index) => firstDay(events[index]!.start),
			lastDay: (index) => lastDay(events[index]!.end ?? events[index]!.start),
			precision: (index) => events[index]!.precision,
		};
		lists.set(events, list);
	}
	return list;
}

const recordLists = new WeakMap<readonly {readonly id: string}[], RecordList<{readonly id: string}>>();

/** An array of records as a RecordList (the same list for the same array). */
function recordListOf<T extends {readonly id: string}>(records: readonly T[]): RecordList<T> {
	let list = recordLists.get(records);
	if (!list) {
		list = {length: records.length, at: (index) => records[index], idAt: (index) => records[index]?.id};
		recordLists.set(records, list);
	}
	return list as RecordList<T>;
}

const catalogs = new WeakMap<Story, Catalog>();

/** The story's articles as written, without their texts (a version-1 article with the id ARTICLE_ID). */
function writtenArticlesOf(story: Story): ArticleInfo[] {
	return articlesOf(story.written.data).map(({text: _text, textFile: _file, ...article}) => article);
}

/** The catalog of a story (one per story). */
export function catalogOf(story: Story): Catalog {
	const known = catalogs.get(story);
	if (known) return known;
	const {index} = story;
	// The entity order and its positions are worked out when first asked for.
	let entityOrder: ReturnType<typeof busiestFirst> | undefined;
	let entityOrderPosition: Map<string, number> | undefined;
	// Entities and quotes are searched in dataset order: their positions by id, made on first use.
	const datasetPositions = new Map<SearchKind, Map<string, number>>();
	const datasetPosition = (kind: SearchKind, records: readonly {readonly id: string}[], id: string) => {
		let positions = datasetPositions.get(kind);
		if (!positions) datasetPositions.set(kind, (positions = new Map(records.map((record, position) => [record.id, position]))));
		return positions.get(id);
	};
	const columns = new Map<SearchKind, SearchColumns>();
	const texts = new Map<string, CodePointText>();
	let comparison: ClaimComparison | undefined;
	const firstArticle = story.articles[0]!.id;
	const writtenArticles = writtenArticlesOf(story);
	const orderOfEntities = () => (entityOrder ??= busiestFirst(story.entities, (entity) => listOf(index.eventsOfEntity, entity.id).length));
	const articles = story.articles.map(({text: _text, ...article}) => article);
	const catalog: Catalog = {
		source: story.source,
		article: articles[0]!,
		articles: recordListOf(articles),
		claims: recordListOf(story.claims),
		languages: story.languages,
		events: eventListOf(story.events),
		entities: recordListOf(story.entities),
		quotes: recordListOf(story.quotes),
		quotesInTimelineOrder: recordListOf(index.quotesInTimelineOrder),
		get entityOrder() {
			return orderOfEntities();
		},
		eventById: (id) => index.eventById.get(id),
		entityById: (id) => index.entityById.get(id),
		entityNameById: (id) => index.entityById.get(id)?.name,
		entityCounts: () => countTypes(story.entities.length, (i) => story.entities[i]!.type),
		quoteById: (id) => index.quoteById.get(id),
		articleById: (id) => articles.find((article) => article.id === id),
		eventPosition: (id) => index.eventPosition.get(id),
		entityOrderPosition(id) {
			entityOrderPosition ??= new Map(orderOfEntities().map((entity, position) => [entity.id, position]));
			return entityOrderPosition.get(id);
		},
		eventsOf: (id) => eventListOf(listOf(index.eventsOfEntity, id)),
		quotesOf: (id) => recordListOf(listOf(index.quotesOfEntity, id)),
		quotesAt: (id) => recordListOf(listOf(index.quotesOfEvent, id)),
		eventsFrom: (id) => eventListOf(listOf(index.eventsOfArticle, id)),
		claimComparison: () => (comparison ??= compareClaims(catalog.claims, firstArticle)),
		searchColumns(kind) {
			let known = columns.get(kind);
			if (!known) {
				if (kind === 'entity') known = searchColumns(story.entities, searchTextsOfEntity);
				else if (kind === 'event') known = searchColumns(story.events, searchTextsOfEvent);
				else known = searchColumns(story.quotes, (quote) => searchTextsOfQuote(quote, speakerName(catalog, quote)));
				columns.set(kind, known);
			}
			return known;
		},
		searchPosition(kind, id) {
			if (kind === 'event') return index.eventPosition.get(id);
			return datasetPosition(kind, kind === 'entity' ? story.entities : story.quotes, id);
		},
		articleText(id = firstArticle) {
			let text = texts.get(id);
			if (!text) {
				// A story of one article has only its own text to give.
				const at = story.articles.length === 1 ? 0 : story.articles.findIndex((article) => article.id === id);
				texts.set(id, (text = codePointText(at < 0 ? '' : (story.written.texts[at] ?? ''))));
			}
			return text;
		},
		written() {
			const {data} = story.written;
			return {version: data.version, articles: writtenArticles, entities: data.entities, events: data.events, quotes: data.quotes, claims: data.version === 2 ? data.claims : []};
		},
	};
	catalogs.set(story, catalog);
	return catalog;
}
