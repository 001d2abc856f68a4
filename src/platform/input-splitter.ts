/**
 * What a terminal's input means before Ink reads it. Ink 6.8 knows neither of two things a
 * terminal sends, so they are sorted out here, on the raw text:
 *
 * - A bracketed paste (`ESC[200~ … ESC[201~`, sent once `ESC[?2004h` turned the mode on) is taken
 *   out whole, as text: pasted words must never be read as keys.
 * - Escape followed at once by a key ("Esc q" typed fast, or sent in one write) reaches Ink as one
 *   chunk, `ESC q`, which its parser joins into Meta+q (or, for `ESC /`, into a plain `/`). The
 *   explorer binds one Alt key, Alt+Backspace (`ESC DEL`, or `ESC BS`: erase a word in a prompt),
 *   passed on whole; any other Escape that does not start a sequence is an Escape of its own: it
 *   is passed on as `ESC[27u` (Escape in the kitty keyboard protocol's CSI u form), one complete
 *   sequence that Ink 6.8's parse-keypress reads as Escape alone.
 *
 * Pure: text in, pieces out; a cut-off sequence at the end of a chunk is held for the next one.
 */

export type InputPiece =
	/** Keys for Ink to parse, every Escape among them unambiguous. */
	| {readonly kind: 'keys'; readonly text: string}
	/** The text of one bracketed paste, as the terminal sent it (not yet sanitized). */
	| {readonly kind: 'paste'; readonly text: string};

export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';
/** Escape as one complete sequence (kitty keyboard protocol, CSI 27 u): Ink reads it as Escape. */
export const ESCAPE_KEY = '\x1b[27u';
/** The most of a paste that is kept (UTF-16 units); the rest is dropped, not held in memory. */
export const MAX_PASTE_LENGTH = 4096;

const ESC = '\x1b';

/** What an ESC at some index starts: a whole sequence, an Escape key alone, or not enough to tell. */
type EscapeReading = {readonly kind: 'sequence'; readonly end: number} | {readonly kind: 'escape'} | {readonly kind: 'incomplete'};

const isParameterOrIntermediate = (code: number) => code >= 0x20 && code <= 0x3f;
const isFinal = (code: number) => code >= 0x40 && code <= 0x7e;

/** Read the escape at `at`: CSI (`ESC [ … final`, also the console's `ESC [ [ A`) and SS3 (`ESC O x`) are sequences. */
function readEscape(text: string, at: number): EscapeReading {
	const next = text[at + 1];
	if (next === undefined) return {kind: 'incomplete'};
	// Alt+Backspace, which Ink reads as Backspace with meta.
	if (next === '\x7f' || next === '\b') return {kind: 'sequence', end: at + 2};
	if (next === 'O') {
		const final = text.charCodeAt(at + 2);
		if (Number.isNaN(final)) return {kind: 'incomplete'};
		return isFinal(final) ? {kind: 'sequence', end: at + 3} : {kind: 'escape'};
	}
	if (next !== '[') return {kind: 'escape'};
	for (let index = at + 2; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isParameterOrIntermediate(code) || (code === 0x5b && index === at + 2)) continue;
		return isFinal(code) ? {kind: 'sequence', end: index + 1} : {kind: 'escape'};
	}
	return {kind: 'incomplete'};
}

/** How many characters at the end of `text` could begin `marker` (never the whole marker). */
function markerPrefixAtEnd(text: string, marker: string): number {
	for (let length = Math.min(text.length, marker.length - 1); length > 0; length--) {
		if (text.endsWith(marker.slice(0, length))) return length;
	}
	return 0;
}

/** At most `room` units of `text`, never ending in half a surrogate pair. */
function upTo(text: string, room: number): string {
	if (text.length <= room) return text;
	const cut = text.slice(0, Math.max(0, room));
	const last = cut.charCodeAt(cut.length - 1);
	return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export interface InputSplitter {
	/** The pieces a chunk completes, in order; a cut-off sequence at its end is held for the next chunk. */
	push(chunk: string): InputPiece[];
	/** Whether keys are held that `flush` would let go (an Escape, or the start of a sequence). */
	readonly holding: boolean;
	/**
	 * No more input came to complete what is held: an ESC alone is Escape, and what followed it is
	 * keys. A paste in progress stays open: its end marker will come.
	 */
	flush(): InputPiece[];
	/** Whether a paste has started and not ended. */
	readonly pasting: boolean;
	/** Give up on the end marker of a paste in progress: what came of it is the paste, and what comes next is keys again. */
	endPaste(): InputPiece[];
}

/** A splitter of one terminal's input into keys and pastes. */
export function createInputSplitter(): InputSplitter {
	let held = '';
	let pasting = false;
	let paste = '';

	const addToPaste = (text: string) => {
		paste += upTo(text, MAX_PASTE_LENGTH - paste.length);
	};
	/** The paste gathered so far, handed over whole; the splitter then reads keys again. */
	const closePaste = (): InputPiece => {
		const piece: InputPiece = {kind: 'paste', text: paste};
		pasting = false;
		paste = '';
		return piece;
	};

	return {
		push(chunk) {
			const text = held + chunk;
			held = '';
			const pieces: InputPiece[] = [];
			let keys = '';
			const endKeys = () => {
				if (keys !== '') pieces.push({kind: 'keys', text: keys});
				keys = '';
			};
			let index = 0;
			while (index < text.length) {
				if (pasting) {
					const end = text.indexOf(PASTE_END, index);
					if (end < 0) {
						const rest = text.slice(index);
						const keep = markerPrefixAtEnd(rest, PASTE_END);
						addToPaste(rest.slice(0, rest.length - keep));
						held = rest.slice(rest.length - keep);
						break;
					}
					addToPaste(text.slice(index, end));
					pieces.push(closePaste());
					index = end + PASTE_END.length;
					continue;
				}
				const escape = text.indexOf(ESC, index);
				if (escape < 0) {
					keys += text.slice(index);
					break;
				}
				keys += text.slice(index, escape);
				const reading = readEscape(text, escape);
				if (reading.kind === 'incomplete') {
					held = text.slice(escape);
					break;
				}
				if (reading.kind === 'escape') {
					keys += ESCAPE_KEY;
					index = escape + 1;
					continue;
				}
				const sequence = text.slice(escape, reading.end);
				index = reading.end;
				if (sequence === PASTE_START) {
					endKeys();
					pasting = true;
				} else if (sequence !== PASTE_END) {
					// A stray end marker is dropped: Ink would read it as the text "[201~".
					keys += sequence;
				}
			}
			endKeys();
			return pieces;
		},
		get holding() {
			return !pasting && held !== '';
		},
		flush() {
			if (pasting || held === '') return [];
			// What is held is one ESC and the start of a sequence after it ("ESC", "ESC [", "ESC [ 2").
			const text = ESCAPE_KEY + held.slice(1);
			held = '';
			return [{kind: 'keys', text}];
		},
		get pasting() {
			return pasting;
		},
		endPaste() {
			if (!pasting) return [];
			// What is held is the start of an end marker that never came: pasted text too.
			addToPaste(held);
			held = '';
			return [closePaste()];
		},
	};
}
