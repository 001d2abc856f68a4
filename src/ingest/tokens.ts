/**
 * Words of a sentence with their places in the text, and what their spelling says: capitalized,
 * an acronym, a Roman numeral. The entity rules walk these tokens.
 */
import {NAME_HONORIFICS, ROMAN_NUMERAL} from './institutions.js';
import type {Span} from './spans.js';

export interface Token extends Span {
	readonly text: string;
}

// Words with inner apostrophes, dots or hyphens ("Jum'at", "1.500", "Koran-jakarta.com", "rata-rata").
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** The words of a span of text. "HO-Kementerian" is two words; "Bangsa-Bangsa" and "rata-rata" are one. */
function tokenize(text: string, span: Span): Token[] {
	const tokens: Token[] = [];
	for (const match of text.slice(span.start, span.end).matchAll(WORD)) {
		let start = span.start + (match.index ?? 0);
		const parts = match[0].split('-');
		let word = parts[0] ?? '';
		for (const part of parts.slice(1)) {
			// A capitalized word after a hyphen that does not repeat the one before starts a new word.
			if (/^\p{Lu}/u.test(part) && part.toLowerCase() !== word.split('-').at(-1)?.toLowerCase()) {
				tokens.push({text: word, start, end: start + word.length});
				start += word.length + 1;
				word = part;
			} else word += `-${part}`;
		}
		tokens.push({text: word, start, end: start + word.length});
	}
	return withBalinesePrefixes(text, withInitialsDotted(text, span, tokens));
}

/** The names Balinese give by birth order and caste, after "I" (a man) or "Ni" (a woman): "I Made Suarjana", "Ni Luh Putu Ari". */
const BALINESE_NAMES = new Set(['Wayan', 'Made', 'Nyoman', 'Ketut', 'Putu', 'Kadek', 'Komang', 'Nengah', 'Gede', 'Gusti', 'Luh', 'Ayu', 'Agung', 'Ngurah', 'Dewa', 'Desak', 'Anak']);

/**
 * "I" and "Ni" before a Balinese name are the name's first word, one token with it ("I Made"): alone,
 * "I" reads as a Roman numeral ("Komisi I") and a name read without it loses it and gives it to the
 * title before ("AKBP I").
 */
function withBalinesePrefixes(text: string, tokens: Token[]): Token[] {
	const joined: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		if ((token.text === 'I' || token.text === 'Ni') && next && BALINESE_NAMES.has(next.text) && text.slice(token.end, next.start) === ' ') {
			joined.push({text: `${token.text} ${next.text}`, start: token.start, end: next.end});
			i++;
		} else joined.push(token);
	}
	return joined;
}

/**
 * Initials written with dots that are no one's: a region ("D.I. Yogyakarta", "D.K.I. Jakarta"), a
 * company's form ("P.T.", "C.V.", "U.D."), a hospital, a neighbourhood, schools, a ship ("K.M.").
 */
const NOT_NAME_INITIALS = new Set(['D.I', 'D.K.I', 'P.T', 'C.V', 'U.D', 'R.S', 'R.T', 'R.W', 'S.D', 'S.M.P', 'S.M.A', 'S.M.K', 'T.K', 'K.M', 'M.V', 'A.S', 'R.I', 'P.N', 'K.P.U']);

/** Initials run together ("M.S", "D.I"), then a dot and a capitalized word: a name's first initials. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const THEN_CAPITALIZED = /^\.\s+\p{Lu}/u;

/**
 * Initials that open a name keep their last dot ("M.S." of "Ketua Panitia, M.S. Hidayat", "D.I." of
 * "Jalan D.I. Panjaitan"): the word regex leaves it out, and the gap it leaves would end the name
 * before its last word. An honorific written so ("K.H. Ma'ruf Amin") is left as it is, no name's.
 */
function withInitialsDotted(text: string, span: Span, tokens: Token[]): Token[] {
	return tokens.map((token) =>
		DOTTED_INITIALS.test(token.text) && !NAME_HONORIFICS.has(token.text) && !NOT_NAME_INITIALS.has(token.text) && THEN_CAPITALIZED.test(text.slice(token.end, Math.min(span.end, token.end + 8)))
			? {text: `${token.text}.`, start: token.start, end: token.end + 1}
			: token,
	);
}

/** Starts with a capital letter. */
export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** An acronym: two or more capitals, perhaps with digits ("DPR", "BPBD", "G20"). */
export const isAcronym = (word: string): boolean => /^[\p{Lu}\p{N}]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** A Roman numeral as in "Komisi I" or "Wilayah II". */
export const isRomanNumeral = (word: string): boolean => word !== '' && ROMAN_NUMERAL.test(word);

