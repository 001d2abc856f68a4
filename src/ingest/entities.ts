/**
 * The entity candidates of an article — people, organizations, places — found sentence by
 * sentence, merged (aliases.ts), and anchored wherever the text names them.
 */
import type {Anchor, Entity, EntityType} from '../model/schema.js';
import {mergeCandidates} from './aliases.js';
import {peopleBeforePosts} from './appositions.js';
import {withBareNames} from './bareNames.js';
import {candidate, claim, type Candidate, type Reading} from './candidates.js';
import {outletName} from './dateline.js';
import {outletNameBy} from './masthead.js';
import {slug, uniqueIds} from '../model/ids.js';
import type {ArticleLayout} from './layout.js';
import {organizationsByForm, organizationsByHead} from './organizations.js';
import {capitalized, initialsOfPeople, peopleActing, peopleAfterRoles, peopleAfterVerbs, peopleIntroduced} from './people.js';
import {areas, areasNamed, facilities, leadCity, placesAfterPrepositions} from './places.js';
import {AGENCY_FORMS, ORGANIZATION_FORMS} from './names.js';
import {seatOf} from './seats.js';
import {isAcronym, wordsOf} from './tokens.js';
import type {TextStructure} from './sentences.js';
import {overlaps, wholeWordSpans, type Span} from './spans.js';

/** Where an entity is named, for the rules that follow (events, quotes). */
export interface EntityMention {
	readonly entity: string;
	readonly type: EntityType;
	readonly span: Span;
}

export interface FoundEntities {
	readonly entities: readonly Entity[];
	readonly mentions: readonly EntityMention[];
}

/** The rules that read a sentence, in the order they claim its words. */
const SENTENCE_RULES: readonly ((reading: Reading) => Candidate[])[] = [
	initialsOfPeople,
	peopleAfterRoles,
	peopleBeforePosts,
	facilities,
	organizationsByHead,
	organizationsByForm,
	areas,
	placesAfterPrepositions,
	peopleAfterVerbs,
	peopleIntroduced,
	peopleActing,
];

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place'];
const DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
	person: 'Orang yang disebut dalam artikel.',
	organization: 'Organisasi yang disebut dalam artikel.',
	place: 'Tempat yang disebut dalam artikel.',
};

/** `site`: the outlet's name as the page (or the user) gives it, which names the outlet's printed domain. */
/**
 * Who sit or act in a case, named as a body would be ("Majelis Hakim", "Jaksa Penuntut Umum (JPU)",
 * "Tim Kuasa Hukum"): a role of people, not an organization; the court or the prosecutor's office
 * they belong to is named beside them ("PN Kisaran", "Kejari Asahan").
 */
const PANELS_OF_PEOPLE = /^(?:Majelis\s+Hakim|JPU|Jaksa\s+Penuntut\s+Umum|Penuntut\s+Umum|(?:Tim\s+)?(?:Kuasa|Penasihat)\s+Hukum)$/iu;

/** Whether a masthead ("ANTARA News Makassar") opens with the outlet a lead names ("ANTARA"): the agency's own page. */
function ownOutlet(masthead: string, printed: string): boolean {
	return masthead.toLowerCase().startsWith(`${printed.toLowerCase()} `);
}

function candidatesOf(text: string, layout: ArticleLayout, structure: TextStructure, site?: string): Candidate[] {
	const found: Candidate[] = [];
	const {dateline, masthead} = layout;
	if (masthead) found.push(candidate('organization', outletName(masthead.printed), masthead.span, [masthead.printed]));
	if (dateline?.outletPrinted && dateline.outletSpan) {
		found.push(candidate('organization', outletNameBy(dateline.outletPrinted, masthead, site), dateline.outletSpan, [dateline.outletPrinted]));
	}
	const leadOutlet = layout.lead?.outlet;
	if (leadOutlet) {
		const agency = AGENCY_FORMS.get(leadOutlet.printed) ?? AGENCY_FORMS.get(leadOutlet.printed.charAt(0) + leadOutlet.printed.slice(1).toLowerCase());
		// "MAKASSAR (ANTARA) -" under the masthead "ANTARA News Makassar": the agency's own outlet, one body.
		const agencyOwn = agency !== undefined && masthead !== undefined && ownOutlet(masthead.printed, leadOutlet.printed);
		const name = agencyOwn ? outletName(masthead.printed) : agency ?? outletNameBy(leadOutlet.printed, masthead, site);
		found.push(candidate('organization', name, leadOutlet.span, [leadOutlet.printed]));
	}
	const city = leadCity(layout.lead);
	if (city) found.push(city);
	const sentences = structure.sentences.map((sentence) => wordsOf(text, sentence.span));
	const named = areasNamed(sentences, city);
	for (const words of sentences) {
		const reading: Reading = {words, claimed: words.tokens.map(() => false), areas: named};
		const leadSpans = [...(city?.spans ?? []), ...(leadOutlet ? [leadOutlet.span] : [])];
		words.tokens.forEach((token, i) => leadSpans.some((span) => overlaps(span, token)) && claim(reading, i, i + 1));
		for (const rule of SENTENCE_RULES) found.push(...rule(reading));
	}
	// An acronym printed bare is the place it was defined for ("Tempat Pemrosesan Akhir (TPA)" … "TPA").
	const placeForms = new Set(found.filter((item) => item.type === 'place').flatMap((item) => item.aliases));
	return found.filter((item) => !(item.type === 'organization' && PANELS_OF_PEOPLE.test(item.name))).map((item) => (item.type === 'organization' && item.aliases.length === 0 && placeForms.has(item.name) ? {...item, type: 'place' as const} : item)).map((item) => withKnownForms(item, named));
}

