/**
 * Colour for the command line's text output, decided by colorLevel (the explorer's decision too).
 * Commands use the semantic tokens of a Palette, never colour names; each token is drawn in the
 * style the explorer's theme gives it, so a search match looks the same in both.
 */
import type {ChalkInstance} from 'chalk';
import {colorLevel} from '../platform/colour-level.js';
import {theme, type Style} from '../ui/theme.js';
import type {Io} from './io.js';

export interface Palette {
	/** Whether the tokens colour at all (false for PLAIN). */
	readonly enabled: boolean;
	/** Column headers and the story's title. */
	heading(text: string): string;
	/** Secondary text: ids, counts, inferred markers. */
	muted(text: string): string;
	/** Dates on the timeline. */
	date(text: string): string;
	/** Characters a search matched. */
	match(text: string): string;
	/** Entity types and other labels. */
	label(text: string): string;
	/** Where sources disagree. */
	warning(text: string): string;
}

/** The chalk chain that draws a theme style: its colours, then bold, dim, italic, underline, inverse. */
function chalkFor(chalk: ChalkInstance, style: Style): ChalkInstance {
	let chain = chalk;
	if (style.color) chain = chain[style.color as 'cyan'];
	if (style.backgroundColor) chain = chain[`bg${style.backgroundColor[0]!.toUpperCase()}${style.backgroundColor.slice(1)}` as 'bgCyan'];
	if (style.bold) chain = chain.bold;
	if (style.dimColor) chain = chain.dim;
	if (style.italic) chain = chain.italic;
	if (style.underline) chain = chain.underline;
	if (style.inverse) chain = chain.inverse;
	return chain;
}

/** The palette that colours, drawn with `chalk`; level 0 never comes here (it gets PLAIN, without chalk). */
function paletteOf(chalk: ChalkInstance): Palette {
	const token = (style: Style) => chalkFor(chalk, style);
	return {
		enabled: true,
		heading: token(theme.heading),
		muted: token(theme.muted),
		date: token(theme.date),
		match: token(theme.match),
		label: token(theme.tag),
		warning: token(theme.tone.warning),
	};
}

/** Text as it is: the palette of output without colour (what chalk at level 0 draws), made without loading chalk. */
const asItIs = (text: string) => text;
const PLAIN: Palette = {enabled: false, heading: asItIs, muted: asItIs, date: asItIs, match: asItIs, label: asItIs, warning: asItIs};

/** The palette for this program's stdout. chalk is imported only to colour: piped output has none. */
export async function paletteFor(io: Io): Promise<Palette> {
	const level = colorLevel(io.env, io.stdoutIsTTY);
	if (level === 0) return PLAIN;
	const {Chalk} = await import('chalk');
	return paletteOf(new Chalk({level}));
}

/** The width of the terminal stdout is, or undefined when it is not one (no truncation then). */
export function terminalWidth(io: Io): number | undefined {
	if (!io.stdoutIsTTY) return undefined;
	const columns = 'columns' in io.stdout ? io.stdout.columns : undefined;
	if (typeof columns === 'number' && columns > 0) return columns;
	const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
	return fromEnv > 0 ? fromEnv : 80;
}
