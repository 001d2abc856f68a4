/**
 * What went wrong with a dataset, said so that a person can fix it: which file, where in it
 * (line:column, and the JSON path for a value), and what was expected.
 */
import {findNodeAtLocation, parseTree, type Node as JsonNode} from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface DatasetError {
	readonly file: string;
	/** The JSON path of the offending value ("$.events[2].end"), when the problem is a value. */
	readonly path?: string;
	/** 1-based line and column, when known. */
	readonly line?: number;
	readonly column?: number;
	/** What is wrong and what was expected. */
	readonly message: string;
	/** On the line that stands for the errors not listed ("and N more"): how many errors there are in all. */
	readonly total?: number;
}

/** How many errors a list stands for: as many as it has, or the total its "and N more" line gives. */
export function errorCount(errors: readonly DatasetError[]): number {
	return errors.at(-1)?.total ?? errors.length;
}

/**
 * A value as a message shows it: a string in quotes, cut to `max` characters (before quoting, so
 * no escape is split) — a 1 MB bad value must not become a 1 MB line.
 */
export function quoted(value: unknown, max = 60): string {
	if (typeof value === 'string') {
		const chars = Array.from(value.slice(0, max * 2));
		return JSON.stringify(chars.length > max || value.length > max * 2 ? `${chars.slice(0, max).join('')}…` : value);
	}
	if (value === null || typeof value !== 'object') return String(value);
	return Array.isArray(value) ? 'an array' : 'an object';
}

/** "$.events[2].participants[0].entity" from ["events", 2, "participants", 0, "entity"]. */
export function formatJsonPath(path: JsonPath): string {
	let out = '$';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** One line per error: "file:line:col $.path: message". */
export function formatDatasetError(error: DatasetError): string {
	const at = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
	const path = error.path ? ` ${error.path}` : '';
	return `${error.file}${at}${path}: ${error.message}`;
}

/** 1-based line and column of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return {line, column: offset - lineStart + 1};
}

/**
 * Finds where JSON paths sit in the source text. The tree is built lazily, only when an error
 * needs a location, since a large valid file should not pay for it.
 */
export class JsonLocator {
	#tree: JsonNode | undefined | null = null;
	constructor(private readonly text: string) {}

	locate(path: JsonPath): {line: number; column: number} | undefined {
		if (this.#tree === null) this.#tree = parseTree(this.text);
		if (!this.#tree) return undefined;
		// Walk up to the nearest path that exists (a missing field is reported on its object).
		for (let depth = path.length; depth >= 0; depth--) {
			const node = findNodeAtLocation(this.#tree, [...path.slice(0, depth)]);
			if (node) {
				// For a property value, point at the property's key rather than the value.
				const target = depth === path.length && node.parent?.type === 'property' ? node.parent : node;
				return lineColumn(this.text, target.offset);
			}
		}
		return undefined;
	}
}
