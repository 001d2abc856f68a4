/**
 * The linimasa dataset format: a story of one or more news articles and the events, entities,
 * quotes and claims read from them, each anchored to the text of the article it comes from.
 * Version 1 holds one `article`; version 2 holds `articles` (each with an id) and `claims`. Every
 * anchor may name its article; it must when the story has more than one. What a story's sources
 * say about an event, a quote or a figure is read from those anchors (see src/model/sources.ts).
 * This zod schema is the single definition: it validates every dataset at load and generates
 * data/linimasa.schema.json for other tools. Every object is strict: a key it does not know is an
 * error (a misspelt `quote` must not pass as a dataset of no quotes). It is written with zod/mini,
 * whose functions tree-shake: the program loads 13 KB of zod instead of 450 KB at every start.
 */
import * as z from 'zod/mini';
import {ID_PATTERN} from './ids.js';

/** A schema named in the generated JSON Schema's $defs (used there by reference, not copied). */
function named<T extends z.ZodMiniType>(name: string, schema: T): T {
	return schema.check(z.meta({id: name}));
}

/** A schema with a description (and any other JSON Schema keywords) for the generated JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string, more: Record<string, unknown> = {}): T {
	return schema.check(z.meta({description, ...more}));
}

const nonEmpty = () => z.string().check(z.minLength(1));
const strings = () => z._default(z.array(nonEmpty()), []);


/** An identifier: lower-case letters, digits, ".", "_" or "-"; `description` says what it names. */
const id = (description: string) =>
	described(z.string().check(z.regex(ID_PATTERN, 'an id of lower-case letters, digits, ".", "_" or "-"'), z.maxLength(200)), description);

/** An identifier that other records refer to. */
export const Id = id('A stable identifier, unique within its kind, e.g. "meutya-hafid".');

/** A BCP 47 language tag such as "id" or "en". */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "id" or "en"'));

/**
 * Text in one or more languages, keyed by language tag: {"id": "Pertemuan…", "en": "Meeting…"}.
 * The article's own language comes first by convention; the explorer falls back to it.
 */
export const LocalizedText = described(
	z.record(LanguageTag, nonEmpty()).check(z.refine((value) => Object.keys(value).length > 0, 'at least one language')),
	'Text keyed by language tag, e.g. {"id": "…", "en": "…"}; at least one language.',
	{minProperties: 1},
);

const offset = (description: string) => described(z.int().check(z.nonnegative()), description);

/**
 * Evidence: a span of the article's text, in the manner of the W3C Web Annotation
 * TextPositionSelector (start, end) and TextQuoteSelector (exact, prefix, suffix).
 */
export const Anchor = described(
	z.strictObject({
		article: described(z.optional(Id), 'The id of the article the span is in (in $.articles); may be omitted when the dataset has exactly one article.'),
		start: offset('Offset of the first character, in Unicode code points.'),
		end: offset('Offset just past the last character (exclusive), in Unicode code points.'),
		exact: described(nonEmpty(), 'The text between start and end, exactly.'),
		prefix: described(z.optional(z.string()), 'Text just before start (for re-anchoring if offsets drift).'),
		suffix: described(z.optional(z.string()), 'Text just after end.'),
	}),
	'A span of an article\'s text. Offsets count Unicode code points (as W3C TextPositionSelector does), ' +
		'not UTF-16 code units: outside the Basic Multilingual Plane a JavaScript string index differs.',
);

export const Precision = described(
	z.enum(['day', 'month', 'year']),
	'How much of the date is known: day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).',
);

export const Certainty = described(
	z.enum(['stated', 'inferred']),
	'stated: the text gives the date; inferred: read from context (e.g. "Saat ini" and the publication date).',
);

/** A calendar date at day, month or year precision: "2025-03-25", "2025-03" or "2030". */
export const PartialDate = described(
	z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')),
	'An ISO 8601 calendar date at the event\'s precision: YYYY, YYYY-MM or YYYY-MM-DD.',
);

export const EntityType = z.enum(['person', 'organization', 'place']);

export const Participant = named('Participant', z.strictObject({
	entity: id('The id of an entity.'),
	role: described(z.optional(LocalizedText), 'What the entity does in the event.'),
}));

