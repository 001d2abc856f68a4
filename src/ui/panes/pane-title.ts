/** The title line every pane starts with, showing whether the pane has the keyboard. */
import {fit} from '../../text/fit.js';
import {theme} from '../theme.js';
import type {Line} from '../line.js';

/** " Timeline  8 " with the count at the right, in the focused style when focused. */
export function paneTitle(title: string, detail: string, width: number, focused: boolean): Line {
	const style = focused ? theme.focusedTitle : theme.blurredTitle;
	const right = detail ? ` ${detail} ` : '';
	const left = fit(` ${title}`, Math.max(0, width - right.length));
	return [{text: left + right, style}];
}
