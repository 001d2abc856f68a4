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

/** Where the word holding `at` starts (after the space before it, or the text's start). */
export const wordStart = (text: string, at: number): number => text.lastIndexOf(' ', at - 1) + 1;

/** Where the word holding the character before `at` ends (the space after it, or the text's end). */
export const wordEnd = (text: string, at: number): number => {
	const space = text.indexOf(' ', at);
	return space < 0 ? text.length : space;
};

/** The longest lit run of a matched text's ranges: where the query's words are. */
export function longestRun(ranges: readonly (readonly [number, number])[]): readonly [number, number] | undefined {
	return ranges.reduce<readonly [number, number] | undefined>((most, range) => (!most || range[1] - range[0] > most[1] - most[0] ? range : most), undefined);
}

/**
 * Where to start showing a text so that its longest lit run is near the start: at the word up to
 * `lead` characters before the run, or at the text's start when the run is that near it already.
 */
export function startNearMatch(text: string, ranges: readonly (readonly [number, number])[], lead: number): number {
	const run = longestRun(ranges);
	return !run || run[0] <= lead ? 0 : wordStart(text, run[0] - lead);
}
