/** Words in a line of text: editing a prompt by words (as readline's Ctrl-W does), and finding them. */

/** The text without its last word: the spaces at its end, then the characters back to the space before them. */
export function withoutLastWord(text: string): string {
	return text.replace(/\S*\s*$/u, '');
}

/** The text on one line: each run of white space, line breaks among them, one space. */
export function singleSpaced(text: string): string {
	return text.replace(/\s+/g, ' ');
}

/** Whether a text opens with a word, in any case, and the word whole: "Disimpulkan: …" opens with "disimpulkan". */
export function opensWithWord(text: string, word: string): boolean {
	const lower = text.toLowerCase();
	const wanted = word.toLowerCase();
	return lower.startsWith(wanted) && !/\p{L}/u.test(lower.charAt(wanted.length));
}
