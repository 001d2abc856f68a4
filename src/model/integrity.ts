/**
 * Checks that a schema-valid dataset also holds together: unique ids, references that resolve,
 * ranges that run forwards, dates that exist, and evidence anchors that give exactly their text
 * in the article each one names.
 */
import {codePointLength, codePointText, type CodePointText} from './codepoints.js';
import {isRealDate, precisionOf, firstDay, lastDay} from './dates.js';
import {DATE_MEASURE, type Anchor, type Claim, type DatasetFile, type Entity, type EntityType, type Event, type Quote, type SourceArticle} from './schema.js';
import {quoted, type JsonPath} from './errors.js';
import type {RecordKind} from './record-schemas.js';
import {articlesOf, articleOf, quoteWording} from './sources.js';

export interface IntegrityProblem {
	readonly path: JsonPath;
	readonly message: string;
}

/**
 * A problem's path, made only when there is a problem: a dataset's records are checked a million
 * anchors and references at a time, nearly all of them without one.
 */
type PathOf = (...rest: (string | number)[]) => JsonPath;

/** Add the problems of one anchor (at `path`) against the text of the article it names (or the only one). */
function anchorProblems(problems: IntegrityProblem[], anchor: Anchor, context: IntegrityContext, path: PathOf): void {
	if (anchor.article === undefined && context.defaultArticle === undefined) {
		problems.push({path: path(), message: `the anchor names no article; in a story of ${context.articleIds.length} articles every anchor needs "article" (one of ${context.articleIds.slice(0, 5).map((id) => `"${id}"`).join(', ')}${context.articleIds.length > 5 ? ', …' : ''})`});
		return;
	}
	const article = articleOf(anchor, context.defaultArticle ?? '');
	const text = context.textOf(article);
	// An article whose text could not be read (said once, where it was looked for) checks no anchor.
	if (text === null) return;
	if (text === undefined) problems.push({path: path('article'), message: `unknown article "${article}" (expected the id of an article in $.articles)`});
	else spanProblems(problems, anchor, text, path);
}

/** Add the problems of one anchor against a text. */
function spanProblems(problems: IntegrityProblem[], anchor: Anchor, text: CodePointText, path: PathOf): void {
	if (anchor.end < anchor.start) {
		problems.push({path: path('end'), message: `anchor ends (${anchor.end}) before it starts (${anchor.start})`});
		return;
	}
	if (anchor.end > text.length) {
		problems.push({path: path('end'), message: `anchor ends at ${anchor.end}, past the article's ${text.length} code points${anchor.article ? ` ("${anchor.article}")` : ''}`});
		return;
	}
	// The text is made only when it is not what the anchor says (to say what it is).
	if (!text.holds(anchor.start, anchor.end, anchor.exact)) {
		problems.push({
			path: path('exact'),
			message: `anchor ${anchor.start}–${anchor.end} gives ${quoted(text.slice(anchor.start, anchor.end))}, expected its exact text ${quoted(anchor.exact)}`,
		});
	}
	if (anchor.prefix !== undefined) {
		const start = Math.max(0, anchor.start - codePointLength(anchor.prefix));
		if (!text.holds(start, anchor.start, anchor.prefix)) {
			problems.push({path: path('prefix'), message: `text before the anchor is ${quoted(text.slice(start, anchor.start))}, expected prefix ${quoted(anchor.prefix)}`});
		}
	}
	if (anchor.suffix !== undefined) {
		const end = anchor.end + codePointLength(anchor.suffix);
		if (!text.holds(anchor.end, end, anchor.suffix)) {
			problems.push({path: path('suffix'), message: `text after the anchor is ${quoted(text.slice(anchor.end, end))}, expected suffix ${quoted(anchor.suffix)}`});
		}
	}
}

/** A PathOf under `base`. */
const under = (...base: (string | number)[]): PathOf => (...rest) => [...base, ...rest];

function duplicateIds(records: readonly {id: string}[], kind: string): IntegrityProblem[] {
	const firstAt = new Map<string, number>();
	const problems: IntegrityProblem[] = [];
	records.forEach((record, index) => {
		const first = firstAt.get(record.id);
		if (first === undefined) firstAt.set(record.id, index);
		else problems.push({path: [kind, index, 'id'], message: `duplicate id "${record.id}" (first used at $.${kind}[${first}]); ids must be unique`});
	});
	return problems;
}

/** What a record is checked against: the articles' texts and the ids of the records it may refer to. */
export interface IntegrityContext {
	/** The articles' ids, in dataset order. */
	readonly articleIds: readonly string[];
	/** The article an anchor without "article" is in: the only one, or none when there are several. */
	readonly defaultArticle: string | undefined;
	/** The article's text; null for an article whose text could not be read, undefined for no such article. */
	textOf(articleId: string): CodePointText | null | undefined;
	/** The entity's type; null for an entity the schema refused (its type is not known), undefined for no such entity. */
	entityType(id: string): EntityType | null | undefined;
	hasEvent(id: string): boolean;
}

