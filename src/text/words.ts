/** Editing a one-line prompt by words, as readline's Ctrl-W does. */

/** The text without its last word: the spaces at its end, then the characters back to the space before them. */
export function withoutLastWord(text: string): string {
	return text.replace(/\S*\s*$/u, '');
}
