/**
 * What Indonesian news prints around a person's name that is no part of it: the honorifics of
 * schooling, profession and faith before it ("dr. Ratna Puspitasari", "Prof. Dr. Ir. Bambang
 * Sutejo", "H. Slamet Riyadi"), a rank and its corps ("Letkol Inf Agus Salim Nasution"), and the
 * degrees after it ("Ratna Puspitasari, S.H., M.Si."). A citation names the person, not them.
 */
import {CORPS, NAME_HONORIFICS, RANKS} from './institutions.js';
import {isNameWord} from './names.js';
import {isCapitalized, type Words} from './tokens.js';

/**
 * Whether token `i` is an honorific before a name: one of NAME_HONORIFICS, then its dot or a space,
 * then a capitalized word (the name, or another honorific).
 */
export function honorificAt(words: Words, i: number): boolean {
	const word = words.tokens[i]?.text ?? '';
	// "Datuk Seri", "Tan Sri", "Dato' Seri Utama": a rank of the Malay title before it.
	if ((word === 'Seri' || word === 'Sri' || word === 'Utama') && MALAY_TITLES.has(words.tokens[i - 1]?.text ?? '') && /^\s+$/.test(words.gapBefore(i))) return true;
	if (!NAME_HONORIFICS.has(word)) return false;
	// A single letter is an initial unless its dot follows and it opens the name: "H. Slamet" and
	// "Bupati Sumedang H. Dony" are hajis, "H Slamet" may be anyone, and the "H." of "Budi H.
	// Santoso" is his middle initial, after a word of his name.
	const initial = word.length === 1 && (!/^\.\s+$/.test(words.gapBefore(i + 1)) || (/^\s+$/.test(words.gapBefore(i)) && isNameWord(words.tokens[i - 1]?.text ?? '') && !honorificAt(words, i - 1)));
	return !initial && /^\.?\s+$/.test(words.gapBefore(i + 1)) && isCapitalized(words.tokens[i + 1]?.text ?? '');
}

/** The Malay titles a rank word follows: "Datuk Seri", "Tan Sri", "Dato' Seri Utama". */
const MALAY_TITLES: ReadonlySet<string> = new Set(['Datuk', 'Dato', "Dato'", 'Tan', 'Seri']);

/** Which tokens a rule reads as printed before a name. */
type Printed = (words: Words, i: number) => boolean;

/** Past the run of tokens from `i` that `printed` reads; `i` if none is. */
function runEnd(words: Words, i: number, printed: Printed): number {
	let end = i;
	while (printed(words, end)) end++;
	return end;
}

/** Where the run of tokens that `printed` reads and that ends tokens `from`…`to` (exclusive) begins; `to` if none does. */
function runStart(words: Words, from: number, to: number, printed: Printed): number {
	let start = to;
	while (start > from && printed(words, start - 1)) start--;
	return start;
}

/** Past the honorifics printed from token `i` ("Prof. Dr. Ir." of "Prof. Dr. Ir. Bambang Sutejo"); `i` if none is. */
export const honorificsEnd = (words: Words, i: number): number => runEnd(words, i, honorificAt);

/** Where the honorifics ending tokens `from`…`to` (exclusive) begin, before the name at `to`; `to` if none do. */
export const honorificsStart = (words: Words, from: number, to: number): number => runStart(words, from, to, honorificAt);

/** Whether token `i` is a corps printed after a rank, before a name: the "Inf" of "Letkol Inf Agus", the "Pol." of "Kombes Pol. Budi". */
export function corpsAt(words: Words, i: number): boolean {
	return CORPS.has(words.tokens[i]?.text ?? '') && RANKS.has(words.tokens[i - 1]?.text ?? '') && /^\s+$/.test(words.gapBefore(i)) && /^\.?\s+$/.test(words.gapBefore(i + 1));
}

/** Whether token `i` is printed before a name and is no word of it, nor of a title: an honorific, a rank or its corps. */
const designates = (words: Words, i: number) => honorificAt(words, i) || corpsAt(words, i) || (RANKS.has(words.tokens[i]?.text ?? '') && /^\s+$/.test(words.gapBefore(i + 1)));

/** Past the honorifics, ranks and corps printed from token `i` before a name ("Letkol Inf", "AKBP", "Prof. Dr."); `i` if none are. */
export const designationEnd = (words: Words, i: number): number => runEnd(words, i, designates);

/** Where the honorifics, ranks and corps that end tokens `from`…`to` (exclusive) begin; `to` if none do. */
export const designationStart = (words: Words, from: number, to: number): number => runStart(words, from, to, designates);

/** Degrees written with dots, as the tokenizer joins them: "S.H", "M.Si", "S.Kom", "Sp.PD", "Ph.D", "A.Md", "S.Pd.I". */
const DOTTED_DEGREE = /^(?:S|M|Sp|Ph|A|D)\.\p{Lu}[\p{L}]*(?:\.\p{L}+)*$/u;
/** Degrees printed without dots that are no other word: "SH", "MSi", "SKom". */
const UNDOTTED_DEGREES = new Set(['SH', 'MH', 'SE', 'MM', 'MSi', 'SPd', 'MPd', 'SKom', 'SSos', 'MKes', 'SKM', 'SIP', 'ST', 'MT', 'PhD', 'MBA']);

/** Whether a word is a degree printed after a name (its last dot kept where a capitalized word follows, tokens.ts: "M.T." of ", M.T. Selain"). */
export const isDegree = (word: string): boolean => DOTTED_DEGREE.test(word.replace(/(?<=\p{Lu})\.$/u, '')) || UNDOTTED_DEGREES.has(word);

/**
 * Whether the word at token `i`, shaped as a degree, is the initials that open a name: "M.S." of
 * "Ketua Panitia, M.S. Hidayat" (tokens.ts keeps the dot of initials a capitalized word follows).
 * After a comma that follows a name word, it is that name's degree: "Bambang, M.T. Selain …".
 */
export function opensNameWithInitials(words: Words, i: number, first: boolean): boolean {
	const word = words.tokens[i]?.text ?? '';
	if (!/^(?:\p{Lu}\.){2,}$/u.test(word)) return false;
	return first || !(/,/.test(words.gapBefore(i)) && isNameWord(words.tokens[i - 1]?.text ?? ''));
}

/** Past the degrees printed after a name from token `i` (", S.H., M.Si."), each after a comma or a space; `i` if none are. */
export function degreesEnd(words: Words, i: number): number {
	let end = i;
	while (isDegree(words.tokens[end]?.text ?? '') && /^\s*,?\s*$/.test(words.gapBefore(end).replace(/^\./, ''))) end++;
	return end;
}

/** A comma and a word that may be a degree, with its closing dot: ", M.T.", ", MT". */
const COMMA_AND_WORD = /^\s*,\s*(\p{Lu}(?:[\p{L}.]*\p{L})?)\.?(?=[\s,;]|$)/u;

/**
 * How far the degrees set off by commas after a name run in `after`, the text that follows the
 * name (", M.T., menjalani" gives the length of ", M.T."); 0 when none follows.
 */
export function degreesPrintedAfter(after: string): number {
	let end = 0;
	for (let match = COMMA_AND_WORD.exec(after); match && isDegree(match[1] ?? ''); match = COMMA_AND_WORD.exec(after.slice(end))) end += match[0].length;
	return end;
}
