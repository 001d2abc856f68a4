import {mkdtempSync, writeFileSync, mkdirSync, chmodSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatDatasetError, type DatasetError} from '../../src/model/errors.js';
import {loadDatasetFile, NOT_JSON, parseDataset, TIMELINE_JS} from '../../src/model/load.js';
import {EMBEDDED_DATASET, embeddedDatasetInline, loadStory, SECOND_DATASET} from '../helpers/datasets.js';

function errorsOf(value: unknown, file = 'broken.json'): readonly DatasetError[] {
	const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
	const result = parseDataset(text, {file});
	if (result.ok) throw new Error('expected the dataset to be refused');
	return result.errors;
}
const lines = (errors: readonly DatasetError[]) => errors.map(formatDatasetError);

describe('loading the embedded dataset', () => {
	const story = loadStory(EMBEDDED_DATASET);

	it('holds the article metadata as printed', () => {
		expect(story.article).toMatchObject({
			title: 'Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean',
			outlet: 'Koran Jakarta',
			published: '2025-03-26T01:00+07:00',
			timezone: 'WIB',
			authors: ['Eko S'],
			editors: ['E', 'A'],
			section: 'Infrastruktur Digital',
			language: 'id',
			agencies: ['Antara'],
		});
	});

	it('has the events the article reports, each dated and evidenced', () => {
		const byId = story.index.eventById;
		expect(byId.get('meeting-nanning')).toMatchObject({start: '2025-03-25', precision: 'day', certainty: 'stated', place: 'kantor-kemkomdigi'});
		expect(byId.get('meeting-nanning')!.participants.map((p) => p.entity)).toEqual(expect.arrayContaining(['meutya-hafid', 'dave-laksono', 'nong-shengwen']));
		expect(byId.get('lebaran-posts')).toMatchObject({start: '2025-03-26', end: '2025-04-08', certainty: 'stated'});
		expect(byId.get('release-officers')).toMatchObject({certainty: 'inferred'});
		expect(byId.get('release-officers')!.summary.id).toContain('1.500');
		expect(byId.get('monitoring-vehicles')).toMatchObject({start: '2025-03-26', end: '2025-04-08'});
		expect(byId.get('pmt-control-centre')!.evidence[0]!.exact).toContain('lantai 8');
		expect(byId.get('publication')).toMatchObject({start: '2025-03-26'});
		expect(byId.get('talent-target-2030')).toMatchObject({start: '2030', precision: 'year'});
		for (const event of story.events) {
			expect(event.evidence.length).toBeGreaterThan(0);
			expect(Object.keys(event.title)).toEqual(['id', 'en']);
			expect(Object.keys(event.summary)).toEqual(['id', 'en']);
		}
	});

	it('has every direct quotation, verbatim, with speaker and event', () => {
		expect(story.quotes).toHaveLength(4);
		const speakers = story.quotes.map((quote) => quote.speaker);
		expect(speakers.filter((s) => s === 'meutya-hafid')).toHaveLength(3);
		expect(speakers).toContain('nong-shengwen');
		for (const quote of story.quotes) {
			expect(quote.text).toBe(quote.evidence.exact);
			expect(quote.gloss.en).toBeTruthy();
			expect(story.article.text).toContain(quote.text);
		}
	});

	it('knows the aliases a reader would type', () => {
		const aliases = (id: string) => story.index.entityById.get(id)!.aliases;
		expect(aliases('kemkomdigi')).toEqual(expect.arrayContaining(['Kemkomdigi', 'Komdigi']));
		expect(story.index.entityById.get('kemkomdigi')!.name).toBe('Kementerian Komunikasi dan Digital');
		expect(aliases('tiongkok')).toContain('China');
		expect(aliases('asean')).toContain('Asean');
		expect(aliases('komisi-i-dpr-ri')).toContain('DPR RI');
	});

	it('indexes relations both ways', () => {
		const meutyaEvents = story.index.eventsOfEntity.get('meutya-hafid')!.map((event) => event.id);
		expect(meutyaEvents).toContain('meeting-nanning');
		expect(story.index.quotesOfEntity.get('meutya-hafid')).toHaveLength(3);
		// An event's quotes are those said at it and those about it.
		expect(story.index.quotesOfEvent.get('meeting-nanning')!.map((q) => q.id)).toEqual(['q-infrastructure', 'q-talent-target', 'q-ai-centre']);
		expect(story.index.quotesOfEvent.get('talent-target-2030')!.map((q) => q.id)).toEqual(['q-talent-target']);
	});

	it('loads a second story the same way', () => {
		const second = loadStory(SECOND_DATASET);
		expect(second.events.length).toBe(4);
		expect(second.article.timezone).toBe('WITA');
	});
});

