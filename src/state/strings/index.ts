/** The words of the explorer in the language shown: Indonesian or English (the others read English). */
import {formatNumber} from '../../model/count.js';
import {primaryLanguage} from '../../model/localize.js';
import {EN} from './en.js';
import {ID} from './id.js';
import type {Noun, Strings} from './strings.js';

export type {CopiedQuote, Noun, Strings} from './strings.js';

/** The languages the interface itself is written in. */
export const INTERFACE_LANGUAGES = ['id', 'en'] as const;

/** The table for a language tag ("id", "id-ID", "en-GB"); English for a language it has no words in. */
export function stringsFor(lang: string): Strings {
	return primaryLanguage(lang) === 'id' ? ID : EN;
}

/** "1 event", "1,204 entities", "8 peristiwa", "1.204 entitas": a count with its noun, in the table's language. */
export function counted(strings: Strings, n: number, noun: Noun): string {
	const [singular, plural] = strings.nouns[noun];
	return `${formatNumber(n, strings.lang)} ${n === 1 ? singular : plural}`;
}

/** A language as the table names it ("Inggris"), or its tag when it has no name for it. */
export function languageName(strings: Strings, tag: string): string {
	return strings.languageNames[tag] ?? strings.languageNames[tag.split('-')[0]!.toLowerCase()] ?? tag;
}
