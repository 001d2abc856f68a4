/**
 * What "nothing reaches the terminal raw" means, checked two ways: on the bytes the program wrote
 * (only the sequences Ink and linimasa themselves use, and our own OSC 52), and on the emulator
 * that read them (no title set, no clipboard written but by `y`, no answer sent back, no bell, no
 * blinking, hidden or RGB-coloured cell).
 */
import type {TerminalSession} from './harness.js';

/** The OSC 52 sequence linimasa writes to put `text` on the clipboard. */
export const osc52For = (text: string) => `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;

// Ink draws with SGR colours, erase-line, cursor-up and column-one; linimasa enters and leaves the
// alternate screen and bracketed paste, clears the screen, and hides or shows the cursor; Ink wraps frames in synchronized output.
const OWN_CSI = /^\x1b\[(?:\?(?:25|1049|2004|2026)[hl]|[\d;]*m|\d*[AK]|G|[23]J|H)$/;
// The SGR attributes the theme uses: bold, dim, italic, underline, inverse, their resets, and the
// 16 named colours. Blink (5), hidden (8), strike (9) and RGB or 256 colours (38;…, 48;…) are not ours.
const OWN_SGR = new Set(['', '0', '1', '2', '3', '4', '7', '22', '23', '24', '27', '39', '49',
	...Array.from({length: 8}, (_, i) => [`${30 + i}`, `${40 + i}`, `${90 + i}`, `${100 + i}`]).flat()]);

const ESCAPE_SEQUENCE = /\x1b(?:\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[^[\]])/g;
// Text may hold line breaks and tabs; anything else below space, DEL and C1 are controls.
const CONTROL = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]/g;
// The joiners U+200C and U+200D are not here: emoji sequences and scripts need them, and the terminal draws them as part of one character.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff\u00ad]/g;

/** Everything in `output` that is not plain text, Ink's drawing, or one of the expected clipboard writes. */
export function unsafeOutput(output: string, expectedClipboard: readonly string[] = []): string[] {
	const problems: string[] = [];
	const allowedOsc = new Set(expectedClipboard.map(osc52For));
	for (const [sequence] of output.matchAll(ESCAPE_SEQUENCE)) {
		if (sequence.startsWith('\x1b]')) {
			if (!allowedOsc.has(sequence)) problems.push(`OSC ${JSON.stringify(sequence.slice(0, 80))}`);
		} else if (!OWN_CSI.test(sequence)) {
			problems.push(`escape ${JSON.stringify(sequence)}`);
		} else if (sequence.endsWith('m')) {
			for (const parameter of sequence.slice(2, -1).split(';')) {
				if (!OWN_SGR.has(parameter)) problems.push(`SGR parameter ${parameter} in ${JSON.stringify(sequence)}`);
			}
		}
	}
	const text = output.replace(ESCAPE_SEQUENCE, '');
	for (const [char] of text.matchAll(CONTROL)) problems.push(`control U+${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	for (const [char] of text.matchAll(INVISIBLE)) problems.push(`invisible U+${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	if (text.includes('\x1b')) problems.push('a lone ESC');
	return [...new Set(problems)];
}

/** What the emulator shows was done to it beyond drawing text: titles, clipboard, answers, bells, odd cells. */
export function terminalTampering(session: TerminalSession, expectedClipboard: readonly string[] = []): string[] {
	const problems: string[] = [];
	if (session.titles.length > 0) problems.push(`title set to ${JSON.stringify(session.titles)}`);
	const expected = expectedClipboard.map((text) => `c;${Buffer.from(text, 'utf8').toString('base64')}`);
	const unexpected = session.clipboardWrites.filter((write) => !expected.includes(write));
	if (unexpected.length > 0) problems.push(`clipboard written: ${JSON.stringify(unexpected)}`);
	if (session.replies.length > 0) problems.push(`the terminal answered ${JSON.stringify(session.replies)}`);
	if (session.bells > 0) problems.push(`${session.bells} bell(s)`);
	for (let row = 0; row < session.rows; row++) {
		const odd = session.cells(row).filter((cell) => cell.blink || cell.invisible || cell.rgb);
		if (odd.length > 0) problems.push(`row ${row}: ${odd.length} cell(s) blink, hide or have an RGB colour, from column ${odd[0]!.column}`);
	}
	return problems;
}
