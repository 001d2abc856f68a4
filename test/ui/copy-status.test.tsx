import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {copyToClipboard} from '../../src/platform/clipboard.js';
import {createExplorerData} from '../../src/state/data.js';
import {App, type CopyOutcome} from '../../src/ui/App.js';
import {fakeDeps} from '../helpers/clipboard.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';

const data = createExplorerData(loadStory(EMBEDDED_DATASET));

afterEach(() => cleanup());

describe('the status line after y', () => {
	it('says why nothing was copied when neither the terminal nor a tool can take the text', async () => {
		// The real clipboard module in a world with no terminal, no display and no tools.
		const {deps, terminal} = fakeDeps({isTTY: false, env: {}});
		const {stdin, lastFrame} = render(<App data={data} copy={(text) => copyToClipboard(text, deps)} />);
		stdin.write('y');
		await vi.waitFor(() => expect(lastFrame()).toContain('No clipboard: not a terminal; no display for wl-copy, xclip or xsel'));
		expect(terminal.written).toEqual([]);
	});

	it('shows a failing copy\'s message, and the explorer goes on answering keys', async () => {
		const copy = vi.fn(async (): Promise<CopyOutcome> => ({ok: false, message: 'No clipboard: the tool hung'}));
		const {stdin, lastFrame} = render(<App data={data} copy={copy} />);
		stdin.write('y');
		await vi.waitFor(() => expect(lastFrame()).toContain('No clipboard: the tool hung'));
		expect(copy).toHaveBeenCalledOnce();
		stdin.write('j');
		await vi.waitFor(() => expect(lastFrame()).toContain('2/8'));
		expect(lastFrame()).not.toContain('No clipboard');
	});
});