export const Event = named('Event', z.strictObject({
	id: Id,
	start: PartialDate,
	end: described(z.optional(z.nullable(PartialDate)), 'The last day, month or year of a range (inclusive); null or absent for a point.'),
	precision: Precision,
	certainty: Certainty,
	dateEvidence: described(
		z.optional(Anchor),
		'The words that give or imply the date, in one article. How other articles date the event is said by ' +
			'claims with measure "date" and this event as subject: each such claim\'s evidence is its article\'s date evidence.',
	),
	dateNote: described(z.optional(LocalizedText), 'How the date was inferred, when it is not stated.'),
	title: LocalizedText,
	summary: LocalizedText,
	place: described(z.optional(z.nullable(Id)), 'The id of a place entity, if the text names one.'),
	participants: z._default(z.array(Participant), []),
	evidence: described(
		z.array(Anchor).check(z.minLength(1)),
		'The passages the event rests on, in any of the articles. The event\'s sources are the articles these ' +
			'passages are in, in the order they first appear; each source\'s evidence is its passages here.',
	),
}));

export const Entity = named('Entity', z.strictObject({
	id: Id,
	type: EntityType,
	name: described(nonEmpty(), 'The canonical name.'),
	aliases: described(strings(), 'Other names and spellings: in the text, or what a reader would type.'),
	titles: described(z._default(z.array(LocalizedText), []), 'Titles or roles as the article gives them.'),
	description: LocalizedText,
	mentions: described(z._default(z.array(Anchor), []), 'Where the texts name the entity, in any of the articles.'),
}));

/** Where another article prints a quote: its own words, and who it says spoke them. */
export const QuotePrinting = named('QuotePrinting', z.strictObject({
	evidence: described(Anchor, 'The quotation as this article prints it, without its quotation marks; it must name its article.'),
	attribution: described(z.optional(Anchor), 'The words of this article that name the speaker.'),
}));

export const Quote = named('Quote', z.strictObject({
	id: Id,
	text: described(nonEmpty(), 'The quotation verbatim, without its quotation marks; equal to evidence.exact.'),
	speaker: id('The id of the entity who said it.'),
	event: described(
		z.nullable(Id),
		'The id of the event at which it was said (its occasion), which dates it; null when the article does not say, and the quote then counts as said by the article\'s publication day.',
	),
	about: described(z._default(z.array(Id), []), 'The ids of the events it speaks about (a target, a plan, a period), besides its occasion.'),
	gloss: described(LocalizedText, 'A translation or paraphrase, e.g. {"en": "…"}.'),
	evidence: Anchor,
	attribution: described(z.optional(Anchor), 'The words that name the speaker ("ungkap Menkomdigi Meutya Hafid").'),
	otherSources: described(
		z.optional(z.array(QuotePrinting)),
		'The same quotation as other articles print it, one entry per article (not the article of evidence). ' +
			'Each keeps its own words. They may differ from text only in letter case, spacing, punctuation and ' +
			'quotation marks, or be a shorter run of its words (an outlet that prints part of it); any other ' +
			'difference in the words makes it another quote.',
	),
}));

/** A publication date-time with its offset, e.g. 2025-03-26T01:00+07:00. */
export const PublishedDateTime = described(
	z.string().check(
		z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'a date-time with its offset, e.g. 2025-03-26T01:00+07:00'),
		z.refine((value) => !Number.isNaN(Date.parse(value)), 'a real date-time'),
	),
	'Publication date-time with its UTC offset, e.g. 2025-03-26T01:00+07:00.',
);

const articleFields = {
	title: nonEmpty(),
	outlet: nonEmpty(),
	url: z.optional(z.string()),
	published: PublishedDateTime,
	timezone: described(z.optional(z.string()), 'The zone as printed, e.g. "WIB".'),
	authors: strings(),
	editors: strings(),
	section: z.optional(z.string()),
	language: LanguageTag,
	agencies: described(strings(), 'News agencies the article cites.'),
	text: described(z.optional(z.string()), 'The article text. Give either text or textFile.'),
	textFile: described(z.optional(z.string()), 'Path of a UTF-8 file holding the article text, relative to the dataset file.'),
};

const oneText = z.refine<{text?: string | undefined; textFile?: string | undefined}>((article) => (article.text === undefined) !== (article.textFile === undefined), 'exactly one of "text" or "textFile"');

/** The one article of a version-1 dataset (its id, where one is needed, is ARTICLE_ID). */
export const Article = z.strictObject(articleFields).check(oneText);

/** An article of a version-2 dataset: one of the story's sources. */
export const SourceArticle = named('SourceArticle', z.strictObject({id: Id, ...articleFields}).check(oneText));

