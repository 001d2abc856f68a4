import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {codePointText} from '../../src/model/codepoints.js';
import {lines, runMain, tempDir} from '../helpers/cli.js';


const write = (name: string, value: unknown) => {
	const file = join(tempDir(), name);
	writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 1));
	return file;
};

/** A timeline as a newsroom's spreadsheet template writes it: strings for numbers, HTML text, blanks. */
const SPREADSHEET_TIMELINE = {
	title: {text: {headline: 'Banjir <em>rob</em> Semarang', text: '<p>Ringkasan &amp; kronologi</p>'}},
	events: [
		{
			start_date: {year: '2025', month: '2', day: '3'},
			end_date: {year: '2025', month: '2', day: '5'},
			text: {headline: 'Rob merendam <b>tiga</b> kelurahan', text: '<p>Air setinggi 60&nbsp;cm.<br>Warga 🌊 mengungsi.</p><script>alert(1)</script>'},
			group: 'BPBD Kota Semarang',
			unique_id: 'Rob Starts',
		},
		{start_date: {year: 2025, month: 2, day: ''}, end_date: {year: '', month: '', day: ''}, text: {headline: 'Pompa tambahan', text: ''}, group: 'Pemkot Semarang'},
		{start_date: {year: 2030}, text: {text: '<p>Tanggul laut selesai dibangun menurut rencana pemerintah kota yang panjang sekali kalimatnya.</p>'}, group: 'BPBD Kota Semarang'},
		{start_date: {year: 2025}, media: {url: 'https://example.org/photo.jpg'}},
	],
};