/** A sentence's words, with helpers to read runs of them. */
export interface Words {
	readonly text: string;
	readonly tokens: readonly Token[];
	/** Tokens `from`…`to` (exclusive) as one phrase, if only white space separates them. */
	phrase(from: number, to: number): string;
	/** The text spanned by tokens `from`…`to` (exclusive). */
	spanOf(from: number, to: number): Span;
	/** The text between token `i - 1` and token `i`. */
	gapBefore(i: number): string;
}

/** The words of a sentence. */
export function wordsOf(text: string, span: Span): Words {
	const tokens = tokenize(text, span);
	const gapBefore = (i: number) => {
		const token = tokens[i];
		const previous = tokens[i - 1];
		return token && previous ? text.slice(previous.end, token.start) : '';
	};
	return {
		text,
		tokens,
		gapBefore,
		phrase(from, to) {
			const parts: string[] = [];
			for (let i = from; i < to; i++) {
				if (i > from && !/^\s+$/.test(gapBefore(i))) {
					// "Budi H. Santoso": a middle initial, printed with its dot.
					if (!(i - 1 > from && isMiddleInitial(tokens, i - 1, gapBefore))) return '';
					parts[parts.length - 1] += '.';
				}
				parts.push(tokens[i]?.text ?? '');
			}
			return parts.join(' ');
		},
		spanOf(from, to) {
			return {start: tokens[from]?.start ?? span.end, end: tokens[to - 1]?.end ?? span.end};
		},
	};
}

/**
 * Whether token `i` is a middle initial: one capital letter between two capitalized words, after
 * the first by a space and before the second by its dot ("H" of "Budi H. Santoso").
 */
export function isMiddleInitial(tokens: readonly Token[], i: number, gapBefore: (i: number) => string): boolean {
	const before = tokens[i - 1]?.text ?? '';
	return /^\p{Lu}$/u.test(tokens[i]?.text ?? '') && /^\.\s+$/.test(gapBefore(i + 1)) && /^\s+$/.test(gapBefore(i)) && /^\p{Lu}\p{Ll}/u.test(before) && !LETTERED.has(before) && isCapitalized(tokens[i + 1]?.text ?? '');
}

/**
 * Nouns a letter names one of ("Vitamin C", "Blok C", "Kelas B"): the letter's dot after them ends
 * a sentence the splitter leaves whole ("… Vitamin C. Budi Santoso mengatakan …"), no middle initial.
 */
const LETTERED = new Set(['Vitamin', 'Blok', 'Grup', 'Kelas', 'Golongan', 'Tipe', 'Zona', 'Pasal', 'Gedung', 'Lantai', 'Ruang', 'Tahap', 'Gelombang', 'Jalur', 'Huruf', 'Kategori', 'Seri', 'Pintu', 'Terminal', 'Tower', 'Menara', 'Sektor', 'Klaster', 'Babak', 'Paket', 'Hepatitis', 'Sesi', 'Regu', 'Unit', 'Kompi', 'Peleton']);

/** Initials run together with their dots, the last dot left off: "D.I" (of "Jalan D.I. Panjaitan"), "K.H", "H". */
export const isInitialism = (word: string): boolean => /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);

/** Whether a token can continue a capitalized phrase: capitalized, an acronym, a numeral. */
export function isPhraseWord(word: string): boolean {
	return isCapitalized(word) || isAcronym(word) || isRomanNumeral(word) || /^\d+$/.test(word);
}

/**
 * The words of a lower-case term that a short form in brackets abbreviates, their initials in
 * order ("kejadian luar biasa" of "KLB", the last three of "kasus kejadian luar biasa"); undefined
 * when the phrase does not end on them.
 */
export function termOfShortForm(phrase: string, short: string): string[] | undefined {
	const words = phrase.trim().split(/\s+/u);
	const term = words.slice(-short.length);
	const lowerCase = term.every((word) => /^\p{Ll}+$/u.test(word));
	return term.length === short.length && lowerCase && term.map((word) => word.charAt(0)).join('') === short.toLowerCase() ? term : undefined;
}

/** Whether a text defines an acronym as the short form of a lower-case term: "kejadian luar biasa (KLB)" makes KLB a term, no body. */
export function isTermShortForm(text: string, acronym: string): boolean {
	for (const match of text.matchAll(/((?:\p{Ll}+\s+){0,7}\p{Ll}+)\s*\(\s*(\p{Lu}{2,8})\s*\)/gu)) {
		if (match[2] === acronym && termOfShortForm(match[1] ?? '', acronym)) return true;
	}
	return false;
}
