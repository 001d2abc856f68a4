import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {ingestArticle} from '../../src/ingest/ingest.js';
import {parseDataset} from '../../src/model/load.js';
import {EMBEDDED_ARTICLE, EMBEDDED_DATASET, PROJECT_ROOT} from '../helpers/datasets.js';
import {fixtureArticle, fixtureExpected, memoryIo, readText} from './helpers.js';
import {testCache} from '../helpers/test-cache.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'linimasa-ingest-'));

describe('linimasa ingest', () => {
	it('prints the draft as JSON without -o, and the draft validates', async () => {
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['ingest', EMBEDDED_ARTICLE], io)).toBe(0);
		expect(io.err()).toBe('');
		expect(parseDataset(io.out(), {file: 'stdout'}).ok).toBe(true);
	});

	it('writes -o FILE, and never over an existing file without --force', async () => {
		const dir = scratch();
		const io = memoryIo(dir);
		expect(await main(['ingest', EMBEDDED_ARTICLE, '-o', 'draft.json'], io)).toBe(0);
		expect(io.out()).toBe('');
		const written = readFileSync(join(dir, 'draft.json'), 'utf8');
		expect(JSON.parse(written).article.outlet).toBe('Koran Jakarta');

		writeFileSync(join(dir, 'draft.json'), 'keep me');
		const again = memoryIo(dir);
		expect(await main(['ingest', EMBEDDED_ARTICLE, '-o', 'draft.json'], again)).toBe(1);
		expect(again.err()).toBe('linimasa: draft.json already exists; add --force to replace it\n');
		expect(readFileSync(join(dir, 'draft.json'), 'utf8')).toBe('keep me');

		expect(await main(['ingest', EMBEDDED_ARTICLE, '-o', 'draft.json', '--force'], memoryIo(dir))).toBe(0);
		expect(readFileSync(join(dir, 'draft.json'), 'utf8')).toBe(written);
	});

	it('says a folder given to -o is one, as export does, with or without --force (which could not help)', async () => {
		const dir = scratch();
		mkdirSync(join(dir, 'drafts'));
		for (const force of [[], ['--force']]) {
			const io = memoryIo(dir);
			expect(await main(['ingest', EMBEDDED_ARTICLE, '-o', 'drafts', ...force], io)).toBe(1);
			expect(io.err()).toBe("linimasa: cannot write drafts: it is a directory; give a file's path\n");
		}
	});

	it('prints precision, recall and F1 per kind as an aligned table with --score', async () => {
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['ingest', '--score', EMBEDDED_DATASET], io)).toBe(0);
		const lines = io.out().split('\n');
		expect(lines[0]).toBe('          drafted  curated  matched  precision  recall    F1');
		expect(lines[1]).toBe('events          7        8        7       1.00    0.88  0.93');
		expect(lines[2]).toBe('quotes          4        4        4       1.00    1.00  1.00');
		expect(lines[3]).toMatch(/^entities +\d+ +19 +\d+ +\d\.\d\d +\d\.\d\d +\d\.\d\d$/);
		expect(io.out()).toMatch(/missed entities: .*Operator seluler; Jalur mudik/);
	});

	it('prints the figures as JSON with --json', async () => {
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['ingest', fixtureArticle('bali-autogate'), '--score', fixtureExpected('bali-autogate'), '--json'], io)).toBe(0);
		const figures = JSON.parse(io.out());
		expect(figures.quotes).toMatchObject({drafted: 3, curated: 3, matched: 3, precision: 1, recall: 1, f1: 1});
	});

	it('exits 2 with one line on stderr for a usage error', async () => {
		for (const argv of [[], ['a.txt', 'b.txt', '--published', '2025-03-26T01:00+07:00'], ['--bogus'], ['a.txt', '--json'], ['a.txt', '--explain']]) {
			const io = memoryIo(PROJECT_ROOT);
			expect(await main(['ingest', ...argv], io)).toBe(2);
			expect(io.err().trimEnd().split('\n')).toHaveLength(1);
			expect(io.err()).toMatch(/^linimasa: /);
		}
	});

	it('exits 1 with one line for a missing file, a text without a dateline, or a broken curated dataset', async () => {
		const dir = scratch();
		writeFileSync(join(dir, 'story.txt'), 'JAKARTA - Rapat digelar kemarin.');
		writeFileSync(join(dir, 'broken.json'), '{"version": 1');
		writeFileSync(join(dir, 'dataset.json'), JSON.stringify({version: 2, articles: [], events: []}));
		writeFileSync(join(dir, 'timeline.json'), JSON.stringify({events: [{start_date: {year: 2025}}]}));
		writeFileSync(join(dir, 'list.json'), '["Rapat digelar kemarin"]');
		mkdirSync(join(dir, 'folder'));
		const cases: [string[], RegExp][] = [
			[['missing.txt'], /^linimasa: missing.txt: no such file\n$/],
			[['story.txt'], /^linimasa: story.txt: no dateline found .*; give the publication date-time with --published, such as --published 2025-05-14T18:20\+07:00\n$/],
			[['story.txt', '--score', 'broken.json'], /^linimasa: broken.json:1:\d+: invalid JSON/],
			// What a reporter has at hand that is not an article: said so, never drafted into nonsense.
			[['dataset.json'], /^linimasa: dataset.json: is a linimasa dataset already, not an article: open it with --data/],
			[['timeline.json'], /^linimasa: timeline.json: is a TimelineJS file, not an article: convert it with `linimasa import -f timelinejs/],
			[['list.json'], /^linimasa: list.json: is JSON, not an article's text or a saved page\n$/],
			[['folder'], /^linimasa: folder: is a directory, expected an article's text or a saved page \(\.txt, \.html\)\n$/],
		];
		for (const [argv, message] of cases) {
			const io = memoryIo(dir);
			expect(await main(['ingest', ...argv], io)).toBe(1);
			expect(io.err()).toMatch(message);
		}
		const dated = memoryIo(dir);
		expect(await main(['ingest', 'story.txt', '--published', '2025-03-26T10:00+07:00'], dated)).toBe(0);
		expect(JSON.parse(dated.out()).events[0].start).toBe('2025-03-25');
	});

	it('names every one of several articles that prints no date, and says how to date it where --published cannot', async () => {
		const dir = scratch();
		writeFileSync(join(dir, 'a.txt'), 'Rapat Banjir Digelar di Balai Kota\nRabu, 26 Maret 2025 - 10:00 WIB\n\nJAKARTA - Rapat digelar kemarin.');
		writeFileSync(join(dir, 'b.txt'), 'JAKARTA - Rapat digelar kemarin.');
		writeFileSync(join(dir, 'c.txt'), 'JAKARTA - Banjir surut kemarin.');
		const io = memoryIo(dir);
		expect(await main(['ingest', 'a.txt', 'b.txt', 'c.txt'], io)).toBe(1);
		expect(io.err()).toMatch(/^linimasa: b\.txt, c\.txt: no dateline found .*; with several articles, --published dates none of them: print each one's date-time under its headline, such as "Rabu, 14 Mei 2025 - 18:20 WIB"\n$/);
		expect(io.err()).not.toMatch(/give the publication date-time with --published/);
	});

	it('reads a saved page in the legacy charset it declares, and still refuses one that declares none', async () => {
		const dir = scratch();
		// Windows-1252's bytes for the en dash and the curly quotes; every other character is ASCII.
		const cp1252 = (text: string) => Buffer.from([...text].map((char) => ({'–': 0x96, '“': 0x93, '”': 0x94})[char] ?? char.charCodeAt(0)));
		const page = (head: string) =>
			`<html><head>${head}<title>Air Bersih Dikirim ke Posko Sukaraya</title></head><body><article><h1>Air Bersih Dikirim ke Posko Sukaraya</h1><div class="date">Kamis, 6 November 2025 - 14:20 WIB</div>` +
			'<p>SUKARAYA – Dua truk tangki mengirim air bersih ke posko pengungsian sejak Rabu (5/11/2025).</p><p>“Kami kirim setiap pagi sampai sumur warga bersih lagi,” kata Dewi Lestari.</p></article></body></html>';
		writeFileSync(join(dir, 'declared.html'), cp1252(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')));
		writeFileSync(join(dir, 'undeclared.html'), cp1252(page('')));
		const io = memoryIo(dir);
		expect(await main(['ingest', 'declared.html'], io)).toBe(0);
		const draft = JSON.parse(io.out());
		expect(draft.article.text).toContain('SUKARAYA – Dua truk');
		expect(draft.quotes.map((quote: {text: string}) => quote.text)).toEqual(['Kami kirim setiap pagi sampai sumur warga bersih lagi,']);
		const refused = memoryIo(dir);
		expect(await main(['ingest', 'undeclared.html'], refused)).toBe(1);
		expect(refused.err()).toMatch(/^linimasa: undeclared\.html:\d+:\d+: is not UTF-8 text \(invalid byte 0x96/);
	});

	it('is routed by the command line', async () => {
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['ingest', '--help'], io)).toBe(0);
		expect(io.out()).toContain('linimasa ingest ARTICLE.txt');
		const overview = memoryIo(PROJECT_ROOT);
		expect(await main(['--help'], overview)).toBe(0);
		expect(overview.out()).toMatch(/ingest +draft a dataset from Indonesian news texts/);
	});

	it('runs from the built program, the same draft in any time zone', () => {
		const program = join(PROJECT_ROOT, 'bin', 'linimasa.js');
		expect(existsSync(join(PROJECT_ROOT, 'dist', 'linimasa.js')), 'run `npm run build` first').toBe(true);
		const run = spawnSync(process.execPath, [program, 'ingest', EMBEDDED_ARTICLE], {encoding: 'utf8', env: {...process.env, TZ: 'Pacific/Kiritimati', LINIMASA_CACHE: testCache()}});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(ingestArticle(readText(EMBEDDED_ARTICLE)))));
	});
});

describe('ingest and hostile text', () => {
	it('neither the draft nor the score table carries terminal sequences from the article', async () => {
		const dir = scratch();
		const article = [
			'Koran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB',
			'',
			'JAKARTA - Wali Kota Budi Santoso meninjau pasar pada Selasa (25/3).',
			'',
			'“Harga \x1b]0;PWNED\x07stabil \x1b[31mmerah,” kata Budi Santoso di Jakarta.',
		].join('\n');
		writeFileSync(join(dir, 'hostile.txt'), article);
		const draft = memoryIo(dir);
		expect(await main(['ingest', 'hostile.txt'], draft)).toBe(0);
		expect(draft.out()).not.toMatch(/\x1b|\\u001b|\x07|\\u0007/);
		expect(parseDataset(draft.out(), {file: 'draft'}).ok).toBe(true);
		const scored = memoryIo(dir);
		expect(await main(['ingest', 'hostile.txt', '--score', EMBEDDED_DATASET], scored)).toBe(0);
		expect(scored.out()).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
		expect(scored.out()).toContain('Harga stabil merah');
	});
});
