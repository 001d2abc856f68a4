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

/**
 * Where each text's compared form starts in the codes, allocated once at their size: an ASCII
 * text's form is its units lower-cased, as long as the text; the others are folded (searchText)
 * here, once, and kept until the codes are filled. A blank text (fuse.js leaves it out) gets no
 * characters: a text of none is never a candidate.
 */
function layOut(columns: SearchColumns): {start: Int32Array; folded: Map<number, string>} {
	const {units, textStart} = columns;
	const count = textStart.length - 1;
	const start = new Int32Array(count + 1);
	const folded = new Map<number, string>();
	for (let t = 0; t < count; t++) {
		let ascii = true;
		let blank = true;
		for (let at = textStart[t]!, end = textStart[t + 1]!; at < end; at++) {
			const unit = units[at]!;
			if (unit >= 128) {
				ascii = false;
				break;
			}
			if (!isAsciiSpace(unit)) blank = false;
		}
		let length = textStart[t + 1]! - textStart[t]!;
		if (!ascii) {
			const text = comparedText(columns, t);
			folded.set(t, text);
			length = text.length;
			blank = text.trim() === '';
		}
		start[t + 1] = start[t]! + (blank ? 0 : length);
	}
	return {start, folded};
}

/**
 * Build the table; `weights` are the keys' shares of their total weight. ASCII texts are read
 * from the columns unit by unit, without a string made of them.
 */
export function textTableArrays(columns: SearchColumns, weights: readonly number[]): TextTableArrays {
	const {units, textStart} = columns;
	const count = textStart.length - 1;
	const {start, folded} = layOut(columns);
	const codes = new Uint8Array(start[count]!);
	const exponentOf = new Uint16Array(count);
	const exponents: number[] = [];
	const norms: number[] = [];
	const exponentIds = new Map<number, number>();
	for (let t = 0; t < count; t++) {
		const text = folded.get(t);
		const at = start[t]!;
		const length = start[t + 1]! - at;
		// Hoisted: this loop runs over every character of every text (some 300 million at a million events).
		const from = textStart[t]!;
		let tokens = 0;
		let inWord = false;
		for (let i = 0; i < length; i++) {
			let unit: number;
			if (text === undefined) {
				unit = units[from + i]!;
				if (unit >= 65 && unit <= 90) unit += 32;
			} else unit = text.charCodeAt(i);
			codes[at + i] = charCode(unit);
			// Words counted as fuse.js counts them for the norm.
			if (isWordSeparator(unit)) inWord = false;
			else if (!inWord) {
				tokens++;
				inWord = true;
			}
		}
		const key = keyOfField(columns.fields[t]!);
		// Keyed by key and norm (thousandths: at most 1,001 of them), not by the power: two keys' norms
		// could give one power.
		const norm = fieldNorm(tokens);
		const slot = Math.round(norm * 1000) * 2 + key;
		let id = exponentIds.get(slot);
		if (id === undefined) {
			exponentIds.set(slot, (id = exponents.push(weights[key]! * norm) - 1));
			norms.push(norm);
		}
		exponentOf[t] = id;
	}
	return {
		codes,
		start,
		...indexCodes(codes, start),
		exponentOf,
		exponents: Float64Array.from(exponents),
		norms: Float64Array.from(norms),
		weights: Float64Array.from(weights),
	};
}