/** Heads an organization's name may be printed without: "Perum Bulog" is "Bulog", "Partai Nasdem" "Nasdem". */
const DROPPABLE_HEADS = /^(?:PT|PT\.|Perum|Perumda|Partai|CV)\s+(?=\S)/;

/** An organization under its listed name too ("BULOG" → Bulog), and without a droppable head. */
function withKnownForms(found: Candidate, places: ReadonlySet<string>): Candidate {
	if (found.type !== 'organization') return found;
	const forms = [found.name, ...found.aliases];
	const extra = forms.flatMap((form) => {
		const bare = form.replace(DROPPABLE_HEADS, '');
		// "BPBD Kabupaten Demak" is BPBD, "Bulog Sulsel" Bulog: a known body or an acronym before a place.
		const body = seatOf(bare, places)?.body;
		// "Dinas Kesehatan Kota Pontianak" is the "Dinas Kesehatan" the article names again.
		const known = body !== undefined && (ORGANIZATION_FORMS.has(body) || isAcronym(body) || body.split(' ').length >= 2) ? [body, ORGANIZATION_FORMS.get(body)] : [];
		return [ORGANIZATION_FORMS.get(form), ...(bare !== form ? [bare, ORGANIZATION_FORMS.get(bare)] : []), ...known];
	}).filter((form): form is string => form !== undefined && !forms.includes(form));
	return extra.length === 0 ? found : {...found, aliases: [...found.aliases, ...new Set(extra)]};
}

/** Every place the body prints one of an entity's names, plus where its candidates were found. */
function mentionSpans(text: string, body: Span, chrome: readonly Span[], entity: Candidate): Span[] {
	const spans: Span[] = [...entity.spans];
	for (const form of [entity.name, ...entity.aliases]) {
		// A person is named by the name, not by the title printed with it ("Menkomdigi Meutya Hafid").
		if ([...form].length < 2 || (entity.type === 'person' && form !== entity.name && form.includes(entity.name))) continue;
		// A loop, not push(...): a name can be printed any number of times in a long text.
		for (const span of wholeWordSpans(text, body, form)) spans.push(span);
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Span[] = [];
	for (const span of spans) if (!kept.some((other) => overlaps(other, span)) && !chrome.some((piece) => overlaps(piece, span))) kept.push(span);
	return kept;
}

/**
 * Each organization's mentions without those inside a longer mention of another: "PMI" in "PMI
 * Provinsi Jawa Tengah" is that body, not PMI Kabupaten Girimulya, which the article also calls PMI.
 */
function outsideLongerNames(found: readonly {entity: Candidate; spans: Span[]}[]): {entity: Candidate; spans: Span[]}[] {
	const organizations = found.filter(({entity}) => entity.type === 'organization');
	return found.map(({entity, spans}) => {
		if (entity.type !== 'organization') return {entity, spans};
		const inside = (span: Span) => organizations.some((other) => other.entity !== entity && other.spans.some((longer) => longer.start <= span.start && span.end <= longer.end && longer.end - longer.start > span.end - span.start));
		return {entity, spans: spans.filter((span) => !inside(span))};
	});
}

/** The description a title writes for its holder: the title as a sentence ("jaksa" gives "Jaksa."). */
export function descriptionOfTitle(title: string): string {
	return `${capitalized(title)}.`;
}

/** Find, merge and anchor the entities of an article; `site` is the outlet's own name for itself, if known. */
export function findEntities(text: string, layout: ArticleLayout, structure: TextStructure, anchor: (span: Span) => Anchor, site?: string): FoundEntities {
	const chromeSpans = layout.chrome.map((piece) => piece.span);
	const named = outsideLongerNames(mergeCandidates(candidatesOf(text, layout, structure, site)).map((entity) => ({entity, spans: mentionSpans(text, layout.body, chromeSpans, entity)})));
	const merged = withBareNames(text, layout.body, chromeSpans, named)
		.sort((a, b) => TYPE_ORDER.indexOf(a.entity.type) - TYPE_ORDER.indexOf(b.entity.type) || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
	const nextId = uniqueIds();
	const entities: Entity[] = [];
	const mentions: EntityMention[] = [];
	for (const {entity, spans} of merged) {
		const id = nextId(slug(entity.name, {words: 6, fallback: entity.type}));
		const title = entity.titles[0];
		entities.push({
			id,
			type: entity.type,
			name: entity.name,
			aliases: [...entity.aliases],
			titles: entity.titles.map((value) => ({id: value})),
			description: {id: title ? descriptionOfTitle(title) : entity.description ? `${entity.description}.` : DESCRIPTIONS[entity.type]},
			mentions: spans.map(anchor),
		});
		for (const span of spans) mentions.push({entity: id, type: entity.type, span});
	}
	mentions.sort((a, b) => a.span.start - b.span.start);
	return {entities, mentions};
}