describe('linimasa import --format timelinejs', () => {
	it('makes a valid dataset: dates to precision, HTML stripped, groups as entities, anchors into the text', async () => {
		const source = write('timeline.json', SPREADSHEET_TIMELINE);
		const output = join(tempDir(), 'dataset.json');
		const imported = await runMain(['import', '--format', 'timelinejs', source, '-o', output, '--lang', 'id', '--published', '2025-02-06T19:30+07:00']);
		expect(imported.code).toBe(0);
		expect(imported.stderr).toBe(`linimasa: warning: ${source} $.events[3]: skipped a slide with no headline or text (an event needs words to rest on)\n`);
		const checked = await runMain(['validate', output]);
		expect(checked.code).toBe(0);
		expect(checked.stdout).toBe(`${output}: valid — 3 events, 2 entities (0 people, 2 organizations, 0 places), 0 quotes\n`);

		const data = JSON.parse(readFileSync(output, 'utf8'));
		expect(data.article).toMatchObject({title: 'Banjir rob Semarang', language: 'id', published: '2025-02-06T19:30+07:00'});
		expect(data.article.text).not.toMatch(/<|alert|&amp;|&nbsp;/);
		expect(data.events.map((event: {id: string; start: string; end: string | null; precision: string}) => [event.id, event.start, event.end, event.precision])).toEqual([
			['rob-starts', '2025-02-03', '2025-02-05', 'day'],
			['pompa-tambahan', '2025-02', null, 'month'],
			['event-3', '2030', null, 'year'],
		]);
		expect(data.events[0].title).toEqual({id: 'Rob merendam tiga kelurahan'});
		expect(data.events[0].summary.id).toBe('Air setinggi 60 cm. Warga 🌊 mengungsi.');
		expect(data.events[2].title.id).toMatch(/^Tanggul laut .+…$/);
		expect(data.entities.map((entity: {id: string; type: string}) => [entity.id, entity.type])).toEqual([
			['bpbd-kota-semarang', 'organization'],
			['pemkot-semarang', 'organization'],
		]);
		expect(data.events[2].participants).toEqual([{entity: 'bpbd-kota-semarang'}]);
		// Anchors count code points: the emoji before the second paragraph's end must not shift them.
		const text = codePointText(data.article.text);
		for (const event of data.events) for (const anchor of event.evidence) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.exact);
	});

	it('reads a timeline from stdin and writes the dataset to stdout', async () => {
		const {code, stdout} = await runMain(['import', '-f', 'timelinejs', '-'], {input: JSON.stringify(SPREADSHEET_TIMELINE)});
		expect(code).toBe(0);
		const events = await runMain(['events', '--data', '-', '--json'], {input: stdout});
		expect(JSON.parse(events.stdout).map((event: {id: string}) => event.id)).toEqual(['pompa-tambahan', 'rob-starts', 'event-3']);
	});

	it('names every problem of a hostile file with its place, exits 1, and never shows a stack trace', async () => {
		const source = write('bad.json', {
			events: [
				{start_date: {year: 'abc'}, text: {headline: 'x'}},
				{start_date: {year: 2025, month: 13}, text: {headline: 'y'}},
				{text: {headline: 'no date'}},
				{start_date: {year: 2025, month: 2, day: 30}, text: {headline: 'z'}},
				{start_date: {year: 2025, month: 4}, end_date: {year: 2025, month: 3}, text: {headline: 'backwards'}},
				'not a slide',
				{start_date: {year: 2025}, text: {headline: 'ok', text: ['html?']}, group: {name: 'x'}},
			],
		});
		const {code, stdout, stderr} = await runMain(['import', '-f', 'timelinejs', source]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).not.toMatch(/\n\s+at /);
		const messages = lines(stderr);
		expect(messages).toEqual([
			expect.stringMatching(/^linimasa: .*bad\.json:\d+:\d+ \$\.events\[0\]\.start_date\.year: expected a year from 0 to 9999 as a whole number, got "abc"$/),
			expect.stringContaining('$.events[1].start_date.month: expected a month from 1 to 12, got 13'),
			expect.stringContaining('$.events[2].start_date: missing required field "start_date"'),
			expect.stringContaining('$.events[3].start_date: 2025-02-30 is not a real calendar date'),
			expect.stringContaining('$.events[4].end_date: the slide ends (2025-03) before it starts (2025-04)'),
			expect.stringContaining('$.events[5]: expected a slide object with a start_date, got "not a slide"'),
			expect.stringContaining('$.events[6].text.text: expected text (a string of HTML), got ["html?"]'),
			expect.stringContaining('$.events[6].group: expected a string, got {"name":"x"}'),
		]);
	});

	it('refuses what is not a timeline at all, in one line each', async () => {
		const [syntax, noEvents, empty] = await Promise.all([
			runMain(['import', '-f', 'timelinejs', '-'], {input: '{"events": [}'}),
			runMain(['import', '-f', 'timelinejs', '-'], {input: '{"title": {}}'}),
			runMain(['import', '-f', 'timelinejs', '-'], {input: ''}),
		]);
		expect(syntax).toMatchObject({code: 1, stderr: expect.stringMatching(/^linimasa: <stdin>:1:\d+: invalid JSON: .+\n$/)});
		expect(noEvents).toMatchObject({code: 1, stderr: 'linimasa: <stdin>:1:1 $.events: missing required field "events" (expected an array of slides)\n'});
		expect(empty).toMatchObject({code: 1, stderr: 'linimasa: <stdin>: is empty, expected a TimelineJS3 timeline (JSON)\n'});
		// A dataset given to import, once for all its events' missing start_date.
		const dataset = await runMain(['import', '-f', 'timelinejs', '-'], {input: JSON.stringify({version: 1, article: {}, events: [{}, {}]})});
		expect(dataset).toMatchObject({code: 1, stderr: 'linimasa: <stdin>:1:1 $: is a linimasa dataset already, not a TimelineJS file: open it with --data\n'});
	});

	it('treats a missing or unknown --format and a bad --published as usage errors', async () => {
		const source = write('t.json', SPREADSHEET_TIMELINE);
		const results = await Promise.all([
			runMain(['import', source]),
			runMain(['import', '-f', 'csv', source]),
			runMain(['import', '-f', 'timelinejs', source, '--published', 'yesterday']),
		]);
		expect(results.map((result) => result.code)).toEqual([2, 2, 2]);
		expect(results.map((result) => lines(result.stderr).length)).toEqual([1, 1, 1]);
	});
});
