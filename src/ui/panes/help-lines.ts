/** The help overlay's lines: every key of the keymap, grouped. */
import {helpSections, keyLabel} from '../../keys/keymap.js';
import type {Strings} from '../../state/strings/index.js';
import type {Line} from '../line.js';
import {fit, truncate} from '../../text/fit.js';
import {theme} from '../theme.js';

/** All help lines, in the language of `words` (the view shows a window of them). */
export function helpLines(width: number, words: Strings): Line[] {
	const sections = helpSections(words.commands, (name) => words.keyNames[name] ?? keyLabel(name));
	const keyWidth = Math.min(18, Math.max(...sections.flatMap((section) => section.rows.map((row) => row.keys.length))) + 2);
	const lines: Line[] = [];
	for (const section of sections) {
		lines.push([{text: truncate(words.groups[section.group], width), style: theme.heading}]);
		for (const row of section.rows) {
			lines.push([{text: `  ${fit(row.keys, keyWidth)}`, style: theme.key}, {text: truncate(row.description, Math.max(0, width - keyWidth - 2))}]);
		}
		lines.push([]);
	}
	return lines;
}
