import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {renderTable} from '../../src/cli/table.js';

describe('a table cut to a terminal', () => {
	it('never gets wider than the terminal when a wide character meets the cut of a cell', () => {
		const rows = [['lebar', 'organization', '中华人民共和国工业和信息化部 中华人民共和国 한국어 Ｆｕｌｌ 😀🎉', '3']];
		const tooWide = Array.from({length: 60}, (_, i) => 30 + i).filter((width) => {
			const [line] = renderTable([{header: 'ID'}, {header: 'TYPE'}, {header: 'NAME', flex: true}, {header: 'EVENTS'}], rows, {width});
			return stringWidth(line!) > width;
		});
		expect(tooWide).toEqual([]);
	});
});
