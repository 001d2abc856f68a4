/**
 * `mergeDrafts`: several single-article drafts (each read by ingestDocument) into one draft story of
 * version 2. Entities are merged by name, alias and short form; events by date and shared
 * participants, place or key words; quotes by their words. Every merge is written down as a note,
 * so that a person can check why two things became one (`ingest --explain`).
 */
import {compareClaims} from '../model/claims.js';
import {slug, uniqueIds} from '../model/ids.js';
import type {Claim, DatasetFileV2, Entity, SourceArticle} from '../model/schema.js';
import {abbreviates, foldName, fullestTitles} from './aliases.js';
import {descriptionOfTitle} from './entities.js';
import {draftClaims} from './storyClaims.js';
import {mergeEvents, withUndisputedTitle} from './storyEvents.js';
import {mergeQuotes} from './storyQuotes.js';
import {keyOf, type Key, type SourceDraft} from './storySources.js';
import {anchorMaker, wholeWordSpans, withArticle} from './spans.js';

export type {SourceDraft} from './storySources.js';

/** A merged story and the reasons of each merge. */
export interface StoryDraft {
	readonly dataset: DatasetFileV2;
	readonly notes: readonly string[];
}

/** The ids articles get from their file names: unique, readable. */
export function articleIds(names: readonly string[]): string[] {
	const unique = uniqueIds();
	return names.map((name) => unique(slug(name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), {fallback: 'artikel'})));
}

const personWords = (name: string) => foldName(name).split(' ').filter((word) => word.length > 1);

/** Why two entities are one, or undefined: a shared name or alias, or (people) one's words all in the other's name. */
function sameEntity(a: Entity, b: Entity): string | undefined {
	if (a.type !== b.type) return undefined;
	const namesA = new Set([a.name, ...a.aliases].map(foldName));
	const shared = [b.name, ...b.aliases].map(foldName).find((name) => namesA.has(name));
	if (shared) return `shared name "${shared}"`;
	if (a.type === 'organization') {
		// "PUPR Garut" in one article is the "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut" of another.
		const formsB = [b.name, ...b.aliases];
		for (const formA of [a.name, ...a.aliases]) {
			const pair = formsB.find((formB) => abbreviates(formA, formB) || abbreviates(formB, formA));
			if (pair) return `"${formA.length < pair.length ? formA : pair}" is a short form of "${formA.length < pair.length ? pair : formA}"`;
		}
	}
	if (a.type !== 'person') return undefined;
	// "Ridwan" or "Marlina" is the short form of "Ridwan Saputra" / "Rina Marlina" in the same story.
	const [shorter, longer] = personWords(a.name).length <= personWords(b.name).length ? [a, b] : [b, a];
	const longWords = new Set(personWords(longer.name));
	const shortWords = personWords(shorter.name);
	if (shortWords.length > 0 && shortWords.every((word) => longWords.has(word))) return `"${shorter.name}" is a short form of "${longer.name}"`;
	return undefined;
}

/** The words of every place's names in the story's sources, folded: "girimulya", "jawa", "tengah". */
function placeWordsOf(sources: readonly SourceDraft[]): Set<string> {
	const places = sources.flatMap(({draft}) => draft.entities.filter((entity) => entity.type === 'place'));
	return new Set(places.flatMap((place) => [place.name, ...place.aliases].flatMap(personWords)));
}

/** Whether `longer` is `shorter` with words added that are all words of places (`placeWords`). */
function addsPlaceWordsOnly(longer: string, shorter: string, placeWords: ReadonlySet<string>): boolean {
	const longWords = personWords(longer);
	const shortWords = personWords(shorter);
	const added = longWords.filter((word) => !shortWords.includes(word));
	return added.length > 0 && shortWords.every((word) => longWords.includes(word)) && added.every((word) => placeWords.has(word));
}

