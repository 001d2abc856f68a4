/** Editing a one-line prompt by words, as readline's Ctrl-W does. */

/** The text without its last word: the spaces at its end, then the characters back to the space before them. */
export function withoutLastWord(text: string): string {
	return text.replace(/\S*\s*$/u, '');
}

/** The text on one line: each run of white space, line breaks among them, one space. */
export function singleSpaced(text: string): string {
	return text.replace(/\s+/g, ' ');
}
