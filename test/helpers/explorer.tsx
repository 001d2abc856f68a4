/**
 * Drives the explorer's root component in ink-testing-library: sets the terminal size (the fake
 * stdout has 100 columns and no rows), types keys, and waits for the frame to show what a test
 * expects instead of sleeping.
 */
import {render} from 'ink-testing-library';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {expect, vi} from 'vitest';
import type {Story} from '../../src/model/story.js';
import {createExplorerData, type ExplorerData} from '../../src/state/data.js';
import {App, type CopyOutcome} from '../../src/ui/App.js';
import {widthOf} from '../../src/text/fit.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

export const KEYS = {
	up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D',
	pageUp: '\x1b[5~', pageDown: '\x1b[6~', home: '\x1b[H', end: '\x1b[F',
	enter: '\r', tab: '\t', shiftTab: '\x1b[Z', escape: '\x1b', backspace: '\x7f', ctrlC: '\x03', ctrlU: '\x15',
} as const;

export interface Explorer {
	/** The last frame without colour, as lines. */
	lines(): string[];
	/** The last frame without colour. */
	text(): string;
	/** The last frame as Ink wrote it (colours only when chalk's level is set). */
	raw(): string;
	/** Write keys, one write per element (a string of several characters arrives as a paste). */
	press(...keys: string[]): Promise<void>;
	/** Write each key as its own chunk, one straight after another, before Ink renders again. */
	burst(...keys: string[]): void;
	/** Wait until the frame satisfies an assertion. */
	until(assertion: (text: string) => void): Promise<void>;
	resize(columns: number, rows: number): Promise<void>;
	copy: ReturnType<typeof vi.fn<(text: string) => Promise<CopyOutcome>>>;
	unmount(): void;
}

/** An assertion that the finder shows `query` with its own results (searched once the keys are in; "mencari…" until then). */
export function finderShows(query: string): (frame: string) => void {
	return (frame) => {
		expect(frame).toContain(`/ ${query}█`);
		expect(frame).not.toContain('mencari…');
	};
}

/** Render the explorer over a story at a terminal size, and wait for its first full frame. */
export async function openExplorer(
	story: Story,
	size: {columns: number; rows: number} = {columns: 120, rows: 36},
	outcome?: CopyOutcome,
	options: {readonly colour?: boolean; readonly lang?: string; readonly data?: ExplorerData} = {},
): Promise<Explorer> {
	const copy = vi.fn(async (_text: string): Promise<CopyOutcome> => outcome ?? {ok: true, message: 'sent to the terminal (OSC 52)'});
	const ui = render(<App data={options.data ?? createExplorerData(story, measureDetail)} copy={copy} colour={options.colour} lang={options.lang} />);
	const raw = () => ui.lastFrame() ?? '';
	const text = () => stripAnsi(raw());
	const until = async (assertion: (frame: string) => void) => {
		// Long enough for a frame on a machine busy with other work (a frame took over 3 s here with
		// three other test runs beside); a frame that comes returns at once.
		await vi.waitFor(() => assertion(text()), {timeout: 10_000, interval: 5});
	};
	const resize = async (columns: number, rows: number) => {
		Object.defineProperty(ui.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(ui.stdout, 'rows', {value: rows, configurable: true});
		ui.stdout.emit('resize');
		// Drawn at the new size: rows − 1 lines (a line short of the terminal), none wider than it.
		await until((frame) => {
			const lines = frame.split('\n');
			expect(lines).toHaveLength(rows - 1);
			expect(Math.max(...lines.map((line) => widthOf(line)))).toBeLessThanOrEqual(columns);
		});
	};
	await resize(size.columns, size.rows);
	return {
		lines: () => text().split('\n'),
		text,
		raw,
		press: async (...keys) => {
			for (const key of keys) {
				ui.stdin.write(key);
				// Let Ink's input parser see each write on its own (a lone Esc needs its own tick).
				await new Promise((resolve) => setImmediate(resolve));
			}
		},
		burst: (...keys) => {
			for (const key of keys) ui.stdin.write(key);
		},
		until,
		resize,
		copy,
		unmount: () => ui.unmount(),
	};
}
