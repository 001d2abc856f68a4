/**
 * Claims compared across a story's sources. Claims with the same subject and measure form a
 * group; a group whose values (value and unit) are all equal agrees, one with two or more values
 * disagrees, and every value keeps the words of each source that gives it.
 */
import {formatDate} from './dates.js';
import type {Anchor, Claim, ClaimSubject} from './schema.js';
import {DATE_MEASURE} from './schema-names.js';
import {articleOf} from './sources.js';

/** Claims by position (a Catalog's RecordList, or an array). */
interface ClaimList {
	readonly length: number;
	at(index: number): Claim | undefined;
}

/** One source's words for a value. */
export interface ClaimSource {
	readonly article: string;
	readonly claim: string;
	readonly evidence: Anchor;
	/** The claim's position in the story's claims. */
	readonly order: number;
}

/** A value some sources give, with each one's words. */
export interface ClaimValue {
	readonly value: number | string;
	readonly unit: string | undefined;
	readonly sources: readonly ClaimSource[];
}

/** The claims of a subject and measure, compared. */
export interface ClaimGroup {
	readonly subject: ClaimSubject;
	readonly measure: string;
	/** True when every source gives the same value (a group of one source agrees with itself). */
	readonly agree: boolean;
	/** The values in the order they first appear; more than one when the sources disagree. */
	readonly values: readonly ClaimValue[];
	/** The distinct articles the group's claims come from. */
	readonly articles: readonly string[];
}

/** The comparison of a story's claims, and where its disagreements are. */
export interface ClaimComparison {
	/** Disagreements first, then groups of several sources, then the rest; each in order of first claim. */
	readonly groups: readonly ClaimGroup[];
	readonly disagreements: number;
	/** The groups about an event or an entity. */
	about(subject: ClaimSubject): readonly ClaimGroup[];
	/** Whether the sources disagree on anything about the subject. */
	disputed(subject: ClaimSubject): boolean;
	/** How many disagreements an article is party to. */
	disputesOf(articleId: string): number;
}

/** A subject as a map key: "event:ID" or "entity:ID". */
export function subjectKey(subject: ClaimSubject): string {
	return subject.event !== undefined ? `event:${subject.event}` : `entity:${subject.entity ?? ''}`;
}

const valueKey = (claim: Pick<Claim, 'value' | 'unit'>) => `${typeof claim.value}:${String(claim.value)}:${claim.unit ?? ''}`;

/** Group and compare claims; an anchor without an article is in `defaultArticle`. */
export function compareClaims(claims: ClaimList, defaultArticle: string): ClaimComparison {
	const groups = new Map<string, {subject: ClaimSubject; measure: string; values: Map<string, {value: number | string; unit: string | undefined; sources: ClaimSource[]}>; order: number}>();
	for (let i = 0; i < claims.length; i++) {
		const claim = claims.at(i);
		if (!claim) continue;
		const key = `${subjectKey(claim.subject)}\u0000${claim.measure}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = {subject: claim.subject, measure: claim.measure, values: new Map(), order: i}));
		const vkey = valueKey(claim);
		let value = group.values.get(vkey);
		if (!value) group.values.set(vkey, (value = {value: claim.value, unit: claim.unit, sources: []}));
		value.sources.push({article: articleOf(claim.evidence, defaultArticle), claim: claim.id, evidence: claim.evidence, order: i});
	}
	const compared: (ClaimGroup & {order: number})[] = [...groups.values()].map((group) => {
		const values = [...group.values.values()];
		const articles = [...new Set(values.flatMap((value) => value.sources.map((source) => source.article)))];
		return {subject: group.subject, measure: group.measure, agree: values.length === 1, values, articles, order: group.order};
	});
	const rank = (group: ClaimGroup) => (!group.agree ? 0 : group.articles.length > 1 ? 1 : 2);
	compared.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
	const bySubject = new Map<string, ClaimGroup[]>();
	const disputes = new Map<string, number>();
	const sorted: ClaimGroup[] = compared.map(({order: _order, ...group}) => group);
	for (const group of sorted) {
		const key = subjectKey(group.subject);
		bySubject.set(key, [...(bySubject.get(key) ?? []), group]);
		if (!group.agree) for (const article of group.articles) disputes.set(article, (disputes.get(article) ?? 0) + 1);
	}
	return {
		groups: sorted,
		disagreements: sorted.filter((group) => !group.agree).length,
		about: (subject) => bySubject.get(subjectKey(subject)) ?? [],
		disputed: (subject) => (bySubject.get(subjectKey(subject)) ?? []).some((group) => !group.agree),
		disputesOf: (articleId) => disputes.get(articleId) ?? 0,
	};
}

/** The words of every source's date claim about an event, in claim order. */
export function dateClaimEvidence(comparison: ClaimComparison, eventId: string): Anchor[] {
	const group = comparison.about({event: eventId}).find((candidate) => candidate.measure === DATE_MEASURE);
	if (!group) return [];
	return group.values.flatMap((value) => value.sources).sort((a, b) => a.order - b.order).map((source) => source.evidence);
}

/**
 * A claim's value as people read it, in `lang`: a date as the timeline prints it, an amount in
 * rupiah as "Rp250.000.000", a count with its unit ("15 rumah"), digits grouped as `lang` groups them.
 */
export function formatClaimValue(value: number | string, unit: string | undefined, lang: string): string {
	if (typeof value === 'string') return formatDate(value, lang);
	const digits = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {maximumFractionDigits: 6}).format(value);
	if (unit === 'IDR') return `Rp${digits}`;
	return unit === undefined ? digits : `${digits} ${unit}`;
}
