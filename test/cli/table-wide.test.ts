import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {renderTable} from '../../src/cli/table.js';

describe('a table cut to a terminal', () => {
	it('never gets wider than the terminal when a wide character meets the cut of a cell', async () => {
		const rows = [['lebar', 'organization', '中华人民共和国工业和信息化部 中华人民共和国 한국어 Ｆｕｌｌ 😀🎉', '3']];
		const tooWide: number[] = [];
		for (let width = 30; width < 90; width++) {
			const [line] = await renderTable([{header: 'ID'}, {header: 'TYPE'}, {header: 'NAME', flex: true}, {header: 'EVENTS'}], rows, {width});
			if (stringWidth(line!) > width) tooWide.push(width);
		}
		expect(tooWide).toEqual([]);
	});
});
