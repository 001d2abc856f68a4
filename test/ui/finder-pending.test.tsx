import {render} from 'ink-testing-library';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {describe, expect, it, vi} from 'vitest';
import {createExplorerData} from '../../src/state/data.js';
import {finderRows} from '../../src/state/selectors.js';
import {FinderPane} from '../../src/ui/panes/FinderPane.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {finderShows, KEYS, openExplorer} from '../helpers/explorer.js';
import {start} from '../state/drive.js';

const story = loadStory(EMBEDDED_DATASET);

describe('the finder while a query is being searched', () => {
	it('keeps the last results on screen and says it is searching, until the query’s own are found', () => {
		const data = createExplorerData(story);
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
		const data = createExplorerData(story);
		const find = vi.spyOn(data, 'findInSteps');
		const ui = await openExplorer(story, undefined, undefined, {data});
		ui.burst('/', 'm', 'e', 'u', 't', 'i', 'a');
		await ui.until(finderShows('meutia'));
		ui.burst(KEYS.backspace, KEYS.backspace, KEYS.backspace, 'x');
		await ui.until(finderShows('meux'));
		expect(find.mock.calls.map(([query]) => query)).toEqual(['meutia', 'meux']);
		ui.unmount();
	});
});
