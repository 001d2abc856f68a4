/**
 * Fitting text into terminal columns, for the explorer and the command line alike. Widths are
 * measured as the terminal draws them (CJK and emoji take two columns), so truncation and padding
 * keep columns aligned whatever the data.
 */
import cliTruncate from 'cli-truncate';
import wrapAnsi from 'wrap-ansi';
import {fastStringWidth, isSimpleText} from './string-width.js';
import {visibleText} from './plain-width.js';
import {wrapPlainLine} from './wrap-plain.js';
import {cutEnd, DANGLING_END, isFigure} from './cut-end.js';

/** Columns a string takes on screen. */
export function widthOf(text: string): number {
	return fastStringWidth(text);
}

/** The text cut to at most `width` columns, ending in "…" when cut: at a word boundary where the words kept fill a third of the width. */
export function truncate(text: string, width: number): string {
	return truncateTo(text, width, LEAST_WHOLE_WORDS);
}

/** `text` cut to `width` columns, at a word boundary where the words kept fill `leastWords` of the width. */
function truncateTo(text: string, width: number, leastWords: number): string {
	if (width <= 0) return '';
	// Measuring first keeps the common short case cheap; styled text is measured whatever its length, as its escapes take no column.
	if ((text.length <= width || text.includes('\x1b')) && widthOf(text) <= width) return text;
	// Cut from the head when it is wider than the width (its cut is then the text's); a head that
	// still fits (a run of stacked marks) leaves the whole text to be measured.
	const head = headOf(text, width);
	return cutToWidth(head !== text && widthOf(head) > width ? head : text, width, leastWords);
}

/** Code units a column can take: a flag takes 4 for 2 columns, a family emoji 11, a tag sequence 14. */
const UNITS_PER_COLUMN = 8;

/**
 * The start of `text` that a cut to `width` columns can need. A 10,000-character title is measured
 * a few times for each cut; measuring only what could be shown keeps a listing of such rows fast.
 */
function headOf(text: string, width: number): string {
	const units = width * UNITS_PER_COLUMN + 64;
	// Styled text is cut whole: a head could end inside an escape sequence.
	if (text.length <= units || text.includes('\x1b')) return text;
	// Not between the halves of a surrogate pair.
	const code = text.charCodeAt(units - 1);
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? units - 1 : units);
}

/** `text` (longer than `width` columns) cut to fit with its ellipsis. */
function cutToWidth(text: string, width: number, leastWords: number): string {
	let kept: string;
	// One column a character: cut where cli-truncate would, without measuring every prefix.
	if (isSimpleText(text)) kept = text.slice(0, width - 1);
	else if (text.includes('\x1b')) return styledCut(text, width, leastWords);
	else {
		const cut = cliTruncate(text, width, {position: 'end'});
		// cli-truncate keeps a wide character that straddles the cut (one column too many); one
		// column less moves the cut to that character's start.
		const fitted = widthOf(cut) <= width ? cut : cliTruncate(text, width - 1, {position: 'end'});
		if (!fitted.endsWith('…')) return fitted;
		kept = fitted.slice(0, -1);
	}
	return `${atWordBoundary(text, kept, width, leastWords)}…`;
}

/** Styled text (a search's lit match, a coloured cell) cut where its plain text would be, by the same rules, its styles kept. */
function styledCut(text: string, width: number, leastWords: number): string {
	const kept = widthOf(cutToWidth(visibleText(text), width, leastWords)) - 1;
	if (kept <= 0) return '…';
	const cut = cliTruncate(text, kept + 1, {position: 'end'});
	// A wide character after the cut that cli-truncate kept: the cut moves to its start.
	const fitted = widthOf(cut) <= kept + 1 ? cut : cliTruncate(text, kept, {position: 'end'});
	// cli-truncate puts the ellipsis before the codes that close the styles: lit like the match it follows, it would say the match was cut.
	return fitted.replace(STYLED_ELLIPSIS, '$1…');
}

