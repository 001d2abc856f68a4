/**
 * The linimasa dataset format: one news article and the events, entities and quotes read from it,
 * each anchored to the article's text. This zod schema is the single definition: it validates
 * every dataset at load and generates data/linimasa.schema.json for other tools. It is written
 * with zod/mini, whose functions tree-shake: the program loads 13 KB of zod instead of 450 KB at
 * every start.
 */
import * as z from 'zod/mini';

/** A schema with a description (and any other JSON Schema keywords) for the generated JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string, more: Record<string, unknown> = {}): T {
	return schema.check(z.meta({description, ...more}));
}

const nonEmpty = () => z.string().check(z.minLength(1));
const strings = () => z._default(z.array(nonEmpty()), []);

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

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
	z.object({
		start: offset('Offset of the first character, in Unicode code points.'),
		end: offset('Offset just past the last character (exclusive), in Unicode code points.'),
		exact: described(nonEmpty(), 'The text between start and end, exactly.'),
		prefix: described(z.optional(z.string()), 'Text just before start (for re-anchoring if offsets drift).'),
		suffix: described(z.optional(z.string()), 'Text just after end.'),
	}),
	'A span of the article text. Offsets count Unicode code points (as W3C TextPositionSelector does), ' +
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

export const Participant = z.object({
	entity: id('The id of an entity.'),
	role: described(z.optional(LocalizedText), 'What the entity does in the event.'),
});

export const Event = z.object({
	id: Id,
	start: PartialDate,
	end: described(z.optional(z.nullable(PartialDate)), 'The last day, month or year of a range (inclusive); null or absent for a point.'),
	precision: Precision,
	certainty: Certainty,
	dateEvidence: described(z.optional(Anchor), 'The words that give or imply the date.'),
	dateNote: described(z.optional(LocalizedText), 'How the date was inferred, when it is not stated.'),
	title: LocalizedText,
	summary: LocalizedText,
	place: described(z.optional(z.nullable(Id)), 'The id of a place entity, if the text names one.'),
	participants: z._default(z.array(Participant), []),
	evidence: described(z.array(Anchor).check(z.minLength(1)), 'The passages the event rests on.'),
});

export const Entity = z.object({
	id: Id,
	type: EntityType,
	name: described(nonEmpty(), 'The canonical name.'),
	aliases: described(strings(), 'Other names and spellings: in the text, or what a reader would type.'),
	titles: described(z._default(z.array(LocalizedText), []), 'Titles or roles as the article gives them.'),
	description: LocalizedText,
	mentions: described(z._default(z.array(Anchor), []), 'Where the text names the entity.'),
});

export const Quote = z.object({
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
});

/** A publication date-time with its offset, e.g. 2025-03-26T01:00+07:00. */
export const PublishedDateTime = described(
	z.string().check(
		z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'a date-time with its offset, e.g. 2025-03-26T01:00+07:00'),
		z.refine((value) => !Number.isNaN(Date.parse(value)), 'a real date-time'),
	),
	'Publication date-time with its UTC offset, e.g. 2025-03-26T01:00+07:00.',
);

export const Article = z
	.object({
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
	})
	.check(z.refine((article) => (article.text === undefined) !== (article.textFile === undefined), 'exactly one of "text" or "textFile"'));

export const Dataset = z.object({
	$schema: z.optional(z.string()),
	version: described(z.literal(1), 'The format version.'),
	article: Article,
	entities: z.array(Entity),
	events: z.array(Event),
	quotes: z._default(z.array(Quote), []),
});

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
/** A dataset as written in a file (article text possibly by reference). */
export type DatasetFile = z.infer<typeof Dataset>;

/** The dataset's JSON Schema (draft 2020-12), generated from the zod schema above. */
export function datasetJsonSchema(): Record<string, unknown> {
	return {
		$id: 'urn:linimasa:dataset:1',
		title: 'linimasa dataset',
		...z.toJSONSchema(Dataset, {target: 'draft-2020-12', io: 'input'}),
	};
}
