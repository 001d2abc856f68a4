/**
 * The finder's table of texts, built from the search columns straight into typed arrays: each
 * text's characters as the candidate filter compares them (search-bounds.ts) and the exponent
 * its score carries in its entity's score, key weight × norm, as fuse.js computes them.
 * Building fuse.js's own index of every entity made an object per text (and a copy of each), some
 * 200,000 objects at 100,000 events, and their burst left the process 80 MB larger; fuse.js is
 * now given objects for the few entities it ranks (search-candidates.ts).
 */
import {charCode, indexCodes} from './search-bounds.js';
import {keyOfField, textAt, textsBetween, type SearchColumns} from './search-entries.js';
import {searchText} from './search-text.js';
import type {TextTableArrays} from './text-table-parts.js';

/** The keys fuse.js searches, in the order of its options: what names a record (keyOfField 0), then the rest. */
export const NAME_KEY = 0;
export const ALIASES_KEY = 1;

/** fuse.js's field norm of a text of `tokens` words: its Norm with mantissa 3 and fieldNormWeight 1. */
export function fieldNorm(tokens: number): number {
	return Math.round(1000 / Math.pow(Math.max(1, tokens), 0.5)) / 1000;
}

/** fuse.js's word separators when it counts a text's tokens for the norm. */
function isWordSeparator(unit: number): boolean {
	return (unit >= 9 && unit <= 13) || unit === 32 || unit === 160;
}

/** What String.prototype.trim removes, in ASCII (fuse.js leaves out a text that trims to nothing). */
function isAsciiSpace(unit: number): boolean {
	return (unit >= 9 && unit <= 13) || unit === 32;
}

/** Text t as fuse.js compares it (the finder's getFn: searchText). */
export function comparedText(columns: SearchColumns, t: number): string {
	return searchText(textAt(columns, t));
}

/** Texts from .. to − 1 read together (textsBetween), text t of them as fuse.js compares it. */
export function comparedTextsBetween(columns: SearchColumns, from: number, to: number): (t: number) => string {
	const textOf = textsBetween(columns, from, to);
	return (t) => searchText(textOf(t));
}

/** Where formOf puts a text's folded form (one object reused for every text). */
export interface Form {
	folded: string | undefined;
}

/**
 * How many characters text t gives the table, its compared form's length; `form.folded` is set to
 * that form when it is not the text's units lower-cased (an ASCII text's is), else undefined. A
 * blank text (fuse.js leaves it out) gives none: a text of none is never a candidate.
 */
export function formOf(columns: SearchColumns, t: number, form: Form): number {
	const {units, textStart} = columns;
	let blank = true;
	for (let at = textStart[t]!, end = textStart[t + 1]!; at < end; at++) {
		const unit = units[at]!;
		if (unit >= 128) {
			const text = comparedText(columns, t);
			form.folded = text;
			return text.trim() === '' ? 0 : text.length;
		}
		if (!isAsciiSpace(unit)) blank = false;
	}
	form.folded = undefined;
	return blank ? 0 : textStart[t + 1]! - textStart[t]!;
}

/**
 * Each text's exponent, key weight × norm, as fuse.js computes them; the distinct ones are kept
 * once, keyed by key and norm (thousandths: at most 1,001 of them), not by the power: two keys'
 * norms could give one power.
 */
export class Exponents {
	private readonly ids = new Map<number, number>();
	private readonly exponents: number[] = [];
	private readonly norms: number[] = [];

	/** `weights` are the keys' shares of their total weight. */
	constructor(private readonly weights: readonly number[]) {}

	/** The id of the exponent of a text of `tokens` words in a field under `key`. */
	idOf(key: number, tokens: number): number {
		const norm = fieldNorm(tokens);
		const slot = Math.round(norm * 1000) * 2 + key;
		let id = this.ids.get(slot);
		if (id === undefined) {
			this.ids.set(slot, (id = this.exponents.push(this.weights[key]! * norm) - 1));
			this.norms.push(norm);
		}
		return id;
	}

	arrays(): Pick<TextTableArrays, 'exponents' | 'norms' | 'weights'> {
		return {exponents: Float64Array.from(this.exponents), norms: Float64Array.from(this.norms), weights: Float64Array.from(this.weights)};
	}
}

/**
 * Write text t's compared form (`length` characters, folded as formOf found it) as codes into
 * codes[at ..]; returns its exponent's id. An ASCII text is read from the columns unit by unit,
 * without a string made of it.
 */
export function codeText(columns: SearchColumns, t: number, folded: string | undefined, length: number, codes: Uint8Array, at: number, exponents: Exponents): number {
	const {units, textStart} = columns;
	// Hoisted: this loop runs over every character of every text (some 300 million at a million events).
	const from = textStart[t]!;
	let tokens = 0;
	let inWord = false;
	for (let i = 0; i < length; i++) {
		let unit: number;
		if (folded === undefined) {
			unit = units[from + i]!;
			if (unit >= 65 && unit <= 90) unit += 32;
		} else unit = folded.charCodeAt(i);
		codes[at + i] = charCode(unit);
		// Words counted as fuse.js counts them for the norm.
		if (isWordSeparator(unit)) inWord = false;
		else if (!inWord) {
			tokens++;
			inWord = true;
		}
	}
	return exponents.idOf(keyOfField(columns.fields[t]!), tokens);
}

/** Build the table; `weights` are the keys' shares of their total weight. */
export function textTableArrays(columns: SearchColumns, weights: readonly number[]): TextTableArrays {
	const count = columns.textStart.length - 1;
	// Where each text's form starts in the codes, so that they are allocated once at their size; the
	// folded forms are kept until the codes are filled.
	const start = new Int32Array(count + 1);
	const folded = new Map<number, string>();
	const form: Form = {folded: undefined};
	for (let t = 0; t < count; t++) {
		start[t + 1] = start[t]! + formOf(columns, t, form);
		if (form.folded !== undefined) folded.set(t, form.folded);
	}
	const codes = new Uint8Array(start[count]!);
	const exponentOf = new Uint16Array(count);
	const exponents = new Exponents(weights);
	for (let t = 0; t < count; t++) exponentOf[t] = codeText(columns, t, folded.get(t), start[t + 1]! - start[t]!, codes, start[t]!, exponents);
	return {codes, start, ...indexCodes(codes, start), exponentOf, ...exponents.arrays()};
}
