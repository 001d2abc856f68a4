import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';
import {PROJECT_ROOT, SOURCES_DATASET} from '../helpers/datasets.js';
import {memoryIo} from '../helpers/memory-io.js';
import {runMain} from '../helpers/cli.js';

/** Run a command in process on the three-article story; its stdout, and exit code 0 asserted. */
async function output(...args: string[]): Promise<string> {
	const io = memoryIo(PROJECT_ROOT);
	const code = await main([...args, '--data', SOURCES_DATASET], io);
	expect({code, stderr: io.err()}).toEqual({code: 0, stderr: ''});
	return io.out();
}

async function embedded(...args: string[]): Promise<string> {
	const io = memoryIo(PROJECT_ROOT);
	expect(await main(args, io)).toBe(0);
	return io.out();
}

describe('linimasa sources', () => {
	it('--json lists every article with its id, outlet, title, publication and URL', async () => {
		const sources = JSON.parse(await output('sources', '--json'));
		expect(sources.map((source: {id: string}) => source.id)).toEqual(['warta-priangan', 'kabar-sukaraya', 'jurnal-nusantara']);
		expect(sources[1]).toMatchObject({outlet: 'Kabar Sukaraya', title: 'Sungai Cikawung Meluap, Warga Cibeureum Hilir Mengungsi', published: '2025-11-02T13:05+07:00', url: 'https://kabarsukaraya.example/2025/11/02/cikawung-meluap', events: ['banjir', 'evakuasi'], disagreements: 2});
	});

	it('prints a row per article with its publication day and how many events it reports', async () => {
		const rows = (await output('sources')).trimEnd().split('\n').map((row) => row.split(/ {2,}/));
		expect(rows[2]).toEqual(['jurnal-nusantara', 'Jurnal Nusantara Daring', '3 Nov 2025', '2', '1', 'Bupati Maya Lestari Tinjau Korban Banjir Sukaraya']);
	});

	it('lists the one article of a version-1 dataset', async () => {
		const [source] = JSON.parse(await embedded('sources', '--json'));
		expect(source).toMatchObject({id: 'article', outlet: 'Koran Jakarta', published: '2025-03-26T01:00+07:00', disagreements: 0});
		// Its byline's credits: the author, and the editors a fact-checker may need to reach.
		expect([source.authors, source.editors]).toEqual([['Eko S'], ['E', 'A']]);
	});
});

describe('linimasa validate', () => {
	it('sums up a story of several articles with its claims and disagreements', async () => {
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['validate', SOURCES_DATASET], io)).toBe(0);
		expect(io.out()).toMatch(/: valid — 3 articles, 3 events, 4 entities \(2 people, 1 organization, 1 place\), 2 quotes, 9 claims \(2 disagreements\)\n$/);
	});
});

