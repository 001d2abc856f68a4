/**
 * Checks that a schema-valid dataset also holds together: unique ids, references that resolve,
 * ranges that run forwards, dates that exist, and evidence anchors that give exactly their text.
 */
import {codePointText, type CodePointText} from './codepoints.js';
import {isRealDate, precisionOf, firstDay, lastDay} from './dates.js';
import type {Anchor, DatasetFile, Entity, EntityType, Event, Quote} from './schema.js';
import {quoted, type JsonPath} from './errors.js';

export interface IntegrityProblem {
	readonly path: JsonPath;
	readonly message: string;
}

/** Problems with one anchor against the article text. */
function anchorProblems(anchor: Anchor, text: CodePointText, path: JsonPath): IntegrityProblem[] {
	if (anchor.end < anchor.start) {
		return [{path: [...path, 'end'], message: `anchor ends (${anchor.end}) before it starts (${anchor.start})`}];
	}
	if (anchor.end > text.length) {
		return [{path: [...path, 'end'], message: `anchor ends at ${anchor.end}, past the article's ${text.length} code points`}];
	}
	const problems: IntegrityProblem[] = [];
	const actual = text.slice(anchor.start, anchor.end);
	if (actual !== anchor.exact) {
		problems.push({
			path: [...path, 'exact'],
			message: `anchor ${anchor.start}–${anchor.end} gives ${quoted(actual)}, expected its exact text ${quoted(anchor.exact)}`,
		});
	}
	if (anchor.prefix !== undefined) {
		const length = [...anchor.prefix].length;
		const before = text.slice(Math.max(0, anchor.start - length), anchor.start);
		if (before !== anchor.prefix) {
			problems.push({path: [...path, 'prefix'], message: `text before the anchor is ${quoted(before)}, expected prefix ${quoted(anchor.prefix)}`});
		}
	}
	if (anchor.suffix !== undefined) {
		const length = [...anchor.suffix].length;
		const after = text.slice(anchor.end, anchor.end + length);
		if (after !== anchor.suffix) {
			problems.push({path: [...path, 'suffix'], message: `text after the anchor is ${quoted(after)}, expected suffix ${quoted(anchor.suffix)}`});
		}
	}
	return problems;
}

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

/** What a record is checked against: the article text and the ids of the records it may refer to. */
export interface IntegrityContext {
	readonly text: CodePointText;
	entityType(id: string): EntityType | undefined;
	hasEvent(id: string): boolean;
}

/** The context for checking records against an article text (a string, or one already indexed) and the dataset's entities and events. */
export function integrityContext(articleText: string | CodePointText, entityType: (id: string) => EntityType | undefined, hasEvent: (id: string) => boolean): IntegrityContext {
	return {text: typeof articleText === 'string' ? codePointText(articleText) : articleText, entityType, hasEvent};
}

function entityProblems(context: IntegrityContext, path: JsonPath, id: string, wanted?: EntityType): IntegrityProblem[] {
	const type = context.entityType(id);
	if (type === undefined) return [{path, message: `unknown entity "${id}" (expected the id of an entity in $.entities)`}];
	if (wanted && type !== wanted) return [{path, message: `"${id}" is a ${type}, expected the id of a ${wanted}`}];
	return [];
}

/** Problems of the entity at $.entities[i]: its mentions must anchor into the text. */
export function entityIntegrity(entity: Entity, i: number, context: IntegrityContext): IntegrityProblem[] {
	return entity.mentions.flatMap((anchor, j) => anchorProblems(anchor, context.text, ['entities', i, 'mentions', j]));
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
	if (event.place) problems.push(...entityProblems(context, at('place'), event.place, 'place'));
	event.participants.forEach((participant, j) => problems.push(...entityProblems(context, at('participants', j, 'entity'), participant.entity)));
	if (event.dateEvidence) problems.push(...anchorProblems(event.dateEvidence, context.text, at('dateEvidence')));
	event.evidence.forEach((anchor, j) => problems.push(...anchorProblems(anchor, context.text, at('evidence', j))));
	return problems;
}

/** Problems of the quote at $.quotes[i]: its speaker and event, its verbatim text and its anchors. */
export function quoteIntegrity(quote: Quote, i: number, context: IntegrityContext): IntegrityProblem[] {
	const problems = entityProblems(context, ['quotes', i, 'speaker'], quote.speaker);
	if (quote.event !== null && !context.hasEvent(quote.event)) {
		problems.push({path: ['quotes', i, 'event'], message: `unknown event "${quote.event}" (expected the id of an event in $.events, or null)`});
	}
	quote.about.forEach((id, j) => {
		if (!context.hasEvent(id)) problems.push({path: ['quotes', i, 'about', j], message: `unknown event "${id}" (expected the id of an event in $.events)`});
	});
	if (quote.text !== quote.evidence.exact) {
		problems.push({path: ['quotes', i, 'text'], message: 'a quote\'s text must be verbatim: equal to its evidence.exact'});
	}
	problems.push(...anchorProblems(quote.evidence, context.text, ['quotes', i, 'evidence']));
	if (quote.attribution) problems.push(...anchorProblems(quote.attribution, context.text, ['quotes', i, 'attribution']));
	return problems;
}

/** Every integrity problem of a schema-valid dataset, given its article text. */
export function integrityProblems(data: DatasetFile, articleText: string): IntegrityProblem[] {
	const entityType = new Map<string, EntityType>(data.entities.map((entity) => [entity.id, entity.type]));
	const eventIds = new Set(data.events.map((event) => event.id));
	const context = integrityContext(articleText, (id) => entityType.get(id), (id) => eventIds.has(id));
	return [
		...duplicateIds(data.entities, 'entities'),
		...duplicateIds(data.events, 'events'),
		...duplicateIds(data.quotes, 'quotes'),
		...data.entities.flatMap((entity, i) => entityIntegrity(entity, i, context)),
		...data.events.flatMap((event, i) => eventIntegrity(event, i, context)),
		...data.quotes.flatMap((quote, i) => quoteIntegrity(quote, i, context)),
	];
}
