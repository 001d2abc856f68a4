/**
 * The help at any width: every description whole, going on under itself where it is too long for
 * its line (at 60 columns most are), and the reducer scrolling by the lines the view draws.
 */
import {describe, expect, it} from 'vitest';
import {helpSections} from '../../src/keys/keymap.js';
import {helpLineCount} from '../../src/state/reducer.js';
import {stringsFor} from '../../src/state/strings/index.js';
import {lineText} from '../../src/ui/line.js';
import {helpLines} from '../../src/ui/panes/help-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {embedded, run, start} from '../state/drive.js';

describe('the help', () => {
	for (const lang of ['id', 'en']) {
		it(`gives every description whole at 60 and 120 columns, in '${lang}'`, () => {
			const words = stringsFor(lang);
			for (const width of [60, 120]) {
				const lines = helpLines(width, words).map(lineText);
				expect(lines.every((line) => widthOf(line) <= width && !line.endsWith('…')), `${width}`).toBe(true);
				// Read back, a key's lines give its description, word for word.
				const text = lines.join('\n').replace(/\n {2,}(?=\S)/g, ' ').replace(/ +/g, ' ');
				for (const section of helpSections(words.commands)) for (const row of section.rows) expect(text, row.description).toContain(row.description.replace(/ +/g, ' '));
				expect(helpLineCount(width, lang)).toBe(lines.length);
			}
		});
	}

	it('scrolls to its last line at 60×16', () => {
		const help = run(start(embedded, {columns: 60, rows: 16}), embedded, 'help.open');
		const last = run(help, embedded, 'cursor.last');
		expect(last.help!.top).toBe(helpLines(60, stringsFor('id')).length - help.layout.helpRows);
		expect(helpLines(60, stringsFor('id')).length).toBeGreaterThan(helpLines(120, stringsFor('id')).length);
	});
});
