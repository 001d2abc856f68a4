/**
 * `linimasa quotes` on a terminal shows every quotation and its English gloss whole: a cut
 * quotation puts other words in a speaker's mouth, and a cut gloss ("(Cooperation in digital…")
 * tells a reporter less than none. They wrap under the QUOTE column instead.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {LEBAK_DATASET} from '../helpers/datasets.js';
import {atTerminal, runMain} from '../helpers/cli.js';

interface QuoteRecord {
	readonly text: string;
	readonly gloss: string | null;
}

/** The QUOTE column of a table's lines read as one text, its wrapped lines joined. */
function quoteColumn(rows: readonly string[]): string {
	const at = rows[0]!.indexOf('QUOTE');
	return rows
		.slice(1)
		.map((row) => row.slice(at).trim())
		.join(' ');
}

describe('quotes on a terminal', () => {
	for (const columns of [80, 120]) {
		it(`at ${columns} columns with --lang en show every quotation and its gloss whole, wrapped under QUOTE`, async () => {
			for (const data of [[], ['--data', LEBAK_DATASET]]) {
				const quotes: QuoteRecord[] = JSON.parse((await runMain(['quotes', '--json', '--lang', 'en', ...data])).stdout);
				const {code, rows, stderr} = await atTerminal(['quotes', '--lang', 'en', ...data], columns);
				expect(code).toBe(0);
				// A story of several sources says which ran each quotation, as its citation does, where
				// the quotations keep room enough; at 80 columns the column gives way, and stderr says so.
				const sources = data.length > 0 && columns >= 120;
				expect(rows[0]!.split(/ {2,}/), data.join(' ')).toEqual(sources ? ['ID', 'SPEAKER', 'SAID', 'SOURCES', 'QUOTE'] : ['ID', 'SPEAKER', 'SAID', 'QUOTE']);
				if (sources) expect(rows.find((row) => row.startsWith('q-lapuk'))).toContain('Lebak Terkini, Banten Sepekan');
				expect(stderr.includes('SOURCES left out at 80 columns'), `${columns} ${data.join(' ')}`).toBe(data.length > 0 && columns === 80);
				for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(columns);
				const read = quoteColumn(rows);
				expect(read).not.toContain('…');
				for (const quote of quotes) {
					expect(read, `${columns} ${data.join(' ')}`).toContain(quote.text.replace(/\s+/gu, ' ').replace(/[.,]$/u, ''));
					// The embedded article has English glosses; the Lebak story's are Indonesian, not shown for "en".
					if (data.length === 0) expect(read, `${columns}`).toContain(`(${quote.gloss!.replace(/\s+/gu, ' ')})`);
				}
			}
		});
	}
});