/** The texts of a story's articles by id (strings, or already indexed; undefined when unreadable), in dataset order. */
export type ArticleTexts = ReadonlyMap<string, string | CodePointText | undefined>;

/** The context for checking records against the articles' texts and the dataset's entities and events. */
export function integrityContext(texts: ArticleTexts, entityType: (id: string) => EntityType | null | undefined, hasEvent: (id: string) => boolean): IntegrityContext {
	const indexed = new Map<string, CodePointText | null>();
	for (const [id, text] of texts) indexed.set(id, text === undefined ? null : typeof text === 'string' ? codePointText(text) : text);
	const articleIds = [...indexed.keys()];
	return {articleIds, defaultArticle: articleIds.length === 1 ? articleIds[0] : undefined, textOf: (id) => indexed.get(id), entityType, hasEvent};
}

/** Add the problem of a reference (at `path`) to an entity there is not, or of another type than `wanted`. */
function entityProblems(problems: IntegrityProblem[], context: IntegrityContext, path: () => JsonPath, id: string, wanted?: EntityType): void {
	const type = context.entityType(id);
	if (type === undefined) problems.push({path: path(), message: `unknown entity "${id}" (expected the id of an entity in $.entities)`});
	else if (wanted && type !== null && type !== wanted) problems.push({path: path(), message: `"${id}" is a ${type}, expected the id of a ${wanted}`});
}

/** Problems of the entity at $.entities[i]: its mentions must anchor into the text. */
export function entityIntegrity(entity: Entity, i: number, context: IntegrityContext): IntegrityProblem[] {
	const problems: IntegrityProblem[] = [];
	entity.mentions.forEach((anchor, j) => anchorProblems(problems, anchor, context, (...rest) => ['entities', i, 'mentions', j, ...rest]));
	return problems;
}

/** Problems of the event at $.events[i]: its dates, its references and its anchors. */
export function eventIntegrity(event: Event, i: number, context: IntegrityContext): IntegrityProblem[] {
	const problems: IntegrityProblem[] = [];
	const at = (...rest: (string | number)[]): JsonPath => ['events', i, ...rest];
	for (const [field, date] of [['start', event.start], ['end', event.end]] as const) {
		if (!date) continue;
		if (precisionOf(date) !== event.precision) {
			problems.push({path: at(field), message: `"${date}" is written at ${precisionOf(date)} precision, but the event's precision is "${event.precision}"`});
		} else if (!isRealDate(date)) {
			problems.push({path: at(field), message: `"${date}" is not a real calendar date`});
		}
	}
	if (event.end && lastDay(event.end) < firstDay(event.start)) {
		problems.push({path: at('end'), message: `the event ends (${event.end}) before it starts (${event.start})`});
	}
	if (event.place) entityProblems(problems, context, () => at('place'), event.place, 'place');
	event.participants.forEach((participant, j) => entityProblems(problems, context, () => at('participants', j, 'entity'), participant.entity));
	if (event.dateEvidence) anchorProblems(problems, event.dateEvidence, context, (...rest) => at('dateEvidence', ...rest));
	event.evidence.forEach((anchor, j) => anchorProblems(problems, anchor, context, (...rest) => at('evidence', j, ...rest)));
	return problems;
}

/** Problems of the quote at $.quotes[i]: its speaker and event, its verbatim text and its anchors. */
export function quoteIntegrity(quote: Quote, i: number, context: IntegrityContext): IntegrityProblem[] {
	const problems: IntegrityProblem[] = [];
	entityProblems(problems, context, () => ['quotes', i, 'speaker'], quote.speaker);
	if (quote.event !== null && !context.hasEvent(quote.event)) {
		problems.push({path: ['quotes', i, 'event'], message: `unknown event "${quote.event}" (expected the id of an event in $.events, or null)`});
	}
	quote.about.forEach((id, j) => {
		if (!context.hasEvent(id)) problems.push({path: ['quotes', i, 'about', j], message: `unknown event "${id}" (expected the id of an event in $.events)`});
	});
	if (quote.text !== quote.evidence.exact) {
		problems.push({path: ['quotes', i, 'text'], message: 'a quote\'s text must be verbatim: equal to its evidence.exact'});
	}
	anchorProblems(problems, quote.evidence, context, under('quotes', i, 'evidence'));
	if (quote.attribution) anchorProblems(problems, quote.attribution, context, under('quotes', i, 'attribution'));
	const printedIn = new Set([articleOf(quote.evidence, context.defaultArticle ?? '')]);
	(quote.otherSources ?? []).forEach((printing, j) => {
		const at: JsonPath = ['quotes', i, 'otherSources', j];
		const article = articleOf(printing.evidence, context.defaultArticle ?? '');
		if (printedIn.has(article)) problems.push({path: [...at, 'evidence', 'article'], message: `the quote is already printed in article "${article}"; otherSources holds one printing per other article`});
		printedIn.add(article);
		anchorProblems(problems, printing.evidence, context, under(...at, 'evidence'));
		if (printing.attribution) anchorProblems(problems, printing.attribution, context, under(...at, 'attribution'));
		if (quoteWording(quote.text, printing.evidence.exact) === 'different') {
			problems.push({path: [...at, 'evidence', 'exact'], message: `${quoted(printing.evidence.exact)} has other words than the quote ${quoted(quote.text)}: printings may differ only in case, spacing and punctuation, or print a shorter run of its words`});
		}
	});
	return problems;
}

