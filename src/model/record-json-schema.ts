/**
 * The JSON Schema of each kind of record, for compiling into a validator: zod's own (made as
 * datasetJsonSchema makes it, for the input), with the refinements zod runs as code said in JSON
 * Schema keywords, `minLength: 1` said as "not the empty string", and without annotations, which
 * check nothing. Every zod check met on the way must be one whose JSON Schema says exactly what
 * zod checks; any other (a new refine, a regex with flags, a string format) stops the generation,
 * since the compiled validator must never accept what zod refuses.
 */
import * as z from 'zod/mini';
import {ClaimSubject, JSON_SCHEMA_OPTIONS, LocalizedText} from './schema.js';
import {RECORD_SCHEMAS, type RecordKind} from './record-schemas.js';

type ZodCheck = z.core.$ZodCheck<never>;
type JsonSchema = z.core.JSONSchema.BaseSchema;

/** The one refinement (z.refine) among a schema's checks. */
function refinementOf(schema: z.ZodMiniType): ZodCheck {
	const refinements = (schema._zod.def.checks ?? []).filter((check) => check._zod.def.check === 'custom');
	if (refinements.length !== 1) throw new Error(`expected one refinement, found ${refinements.length}`);
	return refinements[0]!;
}

/**
 * The refinements of the record schemas, each with JSON Schema keywords that accept exactly what
 * it accepts. ajv's `required` counts a key whose value is undefined as missing, as the
 * refinement's `=== undefined` does.
 */
const REFINEMENT_KEYWORDS = new Map<ZodCheck, JsonSchema>([
	[refinementOf(LocalizedText), {minProperties: 1}],
	[refinementOf(ClaimSubject), {oneOf: [{required: ['event']}, {required: ['entity']}]}],
]);

/**
 * zod checks whose JSON Schema is exact: lengths (counted in UTF-16 units by zod, and by ajv
 * with `unicode: false`), bounds, and annotations that check nothing. Regexes are exact only
 * without flags (a JSON Schema pattern has none), checked apart.
 */
const EXACT_CHECKS = new Set(['min_length', 'max_length', 'greater_than', 'less_than', 'meta', 'describe']);

/** Keywords that describe and check nothing: left out of the compiled code. */
const ANNOTATIONS = ['title', 'description', 'default', 'examples', '$comment'] as const;

/** Says the refinements of one schema in keywords, refuses checks JSON Schema cannot say, drops annotations. */
function forCompiling(context: {zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema; path: (string | number)[]}): void {
	const where = `#/${context.path.join('/')}`;
	for (const check of context.zodSchema._zod.def.checks ?? []) {
		const def = check._zod.def;
		if (def.check === 'custom') {
			const keywords = REFINEMENT_KEYWORDS.get(check);
			if (!keywords) throw new Error(`a zod refinement at ${where} has no JSON Schema keywords: add them to REFINEMENT_KEYWORDS`);
			Object.assign(context.jsonSchema, keywords);
		} else if (def.check === 'string_format') {
			const {format, pattern} = def as z.core.$ZodCheckStringFormatDef;
			if (format !== 'regex' || !pattern || pattern.flags !== '') throw new Error(`the string check at ${where} (${format}) is not a plain regex`);
		} else if (!EXACT_CHECKS.has(def.check)) {
			throw new Error(`the zod check "${def.check}" at ${where} has no exact JSON Schema`);
		}
	}
	for (const annotation of ANNOTATIONS) delete context.jsonSchema[annotation];
	if (context.jsonSchema.minLength === 1) {
		// ajv counts all of a string's code points to compare them with minLength (zod counts none
		// for a floor of one). "Not the empty string" says the same, as every other string has a
		// code point, and reads nothing: about a quarter less time on the benchmark's records.
		if (context.jsonSchema.not !== undefined) throw new Error(`the string at ${where} already has a "not"`);
		delete context.jsonSchema.minLength;
		context.jsonSchema.not = {const: ''};
	}
}

/** The $id of a kind's JSON Schema, by which the validator is compiled and exported. */
export function recordSchemaId(kind: RecordKind): string {
	return `urn:linimasa:record:${kind}`;
}

/** The JSON Schema (draft 2020-12) a kind's records are compiled from. */
export function recordJsonSchema(kind: RecordKind): JsonSchema {
	const schema = z.toJSONSchema(RECORD_SCHEMAS[kind], {...JSON_SCHEMA_OPTIONS, override: forCompiling});
	return {$id: recordSchemaId(kind), ...schema};
}
