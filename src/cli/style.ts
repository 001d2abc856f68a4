/**
 * Colour for the command line's text output: only on a terminal, never under NO_COLOR, always under
 * FORCE_COLOR (which wins, as it is the more explicit request). Commands use the semantic tokens of
 * a Palette, never colour names, so what a colour means is decided here once.
 */
import {Chalk, type ChalkInstance} from 'chalk';
import type {Io} from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** How much colour to use, from the environment and whether stdout is a terminal. */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): ColorLevel {
	const force = env.FORCE_COLOR;
	if (force !== undefined) {
		if (force === '' || force === 'true') return 1;
		if (force === 'false') return 0;
		const level = Number.parseInt(force, 10);
		return Number.isNaN(level) ? 1 : (Math.max(0, Math.min(level, 3)) as ColorLevel);
	}
	// no-color.org: present and not empty means no colour.
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
	if (!isTTY || env.TERM === 'dumb') return 0;
	return 1;
}

export interface Palette {
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

function paletteOf(chalk: ChalkInstance): Palette {
	return {
		enabled: chalk.level > 0,
		heading: (text) => chalk.bold(text),
		muted: (text) => chalk.dim(text),
		date: (text) => chalk.cyan(text),
		match: (text) => chalk.bold.yellow(text),
		label: (text) => chalk.magenta(text),
		warning: (text) => chalk.yellow(text),
	};
}

/** The palette for this program's stdout. */
export function paletteFor(io: Io): Palette {
	return paletteOf(new Chalk({level: colorLevel(io.env, io.stdoutIsTTY)}));
}

/** The width of the terminal stdout is, or undefined when it is not one (no truncation then). */
export function terminalWidth(io: Io): number | undefined {
	if (!io.stdoutIsTTY) return undefined;
	const columns = 'columns' in io.stdout ? io.stdout.columns : undefined;
	if (typeof columns === 'number' && columns > 0) return columns;
	const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
	return fromEnv > 0 ? fromEnv : 80;
}
