import {Chalk} from 'chalk';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Io} from '../../src/cli/io.js';
import {paletteFor} from '../../src/cli/style.js';

const io = (stdoutIsTTY: boolean, env: NodeJS.ProcessEnv = {}) => ({env, stdoutIsTTY}) as Pick<Io, 'env' | 'stdoutIsTTY'> as Io;
const TOKENS = ['heading', 'muted', 'date', 'match', 'label', 'warning'] as const;

describe('the palette of output without colour', () => {
	it('draws every token as chalk at level 0 draws it: the text as it is', async () => {
		const palette = await paletteFor(io(false));
		const chalk = new Chalk({level: 0});
		expect(palette.enabled).toBe(false);
		fc.assert(
			fc.property(fc.string(), fc.constantFrom(...TOKENS), (text, token) => {
				expect(palette[token](text)).toBe(text);
				expect(palette[token](text)).toBe(chalk.cyan.bold.dim(text));
			}),
		);
	});

	it('colours a terminal, and output told to colour by FORCE_COLOR', async () => {
		expect((await paletteFor(io(true))).enabled).toBe(true);
		expect((await paletteFor(io(false, {FORCE_COLOR: '1'}))).muted('x')).not.toBe('x');
	});
});
