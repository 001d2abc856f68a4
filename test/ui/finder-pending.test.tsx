import {render} from 'ink-testing-library';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createExplorerData} from '../../src/state/data.js';
import {finderRows} from '../../src/state/selectors.js';
import {FinderPane} from '../../src/ui/panes/FinderPane.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {finderShows, KEYS, openExplorer} from '../helpers/explorer.js';
import {start} from '../state/drive.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const story = loadStory(EMBEDDED_DATASET);
const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.restoreAllMocks());

describe('the finder while a query is being searched', () => {
	it('keeps the last results on screen and says it is searching, until the query’s own are found', () => {
		const data = createExplorerData(story, measureDetail);
		data.find('meutia');
		const finder = {query: 'komdigi', cursor: {index: 1, top: 0}};
		const pane = () => {
			const state = {...start(data), finder};
			return <FinderPane data={data} finder={finder} rows={finderRows(state, data)} lang="id" width={60} height={8} visibleRows={6} />;
		};
		const ui = render(pane());
		const frame = () => stripAnsi(ui.lastFrame() ?? '');
		expect(frame()).toContain('mencari…');
		expect(frame()).toContain('Meutya Hafid');
		expect(frame()).not.toContain('Tidak ada yang cocok');
		data.find('komdigi');
		ui.rerender(pane());
		expect(frame()).not.toContain('mencari…');
		expect(frame()).toMatch(/\d+ hasil/);
		expect(frame()).toContain('Kementerian Komunikasi dan Digital');
		ui.unmount();
	});

	it('searches once for keys that come together, for the query they leave, then once for the erasing', async () => {
		const data = createExplorerData(story, measureDetail);
		const find = vi.spyOn(data, 'findInSteps');
		const ui = await openExplorer(story, undefined, undefined, {data});
		ui.burst('/', 'm', 'e', 'u', 't', 'i', 'a');
		await ui.until(finderShows('meutia'));
		ui.burst(KEYS.backspace, KEYS.backspace, KEYS.backspace, 'x');
		await ui.until(finderShows('meux'));
		expect(find.mock.calls.map(([query]) => query)).toEqual(['meutia', 'meux']);
		ui.unmount();
	});

	it('shows meanwhile the results it showed last, taken from those kept or found', () => {
		const data = createExplorerData(story, measureDetail);
		data.find('meutia');
		data.find('komdigi');
		// Back to "meutia", its results kept: shown at once, and they are what stays on screen while "meutiax" is searched.
		expect(data.shown('meutia')).toBe(data.found('meutia'));
		expect(data.shown('meutiax')).toBe(data.found('meutia'));
	});

	it('drops a search under way once Enter has searched at once, rather than resume it over what that search left', async () => {
		const query = 'aseanqjx';
		const expected = createExplorerData(story, measureDetail).find(query);
		const data = createExplorerData(story, measureDetail);
		const ui = await openExplorer(story, undefined, undefined, {data});
		// One step (a window of texts) a slice, as on a large store where a window outlasts the 16 ms slice.
		let clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
		let stepped = 0;
		const real = data.findInSteps.bind(data);
		vi.spyOn(data, 'findInSteps').mockImplementation(function* (typed: string) {
			const steps = real(typed);
			for (;;) {
				const next = steps.next();
				if (next.done) return next.value;
				stepped++;
				yield;
			}
		});
		await ui.press('/');
		ui.burst(...query);
		while (stepped === 0) await tick();
		// Between two slices: "q" (nothing matches), Enter (which searches at once, and stays open), Backspace.
		ui.burst('q', KEYS.enter, KEYS.backspace);
		await ui.until(finderShows(query));
		expect(data.found(query)).toEqual(expected);
		ui.unmount();
	});
});
