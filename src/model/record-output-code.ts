/**
 * JavaScript that builds, from a record the compiled checks accepted, the very value zod's
 * safeParse gives for it: fresh objects and arrays, an object's keys in its schema's order,
 * defaults filled in (`aliases: []`), an optional key kept exactly when the input has it (as zod's
 * `key in input`). It is generated from the zod schema, so the two cannot drift; a zod construct
 * this walk does not know stops the generation rather than guess.
 */
import * as z from 'zod/mini';
import * as schemas from './schema.js';

/** The names schema.ts exports its schemas under, to name the functions after them. */
const EXPORTED_NAMES = new Map<unknown, string>(Object.entries(schemas).map(([name, value]) => [value, name]));

/**
 * The name of what the generated code throws where the input is something no JSON parse gives and
 * zod might decide otherwise (a record that is a class instance or has symbol keys): zod then decides.
 */
export const UNSURE = 'UNSURE';

/** zod's definition of a schema, as the union of every kind, so a switch on `type` narrows it. */
export function defOf(schema: z.core.$ZodType): z.core.$ZodTypes['_zod']['def'] {
	return (schema as z.core.$ZodTypes)._zod.def;
}

/** Whether zod gives a value of this schema back as it is (a string, a number, null…). */
export function passesAsIs(schema: z.core.$ZodType): boolean {
	const def = defOf(schema);
	switch (def.type) {
		case 'string':
		case 'number':
		case 'boolean':
		case 'null':
		case 'enum':
		case 'literal':
			return true;
		case 'optional':
		case 'nullable':
			return passesAsIs(def.innerType);
		case 'union':
			return def.options.every(passesAsIs);
		default:
			return false;
	}
}

/** `value`'s property `key` as code: `value.name`, or `value["a key"]` where a dot cannot read it. */
export function propertyRead(key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `value.${key}` : `value[${JSON.stringify(key)}]`;
}

/** The name a part of a schema is given within `hint` (what names a function generated for it): "EventTitle". */
export function fieldHint(hint: string, key: string): string {
	return `${hint}${key[0]!.toUpperCase()}${key.slice(1)}`;
}

/** Generated functions, one per distinct body, named after the schema they are for. */
export class GeneratedFunctions {
	/** Each function's name by its body, so one shape met twice (an anchor, a localized text) has one function. */
	private readonly namesByBody = new Map<string, string>();
	private readonly taken = new Set<string>();
	readonly functions: string[] = [];

	constructor(private readonly prefix: string) {}

	/** The name of the function of this body, for a value of `schema` (`hint` names it when schema.ts does not). */
	nameFor(schema: z.core.$ZodType, hint: string, body: string): string {
		const known = this.namesByBody.get(body);
		if (known) return known;
		const base = `${this.prefix}${EXPORTED_NAMES.get(schema) ?? hint}`;
		let name = base;
		for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
		this.taken.add(name);
		this.namesByBody.set(body, name);
		this.functions.push(`function ${name}(value) {\n${body}\n}`);
		return name;
	}
}

/** The code of the functions that build zod's output, one per distinct schema shape. */
export class OutputCode {
	private readonly generated = new GeneratedFunctions('outputOf');

	/** The name of a function `(value) => output` for a value of `schema` the compiled checks accepted. */
	functionFor(schema: z.core.$ZodType, hint: string): string {
		return this.generated.nameFor(schema, hint, this.bodyOf(schema, EXPORTED_NAMES.get(schema) ?? hint));
	}

	/** The source of every function made so far, after the declaration of UNSURE. */
	source(): string {
		return [`const ${UNSURE} = Symbol("not as JSON gives it");`, ...this.generated.functions].join('\n\n');
	}

	/** An expression for the output of `schema` given `value`, a variable or a property read. */
	private expression(schema: z.core.$ZodType, value: string, hint: string): string {
		if (passesAsIs(schema)) return value;
		const def = defOf(schema);
		switch (def.type) {
			case 'optional':
				return `${value} === undefined ? undefined : ${this.expression(def.innerType, value, hint)}`;
			case 'nullable':
				return `${value} === null ? null : ${this.expression(def.innerType, value, hint)}`;
			case 'default':
				// zod hands out a fresh copy of the default each time; a literal is fresh each time too.
				return `${value} === undefined ? ${JSON.stringify(def.defaultValue)} : ${this.expression(def.innerType, value, hint)}`;
			case 'object':
			case 'array':
			case 'record':
				return `${this.functionFor(schema, hint)}(${value})`;
			default:
				throw new Error(`zod's output of a "${def.type}" schema (at ${hint}) is not generated: teach record-output-code.ts`);
		}
	}

	private bodyOf(schema: z.core.$ZodType, hint: string): string {
		const def = defOf(schema);
		switch (def.type) {
			case 'object':
				return this.objectBody(def, hint);
			case 'array':
				return [
					'\tconst output = [];',
					`\tfor (let i = 0; i < value.length; i++) output.push(${this.expression(def.element, 'value[i]', `${hint}Item`)});`,
					'\treturn output;',
				].join('\n');
			case 'record': {
				if (defOf(def.keyType).type !== 'string' || (def.mode ?? 'strict') !== 'strict' || def.partial) throw new Error(`the record at ${hint} is not keyed by plain strings`);
				return [
					// zod takes only plain objects as records, and reads symbol keys too (and refuses them).
					'\tconst prototype = Object.getPrototypeOf(value);',
					`\tif ((prototype !== Object.prototype && prototype !== null) || Object.getOwnPropertySymbols(value).length !== 0) throw ${UNSURE};`,
					'\tconst output = {};',
					'\tfor (const key of Object.keys(value)) {',
					// As zod, never write __proto__ (it would set the output's prototype).
					'\t\tif (key === "__proto__") continue;',
					`\t\toutput[key] = ${this.expression(def.valueType, 'value[key]', `${hint}Value`)};`,
					'\t}',
					'\treturn output;',
				].join('\n');
			}
			default:
				throw new Error(`zod's output of a "${def.type}" schema (at ${hint}) is not generated: teach record-output-code.ts`);
		}
	}

	/** zod's strict object: its shape's keys in order, each as zod's object parser keeps it. */
	private objectBody(def: z.core.$ZodObjectDef, hint: string): string {
		// A strict object refuses other keys and a plain one drops them; any other catchall keeps them.
		if (def.catchall && defOf(def.catchall).type !== 'never') throw new Error(`the object at ${hint} keeps unknown keys`);
		const lines = ['\tconst output = {};'];
		for (const [key, field] of Object.entries(def.shape)) {
			if (key === '__proto__') continue; // zod leaves it out of the output
			const read = propertyRead(key);
			const write = read.replace(/^value/, 'output');
			const assign = `${write} = ${this.expression(field, read, fieldHint(hint, key))};`;
			const {optin, optout} = field._zod;
			if (optin === undefined || (optin === 'defaulted' && optout === undefined)) lines.push(`\t${assign}`);
			else if (optin === 'optional' && optout === 'optional') lines.push(`\tif (${JSON.stringify(key)} in value) ${assign}`);
			else throw new Error(`the key ${hint}.${key} is optional in a way zod's output is not generated for`);
		}
		lines.push('\treturn output;');
		return lines.join('\n');
	}
}
