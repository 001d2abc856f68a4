/**
 * What the schema found wrong with a dataset, said as a person would fix it: the path of the value
 * and what was expected there; a key the schema does not know, with the nearest known name.
 */
import type * as z from 'zod/mini';
import {quoted, type JsonPath} from './errors.js';
import type {IntegrityProblem} from './integrity.js';
import {knownKeysAt, nearestName} from './known-keys.js';
import {Dataset} from './schema.js';

/** The problems of zod's `issues` about `data`, a dataset or (with `prefix`, its path) a part of one checked by `schema`. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodMiniType = Dataset, prefix: JsonPath = []): IntegrityProblem[] {
	return issues.flatMap((issue) => {
		const path = issue.path as JsonPath;
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeysAt(schema, path, data);
			return issue.keys.map((key) => {
				const near = nearestName(key, known);
				return {path: [...prefix, ...path, key], message: near === undefined ? `unknown key (the keys here are ${known.map((k) => `"${k}"`).join(', ')})` : `unknown key (did you mean "${near}"?)`};
			});
		}
		return [{path: [...prefix, ...path], message: describeIssue(issue, data)}];
	});
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
	const value = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), data);
	const expected =
		issue.code === 'invalid_type'
			? ({array: 'an array', object: 'an object', record: 'an object'} as Record<string, string>)[issue.expected] ?? `a ${issue.expected}`
			: issue.code === 'invalid_value'
				? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
				: undefined;
	if (expected !== undefined) {
		if (value === undefined) return `missing required field "${String(issue.path.at(-1))}" (expected ${expected})`;
		const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : issue.code === 'invalid_value' ? quoted(value) : typeof value;
		return `expected ${expected}, got ${got}`;
	}
	if (issue.code === 'invalid_format' || (issue.code === 'custom' && typeof value === 'string')) {
		return `expected ${issue.message}, got ${quoted(value)}`;
	}
	if (issue.code === 'too_small' && typeof value === 'string') return 'expected a non-empty string';
	if (issue.code === 'too_small' && Array.isArray(value)) return `expected at least ${String(issue.minimum)} item(s)`;
	if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'version') {
		const expected = 'expected 1 (one "article") or 2 ("articles")';
		return value === undefined ? `missing required field "version" (${expected})` : `${expected}, got ${quoted(value)}`;
	}
	if (issue.code === 'invalid_union') return describeUnion(issue, value);
	return issue.message.replace(/^Invalid input: /, 'expected ');
}

/** A value that matches none of a union's forms (a claim's value, an event's date evidence). */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, value: unknown): string {
	if (issue.path.at(-1) === 'value') return `expected a number, or a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${quoted(value)}`;
	return issue.message.replace(/^Invalid input/, 'expected one of its forms');
}
