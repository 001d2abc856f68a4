import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createExplorerData} from '../../src/state/data.js';
import {App, type CopyOutcome} from '../../src/ui/App.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';

const data = createExplorerData(loadStory(EMBEDDED_DATASET));
const copied = async (): Promise<CopyOutcome> => ({ok: true, message: 'copied'});

afterEach(() => cleanup());

// A terminal delivers keys typed faster than the program reads them (or held down, or pasted) in
// one read, and Ink hands such a run to the input handler as one string.
describe('keys that arrive together', () => {
	it('open the finder and type the query when "/meutia" arrives in one read', async () => {
		const {stdin, lastFrame} = render(<App data={data} copy={copied} />);
		stdin.write('/meutia');
		await vi.waitFor(() => expect(lastFrame()).toContain('/ meutia'));
		expect(lastFrame()).toContain('1 match');
	});

	it('show the match when the Enter arrives in the same read as the query', async () => {
		const {stdin, lastFrame} = render(<App data={data} copy={copied} />);
		stdin.write('/meutia\r');
		await vi.waitFor(() => expect(lastFrame()).toContain('PERSON · 4 events'));
		expect(lastFrame()).not.toContain('/ meutia');
	});

	it('move the cursor once per key when "jjj" arrives in one read', async () => {
		const {stdin, lastFrame} = render(<App data={data} copy={copied} />);
		stdin.write('jjj');
		await vi.waitFor(() => expect(lastFrame()).toContain('4/8'));
	});
});
