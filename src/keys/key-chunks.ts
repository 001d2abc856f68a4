/**
 * Ink hands over a run of plain keys as one string when they arrive together: typed faster than
 * the program reads them (over SSH, while a frame renders), held down, or pasted. Each key in
 * the run must still act as itself — "/meutia⏎" opens the finder, types, then shows the match —
 * so the run is split back into the key presses a terminal would have sent one by one.
 */
import type {KeyPress} from './keymap.js';

/** One key press: the text Ink would report for it alone, and its flags. */
export interface SplitKey {
	readonly input: string;
	readonly key: KeyPress;
}

// Controls a terminal sends for single keys, with the flags Ink gives each when it arrives alone.
const CONTROL_KEYS: Record<string, KeyPress> = {
	'\r': {return: true},
	'\n': {return: true},
	'\t': {tab: true},
	'\x7f': {delete: true},
	'\b': {backspace: true},
};

function splitOne(char: string): SplitKey {
	const control = CONTROL_KEYS[char];
	if (control) return {input: '', key: control};
	const code = char.codePointAt(0) ?? 0;
	// Ctrl-A … Ctrl-Z (and the rest of C0) arrive as the letter with `ctrl`, as Ink reports them.
	if (code < 0x20) return {input: String.fromCharCode(code + 0x60), key: {ctrl: true}};
	return {input: char, key: /[A-Z]/.test(char) ? {shift: true} : {}};
}

/** The key presses in what Ink reported as one: itself, unless it is a run of several plain keys. */
export function splitKeyPresses(input: string, key: KeyPress): SplitKey[] {
	// Ink sets a flag only for a key it recognised alone (an arrow, Enter, Ctrl-…): that is one key.
	const flagged = Object.values(key).some((flag) => flag === true);
	const chars = Array.from(input);
	if (flagged || chars.length <= 1) return [{input, key}];
	return chars.map(splitOne);
}
