/**
 * The source of src/model/generated/record-validators.js: for each kind of record, ajv's
 * standalone validator compiled from the JSON Schema zod emits (record-json-schema.ts), the code
 * that builds zod's output from a record it accepts (record-output-code.ts), and the code that
 * fills zod's defaults into it in place (record-defaults-code.ts). `npm run schema`
 * writes it; a test checks the committed file is what this returns. Only that script and the
 * tests import this file (and ajv with it): the program loads the generated module alone.
 */
import {createRequire} from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import {DefaultsCode} from './record-defaults-code.js';
import {OutputCode, UNSURE} from './record-output-code.js';
import {recordJsonSchema, recordSchemaId} from './record-json-schema.js';
import {RECORD_KINDS, RECORD_SCHEMAS, type RecordKind} from './record-schemas.js';

/** The path of the generated module, from the project root. */
export const RECORD_VALIDATORS_FILE = 'src/model/generated/record-validators.js';

/**
 * ajv's options. Lengths are counted in code points (a surrogate pair once, a lone surrogate as
 * one), ajv's default and what zod counts; `unicodeRegExp: false` compiles each pattern without
 * the "u" flag, as zod's regexes have none; errors carry no messages, since a refused record is
 * parsed again by zod. `strictRequired` would refuse ClaimSubject's `oneOf` of `required` keys,
 * which are declared beside it rather than inside.
 */
export const RECORD_AJV_OPTIONS = {
	strict: true,
	strictRequired: false,
	allErrors: false,
	messages: false,
	unicodeRegExp: false,
	code: {source: true, esm: true, lines: true},
} as const;

/**
 * ajv's runtime helpers the generated code may call, by the module it names. ajv's ES module
 * output still require()s them (ajv issue #2209), which an ES module cannot do; each is written
 * in as its own source instead, read from the very module ajv names, so the generated module
 * imports nothing and ajv stays a development tool. Only a helper that refers to nothing outside
 * itself can move so.
 */
const SELF_CONTAINED_HELPERS = new Set(['ajv/dist/runtime/ucs2length']);
const require = createRequire(import.meta.url);

type Ajv = InstanceType<typeof Ajv2020.default>;

/** ajv's standalone ES module of the schemas named in `exports` (export name → $id), its helpers written in. */
export function standaloneModule(ajv: Ajv, exports: Record<string, string>): string {
	return standaloneCode.default(ajv, exports).replace(/require\("([^"]+)"\)\.default/g, (_call, module: string) => {
		if (!SELF_CONTAINED_HELPERS.has(module)) throw new Error(`the generated code needs ${module}: add it to SELF_CONTAINED_HELPERS if it is self-contained`);
		const helper = (require(module) as {default: (...values: never[]) => unknown}).default;
		return `(${helper.toString()})`;
	});
}

const validatorName = (kind: RecordKind) => `validate${kind[0]!.toUpperCase()}${kind.slice(1)}`;

/** The module's text: ajv's validators, the output builders, and one exported function per kind. */
export function recordValidatorsSource(): string {
	const ajv = new Ajv2020.default(RECORD_AJV_OPTIONS);
	for (const kind of RECORD_KINDS) ajv.addSchema(recordJsonSchema(kind));
	const validators = standaloneModule(ajv, Object.fromEntries(RECORD_KINDS.map((kind) => [validatorName(kind), recordSchemaId(kind)])));
	const outputs = new OutputCode();
	const defaults = new DefaultsCode();
	const inPlace = RECORD_KINDS.map((kind) => {
		const fill = defaults.functionFor(RECORD_SCHEMAS[kind], kind);
		return [
			`/** zod's values for ${kind} record \`raw\` (as JSON.parse gives it), filled into it, if the compiled checks accept it; else undefined. */`,
			`export function ${kind}InPlace(raw) {`,
			`\tif (!${validatorName(kind)}(raw)) return undefined;`,
			...(fill ? [`\t${fill}(raw);`] : []),
			'\treturn raw;',
			'}',
		].join('\n');
	});
	const checks = RECORD_KINDS.map((kind) => {
		const output = outputs.functionFor(RECORD_SCHEMAS[kind], kind);
		return [
			`/** zod's output for ${kind} record \`raw\` if the compiled checks accept it, else undefined. */`,
			`export function ${kind}(raw) {`,
			`\tif (!${validatorName(kind)}(raw)) return undefined;`,
			'\ttry {',
			`\t\treturn ${output}(raw);`,
			'\t} catch (error) {',
			`\t\tif (error === ${UNSURE}) return undefined;`,
			'\t\tthrow error;',
			'\t}',
			'}',
		].join('\n');
	});
	const header = [
		'// Generated from the zod schema (src/model/schema.ts) by src/model/record-validators-source.ts.',
		'// Do not edit: run `npm run schema`. ajv standalone code first, then zod\'s output for a valid record.',
	].join('\n');
	return [
		header,
		validators.replace(/^"use strict";\n?/, ''),
		outputs.source(),
		...checks,
		defaults.source(),
		...inPlace,
	].join('\n\n') + '\n';
}
