/**
 * The help overlay's text at a width: every key of the keymap, grouped, and each description in
 * whole words, going on under itself where it is too long for its line (at 60 columns most are). The
 * reducer scrolls by these rows and the view draws them: one count for both.
 */
import {helpSections, keyLabel} from '../keys/keymap.js';
import {wrap} from '../text/fit.js';
import type {Strings} from './strings/index.js';

export type HelpRow =
	| {readonly kind: 'group'; readonly text: string}
	/** A key's first line (its keys), or a description going on (keys ''). */
	| {readonly kind: 'key'; readonly keys: string; readonly text: string}
	| {readonly kind: 'blank'};

/** Columns of the keys before a description: the widest keys, at most 18. */
const MOST_KEY_COLUMNS = 18;

/** The help's rows for a screen `width` columns wide, in the language of `words`, and the width of its keys' column. */
export function helpText(width: number, words: Strings): {readonly rows: readonly HelpRow[]; readonly keyWidth: number} {
	const sections = helpSections(words.commands, (name) => words.keyNames[name] ?? keyLabel(name));
	let widest = 0;
	for (const section of sections) for (const row of section.rows) widest = Math.max(widest, row.keys.length);
	const keyWidth = Math.min(MOST_KEY_COLUMNS, widest + 2);
	const textWidth = Math.max(1, width - keyWidth - 2);
	const rows: HelpRow[] = [];
	for (const section of sections) {
		rows.push({kind: 'group', text: words.groups[section.group]});
		for (const row of section.rows) {
			const lines = wrap(row.description, textWidth);
			(lines.length > 0 ? lines : ['']).forEach((text, i) => rows.push({kind: 'key', keys: i === 0 ? row.keys : '', text}));
		}
		rows.push({kind: 'blank'});
	}
	return {rows, keyWidth};
}
