/**
 * Units printed as a short form: "12 TPS" and "14 tempat pemungutan suara (TPS)" count one thing,
 * polling stations. A count's unit is its short form whichever way a source prints it, so that
 * two outlets' figures are compared (one as "TPS", the other as "tempat").
 */
import {abbreviates} from './aliases.js';
import {isAcronym} from './tokens.js';

/** Long forms (lower case, single spaces) → the short form a text defines for them. */
export type ShortForms = ReadonlyMap<string, string>;

/** A lower-case term and the acronym defined in brackets after it: "tempat pemungutan suara (TPS)". */
const DEFINED = /((?:\p{Ll}+\s+){1,6})\(\s*(\p{Lu}[\p{Lu}\p{N}]+)\s*\)/gu;

/**
 * The short forms the texts define for lower-case terms: the fewest words before the bracket
 * that the acronym abbreviates ("tempat pemungutan suara", not "di tempat pemungutan suara").
 */
export function shortFormsIn(texts: readonly string[]): ShortForms {
	const forms = new Map<string, string>();
	for (const text of texts) {
		for (const match of text.matchAll(DEFINED)) {
			const words = (match[1] ?? '').trim().split(/\s+/u);
			const acronym = match[2] ?? '';
			for (let from = words.length - 1; from >= 0; from--) {
				const term = words.slice(from).join(' ');
				if (!abbreviates(acronym, term)) continue;
				if (!forms.has(term)) forms.set(term, acronym);
				break;
			}
		}
	}
	return forms;
}

/** A count's unit read after its number: the short form and how many characters it takes. */
export interface ShortUnit {
	readonly unit: string;
	readonly length: number;
}

/**
 * The unit that `rest` (the text right after a number) prints as a short form or as a long form
 * one of the texts defines: "12 TPS" and "14 tempat pemungutan suara (TPS)" are both "TPS".
 * `excluded` are words after a number that are no unit (time zones: "10 WIB").
 */
export function shortUnitAfter(rest: string, forms: ShortForms, excluded: ReadonlySet<string>): ShortUnit | undefined {
	// The unit is on the number's line: "… 13/03/2025 20:41\n\nPALU - …" counts no "PALU".
	const acronym = /^[^\S\n]+(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/u.exec(rest);
	if (acronym?.[1] && isAcronym(acronym[1]) && !excluded.has(acronym[1].toLowerCase())) return {unit: acronym[1], length: acronym[0].length};
	const words = /^[^\S\n]+((?:\p{Ll}+[^\S\n]+){0,5}\p{Ll}+)/u.exec(rest)?.[1]?.split(/\s+/u) ?? [];
	// The longest run of words after the number that is a defined term, with its definition if printed.
	for (let count = words.length; count >= 1; count--) {
		const term = words.slice(0, count).join(' ');
		const unit = forms.get(term);
		if (unit === undefined) continue;
		const printed = new RegExp(`^\\s+${words.slice(0, count).join('\\s+')}(?:\\s*\\(\\s*${unit}\\s*\\))?`, 'u').exec(rest);
		if (printed) return {unit, length: printed[0].length};
	}
	return undefined;
}
