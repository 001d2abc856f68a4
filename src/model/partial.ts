/**
 * The parts of a dataset that the schema refused as a whole, checked record by record: the records
 * that pass are still checked for integrity (dangling references, duplicate ids, anchors), so one
 * run reports every problem instead of the schema's first and the rest in later rounds.
 */
import type * as z from 'zod/mini';
import type {CheckedRecords} from './integrity.js';
import {Article, ARTICLE_ID, Claim, Entity, EntityType, Event, Quote, SourceArticle} from './schema.js';

/** The records of `raw` that pass their own schema, at their indexes; undefined when `raw` is not a dataset of a known version at all. */
export function partialRecords(raw: unknown): (CheckedRecords & {readonly version: 1 | 2; readonly articleIds: readonly string[]}) | undefined {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const value = raw as Record<string, unknown>;
	const version = value.version;
	if (version !== 1 && version !== 2) return undefined;
	const refusedEntities = new Map<string, EntityType | null>();
	const refusedEvents = new Set<string>();
	const each = <R>(key: string, schema: z.ZodMiniType<R>, refused?: (element: Record<string, unknown>, id: string) => void): R[] => {
		const list = value[key];
		const passed: R[] = [];
		if (!Array.isArray(list)) return passed;
		list.forEach((element: unknown, i) => {
			const parsed = schema.safeParse(element);
			if (parsed.success) passed[i] = parsed.data;
			else if (refused && element && typeof element === 'object' && typeof (element as {id?: unknown}).id === 'string') refused(element as Record<string, unknown>, (element as {id: string}).id);
		});
		return passed;
	};
	const articleIds: string[] = [];
	let articles: SourceArticle[];
	if (version === 1) {
		const article = Article.safeParse(value.article);
		articles = article.success ? [{id: ARTICLE_ID, ...article.data}] : [];
		articleIds.push(ARTICLE_ID);
	} else {
		articles = each('articles', SourceArticle);
		for (const article of Array.isArray(value.articles) ? (value.articles as unknown[]) : []) {
			const id = article && typeof article === 'object' ? (article as {id?: unknown}).id : undefined;
			if (typeof id === 'string') articleIds.push(id);
		}
	}
	return {
		version,
		articleIds,
		articles,
		entities: each('entities', Entity, (element, id) => {
			const type = EntityType.safeParse(element.type);
			refusedEntities.set(id, type.success ? type.data : null);
		}),
		events: each('events', Event, (_element, id) => refusedEvents.add(id)),
		quotes: each('quotes', Quote),
		claims: version === 2 ? each('claims', Claim) : [],
		refused: {entities: refusedEntities, events: refusedEvents},
	};
}