export {ARTICLE_ID} from './schema-names.js';

/** What a claim is about: one event or one entity. */
export const ClaimSubject = described(
	z
		.strictObject({
			event: described(z.optional(Id), 'The id of an event.'),
			entity: described(z.optional(Id), 'The id of an entity.'),
		})
		.check(z.refine((subject) => (subject.event === undefined) !== (subject.entity === undefined), 'exactly one of "event" or "entity"')),
	'What the claim is about: {"event": id} or {"entity": id}.',
);

/**
 * A checkable statement one source makes: a count, an amount, a date. Claims with the same subject
 * and measure are compared across the story's sources: they agree when their values and units are
 * equal, and disagree otherwise.
 */
export const Claim = named('Claim', described(
	z.strictObject({
		id: Id,
		subject: ClaimSubject,
		measure: described(
			nonEmpty(),
			'What is measured, as a short name compared exactly: "posko", "personnel", "vehicles", "budget"; "date" for the date of the subject event.',
		),
		value: described(
			z.union([z.number(), PartialDate]),
			'The value: a number for a count or an amount (1.500 petugas is 1500, Rp12 miliar is 12000000000); a date (YYYY, YYYY-MM or YYYY-MM-DD) when the measure is "date".',
		),
		unit: described(z.optional(nonEmpty()), 'The unit as a short name, e.g. "posko", "orang", "IDR"; absent for a date.'),
		evidence: described(Anchor, 'The words that make the claim, in the article that makes it.'),
		note: described(z.optional(LocalizedText), 'How the value was read from the words, when it is not plain.'),
	}),
	'A checkable statement of one source, with its words.',
));

export {DATE_MEASURE} from './schema-names.js';

/** Version 1: a story of one article. Still read as it always was. */
export const DatasetV1 = z.strictObject({
	$schema: z.optional(z.string()),
	version: described(z.literal(1), 'The format version: 1, one article.'),
	article: Article,
	entities: z.array(Entity),
	events: z.array(Event),
	quotes: z._default(z.array(Quote), []),
});

/** Version 2: a story of one or more articles, and the claims its sources make. */
export const DatasetV2 = z.strictObject({
	$schema: z.optional(z.string()),
	version: described(z.literal(2), 'The format version: 2, one or more articles.'),
	articles: described(z.array(SourceArticle).check(z.minLength(1)), 'The articles of the story, its sources; ids unique.'),
	entities: z.array(Entity),
	events: z.array(Event),
	quotes: z._default(z.array(Quote), []),
	claims: described(z._default(z.array(Claim), []), 'Checkable statements of the sources: counts, amounts, dates.'),
});

export const Dataset = z.discriminatedUnion('version', [DatasetV1, DatasetV2]);

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Anchor = z.infer<typeof Anchor>;
export type Precision = z.infer<typeof Precision>;
export type Certainty = z.infer<typeof Certainty>;
export type EntityType = z.infer<typeof EntityType>;
export type Participant = z.infer<typeof Participant>;
export type Event = z.infer<typeof Event>;
export type Entity = z.infer<typeof Entity>;
export type Quote = z.infer<typeof Quote>;
export type Article = z.infer<typeof Article>;
export type SourceArticle = z.infer<typeof SourceArticle>;
export type QuotePrinting = z.infer<typeof QuotePrinting>;
export type ClaimSubject = z.infer<typeof ClaimSubject>;
export type Claim = z.infer<typeof Claim>;
/** A dataset as written in a file (article texts possibly by reference), in either version. */
export type DatasetFile = z.infer<typeof Dataset>;
export type DatasetFileV1 = z.infer<typeof DatasetV1>;
export type DatasetFileV2 = z.infer<typeof DatasetV2>;

/**
 * How zod writes each JSON Schema, the dataset's and its records': draft 2020-12, of a file's
 * input (what a writer may leave out, before defaults are filled in).
 */
export const JSON_SCHEMA_OPTIONS = {target: 'draft-2020-12', io: 'input'} as const;

/** The dataset's JSON Schema (draft 2020-12), generated from the zod schema above. */
export function datasetJsonSchema(): Record<string, unknown> {
	return {
		$id: 'urn:linimasa:dataset:1',
		title: 'linimasa dataset',
		...z.toJSONSchema(Dataset, JSON_SCHEMA_OPTIONS),
	};
}
