/** `linimasa cite`: the quote and its citation as the explorer's `Y` copies them, for a shell to paste. */
import {describe, expect, it} from 'vitest';
import {citation} from '../../src/model/citation.js';
import {exportWords} from '../../src/interchange/words.js';
import {runMain} from '../helpers/cli.js';
import {SOURCES_DATASET} from '../helpers/datasets.js';
import {embedded, sourced} from '../state/drive.js';

describe('linimasa cite', () => {
	it('prints each quote asked for with the citation Y copies, a blank line between them', async () => {
		const {code, stdout, stderr} = await runMain(['cite', 'q-ai-centre', 'q-posts-staff']);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		const words = exportWords('id').citation;
		const expected = ['q-ai-centre', 'q-posts-staff'].map((id) => citation(embedded.story, embedded.story.quoteById(id)!, 'id', words));
		expect(stdout).toBe(`${expected.join('\n\n')}\n`);
		// A day said that is inferred says so where it is pasted.
		expect(stdout).toContain('— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 [tanggal disimpulkan] (Koran Jakarta, 26 Mar 2025)');
	});

	it('gives scripts each id with its citation, in the language asked for', async () => {
		const {code, stdout} = await runMain(['cite', 'q-talent-target', '--lang', 'en', '--json']);
		expect(code).toBe(0);
		const [cited] = JSON.parse(stdout) as {id: string; citation: string}[];
		expect(cited!.id).toBe('q-talent-target');
		expect(cited!.citation).toMatch(/^“Kami terbuka .* pada tahun 2030\.”\n— Meutya Hafid, Minister of Communication and Digital Affairs of Indonesia, 25 Mar 2025 \(Koran Jakarta, 26 Mar 2025\)$/s);
	});

	it('names the article a quote ran in, with its address, in a story of several sources', async () => {
		const quote = '' + (await runMain(['quotes', '--json', '--data', SOURCES_DATASET])).stdout;
		const id = (JSON.parse(quote) as {id: string}[])[0]!.id;
		const {code, stdout} = await runMain(['cite', id, '--data', SOURCES_DATASET]);
		expect(code).toBe(0);
		expect(stdout).toBe(`${citation(sourced.story, sourced.story.quoteById(id)!, 'id', exportWords('id').citation)}\n`);
		expect(stdout).toMatch(/\(.+, \d+ \w+ 2025, https?:\/\/\S+\)\n$/);
	});

	it('refuses an unknown id, naming the nearest, and prints nothing to paste', async () => {
		const {code, stdout, stderr} = await runMain(['cite', 'q-ai-centre', 'q-ai-center']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/no quote "q-ai-center" in .*; did you mean "q-ai-centre"\?/);
		// An id cut short, as a listing's narrow column shows it, names the one it starts.
		expect((await runMain(['cite', 'q-talent'])).stderr).toMatch(/no quote "q-talent" in .*; did you mean "q-talent-target"\?/);
		expect((await runMain(['cite'])).code).toBe(2);
	});
});