/** An ellipsis followed by the codes that close styles, at the end of a cut. */
const STYLED_ELLIPSIS = /…((?:\x1b\[[0-9;]*m)+)$/;

const SPACE = /\s/;
/**
 * The least share of the width the whole words before a cut must fill for the cut to end there.
 * A cut word reads as another ("Sungai Cikawun…", "Rp 25…"), so whole words win even when they fill
 * well under half the cell; only a short word or two before a long one ("Di…" of "Di
 * Telekomunikasi") says less than the word cut inside.
 */
const LEAST_WHOLE_WORDS = 1 / 3;
/** Whole words however few: a table's cell, kept wide enough for a few words (READABLE_TEXT), ends at one wherever one fits. */
const ANY_WHOLE_WORDS = 0;

/** `kept`, a prefix of `text`, moved back to the end of its last whole word; empty when what it would keep says another figure. */
function atWordBoundary(text: string, kept: string, width: number, leastWords: number): string {
	let end = kept.length;
	if (!SPACE.test(text.charAt(kept.length))) {
		// Within a word: back to the space before it, unless the words before it fill too little of the
		// width; a word with a figure in it is never cut inside ("Rp250.000.0…" reads as a smaller sum).
		const space = Math.max(kept.lastIndexOf(' '), kept.lastIndexOf('\u00a0'));
		const word = text.slice(space + 1).split(/\s/u, 1)[0]!;
		if (isFigure(word)) end = Math.max(0, space);
		else if (space > 0 && widthOf(kept.slice(0, space)) >= width * leastWords) end = space;
	}
	// Nor does it end on a figure whose noun or magnitude is cut off ("…dan 29…" of "…dan 29 kendaraan").
	const words = kept.slice(0, end);
	const whole = cutEnd(text, words);
	// Only what was all punctuation, cut inside, is kept as it was cut: a figure dropped stays dropped.
	if (whole !== '' || end < kept.length || whole !== words.replace(DANGLING_END, '')) return whole;
	return kept;
}

/** The text cut to at most `width` columns from its start, beginning with "…" when cut. */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) return '';
	if (widthOf(text) <= width) return text;
	const chars = Array.from(text);
	let kept = '';
	// Take characters from the end while they fit beside the ellipsis.
	for (let i = chars.length - 1, used = 1; i >= 0; i--) {
		const w = widthOf(chars[i]!);
		if (used + w > width) break;
		kept = chars[i] + kept;
		used += w;
	}
	return `…${kept}`;
}

/** The text cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	return fitTo(text, width, align, LEAST_WHOLE_WORDS);
}

/**
 * A table's cell: the text cut or padded to exactly `width` columns, a cut ending at a whole word
 * wherever one fits ("Rute…", not "Rute perjala…"), as every cut of the table does.
 */
export function fitAtWord(text: string, width: number): string {
	return fitTo(text, width, 'left', ANY_WHOLE_WORDS);
}

function fitTo(text: string, width: number, align: 'left' | 'right', leastWords: number): string {
	// One measure when the text fits (a column as wide as its widest cell holds a 10,000-column title).
	const head = headOf(text, width);
	const headWidth = widthOf(head);
	const cut = head === text && headWidth <= width ? text : truncateTo(text, width, leastWords);
	const pad = ' '.repeat(Math.max(0, width - (cut === text ? headWidth : widthOf(cut))));
	return align === 'left' ? cut + pad : pad + cut;
}

/** The text wrapped to lines of at most `width` columns (long words are broken). */
export function wrap(text: string, width: number): string[] {
	if (width <= 0) return [];
	if (text === '') return [''];
	// Lines as wrap-ansi splits them; one of simple characters is wrapped as it would be, without measuring each word.
	return text
		.normalize()
		.replaceAll('\r\n', '\n')
		.split('\n')
		.flatMap((line) => (isSimpleText(line) ? wrapPlainLine(line, width) : wrapOther(line, width)));
}

/** A line wrapped by wrap-ansi. */
function wrapOther(line: string, width: number): string[] {
	// wrap-ansi measures with string-width 7, which counts some characters narrower than the
	// string-width 8 everything else here measures by (a musical note with its combining stem, 𝅘𝅥𝅰:
	// 1 against 3): a line it made can be too wide, and is broken again by this measure.
	return wrapAnsi(line, width, {hard: true, trim: true})
		.split('\n')
		.flatMap((row) => (widthOf(row) <= width ? [row] : brokenToWidth(row, width)));
}

/** A line cut into pieces of at most `width` columns, a character at a time (one wider than `width` alone on its piece). */
function brokenToWidth(line: string, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const char of line) {
		if (piece !== '' && widthOf(piece + char) > width) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	if (piece !== '') pieces.push(piece);
	return pieces;
}