/** Problems of the claim at $.claims[i]: its subject, its value for its measure and its evidence. */
export function claimIntegrity(claim: Claim, i: number, context: IntegrityContext): IntegrityProblem[] {
	const problems: IntegrityProblem[] = [];
	const at = (...rest: (string | number)[]): JsonPath => ['claims', i, ...rest];
	const {event, entity} = claim.subject;
	if (event !== undefined && !context.hasEvent(event)) problems.push({path: at('subject', 'event'), message: `unknown event "${event}" (expected the id of an event in $.events)`});
	if (entity !== undefined) entityProblems(problems, context, () => at('subject', 'entity'), entity);
	if (claim.measure === DATE_MEASURE) {
		if (typeof claim.value !== 'string') problems.push({path: at('value'), message: `a "${DATE_MEASURE}" claim's value is a date (YYYY, YYYY-MM or YYYY-MM-DD), got ${String(claim.value)}`});
		else if (!isRealDate(claim.value)) problems.push({path: at('value'), message: `"${claim.value}" is not a real calendar date`});
		if (event === undefined) problems.push({path: at('subject'), message: `a "${DATE_MEASURE}" claim dates an event: its subject is {"event": id}`});
	} else if (typeof claim.value !== 'number') {
		problems.push({path: at('value'), message: `a "${claim.measure}" claim's value is a number; only a "${DATE_MEASURE}" claim's value is a date`});
	}
	anchorProblems(problems, claim.evidence, context, (...rest) => at('evidence', ...rest));
	return problems;
}

/**
 * The records of a dataset that the schema passed, each at its index in the file (a hole where the
 * schema refused one), and the ids of those it refused: a reference to one of them is not reported
 * again, since its record already is.
 */
export interface CheckedRecords {
	readonly articles: readonly SourceArticle[];
	readonly entities: readonly Entity[];
	readonly events: readonly Event[];
	readonly quotes: readonly Quote[];
	readonly claims: readonly Claim[];
	readonly refused?: {readonly entities: ReadonlyMap<string, EntityType | null>; readonly events: ReadonlySet<string>};
}

/** A schema-valid dataset's records, as integrityProblems reads them. */
export function checkedRecords(data: DatasetFile): CheckedRecords {
	return {articles: articlesOf(data), entities: data.entities, events: data.events, quotes: data.quotes, claims: data.version === 2 ? data.claims : []};
}

/** The problems of one record of `kind` on its own, by its kind's check above. */
export function recordIntegrity(kind: RecordKind, record: Entity | Event | Quote | Claim, i: number, context: IntegrityContext): IntegrityProblem[] {
	if (kind === 'entities') return entityIntegrity(record as Entity, i, context);
	if (kind === 'events') return eventIntegrity(record as Event, i, context);
	if (kind === 'quotes') return quoteIntegrity(record as Quote, i, context);
	return claimIntegrity(record as Claim, i, context);
}

/** Every integrity problem of the records, given the articles' texts by id (holes in the arrays are skipped). */
export function integrityProblems(records: CheckedRecords, texts: ArticleTexts): IntegrityProblem[] {
	const entityType = new Map<string, EntityType | null>(records.refused?.entities);
	records.entities.forEach((entity) => entityType.set(entity.id, entity.type));
	const eventIds = new Set(records.refused?.events);
	records.events.forEach((event) => eventIds.add(event.id));
	const context = integrityContext(texts, (id) => entityType.get(id), (id) => eventIds.has(id));
	return [
		...duplicateIds(records.articles, 'articles'),
		...duplicateIds(records.claims, 'claims'),
		...duplicateIds(records.entities, 'entities'),
		...duplicateIds(records.events, 'events'),
		...duplicateIds(records.quotes, 'quotes'),
		...records.entities.flatMap((entity, i) => entityIntegrity(entity, i, context)),
		...records.events.flatMap((event, i) => eventIntegrity(event, i, context)),
		...records.quotes.flatMap((quote, i) => quoteIntegrity(quote, i, context)),
		...records.claims.flatMap((claim, i) => claimIntegrity(claim, i, context)),
	];
}
