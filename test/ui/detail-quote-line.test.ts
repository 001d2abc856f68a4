import {describe, expect, it} from 'vitest';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {lineText} from '../../src/ui/line.js';
import {detailLines, measureDetail} from '../../src/ui/panes/detail-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {hostileDataset} from '../helpers/hostile.js';

describe('a quote in the detail pane', () => {
	it('said by someone with a 10,000-character name fits the pane and still shows how the quote begins', () => {
		const dataset = hostileDataset();
		dataset.quotes[0]!.speaker = 'panjang';
		const result = validateDatasetValue(dataset, {file: 'long-speaker.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const data = createExplorerData(result.story, measureDetail);
		const width = 53;
		const lines = detailLines(data, {kind: 'event', id: 'pertemuan'}, {lang: 'id', width, cursor: -1, focused: false}).lines.map(lineText);
		expect(lines.filter((line) => widthOf(line) > width)).toEqual([]);
		const quoteLine = lines.find((line) => line.startsWith('  “'));
		expect(quoteLine).toMatch(/^ {2}“Kami ⟨⟩ tidak ⟨⟩ .*… — Nama Sangat Panjang\b.*…$/);
	});
});