describe('refusing broken datasets with the message a user needs', () => {
	it('invalid JSON: names the line and column', () => {
		const text = '{\n  "version": 1,\n  "article": {\n    "title": "x",,\n  }\n}';
		const [error] = errorsOf(text);
		expect(error).toMatchObject({file: 'broken.json', line: 4, column: 18});
		expect(formatDatasetError(error!)).toMatch(/^broken\.json:4:18: invalid JSON: /);
	});

	it('a file that is not JSON at all (an article\'s text): says so, and how to draft a dataset from it', () => {
		const [error, more] = errorsOf('\nKoran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB\n\nJAKARTA - Menteri…');
		expect(more).toBeUndefined();
		expect(error).toEqual({file: 'broken.json', line: 2, column: 1, message: NOT_JSON});
		expect(NOT_JSON).toContain('linimasa ingest FILE -o dataset.json');
	});

	it('a TimelineJS file: says what it is, and how to import it', () => {
		expect(errorsOf(JSON.stringify({title: {text: {headline: 'x'}}, events: [{start_date: {year: 2025}, text: {headline: 'y'}}]}))).toEqual([{file: 'broken.json', message: TIMELINE_JS}]);
		expect(TIMELINE_JS).toContain('linimasa import -f timelinejs FILE -o dataset.json');
		// A dataset missing its version is said to be, as before.
		const {version: _version, ...unversioned} = embeddedDatasetInline();
		expect(errorsOf(JSON.stringify(unversioned))[0]!.message).not.toBe(TIMELINE_JS);
	});

	it('a file cut off in the middle: says where it stops, and that it may be cut off', () => {
		const full = JSON.stringify(embeddedDatasetInline(), null, 2);
		for (const cut of [full.slice(0, full.indexOf('"Nanning') + 5), full.slice(0, full.lastIndexOf('}'))]) {
			const [error] = errorsOf(cut);
			expect(error!.message).toMatch(/^invalid JSON: .+ \(the text ends there: is the file cut off\?\)$/);
		}
		const [inside] = errorsOf('{"version": 1,, "article": {}}');
		expect(inside!.message).not.toMatch(/cut off/);
	});

	it('a missing field: names its JSON path and what was expected', () => {
		const data = embeddedDatasetInline();
		delete data.events[2].title;
		const found = lines(errorsOf(data));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^broken\.json:\d+:\d+ \$\.events\[2\]\.title: missing required field "title" \(expected an object\)$/);
	});

	it('a wrong type and a wrong enum value are both reported', () => {
		const data = embeddedDatasetInline();
		data.events[0].precision = 'week';
		data.entities[1].aliases = 'Dave';
		const found = lines(errorsOf(data));
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/\$\.events\[0\]\.precision: expected one of "day", "month", "year", got "week"/),
				expect.stringMatching(/\$\.entities\[1\]\.aliases: expected an array, got string/),
			]),
		);
	});

	it('an unknown entity id', () => {
		const data = embeddedDatasetInline();
		data.events[0].participants[0].entity = 'nobody';
		expect(lines(errorsOf(data))).toEqual([expect.stringMatching(/\$\.events\[0\]\.participants\[0\]\.entity: unknown entity "nobody" \(expected the id of an entity in \$\.entities\)/)]);
	});

	it('a place that is not a place', () => {
		const data = embeddedDatasetInline();
		data.events[0].place = 'meutya-hafid';
		expect(lines(errorsOf(data))).toEqual([expect.stringMatching(/\$\.events\[0\]\.place: "meutya-hafid" is a person, expected the id of a place/)]);
	});

	it('a duplicate id names both places', () => {
		const data = embeddedDatasetInline();
		data.entities[3].id = data.entities[0].id;
		expect(lines(errorsOf(data))).toEqual(expect.arrayContaining([expect.stringMatching(/\$\.entities\[3\]\.id: duplicate id "meutya-hafid" \(first used at \$\.entities\[0\]\)/)]));
	});

	it('an end before its start', () => {
		const data = embeddedDatasetInline();
		const posts = data.events.find((event: {id: string}) => event.id === 'lebaran-posts');
		posts.end = '2025-03-01';
		expect(lines(errorsOf(data))).toEqual([expect.stringMatching(/\.end: the event ends \(2025-03-01\) before it starts \(2025-03-26\)/)]);
	});

	it('a date at the wrong precision, or one that does not exist', () => {
		const data = embeddedDatasetInline();
		data.events[0].start = '2025-03';
		data.events[1].start = '2025-02-30';
		const found = lines(errorsOf(data));
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/\$\.events\[0\]\.start: "2025-03" is written at month precision, but the event's precision is "day"/),
				expect.stringMatching(/\$\.events\[1\]\.start: "2025-02-30" is not a real calendar date/),
			]),
		);
	});

	it('a wrong anchor says what its offsets give', () => {
		const data = embeddedDatasetInline();
		data.quotes[0].evidence.start += 1;
		const found = lines(errorsOf(data));
		expect(found.some((line) => /\$\.quotes\[0\]\.evidence\.exact: anchor \d+–\d+ gives "erja sama/.test(line))).toBe(true);
	});

	it('an anchor past the end of the text', () => {
		const data = embeddedDatasetInline();
		data.events[0].evidence[0].end = 999_999;
		expect(lines(errorsOf(data)).join('\n')).toMatch(/\$\.events\[0\]\.evidence\[0\]\.end: anchor ends at 999999, past the article's \d+ code points/);
	});

	it('a quote that is not its evidence verbatim', () => {
		const data = embeddedDatasetInline();
		data.quotes[1].text = 'Kami terbuka.';
		expect(lines(errorsOf(data))).toEqual([expect.stringMatching(/\$\.quotes\[1\]\.text: a quote's text must be verbatim/)]);
	});

	it('an empty file, and a value that is not a dataset', () => {
		expect(lines(errorsOf(''))).toEqual(['broken.json: is empty, expected a linimasa dataset (JSON)']);
		expect(lines(errorsOf('[]'))[0]).toMatch(/expected an object, got an array/);
	});
});

describe('reading dataset files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'linimasa-load-'));

	it('a missing file', () => {
		const result = loadDatasetFile(join(dir, 'nope.json'));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(formatDatasetError(result.errors[0]!)).toBe(`${join(dir, 'nope.json')}: no such file`);
	});

	it('a directory', () => {
		mkdirSync(join(dir, 'folder'));
		const result = loadDatasetFile(join(dir, 'folder'));
		expect(!result.ok && result.errors[0]!.message).toBe('is a directory, expected a dataset file (.json)');
		// One that holds a dataset: its path is said.
		writeFileSync(join(dir, 'folder', 'dataset.json'), '{}');
		const holding = loadDatasetFile(join(dir, 'folder'), 'stories/folder');
		expect(!holding.ok && holding.errors[0]!.message).toBe(`is a directory, expected a dataset file (.json) (it holds dataset.json: ${join('stories/folder', 'dataset.json')})`);
		// An article's textFile that is a folder is said to be one, as a text file expected.
		const data = embeddedDatasetInline();
		delete data.article.text;
		data.article.textFile = 'folder';
		writeFileSync(join(dir, 'text-folder.json'), JSON.stringify(data));
		const texts = loadDatasetFile(join(dir, 'text-folder.json'));
		expect(!texts.ok && texts.errors[0]!.message).toMatch(/^the article text file "folder": is a directory, expected an article's text file \(looked for /);
	});

	it('a file that is not UTF-8', () => {
		const path = join(dir, 'latin1.json');
		writeFileSync(path, Buffer.from([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x7d]));
		const result = loadDatasetFile(path);
		expect(!result.ok && result.errors[0]!.message).toBe('is not UTF-8 text (invalid byte 0xe9 at byte 3): replace that byte, or, if the whole file is in another encoding, save it as UTF-8');
		// And where, as any other error: the line, and the column counted in characters before it.
		expect(!result.ok && result.errors[0]).toMatchObject({line: 1, column: 4});
		writeFileSync(path, Buffer.concat([Buffer.from('\uFEFF{\n  "é":\n "東'), Buffer.from([0xff])]));
		const later = loadDatasetFile(path);
		expect(!later.ok && later.errors[0]).toMatchObject({line: 3, column: 4});
	});

	it('loads a file that holds U+FFFD itself (valid UTF-8) and one that starts with a BOM', () => {
		const data = embeddedDatasetInline();
		data.article.title = 'Judul \uFFFD rusak';
		const replacement = join(dir, 'replacement.json');
		writeFileSync(replacement, JSON.stringify(data));
		const loaded = loadDatasetFile(replacement);
		expect(loaded.ok && loaded.story.article.title).toBe('Judul \uFFFD rusak');
		const bom = join(dir, 'bom.json');
		writeFileSync(bom, `\uFEFF${JSON.stringify(embeddedDatasetInline())}`);
		expect(loadDatasetFile(bom).ok).toBe(true);
	});

	it('an unreadable file', () => {
		const path = join(dir, 'secret.json');
		writeFileSync(path, '{}');
		chmodSync(path, 0o000);
		const result = loadDatasetFile(path);
		// root can read anything; the point is that neither case throws.
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]!.message).toMatch(/permission denied|missing required field "version"/);
	});

	it('an article textFile that is missing', () => {
		const data = embeddedDatasetInline();
		delete data.article.text;
		data.article.textFile = 'gone.txt';
		const path = join(dir, 'gone.json');
		writeFileSync(path, JSON.stringify(data));
		const result = loadDatasetFile(path);
		expect(!result.ok && formatDatasetError(result.errors[0]!)).toMatch(/\$\.article\.textFile: the article text file "gone\.txt": no such file \(looked for \/.*\/gone\.txt\)$/);
	});

	it('a byte-order mark does not stop a file from loading', () => {
		const path = join(dir, 'bom.json');
		writeFileSync(path, '\ufeff' + JSON.stringify(embeddedDatasetInline()));
		expect(loadDatasetFile(path).ok).toBe(true);
	});
});

describe('messages stay short and files stay files', () => {
	it('a huge bad value is cut in the message', () => {
		const data = embeddedDatasetInline();
		data.events[0].start = 'x'.repeat(100_000);
		const [line] = lines(errorsOf(data));
		expect(line!.length).toBeLessThan(300);
		expect(line).toMatch(/got "x{60}…"/);
	});

	it('a device is refused, not read forever', () => {
		const result = loadDatasetFile('/dev/zero');
		expect(!result.ok && result.errors[0]!.message).toBe('is a device, not a file');
	});
});

describe('a dataset handed over as a JsonInput', () => {
	it('is taken once parsed, and errors found later still say where they are (read again)', () => {
		const broken = JSON.stringify(embeddedDatasetInline(), null, 2).replace('"meeting-nanning"', '"Not An Id"');
		let rereads = 0;
		const input = {text: broken as string | undefined, reread: () => (rereads++, broken)};
		const result = parseDataset(input, {file: 'broken.json'});
		expect(input.text).toBeUndefined();
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(rereads).toBe(1);
		expect(result.errors[0]).toMatchObject({file: 'broken.json', path: '$.events[0].id'});
		expect(result.errors[0]!.line).toBeGreaterThan(1);
	});

	it('loads as a string does when nothing is wrong, without reading it again', () => {
		const text = JSON.stringify(embeddedDatasetInline());
		const input = {text: text as string | undefined, reread: () => {
			throw new Error('not needed');
		}};
		expect(parseDataset(input, {file: 'ok.json'}).ok).toBe(true);
		expect(input.text).toBeUndefined();
	});
});
