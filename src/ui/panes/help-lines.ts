/** The help overlay's lines: its text at the pane's width (state/help-text.ts), styled. */
import type {Strings} from '../../state/strings/index.js';
import {helpText} from '../../state/help-text.js';
import type {Line} from '../line.js';
import {fit, truncate} from '../../text/fit.js';
import {theme} from '../theme.js';

/** All help lines, in the language of `words` (the view shows a window of them). */
export function helpLines(width: number, words: Strings): Line[] {
	const {rows, keyWidth} = helpText(width, words);
	return rows.map((row): Line => {
		if (row.kind === 'group') return [{text: truncate(row.text, width), style: theme.heading}];
		if (row.kind === 'blank') return [];
		return [{text: `  ${fit(row.keys, keyWidth)}`, style: theme.key}, {text: truncate(row.text, Math.max(0, width - keyWidth - 2))}];
	});
}