/** Merge the entities of all drafts: one cluster per real entity, the canonical name the fullest one. */
function mergeEntities(sources: readonly SourceDraft[], notes: string[]): {entities: Entity[]; entityOf: Map<Key, string>} {
	const clusters: {members: {article: string; entity: Entity}[]}[] = [];
	for (const {id: article, draft} of sources) {
		for (const entity of draft.entities) {
			const matches = clusters.filter((cluster) => cluster.members.some((member) => member.article !== article && sameEntity(member.entity, entity)));
			// A short form that fits two different people ("Asep" for two Aseps) stays apart: it is ambiguous.
			const target = matches.length === 1 || (matches.length > 1 && entity.type !== 'person') ? matches[0] : undefined;
			if (target) {
				const other = target.members.find((member) => member.article !== article && sameEntity(member.entity, entity));
				if (other) notes.push(`entity: "${entity.name}" (${article}) = "${other.entity.name}" (${other.article}): ${sameEntity(other.entity, entity) ?? ''}`);
				target.members.push({article, entity});
			} else {
				if (matches.length > 1) notes.push(`entity: "${entity.name}" (${article}) kept apart: it could be ${matches.map((m) => `"${m.members[0]?.entity.name ?? ''}"`).join(' or ')}`);
				clusters.push({members: [{article, entity}]});
			}
		}
	}
	const unique = uniqueIds();
	const entityOf = new Map<Key, string>();
	const placeWords = placeWordsOf(sources);
	const entities = clusters.map(({members}) => {
		const first = members[0] as {article: string; entity: Entity};
		// "Girimulya Hendra Wicaksono" of one source is "Hendra Wicaksono" with the place of his office
		// run in: no fuller name. A body's place is its own ("BPBD Kabupaten Girimulya" is more than "BPBD"): only people's names are read so.
		const named = first.entity.type !== 'person' ? members : members.filter((member) => !members.some((other) => addsPlaceWordsOnly(member.entity.name, other.entity.name, placeWords)));
		const fullest = named.reduce((best, member) => (personWords(member.entity.name).length > personWords(best.entity.name).length ? member : best), named[0] ?? first);
		const id = unique(fullest.entity.id);
		for (const member of members) entityOf.set(keyOf(member.article, member.entity.id), id);
		const names = [...new Set(members.flatMap((member) => [member.entity.name, ...member.entity.aliases]))].filter((name) => name !== fullest.entity.name);
		const printed = new Map(members.flatMap((member) => member.entity.titles).map((title) => [JSON.stringify(title), title]));
		const titles = fullestTitles([...printed.values()], (title) => title.id ?? Object.values(title)[0] ?? '');
		return {
			...fullest.entity,
			id,
			aliases: names,
			titles,
			description: describedByTitle(fullest.entity, titles[0]),
			mentions: members.flatMap((member) => member.entity.mentions.map(withArticle(member.article))),
		};
	});
	return {entities: entities.map((entity) => withNamesElsewhere(entity, sources, notes)), entityOf};
}

/**
 * An entity's description where its own first title wrote it ("Kompol." of "Kompol") is the story's
 * first title's ("Kasubdit III Tipikor Ditreskrimsus Polda Jateng."): a post another article gives
 * describes the person better than a rank; a description of other words is kept.
 */
function describedByTitle(entity: Entity, first: Entity['titles'][number] | undefined): Entity['description'] {
	const own = entity.titles[0];
	const written = own !== undefined && own.id !== undefined && entity.description.id === descriptionOfTitle(own.id);
	return written && first?.id !== undefined ? {id: descriptionOfTitle(first.id)} : entity.description;
}

/**
 * A person one article names in full ("Febby Rizki Pratama dari BPBD Lebak") is also mentioned where
 * another article prints that full name without a title the single-article rules need to see it.
 */
function withNamesElsewhere(entity: Entity, sources: readonly SourceDraft[], notes: string[]): Entity {
	if (entity.type !== 'person' || personWords(entity.name).length < 2) return entity;
	const has = new Set(entity.mentions.map((mention) => mention.article));
	const added = sources.flatMap(({id, draft}) => {
		const text = draft.article.text ?? '';
		if (has.has(id)) return [];
		const anchor = anchorMaker(text);
		const found = wholeWordSpans(text, {start: 0, end: text.length}, entity.name).map((span) => ({...anchor(span), article: id}));
		if (found.length > 0) notes.push(`entity: "${entity.name}" is also named in ${id}, where the single-article rules did not see it`);
		return found;
	});
	return added.length === 0 ? entity : {...entity, mentions: [...entity.mentions, ...added]};
}

/** Merge single-article drafts into one story, with the notes of what was merged and why. */
export function mergeDrafts(sources: readonly SourceDraft[]): StoryDraft {
	const notes: string[] = [];
	const articles: SourceArticle[] = sources.map(({id, draft}) => ({id, ...draft.article}));
	const {entities, entityOf} = mergeEntities(sources, notes);
	const {events, eventOf, datings} = mergeEvents(sources, entityOf, notes);
	const quotes = mergeQuotes(sources, {entity: (article, id) => entityOf.get(keyOf(article, id)), event: (article, id) => eventOf.get(keyOf(article, id))}, notes);
	const claims: Claim[] = draftClaims({sources, events, entities, eventOf: (article, id) => eventOf.get(keyOf(article, id)), datings, notes});
	const disputed = compareClaims(claims, '');
	const titled = events.map((event) => withUndisputedTitle(event, datings.get(event.id) ?? [], disputed, notes));
	return {dataset: {version: 2, articles, entities, events: titled, quotes, claims}, notes};
}
