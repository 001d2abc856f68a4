/**
 * The linimasa dataset format: one news article and the events, entities and quotes read from it,
 * each anchored to the article's text. This zod schema is the single definition: it validates
 * every dataset at load and generates data/linimasa.schema.json for other tools.
 */
import {z} from 'zod';

/** An identifier that other records refer to: lower-case words joined by hyphens, dots or underscores. */
export const Id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id of lower-case letters, digits, ".", "_" or "-"')
	.max(200)
	.meta({description: 'A stable identifier, unique within its kind, e.g. "meutya-hafid".'});

/** A BCP 47 language tag such as "id" or "en". */
export const LanguageTag = z
	.string()
	.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "id" or "en"');

/**
 * Text in one or more languages, keyed by language tag: {"id": "Pertemuan…", "en": "Meeting…"}.
 * The article's own language comes first by convention; the explorer falls back to it.
 */
export const LocalizedText = z
	.record(LanguageTag, z.string().min(1))
	.refine((value) => Object.keys(value).length > 0, 'at least one language')
	.meta({
		description: 'Text keyed by language tag, e.g. {"id": "…", "en": "…"}; at least one language.',
		minProperties: 1,
	});

/**
 * Evidence: a span of the article's text, in the manner of the W3C Web Annotation
 * TextPositionSelector (start, end) and TextQuoteSelector (exact, prefix, suffix).
 */
export const Anchor = z
	.object({
		start: z.number().int().nonnegative().meta({description: 'Offset of the first character, in Unicode code points.'}),
		end: z.number().int().nonnegative().meta({description: 'Offset just past the last character (exclusive), in Unicode code points.'}),
		exact: z.string().min(1).meta({description: 'The text between start and end, exactly.'}),
		prefix: z.string().optional().meta({description: 'Text just before start (for re-anchoring if offsets drift).'}),
		suffix: z.string().optional().meta({description: 'Text just after end.'}),
	})
	.meta({
		description:
			'A span of the article text. Offsets count Unicode code points (as W3C TextPositionSelector does), ' +
			'not UTF-16 code units: outside the Basic Multilingual Plane a JavaScript string index differs.',
	});

export const Precision = z.enum(['day', 'month', 'year']).meta({
	description: 'How much of the date is known: day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).',
});

export const Certainty = z.enum(['stated', 'inferred']).meta({
	description: 'stated: the text gives the date; inferred: read from context (e.g. "Saat ini" and the publication date).',
});

/** A calendar date at day, month or year precision: "2025-03-25", "2025-03" or "2030". */
export const PartialDate = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
	.meta({description: 'An ISO 8601 calendar date at the event\'s precision: YYYY, YYYY-MM or YYYY-MM-DD.'});

export const EntityType = z.enum(['person', 'organization', 'place']);

export const Participant = z.object({
	entity: Id.meta({description: 'The id of an entity.'}),
	role: LocalizedText.optional().meta({description: 'What the entity does in the event.'}),
});

export const Event = z.object({
	id: Id,
	start: PartialDate,
	end: PartialDate.nullable().optional().meta({description: 'The last day, month or year of a range (inclusive); null or absent for a point.'}),
	precision: Precision,
	certainty: Certainty,
	dateEvidence: Anchor.optional().meta({description: 'The words that give or imply the date.'}),
	dateNote: LocalizedText.optional().meta({description: 'How the date was inferred, when it is not stated.'}),
	title: LocalizedText,
	summary: LocalizedText,
	place: Id.nullable().optional().meta({description: 'The id of a place entity, if the text names one.'}),
	participants: z.array(Participant).default([]),
	evidence: z.array(Anchor).min(1).meta({description: 'The passages the event rests on.'}),
});

export const Entity = z.object({
	id: Id,
	type: EntityType,
	name: z.string().min(1).meta({description: 'The canonical name.'}),
	aliases: z.array(z.string().min(1)).default([]).meta({description: 'Other names and spellings: in the text, or what a reader would type.'}),
	titles: z.array(LocalizedText).default([]).meta({description: 'Titles or roles as the article gives them.'}),
	description: LocalizedText,
	mentions: z.array(Anchor).default([]).meta({description: 'Where the text names the entity.'}),
});

export const Quote = z.object({
	id: Id,
	text: z.string().min(1).meta({description: 'The quotation verbatim, without its quotation marks; equal to evidence.exact.'}),
	speaker: Id.meta({description: 'The id of the entity who said it.'}),
	event: Id.nullable().meta({description: 'The id of the event it was said at or about, or null.'}),
	gloss: LocalizedText.meta({description: 'A translation or paraphrase, e.g. {"en": "…"}.'}),
	evidence: Anchor,
	attribution: Anchor.optional().meta({description: 'The words that name the speaker ("ungkap Menkomdigi Meutya Hafid").'}),
});

export const Article = z
	.object({
		title: z.string().min(1),
		outlet: z.string().min(1),
		url: z.string().optional(),
		published: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'a date-time with its offset, e.g. 2025-03-26T01:00+07:00')
			.refine((value) => !Number.isNaN(Date.parse(value)), 'a real date-time')
			.meta({description: 'Publication date-time with its UTC offset, e.g. 2025-03-26T01:00+07:00.'}),
		timezone: z.string().optional().meta({description: 'The zone as printed, e.g. "WIB".'}),
		authors: z.array(z.string().min(1)).default([]),
		editors: z.array(z.string().min(1)).default([]),
		section: z.string().optional(),
		language: LanguageTag,
		agencies: z.array(z.string().min(1)).default([]).meta({description: 'News agencies the article cites.'}),
		text: z.string().optional().meta({description: 'The article text. Give either text or textFile.'}),
		textFile: z
			.string()
			.optional()
			.meta({description: 'Path of a UTF-8 file holding the article text, relative to the dataset file.'}),
	})
	.refine((article) => (article.text === undefined) !== (article.textFile === undefined), {
		message: 'exactly one of "text" or "textFile"',
	});

export const Dataset = z.object({
	$schema: z.string().optional(),
	version: z.literal(1).meta({description: 'The format version.'}),
	article: Article,
	entities: z.array(Entity),
	events: z.array(Event),
	quotes: z.array(Quote).default([]),
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
