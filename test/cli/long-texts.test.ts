/**
 * A dataset may hold a text of a megabyte (valid: no rule bounds a summary), and it must break
 * nothing: a search over it found nothing but a stack overflow in fuse.js, and opening its event
 * in the explorer wrapped it all on every key (a minute a key).
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {LONGEST_SEARCHED} from '../../src/model/search-entries.js';
import {createExplorerData} from '../../src/state/data.js';
import {detailLines, LONGEST_SHOWN, measureDetail} from '../../src/ui/panes/detail-lines.js';
import {lineText} from '../../src/ui/line.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';
import {tempDir} from '../helpers/cli.js';

const LONG = 'Kata '.repeat(200_000).trimEnd();

function withLongSummary(): Record<string, any> {
	const data = embeddedDatasetInline();
	data.events[0].summary = {id: LONG};
	return data;
}

describe('a text of a megabyte', () => {
	it('is searched by its start: the search finds its event instead of overflowing the stack', async () => {
		const file = join(tempDir(), 'long.json');
		writeFileSync(file, JSON.stringify(withLongSummary()));
		const io = memoryIo(tempDir());
		expect(await main(['search', 'kata', '--data', file, '--json'], io)).toBe(0);
		expect(io.err()).toBe('');
		const found = JSON.parse(io.out()) as {kind: string; id: string}[];
		expect(found.some((match) => match.kind === 'event' && match.id === embeddedDatasetInline().events[0].id)).toBe(true);
		expect(LONGEST_SEARCHED).toBeLessThan(LONG.length);
	});

	it('is shown by its start in the detail pane, cut at a word with "…"', () => {
		const result = validateDatasetValue(withLongSummary(), {file: 'long.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const data = createExplorerData(result.story, measureDetail);
		const lines = detailLines(data, {kind: 'event', id: result.story.events[0]!.id}, {lang: 'id', width: 60, cursor: -1, focused: false}).lines.map(lineText);
		const summary = lines.filter((line) => line.startsWith('Kata'));
		// About LONGEST_SHOWN characters of it, not 200,000 words' worth of lines.
		expect(summary.length).toBeGreaterThan(LONGEST_SHOWN / 60);
		expect(summary.length).toBeLessThan((2 * LONGEST_SHOWN) / 60);
		expect(summary.at(-1)).toMatch(/Kata …$/);
	});
});
