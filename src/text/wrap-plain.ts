/**
 * wrap-ansi's wrapping of one line, for a line of simple characters (plain-width.ts: one column
 * each, no escape codes). wrap-ansi measures every word, and every character of a word it breaks,
 * with string-width, which segments each into graphemes: the detail pane and the help, wrapped on
 * every keystroke, spent most of their time there. A simple line's width is its length, so this is
 * wrap-ansi's own algorithm (9.0, `hard: true, trim: true`) step for step with the measure made
 * a length; test/text/wrap-plain.test.ts holds it to wrap-ansi on random lines.
 */

/** `line` (simple characters, no newline) wrapped to `columns` as wrap-ansi wraps it, one string a row. */
export function wrapPlainLine(line: string, columns: number): string[] {
	if (line.trim() === '') return [''];
	const words = line.split(' ');
	const rows = [''];
	for (const [index, word] of words.entries()) {
		rows[rows.length - 1] = rows.at(-1)!.trimStart();
		let rowLength = rows.at(-1)!.length;
		if (index !== 0 && rowLength > 0) {
			rows[rows.length - 1] += ' ';
			rowLength++;
		}
		if (word.length > columns) {
			// A word longer than a row starts on a row of its own unless starting here saves a break.
			const breaksStartingThisLine = 1 + Math.floor((word.length - (columns - rowLength) - 1) / columns);
			const breaksStartingNextLine = Math.floor((word.length - 1) / columns);
			if (breaksStartingNextLine < breaksStartingThisLine) rows.push('');
			breakWord(rows, word, columns);
			continue;
		}
		if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) rows.push('');
		rows[rows.length - 1] += word;
	}
	// Spaces at a row's end are dropped (a no-break space is not a space here, as in wrap-ansi).
	return rows.map((row) => row.replace(/ +$/, ''));
}

/** A word longer than a row, continued from the last row and broken every `columns` characters. */
function breakWord(rows: string[], word: string, columns: number): void {
	let visible = rows.at(-1)!.length;
	for (let i = 0; i < word.length; i++) {
		const character = word[i]!;
		if (visible + 1 <= columns) rows[rows.length - 1] += character;
		else {
			rows.push(character);
			visible = 0;
		}
		visible += 1;
		if (visible === columns && i < word.length - 1) {
			rows.push('');
			visible = 0;
		}
	}
}
