/**
 * How much colour to use: only on a terminal, never under NO_COLOR, always under FORCE_COLOR
 * (which wins, as it is the more explicit request). The one decision for the CLI's text and the
 * explorer alike.
 */

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