describe('linimasa claims', () => {
	it('--json gives each group with subject, measure, agree and every value with its sources\' exact words, disagreements first', async () => {
		const groups = JSON.parse(await output('claims', '--json'));
		expect(groups.map((group: {measure: string; agree: boolean}) => [group.measure, group.agree])).toEqual([['date', false], ['rumah rusak', false], ['personel', true], ['pengungsi', true], ['bantuan', true]]);
		expect(groups[1]).toEqual({
			subject: {event: 'banjir'},
			subjectName: 'Banjir bandang melanda Cibeureum Hilir',
			measure: 'rumah rusak',
			agree: false,
			values: [
				{value: 12, unit: 'rumah', sources: [{article: 'warta-priangan', claim: 'rumah-warta', exact: '12 rumah rusak berat'}, {article: 'jurnal-nusantara', claim: 'rumah-jurnal', exact: 'merusak 12 rumah'}], onTimeline: false},
				{value: 15, unit: 'rumah', sources: [{article: 'kabar-sukaraya', claim: 'rumah-kabar', exact: '15 rumah rusak'}], onTimeline: false},
			],
		});
	});

	it('--disagreements prints those alone, a row per value with each source\'s words (and, for a count, when it came out)', async () => {
		const rows = (await output('claims', '--disagreements')).trimEnd().split('\n').map((row) => row.split(/ {2,}/));
		expect(rows).toEqual([
			['Banjir bandang melanda Cibeureum Hilir', 'date', 'DISAGREE', '1 Nov 2025', 'Warta Priangan “Sabtu (1/11/2025) malam”'],
			['', '2 Nov 2025', 'Kabar Sukaraya “Minggu (2/11/2025) dini hari”'],
			// An earlier count may be one a later story updated: each source says when it came out.
			['Banjir bandang melanda Cibeureum Hilir', 'rumah rusak', 'DISAGREE', '12 rumah', 'Warta Priangan (2 Nov 2025 07:30 WIB) “12 rumah rusak berat”; Jurnal Nusantara Daring (3 Nov 2025 16:45 WIB) “merusak 12 rumah”'],
			['', '15 rumah', 'Kabar Sukaraya (2 Nov 2025 13:05 WIB) “15 rumah rusak”'],
		]);
		expect(JSON.parse(await output('claims', '--disagreements', '--json'))).toHaveLength(2);
	});

	it('has nothing to compare in a dataset without claims, and says so on stderr alone', async () => {
		expect(JSON.parse(await embedded('claims', '--json'))).toEqual([]);
		const io = memoryIo(PROJECT_ROOT);
		expect(await main(['claims'], io)).toBe(0);
		expect(io.out()).toBe('');
		expect(io.err()).toBe('linimasa: this story has no claims to compare (a dataset lists them under "claims"; `linimasa ingest` drafts them from several articles)\n');
	});

	it('says when the sources agree on everything --disagreements would list', async () => {
		const agreeing = memoryIo(PROJECT_ROOT);
		const story = JSON.parse(readFileSync(SOURCES_DATASET, 'utf8'));
		// The same story with only the claims on which its sources agree.
		const disagreeing = new Set(JSON.parse(await output('claims', '--disagreements', '--json')).flatMap((group: {values: {sources: {claim: string}[]}[]}) => group.values.flatMap((value) => value.sources.map((source) => source.claim))));
		story.claims = story.claims.filter((claim: {id: string}) => !disagreeing.has(claim.id));
		// Beside the articles' text files, which the dataset names.
		const dir = mkdtempSync(join(tmpdir(), 'linimasa-claims-'));
		try {
			cpSync(dirname(SOURCES_DATASET), dir, {recursive: true});
			writeFileSync(join(dir, 'agreeing.json'), JSON.stringify(story));
			expect(await main(['claims', '--disagreements', '--data', join(dir, 'agreeing.json')], agreeing)).toBe(0);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
		expect(agreeing.out()).toBe('');
		expect(agreeing.err()).toMatch(/^linimasa: no disagreements: the sources agree on all \d+ claims compared\n$/);
	});
});

describe('the timeline piped', () => {
	it('names every source of a story of several under its title, and a story of one by its byline', async () => {
		expect((await output()).split('\n').slice(0, 3)).toEqual(['Banjir Bandang Terjang Cibeureum Hilir, 12 Rumah Rusak Berat', '3 sumber: Warta Priangan, Kabar Sukaraya, Jurnal Nusantara Daring', '']);
		expect((await runMain([])).stdout.split('\n')[1]).toBe('Koran Jakarta · 26 Mar 2025 · Eko S');
	});
});

describe('sources in the listings', () => {
	it("events --json gives each event's sources: the article, its evidence and its words for the date", async () => {
		const events = JSON.parse(await output('events', '--json'));
		const flood = events.find((event: {id: string}) => event.id === 'banjir');
		expect(flood.sources.map((source: {article: string; evidence: {exact: string}[]; dateEvidence: {exact: string}[]}) => [source.article, source.evidence.length, source.dateEvidence.map((anchor) => anchor.exact)])).toEqual([
			['warta-priangan', 1, ['Sabtu (1/11/2025) malam']],
			['kabar-sukaraya', 1, ['Minggu (2/11/2025) dini hari']],
			['jurnal-nusantara', 1, []],
		]);
		expect(flood.disagreements).toEqual(['date', 'rumah rusak']);
	});

	it('events says whose date an event has where the sources disagree on it, and what the others say', async () => {
		const events = JSON.parse(await output('events', '--json'));
		const flood = events.find((event: {id: string}) => event.id === 'banjir');
		// Fields added beside the ones scripts read already: start stays the timeline's date.
		expect(flood).toMatchObject({start: '2025-11-01', certainty: 'stated', datedBy: ['warta-priangan']});
		expect(flood.sources.map((source: {article: string; date: string | null}) => [source.article, source.date])).toEqual([
			['warta-priangan', '2025-11-01'],
			['kabar-sukaraya', '2025-11-02'],
			['jurnal-nusantara', null],
		]);
		// An inferred date is nobody's words.
		expect(events.find((event: {id: string}) => event.id === 'evakuasi').datedBy).toEqual([]);
		const rows = (await output('events', '--lang', 'en')).trimEnd().split('\n').map((row) => row.split(/ {2,}/));
		expect(rows[0]).toEqual(['banjir', '1 Nov 2025', 'stated: Warta Priangan; Kabar Sukaraya 2 Nov 2025', 'Flash flood hits Cibeureum Hilir']);
		expect(rows[2]).toEqual(['kunjungan-bupati', '3 Nov 2025', 'stated', 'Regent visits the shelter']);
	});

	it('claims --json marks the date the timeline gives the event among the dates the sources give', async () => {
		const [date] = JSON.parse(await output('claims', '--json'));
		expect(date.values.map((value: {value: string; onTimeline: boolean; sources: {article: string}[]}) => [value.value, value.onTimeline, value.sources.map((source) => source.article)])).toEqual([
			['2025-11-01', true, ['warta-priangan']],
			['2025-11-02', false, ['kabar-sukaraya']],
		]);
	});

	it("quotes --json gives each quote's printings in their own words, and dates it by its first printing", async () => {
		const quotes = JSON.parse(await output('quotes', '--json'));
		expect(quotes[0].sources).toEqual([
			{article: 'warta-priangan', exact: 'Kami sudah mengerahkan 35 personel dan dua perahu karet untuk mengevakuasi warga,', attribution: 'kata Ridwan', wording: 'same'},
			{article: 'kabar-sukaraya', exact: 'Kami sudah mengerahkan 35 personel dan dua perahu karet,', attribution: 'ujar Ridwan Hakim', wording: 'part'},
		]);
		// Said at the regent's visit of 3 November, printed by an article of 3 November.
		expect(quotes[1].said).toEqual({start: '2025-11-03', end: null, certainty: 'stated'});
	});

	it('a version-1 dataset gives every event the one article as its source', async () => {
		const events = JSON.parse(await embedded('events', '--json'));
		expect(events.every((event: {sources: {article: string}[]; evidence: unknown[]}) => event.sources.length === 1 && event.sources[0]!.article === 'article')).toBe(true);
	});
});

describe('exports say an inferred date is inferred', () => {
	it('opening a dataset\'s note that does not say so with "Disimpulkan:" ("Inferred:" in English), in Markdown, iCalendar and TimelineJS', async () => {
		for (const format of ['markdown', 'ics', 'timelinejs']) {
			const [plain, english] = await Promise.all([output('export', '-f', format), output('export', '-f', format, '--lang', 'en')]);
			expect(plain.replace(/\r\n /g, ''), format).toContain('Disimpulkan: Petugas di lokasi sejak malam banjir.');
			expect(english.replace(/\r\n /g, ''), format).toContain('Inferred: Crews on site from the night of the flood.');
		}
	});

	it('leaves a note that opens with the word as it is: the embedded article\'s', async () => {
		const {stdout} = await runMain(['export', '-f', 'markdown']);
		expect(stdout).toContain('Disimpulkan:');
		expect(stdout).not.toMatch(/Disimpulkan: Disimpulkan/i);
	});
});

describe('exports carry the sources', () => {
	it('Markdown: a footnote per source, referenced by each event and quote, and the disagreements under their event', async () => {
		const brief = await output('export', '-f', 'markdown', '--lang', 'en');
		expect(brief).toContain('*3 sources: Warta Priangan, Kabar Sukaraya, Jurnal Nusantara Daring*');
		expect(brief).toMatch(/Flash flood hits Cibeureum Hilir \*\(Desa Cibeureum Hilir\)\*\[\^warta-priangan\]\[\^kabar-sukaraya\]\[\^jurnal-nusantara\]/);
		// A list under the event's summary: as plain lines after it, Markdown ran them into its paragraph.
		expect(brief).toMatch(/\n {2}The Cikawung[^\n]*\n {2}- \*Sources disagree\* on date: [^\n]+\n {2}- \*Sources disagree\* on rumah rusak: 12 rumah \(Warta Priangan, Jurnal Nusantara Daring\) \/ 15 rumah \(Kabar Sukaraya\)\n/);
		expect(brief).toMatch(/\n\[\^kabar-sukaraya\]: Kabar Sukaraya, “Sungai Cikawung Meluap, Warga Cibeureum Hilir Mengungsi”, 2 Nov 2025 https:\/\/kabarsukaraya\.example\//);
		expect(brief.endsWith('bupati-tinjau-banjir-sukaraya\n')).toBe(true);
	});

	it('iCalendar: each event describes its sources and where they disagree, in the story\'s Indonesian', async () => {
		const calendar = new ICAL.Component(ICAL.parse(await output('export', '-f', 'ics')));
		const flood = calendar.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid')?.toString().startsWith('banjir@'))!;
		const description = String(flood.getFirstPropertyValue('description'));
		expect(description).toContain('Sumber berbeda soal tanggal: 1 Nov 2025 (Warta Priangan) / 2 Nov 2025 (Kabar Sukaraya)');
		expect(description).toContain('Sumber:\n- Warta Priangan, “Banjir Bandang Terjang Cibeureum Hilir, 12 Rumah Rusak Berat”, 2 Nov 2025 https://warta-priangan.example/');
		expect(description.match(/\n- /g)).toHaveLength(3);
	});

	it('TimelineJS: each slide credits its sources, linked, and the title slide lists them all, in the story\'s Indonesian', async () => {
		const timeline = JSON.parse(await output('export', '-f', 'timelinejs'));
		expect(timeline.title.text.text).toMatch(/^<p>3 sumber<\/p><ul><li>Warta Priangan/);
		const visit = timeline.events.find((slide: {unique_id: string}) => slide.unique_id === 'kunjungan-bupati');
		expect(visit.text.text).toContain('<p class="credit">Sumber: <a href="https://jurnalnusantara.example/daerah/bupati-tinjau-banjir-sukaraya">Jurnal Nusantara Daring, 3 Nov 2025</a></p>');
	});

	it('a story of one source exports without source credits', async () => {
		const [brief, timeline] = [await embedded('export', '-f', 'markdown'), JSON.parse(await embedded('export', '-f', 'timelinejs'))];
		expect(brief).not.toMatch(/\[\^|sources/);
		expect(JSON.stringify(timeline)).not.toContain('class=\\"credit\\"');
	});

	it('export --format json writes a version-2 story back as it was written, and it loads again', async () => {
		const written = JSON.parse(await output('export', '-f', 'json'));
		expect(written.version).toBe(2);
		expect(written.articles.map((article: {id: string; text: string}) => [article.id, article.text.slice(0, 6)])).toEqual([['warta-priangan', 'Banjir'], ['kabar-sukaraya', 'Sungai'], ['jurnal-nusantara', 'Bupati']]);
		expect(written.claims).toHaveLength(9);
		const {parseDataset} = await import('../../src/model/load.js');
		expect(parseDataset(JSON.stringify(written), {file: 'again.json'}).ok).toBe(true);
	});
});
