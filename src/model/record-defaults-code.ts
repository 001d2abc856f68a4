/**
 * JavaScript that gives a record the compiled checks accepted zod's defaults in place, at every
 * depth (`aliases: []` where an entity has none). A check that keeps nothing of a record needs
 * zod's values, not zod's copy of every object: this leaves the value JSON.parse made, which then
 * equals zod's output but for the order of its keys (the file's). Generated from the zod schema,
 * like record-output-code.ts; a part of the schema with no default below it gets no code.
 */
import type * as z from 'zod/mini';
import {defOf, fieldHint, GeneratedFunctions, passesAsIs, propertyRead} from './record-output-code.js';

/** The code of the functions that fill defaults in, one per distinct schema shape that has any. */
export class DefaultsCode {
	private readonly generated = new GeneratedFunctions('defaultsOf');

	/** The name of a function `(value) => void` that fills the defaults in a value of `schema`, or undefined when no default can be missing in one. */
	functionFor(schema: z.core.$ZodType, hint: string): string | undefined {
		const body = this.bodyOf(schema, hint);
		return body === undefined ? undefined : this.generated.nameFor(schema, hint, body);
	}

	/** The source of every function made so far. */
	source(): string {
		return this.generated.functions.join('\n\n');
	}

	/** A statement that fills the defaults in `value` (a variable or a property read, which can be assigned), or undefined when none can be missing there. */
	private statement(schema: z.core.$ZodType, value: string, hint: string): string | undefined {
		if (passesAsIs(schema)) return undefined;
		const def = defOf(schema);
		switch (def.type) {
			case 'optional':
			case 'nullable': {
				// zod's optional around a default still fills it in, where the guard below would leave it out.
				if (def.type === 'optional' && defOf(def.innerType).type === 'default') throw new Error(`the default at ${hint} is inside an optional: teach record-defaults-code.ts`);
				const inner = this.statement(def.innerType, value, hint);
				return inner && `if (${value} !== ${def.type === 'optional' ? 'undefined' : 'null'}) ${inner}`;
			}
			case 'default': {
				// A literal is a fresh value each time, as zod's copy of its default is; zod takes a default as it is, without parsing it further.
				const fill = `if (${value} === undefined) ${value} = ${JSON.stringify(def.defaultValue)};`;
				const inner = this.statement(def.innerType, value, hint);
				return inner ? `${fill} else ${inner}` : fill;
			}
			case 'object':
			case 'array':
			case 'record': {
				const name = this.functionFor(schema, hint);
				return name && `${name}(${value});`;
			}
			case 'union':
				// Which option a value took is not known here: an option with a default below it is not generated for.
				if (def.options.every((option) => this.statement(option, value, hint) === undefined)) return undefined;
				throw new Error(`the union at ${hint} has a default in an option: teach record-defaults-code.ts`);
			default:
				throw new Error(`defaults under a "${def.type}" schema (at ${hint}) are not generated: teach record-defaults-code.ts`);
		}
	}

	private bodyOf(schema: z.core.$ZodType, hint: string): string | undefined {
		const def = defOf(schema);
		let lines: (string | undefined)[];
		switch (def.type) {
			case 'object':
				// A strict object refuses other keys, so the compiled checks saw none; another would drop or keep them, which no filling in place does.
				if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Error(`the object at ${hint} is not strict: teach record-defaults-code.ts`);
				lines = Object.entries(def.shape).map(([key, field]) => {
					return this.statement(field, propertyRead(key), fieldHint(hint, key));
				});
				break;
			case 'array': {
				const each = this.statement(def.element, 'value[i]', `${hint}Item`);
				lines = [each && `for (let i = 0; i < value.length; i++) ${each}`];
				break;
			}
			case 'record': {
				const each = this.statement(def.valueType, 'value[key]', `${hint}Value`);
				lines = [each && `for (const key of Object.keys(value)) ${each}`];
				break;
			}
			default:
				throw new Error(`defaults under a "${def.type}" schema (at ${hint}) are not generated: teach record-defaults-code.ts`);
		}
		const kept = lines.filter((line) => line !== undefined);
		return kept.length === 0 ? undefined : kept.map((line) => `\t${line}`).join('\n');
	}
}
