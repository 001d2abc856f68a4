/**
 * How close a drafted story comes to a curated story of the same articles: each source's figures
 * (the items with evidence in that article, scored as one article is), the merged figures, what was
 * merged across sources (entities named in several articles, events several report, quotes several
 * print), and the claims: found (same article, measure and value), and each curated comparison
 * (subject and measure) found with the same verdict, agreeing or disagreeing.
 */
import type {Anchor, Claim, DatasetFileV2, Event} from '../model/schema.js';
import {foldName} from './aliases.js';
import {kindFigures, quoteShown, scoreDraft, type DraftScore, type KindScore} from './score.js';
import {compareClaims, type ClaimGroup} from '../model/claims.js';
import {wordsOf} from '../model/sources.js';

export interface ClaimScore {
	readonly claims: KindScore;
	readonly agreeing: KindScore;
	readonly disagreeing: KindScore;
}

export interface StoryScore {
	readonly sources: Readonly<Record<string, DraftScore>>;
	readonly merged: DraftScore;
	readonly multiSource: {readonly entities: KindScore; readonly events: KindScore; readonly quotes: KindScore};
	readonly claims: ClaimScore;
}

type Story = Pick<DatasetFileV2, 'articles' | 'entities' | 'events' | 'quotes' | 'claims'>;

const articlesOf = (anchors: readonly Anchor[]) => new Set(anchors.map((anchor) => anchor.article ?? ''));
const quoteAnchors = (quote: Story['quotes'][number]) => [quote.evidence, ...(quote.otherSources ?? []).map((other) => other.evidence)];
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));

/** The items of a story that rest on one article. */
function restrictTo(story: Story, article: string): Story {
	return {
		articles: story.articles.filter((item) => item.id === article),
		entities: story.entities.filter((entity) => articlesOf(entity.mentions).has(article)),
		events: story.events.filter((event) => articlesOf(event.evidence).has(article)),
		quotes: story.quotes.filter((quote) => articlesOf(quoteAnchors(quote)).has(article)),
		claims: story.claims.filter((claim) => claim.evidence.article === article),
	};
}

function figures<A, B>(drafted: readonly A[], curated: readonly B[], fits: (a: A, b: B) => boolean, label: (item: A | B) => string): KindScore {
	return kindFigures(drafted, curated, fits, label, label);
}

const sameDates = (a: Event, b: Event) => a.start === b.start && (a.end || a.start) === (b.end || b.start);
const eventLabel = (event: Event) => `${event.start} ${event.title.id ?? Object.values(event.title)[0] ?? ''}`;

interface Group {
	readonly subject: Event | undefined;
	readonly group: ClaimGroup;
}

function groupsOf(story: Story): Group[] {
	return compareClaims(story.claims, story.articles[0]?.id ?? '').groups.map((group) => ({subject: story.events.find((event) => event.id === group.subject.event), group}));
}

/** Score a drafted story against a curated one whose articles have the same ids. */
export function scoreStory(draft: Story, curated: Story): StoryScore {
	const sources = Object.fromEntries(curated.articles.map((article) => [article.id, scoreDraft(restrictTo(draft, article.id), restrictTo(curated, article.id))]));
	const several = <T>(items: readonly T[], anchors: (item: T) => readonly Anchor[]) => items.filter((item) => articlesOf(anchors(item)).size > 1);
	const names = (entity: Story['entities'][number]) => new Set([entity.name, ...entity.aliases].map(foldName));
	const claimFits = (a: Claim, b: Claim) => a.evidence.article === b.evidence.article && a.measure === b.measure && a.value === b.value;
	// Two groups are the same comparison when they measure the same thing of events on the same dates, from the same articles.
	const groupFits = (a: Group, b: Group) =>
		a.group.measure === b.group.measure && a.group.agree === b.group.agree && a.subject !== undefined && b.subject !== undefined && sameDates(a.subject, b.subject) && sameSet(new Set(a.group.articles), new Set(b.group.articles));
	const groupLabel = ({subject, group}: Group) => `${group.measure} of ${subject ? eventLabel(subject) : '?'}: ${group.values.map((value) => `${value.value} (${value.sources.map((source) => source.article).join(', ')})`).join(' vs ')}`;
	// Only comparisons count: a measure one source alone gives is a claim, not an agreement.
	const compared = (story: Story) => groupsOf(story).filter(({group}) => group.articles.length > 1);
	const draftGroups = compared(draft);
	const curatedGroups = compared(curated);
	return {
		sources,
		merged: scoreDraft(draft, curated),
		multiSource: {
			entities: figures(several(draft.entities, (e) => e.mentions), several(curated.entities, (e) => e.mentions), (a, b) => [...names(a)].some((name) => names(b).has(name)) && sameSet(articlesOf(a.mentions), articlesOf(b.mentions)), (entity) => entity.name),
			events: figures(several(draft.events, (e) => e.evidence), several(curated.events, (e) => e.evidence), (a, b) => sameDates(a, b) && sameSet(articlesOf(a.evidence), articlesOf(b.evidence)), eventLabel),
			quotes: figures(
				several(draft.quotes, quoteAnchors),
				several(curated.quotes, quoteAnchors),
				(a, b) => wordsOf(a.text).join(' ') === wordsOf(b.text).join(' ') && sameSet(articlesOf(quoteAnchors(a)), articlesOf(quoteAnchors(b))),
				(quote) => quoteShown(quote.text),
			),
		},
		claims: {
			claims: figures(draft.claims, curated.claims, claimFits, (claim) => `${claim.measure} ${claim.value} (${claim.evidence.article ?? ''}: "${claim.evidence.exact}")`),
			agreeing: figures(draftGroups.filter((g) => g.group.agree), curatedGroups.filter((g) => g.group.agree), groupFits, groupLabel),
			disagreeing: figures(draftGroups.filter((g) => !g.group.agree), curatedGroups.filter((g) => !g.group.agree), groupFits, groupLabel),
		},
	};
}
