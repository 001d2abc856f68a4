/** The title line every pane starts with, showing whether the pane has the keyboard. */
import {formatNumber} from '../../model/count.js';
import {fit} from '../../text/fit.js';
import {theme} from '../theme.js';
import type {Line} from '../line.js';
import type {Strings} from '../../state/strings/index.js';

/** " Timeline  8 " with the count at the right, in the focused style when focused. */
export function paneTitle(title: string, detail: string, width: number, focused: boolean): Line {
	const style = focused ? theme.focusedTitle : theme.blurredTitle;
	const right = detail ? ` ${detail} ` : '';
	const left = fit(` ${title}`, Math.max(0, width - right.length));
	return [{text: left + right, style}];
}

/** The mark a scrolled pane's title carries: whether there are more lines above, below, or both. */
export function scrollMark(panes: Strings['panes'], above: boolean, below: boolean): string {
	if (above && below) return panes.moreAround;
	return above ? panes.moreAbove : below ? panes.more : '';
}

/** Where a list's cursor stands ("3/8", "1/100.000"): both numbers grouped as the screen's language groups them, as the header's counts are. */
export function listPosition(index: number, total: number, lang: string): string {
	return `${formatNumber(total === 0 ? 0 : index + 1, lang)}/${formatNumber(total, lang)}`;
}
