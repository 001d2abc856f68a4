/**
 * `linimasa events` at a terminal, for a story whose sources disagree on a date: the CERTAINTY
 * cell that says whose date is shown and what the others say is long ("stated: Warta Priangan;
 * Kabar Sukaraya 2 Nov 2025"). The listing stays a table at 80 and 100 columns, that cell wrapped
 * whole under its column (a cut would hide the other source's date), the titles readable.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {PROJECT_ROOT, SOURCES_DATASET} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';
import {testCache} from '../helpers/test-cache.js';

async function eventsAt(columns: number) {
	const io = {...memoryIo(PROJECT_ROOT), stdoutIsTTY: true, env: {LINIMASA_CACHE: testCache(), COLUMNS: String(columns), NO_COLOR: '1'}};
	const code = await main(['events', '--data', SOURCES_DATASET], io);
	return {code, lines: io.out().trimEnd().split('\n'), stderr: io.err()};
}

describe('events with a disputed date at a terminal', () => {
	it('stay a table at 80, 100 and 120 columns, whose date and the other source\'s date both whole', async () => {
		for (const columns of [80, 100, 120]) {
			const {code, lines, stderr} = await eventsAt(columns);
			expect(code).toBe(0);
			expect(stderr).toBe('');
			// A table: its header on one line (before, 80 and 100 columns printed "ID  banjir" a record at a time).
			expect(lines[0]!.split(/ {2,}/u), `${columns}`).toEqual(['ID', 'DATE', 'CERTAINTY', 'TITLE']);
			for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
			const certaintyAt = lines[0]!.indexOf('CERTAINTY');
			const titleAt = lines[0]!.indexOf('TITLE');
			// The certainty of the first event, over its lines, reads whole.
			const first = lines.slice(1, lines.findIndex((line, i) => i > 1 && line.startsWith('evakuasi')));
			const certainty = first.map((line) => line.slice(certaintyAt, titleAt).trim()).join(' ');
			expect(certainty).toBe('stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025');
			expect(first[0]!.slice(titleAt)).toMatch(/^Banjir bandang melanda/u);
		}
	});
});
