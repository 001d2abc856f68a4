/**
 * The bytes of OSC 52, the escape sequence that asks a terminal to set the system clipboard.
 * Pure functions: nothing here writes anywhere.
 */
import type {ClipboardProblem} from './clipboard-problems.js';

const ESC = '\u001B';
const BEL = '\u0007';
/** String Terminator, which ends a DCS string. */
const ST = `${ESC}\\`;

/**
 * Terminals and multiplexers drop or cut OSC 52 sequences past roughly this size; gemini-cli keeps
 * the whole sequence under the same limit. We refuse rather than cut, so the clipboard never holds
 * half a quote.
 */
export const OSC52_MAX_SEQUENCE_BYTES = 100_000;

/** GNU screen limits one DCS string, so the screen form carries the sequence in pieces this long. */
export const SCREEN_CHUNK_BYTES = 240;

/** Environment variables, as process.env holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The OSC 52 sequence that sets the clipboard ("c") to `text`: ESC ] 52 ; c ; base64(UTF-8) BEL. */
export function osc52(text: string): string {
	return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

/** Wraps a sequence in tmux passthrough, ESC P tmux; … ESC \, doubling every ESC inside. */
export function wrapForTmux(sequence: string): string {
	return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
}

/**
 * Wraps a sequence for GNU screen, which hands the contents of each DCS string (ESC P … ESC \) to
 * the outer terminal unchanged: the sequence is cut into pieces of `chunkBytes`, each in its own
 * DCS string, and the outer terminal sees them joined. The sequence is ASCII, so a character is a byte.
 */
export function wrapForScreen(sequence: string, chunkBytes: number = SCREEN_CHUNK_BYTES): string {
	const pieces: string[] = [];
	for (let start = 0; start < sequence.length; start += chunkBytes) {
		pieces.push(`${ESC}P${sequence.slice(start, start + chunkBytes)}${ST}`);
	}
	return pieces.join('');
}

/** The sequences to write to the terminal, or why OSC 52 cannot carry the text. */
export type Osc52Plan =
	| {readonly ok: true; readonly sequences: readonly string[]}
	| {readonly ok: false; readonly problem: ClipboardProblem};

/**
 * Decides which OSC 52 sequences reach the terminal's clipboard from where linimasa runs.
 * Inside tmux ($TMUX) both the plain sequence (taken by tmux with `set-clipboard on`) and the
 * passthrough form (forwarded with `allow-passthrough on`); inside GNU screen ($STY) the
 * screen form; elsewhere the plain sequence. The size limit applies to the plain sequence, which
 * is what the terminal finally reads.
 */
export function osc52Sequences(text: string, env: Env): Osc52Plan {
	const sequence = osc52(text);
	const bytes = Buffer.byteLength(sequence, 'utf8');
	if (bytes > OSC52_MAX_SEQUENCE_BYTES) {
		return {ok: false, problem: {kind: 'too-long', bytes, limit: OSC52_MAX_SEQUENCE_BYTES}};
	}
	if (env['TMUX']) {
		return {ok: true, sequences: [sequence, wrapForTmux(sequence)]};
	}
	if (env['STY']) {
		return {ok: true, sequences: [wrapForScreen(sequence)]};
	}
	return {ok: true, sequences: [sequence]};
}
