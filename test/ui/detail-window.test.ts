import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {createExplorerData} from '../../src/state/data.js';
import {detailItems} from '../../src/state/detail.js';
import type {Ref} from '../../src/state/state.js';
import {lineText} from '../../src/ui/line.js';
import {detailLines, measureDetail} from '../../src/ui/panes/detail-lines.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';

const data = createExplorerData(loadStory(EMBEDDED_DATASET), measureDetail);
const {story} = data;
const refs: Ref[] = [
	...sliceOf(story.events).map((event) => ({kind: 'event', id: event.id}) as const),
	...sliceOf(story.entities).map((entity) => ({kind: 'entity', id: entity.id}) as const),
	...sliceOf(story.quotes).map((quote) => ({kind: 'quote', id: quote.id}) as const),
];

describe('the detail pane content, built a window at a time', () => {
	it('builds any window of lines exactly as the whole content has them', () => {
		for (const ref of refs) {
			const items = detailItems(data, ref).length;
			for (const cursor of [-1, 0, Math.floor(items / 2), items - 1]) {
				const content = detailLines(data, ref, {lang: 'en', width: 50, cursor, focused: true});
				const all = content.lines.map(lineText);
				expect(all).toHaveLength(content.total);
				for (const [from, to] of [[0, 5], [3, 11], [content.total - 4, content.total + 3], [7, 7]] as const) {
					expect(content.slice(from, to).map(lineText)).toEqual(all.slice(Math.max(0, from), Math.max(0, to)));
				}
			}
		}
	});

	it('marks the cursor item and knows its lines, evidence passages included', () => {
		const ref: Ref = {kind: 'entity', id: 'meutya-hafid'};
		const items = detailItems(data, ref);
		const evidence = items.findIndex((item) => item.section === 'evidence');
		const content = detailLines(data, ref, {lang: 'en', width: 40, cursor: evidence, focused: true});
		const {first, last} = content.cursorLines!;
		const lines = content.lines.map(lineText);
		expect(lines[first]!.startsWith('› ')).toBe(true);
		expect(last).toBeGreaterThan(first);
		expect(lines.slice(first + 1, last + 1).every((line) => line.startsWith('  '))).toBe(true);
		expect(lines[first - 1]).toBe('Evidence from the article');
	});
});
