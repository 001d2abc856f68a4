/**
 * A table too narrow for its columns, printed a record at a time: each cell on lines of its own
 * beside its column's header, its words wrapped under one another, as `psql`'s expanded display
 * prints a row. A column of quoted words narrowed past its longest word breaks words across lines
 * ("(1/11/20" "25)" reads as 2020), and cut cells lose a date's year or an amount's digits: one
 * cell a line keeps every word and figure whole down to a third of the width.
 */
import type {Wrap} from './cell-wrap.js';
import type {RowSource} from './row-source.js';

const GAP = '  ';

/**
 * The record lines of `rows` in `width` columns, `labels` (the styled headers, `labelWidth` wide at
 * most) down the left. A row that leaves its first cell empty goes on from the one above it, as it
 * reads in the table (a second value of the same claim): no blank line comes between them, and its
 * empty cells are not shown. `wrap` is the table's own (cell-wrap), so a date stays on one line here too.
 */
export function* stackedLines(rows: RowSource, labels: readonly string[], labelWidth: number, width: number, fitting: {fit: (text: string, width: number) => string; wrap: Wrap}): Generator<string> {
	const valueWidth = Math.max(1, width - labelWidth - GAP.length);
	const indent = ' '.repeat(labelWidth + GAP.length);
	for (let r = 0; r < rows.count; r++) {
		const row = rows.row(r);
		if (r > 0 && (row[0] ?? '') !== '') yield '';
		for (const [i, label] of labels.entries()) {
			const cell = row[i] ?? '';
			if (cell === '') continue;
			const pieces = fitting.wrap(cell, valueWidth);
			yield fitting.fit(label, labelWidth) + GAP + (pieces[0] ?? '');
			for (const piece of pieces.slice(1)) yield indent + piece;
		}
	}
}
