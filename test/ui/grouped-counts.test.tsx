import {afterEach, describe, expect, it} from 'vitest';
import {validateDatasetValue} from '../../src/model/load.js';
import type {Story} from '../../src/model/story.js';
import {stringsFor} from '../../src/state/strings/index.js';
import {openExplorer, type Explorer} from '../helpers/explorer.js';
import {largeDataset} from '../helpers/large.js';

/** A story of 1,200 events and 1,200 entities: counts past a thousand, where the languages group digits differently. */
function thousandsStory(): Story {
	const loaded = validateDatasetValue(largeDataset(1_200_000), {file: 'thousands.json', baseDir: '.'});
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
	return loaded.story;
}

let ui: Explorer | undefined;
afterEach(() => ui?.unmount());

describe('counts on one screen in one number format', () => {
	it('pane titles group a list position as the header does: 1/1.200 in Indonesian, 1/1,200 in English', async () => {
		ui = await openExplorer(thousandsStory());
		const [, header] = ui.lines();
		expect(header).toContain('1.200 peristiwa');
		// The timeline's and the entities' titles.
		expect(ui.text().match(/ 1\/1\.200 /g)).toHaveLength(2);
		expect(ui.text()).not.toContain('1/1200');
		await ui.press('l');
		await ui.until((frame) => expect(frame).toContain('1,200 events'));
		expect(ui.text().match(/ 1\/1,200 /g)).toHaveLength(2);
	});

	it('the reader\'s place among many mentions groups its digits too', () => {
		expect(stringsFor('id').reader.ordinal(1, 1204)).toBe('1 dari 1.204');
		expect(stringsFor('en').reader.ordinal(1, 1204)).toBe('1 of 1,204');
	});
});
