import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import type {ExplorerData} from '../../src/state/data.js';
import {detailItems} from '../../src/state/detail.js';
import type {Ref} from '../../src/state/state.js';
import {lineText} from '../../src/ui/line.js';
import {detailLines, measureDetail, type DetailView} from '../../src/ui/panes/detail-lines.js';
import {widthOf} from '../../src/text/fit.js';
import {theme} from '../../src/ui/theme.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';
import {hostileDataset} from '../helpers/hostile.js';
import {embedded, second, sourced} from '../state/drive.js';
import {wide} from './wide-story.js';

const VIEW: DetailView = {lang: 'id', width: 53, cursor: -1, focused: false};
const texts = (ref: Ref | null, view: Partial<DetailView> = {}, data: ExplorerData = embedded) => detailLines(data, ref, {...VIEW, ...view}).lines.map(lineText);
const event = (id: string): Ref => ({kind: 'event', id});
const entity = (id: string): Ref => ({kind: 'entity', id});
const quote = (id: string): Ref => ({kind: 'quote', id});

/** The lines from a section title up to the next blank line. */
function section(lines: readonly string[], title: string): string[] {
	const from = lines.indexOf(title);
	expect(from, `section ${title}`).toBeGreaterThan(-1);
	const to = lines.indexOf('', from);
	return lines.slice(from + 1, to < 0 ? undefined : to);
}

describe('detailLines for an event', () => {
	it('never leaves a word or two of an evidence passage\'s context alone on its last line', () => {
		for (const id of ['talent-target-2030', 'meeting-nanning', 'lebaran-posts', 'release-officers']) {
			for (let width = 30; width <= 90; width++) {
				const lines = detailLines(embedded, event(id), {...VIEW, width}).lines;
				const text = lines.map(lineText);
				const from = text.indexOf('Bukti dari artikel');
				const inner = width - 4;
				for (let n = from + 2; n < text.length; n++) {
					const next = text[n + 1];
					// A passage's last line: the next starts another passage ("(tanggal) …", "…") or there is none.
					if (!(next === undefined || next === '' || /^ {2}(\(|…)/.test(next)) || /^ {2}(\(|…)/.test(text[n]!)) continue;
					// Context alone is muted throughout; the exact words are not.
					const contextOnly = lines[n]!.every((segment) => segment.text.trim() === '' || segment.style === theme.muted);
					if (contextOnly) expect(widthOf(text[n]!.trim()), `${id} at ${width}: "${text[n]}"`).toBeGreaterThanOrEqual(inner / 3);
				}
			}
		}
	});

	it('keeps an evidence passage\'s context to its paragraph: no caption or subheading read into it', () => {
		for (const data of [embedded, second, sourced]) {
			const {story} = data;
			const articles = sliceOf(story.articles);
			// Each paragraph's last word and the next one's first, as they would read run together.
			const seams = articles.flatMap((article) => {
				const text = story.articleText(article.id);
				const paragraphs = text.slice(0, text.length).split(/\n\s*\n/).map((paragraph) => paragraph.trim().split(/\s+/));
				return paragraphs.slice(1).map((words, i) => `${paragraphs[i]!.at(-1)} ${words[0]}`);
			});
			expect(seams.length).toBeGreaterThan(3);
			for (const record of sliceOf(story.events)) {
				for (const width of [53, 110]) {
					const lines = texts(event(record.id), {width}, data);
					const evidence = section(lines, articles.length > 1 ? 'Bukti dari sumber' : 'Bukti dari artikel').join(' ');
					for (const seam of seams) expect(evidence, `${record.id} at ${width}`).not.toContain(seam);
				}
			}
		}
	});

	it('keeps a participant\'s name to its line and cuts a role past three lines with an ellipsis', () => {
		const data = embeddedDatasetInline();
		const meeting = data.events.find((each: {id: string}) => each.id === 'meeting-nanning');
		meeting.participants[3].role = {id: 'penyelenggara pertemuan '.repeat(30).trim(), en: 'host'};
		data.entities.find((each: {id: string}) => each.id === 'kemkomdigi').name = 'Kementerian '.repeat(20).trim();
		const loaded = validateDatasetValue(data, {file: 'long-role.json', baseDir: '.'});
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const lines = texts(event('meeting-nanning'), {}, createExplorerData(loaded.story, measureDetail));
		const involved = section(lines, 'Terlibat');
		const at = involved.findIndex((line) => line.startsWith('  org Kementerian'));
		// Three lines in all: the name (cut, as it is wider than the pane), then the role, cut with an ellipsis.
		expect(involved[at]).toMatch(/^ {2}org Kementerian[ A-Za-z]*… —$/);
		expect(involved.slice(at + 1, at + 3)).toEqual([expect.stringMatching(/^ {6}penyelenggara pertemuan/), expect.stringMatching(/^ {6}pertemuan.* …$/)]);
		expect(involved[at + 3]).toBe('  org Komite Partai Kota Nanning — delegasi');
		expect(involved.every((line) => widthOf(line) <= VIEW.width)).toBe(true);
	});

	it('writes what it is, its title, its date as stated, its place and its summary', () => {
		const lines = texts(event('meeting-nanning'));
		expect(lines.slice(0, 5)).toEqual(['PERISTIWA', 'Meutya Hafid bertemu Nong Shengwen', 'Waktu  25 Mar 2025 (tertulis)', 'Tempat Kantor Kemkomdigi', '']);
		const summary = embedded.story.eventById('meeting-nanning')!.summary.id!;
		expect(lines.slice(5, lines.indexOf('', 5)).join(' ')).toBe(summary);
	});

	it('says an inferred date is inferred once, how, in the inferred style', () => {
		const {lines} = detailLines(embedded, event('ai-centre-commitment'), {...VIEW, lang: 'en'});
		expect(lineText(lines[2]!)).toBe('When   25 Mar 2025 — Inferred: the commitment was');
		expect(texts(event('ai-centre-commitment'))[2]).toBe('Waktu  25 Mar 2025 — Disimpulkan: komitmen');
		expect(lines[2]![1]!.style).toEqual(theme.inferred);
		expect(lines.map(lineText)).toContain('Where  Indonesia');
	});

	it('lists who was involved with their roles (a long one wrapped under the name, never cut), the place, the quotes and the evidence', () => {
		const lines = texts(event('meeting-nanning'));
		expect(section(lines, 'Terlibat')).toEqual([
			'  per Meutya Hafid — tuan rumah',
			'  per Dave Laksono — mendampingi',
			'  per Nong Shengwen — tamu',
			'  org Kementerian Komunikasi dan Digital —',
			'      penyelenggara',
			'  org Komite Partai Kota Nanning — delegasi',
			'  org Komisi I DPR RI — diwakili Dave Laksono',
			'  tmp Kantor Kemkomdigi — tempat',
		]);
		expect(section(lines, 'Kutipan')).toEqual([
			'  “Kerja sama di bidang… — Meutya Hafid',
			'  “Kami terbuka untuk bekerja sama… — Meutya Hafid',
			'  “Kami berharap dapat membangun… — Nong Shengwen',
		]);
		const evidence = section(lines, 'Bukti dari artikel');
		expect(evidence[0]).toMatch(/^ {2}\(tanggal\) …/);
		expect(evidence.every((line) => line.startsWith('  '))).toBe(true);
		expect(texts(event('meeting-nanning'), {lang: 'en'})).toEqual(expect.arrayContaining(['Involved', 'Quotes', 'Evidence from the article', '  per Meutya Hafid — host']));
	});

	it('reads the context of evidence from the article where the dataset gives no prefix or suffix', () => {
		const data = embeddedDatasetInline();
		const meutya = data.entities.find((each: {id: string}) => each.id === 'meutya-hafid');
		for (const mention of meutya.mentions) {
			delete mention.prefix;
			delete mention.suffix;
		}
		const result = validateDatasetValue(data, {file: 'bare.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const bare = createExplorerData(result.story, measureDetail);
		const evidence = section(texts(entity('meutya-hafid'), {width: 100}, bare), 'Bukti dari artikel');
		const withContext = section(texts(entity('meutya-hafid'), {width: 100}), 'Bukti dari artikel');
		// The same words around each mention as where the dataset gives them: not "Meutya Hafid" alone.
		expect(evidence.length).toBeGreaterThan(0);
		expect(evidence.every((line) => line.trim() !== 'Meutya Hafid')).toBe(true);
		expect(evidence.some((line) => /…\S.* Meutya Hafid/.test(line) || /Meutya Hafid \S.*…/.test(line))).toBe(true);
		expect(evidence.length).toBe(withContext.length);
	});

	it('makes the context it reads from the article safe, as a dataset\'s own context is made at load', () => {
		const data = hostileDataset() as unknown as Record<string, any>;
		const strip = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(strip);
			else if (value !== null && typeof value === 'object') {
				const record = value as Record<string, unknown>;
				if (typeof record.exact === 'string') {
					delete record.prefix;
					delete record.suffix;
				}
				Object.values(record).forEach(strip);
			}
		};
		strip(data.entities);
		strip(data.events);
		strip(data.quotes);
		const result = validateDatasetValue(data, {file: 'hostile.json'});
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const bare = createExplorerData(result.story, measureDetail);
		const refs: Ref[] = [...result.story.entities.map((each): Ref => ({kind: 'entity', id: each.id})), ...result.story.events.map((each): Ref => ({kind: 'event', id: each.id})), ...result.story.quotes.map((each): Ref => ({kind: 'quote', id: each.id}))];
		const shown = refs.flatMap((ref) => texts(ref, {width: 100}, bare));
		expect(shown.filter((line) => /[\x00-\x1f\x7f-\x9f]/.test(line))).toEqual([]);
		expect(shown.some((line) => line.includes('⟨'))).toBe(true);
	});

	it('lights the exact words of the evidence and dims the context around them, in whole words', () => {
		const anchor = embedded.story.quoteById('q-infrastructure')!.attribution!;
		const {lines} = detailLines(embedded, quote('q-infrastructure'), VIEW);
		const start = lines.findIndex((line) => lineText(line).startsWith('  (atribusi) '));
		const item = lines.slice(start, start + 2);
		const exact = item.flatMap((line) => line.filter((segment, i) => i > 0 && segment.style === undefined).map((segment) => segment.text));
		expect(exact.join(' ')).toBe(anchor.exact);
		// The context the anchor keeps ("…knologi 4G dan 5G,” ") is shown in whole words.
		expect(item[0]![1]).toEqual({text: '(atribusi) …4G dan 5G,” ', style: theme.muted});
		expect(lineText(item.at(-1)!).endsWith('…')).toBe(true);
	});

	it('writes month precision and a range in the second story', () => {
		expect(texts(event('pumps'), {lang: 'en'}, second)[2]).toBe('When   Feb 2025 — Inferred from "next week".');
		expect(texts(event('rob-starts'), {}, second)[2]).toBe('Waktu  3 – 5 Feb 2025 (tertulis)');
	});
});

describe('detailLines for an entity', () => {
	it('writes its type and counts, name, titles, aliases and description', () => {
		const lines = texts(entity('meutya-hafid'));
		expect(lines.slice(0, 8)).toEqual([
			'per ORANG · 4 peristiwa · 3 kutipan',
			'Meutya Hafid',
			// One column for the labels: the values start together.
			'Jabatan      Menteri Komunikasi dan Digital RI;',
			'             Menkomdigi',
			'Disebut juga Meutya, Menkomdigi, MenKomdigi,',
			'             Menkomdigi Meutya Hafid, Meutia Hafid',
			'',
			'Menteri Komunikasi dan Digital Republik Indonesia.',
		]);
		expect(texts(entity('meutya-hafid'), {lang: 'en'})[2]).toBe('Titles Minister of Communication and Digital Affairs');
	});

	it('lists its events with their dates (~ after an inferred one, as the timeline marks it), then its quotes, then where the article names it', () => {
		const lines = texts(entity('meutya-hafid'));
		// The titles start in one column, after the widest date on screen.
		expect(section(lines, 'Peristiwa')).toEqual([
			'  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen',
			'  25 Mar 2025 ~ Komitmen pusat inovasi AI Asean',
			'  25 Mar 2025 ~ Pelepasan 1.500 petugas dan…',
			'  2030          Target 9 juta talenta digital AI',
		]);
		expect(section(lines, 'Kutipan')).toHaveLength(3);
		expect(section(lines, 'Kutipan').every((line) => line.endsWith(' — Meutya Hafid'))).toBe(true);
		expect(lines.indexOf('Bukti dari artikel')).toBeGreaterThan(lines.indexOf('Kutipan'));
	});

	it('counts in the singular, leaves out what it lacks', () => {
		const lines = texts(entity('asean'), {lang: 'en'});
		expect(lines[0]).toBe('org ORGANIZATION · 1 event · 0 quotes');
		expect(lines).not.toContain('Quotes');
		expect(lines.some((line) => line.startsWith('Titles'))).toBe(false);
		expect(texts(entity('tambak-lorok'), {}, second).some((line) => line.startsWith('Disebut juga'))).toBe(false);
	});
});

describe("an entity's titles", () => {
	it('list Nong Shengwen\'s post once, the shorter form that opens the longer left out', () => {
		const lines = detailLines(embedded, {kind: 'entity', id: 'nong-shengwen'}, {lang: 'id', width: 200, cursor: -1, focused: false}).lines.map(lineText);
		const titles = lines.find((line) => line.startsWith('Jabatan'));
		expect(titles).toMatch(/Sekretaris Partai Kota Nanning Provinsi Guangxi Tiongkok$/);
		expect(titles!.match(/Sekretaris Partai/g)).toHaveLength(1);
	});
});

describe("a detail's claims", () => {
	it('start a source\'s facts in one column, whatever their labels\' lengths', () => {
		for (const lang of ['id', 'en']) {
			const [published, by] = texts({kind: 'source', id: 'warta-priangan'}, {width: 60, lang}, sourced).slice(2, 4);
			const valueAt = (line: string) => line.search(/(?<=\S {1,12})\S/);
			expect(published, lang).toMatch(/Warta Priangan · 2 Nov 2025 07:30 WIB$/);
			expect(by, lang).toMatch(/Dewi Anggraeni$/);
			expect(valueAt(by!), lang).toBe(valueAt(published!));
		}
	});

	it('mark a claim several sources agree on =, one only one source makes ·, saying so, and a disputed one ≠', () => {
		const claims = (id: string) => section(texts(event(id), {width: 60}, sourced), 'Klaim para sumber').filter((line) => /^ {2}[=·≠] /.test(line));
		expect(claims('banjir')).toEqual(['  ≠ tanggal', '  ≠ rumah rusak', '  · pengungsi (satu sumber)']);
		expect(claims('evakuasi')).toEqual(['  = personel']);
		// A source lists every claim it makes: those in dispute, those others confirm, its own alone.
		const source = (id: string) => section(texts({kind: 'source', id}, {width: 60}, sourced), 'Klaim para sumber').filter((line) => /^ {2}[=·≠] /.test(line));
		expect(source('jurnal-nusantara')).toEqual(['  ≠ rumah rusak', '  · bantuan (satu sumber)']);
		expect(source('warta-priangan')).toEqual(['  ≠ tanggal', '  ≠ rumah rusak', '  = personel', '  · pengungsi (satu sumber)']);
		expect(section(texts(event('banjir'), {width: 60, lang: 'en'}, sourced), 'What the sources claim').filter((line) => line.startsWith('  · '))).toEqual(['  · pengungsi (one source)']);
	});
	it('name in a source\'s claims what each is about, which a record\'s own claims need not; a source names its editors', () => {
		const lines = texts({kind: 'source', id: 'warta-priangan'}, {width: 60}, sourced);
		const claims = section(lines, 'Klaim para sumber');
		// Under each measure, the title of the event (or the entity's name) it is a claim about.
		const subjects = claims.flatMap((line, i) => (/^ {2}[=·≠] /.test(line) ? [claims[i + 1]] : []));
		expect(subjects.every((line) => /^ {4}\S/.test(line ?? ''))).toBe(true);
		const titles = new Set(sourced.story.claimComparison().groups.filter((group) => group.articles.includes('warta-priangan')).map((group) => sourced.story.eventById(group.subject.event!)!.title.id!.slice(0, 20)));
		expect(titles.size).toBeGreaterThan(1);
		for (const title of titles) expect(subjects.some((line) => line!.trim().startsWith(title))).toBe(true);
		// An event's own claims are about it: no line names it again.
		const own = section(texts(event('banjir'), {width: 60}, sourced), 'Klaim para sumber');
		const banjir = sourced.story.eventById('banjir')!.title.id!.slice(0, 20);
		expect(own.length).toBeGreaterThan(3);
		expect(own.filter((line) => line.trim().startsWith(banjir))).toEqual([]);
		for (const lang of ['id', 'en']) {
			const head = texts({kind: 'source', id: 'warta-priangan'}, {width: 60, lang}, sourced).slice(0, 8);
			expect(head.some((line) => /^(?:Editor|Edited by)\s+\S/.test(line) && line.endsWith(sourced.story.articleById('warta-priangan')!.editors.join(', '))), lang).toBe(true);
		}
	});
});

describe('the event rows of a detail', () => {
	it('share a date column as wide as the widest date of the rows on screen when every title then fits, as the timeline does', () => {
		const content = detailLines(embedded, entity('meutya-hafid'), VIEW);
		const all = content.lines.map(lineText);
		const first = all.indexOf('Peristiwa') + 1;
		// The three single days alone on screen: the column is a day's width.
		expect(content.slice(first, first + 3).map(lineText)).toEqual(['  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen', '  25 Mar 2025 ~ Komitmen pusat inovasi AI Asean', '  25 Mar 2025 ~ Pelepasan 1.500 petugas dan…']);
		// Wide enough for every title beside a span, the rows line up under it.
		const wide = detailLines(embedded, entity('operator-seluler'), {...VIEW, width: 90});
		const at = wide.lines.map(lineText).indexOf('Peristiwa') + 1;
		expect(wide.slice(at, at + 2).map(lineText)).toEqual(['  25 Mar 2025         ~ Pelepasan 1.500 petugas dan 29 kendaraan', '  26 Mar – 8 Apr 2025   386 posko siaga Lebaran']);
		// A narrow pane gives the dates at most half the line, and never cuts one.
		const narrow = texts(quote('q-posts-staff'), {width: 30});
		expect([...section(narrow, 'Diucapkan pada'), ...section(narrow, 'Tentang')].map((line) => line.slice(0, 21))).toEqual(['  25 Mar 2025 ~ Pelep', '  26 Mar – 8 Apr 2025']);
	});

	it('keep the column a day wide when a span would cut the titles beside it, the span pushing its own title along', () => {
		// At 53 columns (a 120-column terminal) a column as wide as "26 Mar – 8 Apr 2025" cut the first title to "Pelepasan 1.500 petugas…".
		const operators = detailLines(embedded, entity('operator-seluler'), VIEW);
		const at = operators.lines.map(lineText).indexOf('Peristiwa') + 1;
		expect(operators.slice(at, at + 2).map(lineText)).toEqual(['  25 Mar 2025 ~ Pelepasan 1.500 petugas dan…', '  26 Mar – 8 Apr 2025   386 posko siaga Lebaran']);
		for (const line of operators.lines) expect(widthOf(lineText(line))).toBeLessThanOrEqual(VIEW.width);
	});
});

describe('detailLines for a quote', () => {
	it('writes who said it and when, the verbatim text, and the English gloss', () => {
		const {text, gloss} = embedded.story.quoteById('q-infrastructure')!;
		const lines = texts(quote('q-infrastructure'));
		expect(lines[0]).toBe('KUTIPAN · Meutya Hafid · 25 Mar 2025');
		const end = lines.indexOf('', 1);
		expect(lines.slice(1, end).join(' ')).toBe(`“${text}”`);
		const glossLines = lines.slice(end + 1, lines.indexOf('', end + 1));
		expect(glossLines[0]!.startsWith('Terjemahan ')).toBe(true);
		expect(glossLines.map((line) => line.slice('Terjemahan '.length)).join(' ')).toBe(gloss.en);
		expect(section(lines, 'Terlibat')).toEqual(['  per Meutya Hafid — pembicara']);
		// How the quote bears on an event heads its rows, once: a word on each row ("(diucapkan) Meutya…") took the title's room.
		expect(section(lines, 'Diucapkan pada')).toEqual(['  25 Mar 2025   Meutya Hafid bertemu Nong Shengwen']);
	});

	it('shows no "Terjemahan" where the only gloss is in the article\'s own language (a draft\'s stand-in)', () => {
		const data = embeddedDatasetInline();
		for (const quote of data.quotes) quote.gloss = {id: quote.text.split(' ').slice(0, 12).join(' ')};
		const loaded = validateDatasetValue(data, {file: 'drafted.json', baseDir: '.'});
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const drafted = createExplorerData(loaded.story, measureDetail);
		for (const lang of ['id', 'en']) {
			const lines = texts(quote('q-infrastructure'), {lang}, drafted);
			expect(lines.some((line) => /^(Terjemahan|Gloss) /.test(line))).toBe(false);
		}
		// The embedded article's English gloss still shows, in either language of the screen.
		expect(texts(quote('q-infrastructure'), {lang: 'en'}).some((line) => line.startsWith('Gloss '))).toBe(true);
	});

	it('says when the day it was said is inferred, in the header and on its occasion\'s row, in the inferred style', () => {
		const posts = detailLines(embedded, quote('q-posts-staff'), VIEW).lines;
		expect(lineText(posts[0]!)).toBe('KUTIPAN · Meutya Hafid · 25 Mar 2025 (disimpulkan)');
		expect(posts[0]!.at(-1)).toEqual({text: ' (disimpulkan)', style: theme.inferred});
		// Once "(diucapkan) Pelepasan…" and "(tentang) Kendaraan…".
		expect(section(posts.map(lineText), 'Diucapkan pada')).toEqual(['  25 Mar 2025 ~ Pelepasan 1.500 petugas dan…']);
		expect(section(posts.map(lineText), 'Tentang')).toEqual(['  26 Mar – 8 Apr 2025 ~ Kendaraan pemantau di jalur…']);
		expect(posts.find((line) => lineText(line).includes('Pelepasan'))).toContainEqual({text: ' ~ ', style: theme.inferred});
		expect(section(texts(quote('q-posts-staff'), {lang: 'en'}), 'Said at')).toEqual(['  25 Mar 2025 ~ Release of 1,500 officers and…']);
		expect(texts(quote('q-posts-staff'), {lang: 'en'})[0]).toBe('QUOTE · Meutya Hafid · 25 Mar 2025 (inferred)');
		// A narrow pane cuts neither the day nor its mark, nor the speaker's name ("Meu…"): the day takes a line of its own.
		expect(texts(quote('q-posts-staff'), {width: 44}).slice(0, 2)).toEqual(['KUTIPAN · Meutya Hafid', '25 Mar 2025 (disimpulkan)']);
		expect(detailLines(embedded, quote('q-posts-staff'), {...VIEW, width: 44}).lines[1]!.at(-1)).toEqual({text: ' (disimpulkan)', style: theme.inferred});
		// Said at a meeting the article dates: as before, nothing added.
		expect(texts(quote('q-ai-centre'))[0]).toBe('KUTIPAN · Nong Shengwen · 25 Mar 2025');
	});

	it('lists an occasion after the article ran as what the quote is about, not where it was said', () => {
		const data = embeddedDatasetInline();
		const quoted = data.quotes.find((each: {id: string}) => each.id === 'q-talent-target');
		quoted.event = 'talent-target-2030';
		quoted.about = [];
		const loaded = validateDatasetValue(data, {file: 'future-occasion.json', baseDir: '.'});
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const lines = texts(quote('q-talent-target'), {}, createExplorerData(loaded.story, measureDetail));
		// Dated by the publication day, as a citation dates it: the 2030 target is what it speaks of.
		expect(lines[0]).toBe('KUTIPAN · Meutya Hafid · 26 Mar 2025 (disimpulkan)');
		expect(lines).not.toContain('Diucapkan pada');
		expect(section(lines, 'Tentang')).toHaveLength(1);
		expect(section(lines, 'Tentang')[0]).toMatch(/^ {2}2030 /);
	});

	it('keeps the text verbatim in English too, with the gloss labelled Gloss', () => {
		const {text} = second.story.quoteById('q-boats')!;
		const lines = texts(quote('q-boats'), {lang: 'en', width: 99}, second);
		// The article does not say where or when he said it: it is dated by the publication day (so
		// inferred), and is about the flood.
		expect(lines[0]).toBe('QUOTE · Endro Pudyo Martanto · 6 Feb 2025 (inferred)');
		expect(section(lines, 'About')).toEqual(['  3 – 5 Feb 2025   Tidal flood covers three wards']);
		expect(lines[1]).toBe(`“${text}”`);
		expect(lines[3]).toBe('Gloss  We have 12 rubber boats and a public kitchen on standby until it is truly safe.');
	});
});

describe('the detail cursor', () => {
	it('marks the cursor\'s item and reports its lines', () => {
		const {lines, cursorLines} = detailLines(embedded, event('meeting-nanning'), {...VIEW, cursor: 2, focused: true});
		expect(cursorLines).not.toBeNull();
		expect(cursorLines!.first).toBe(cursorLines!.last);
		expect(lineText(lines[cursorLines!.first]!)).toBe('› per Nong Shengwen — tamu');
		expect(lines[cursorLines!.first]!.every((segment) => segment.style?.inverse)).toBe(true);
		expect(lines.map(lineText).filter((line) => line.startsWith('›'))).toHaveLength(1);
	});

	it('spans every line of a wrapped item, the mark on its first', () => {
		const items = detailItems(embedded, event('meeting-nanning'));
		const last = items.length - 1;
		const {lines, cursorLines} = detailLines(embedded, event('meeting-nanning'), {...VIEW, cursor: last, focused: false});
		expect(cursorLines!.last).toBe(lines.length - 1);
		expect(cursorLines!.last).toBeGreaterThan(cursorLines!.first);
		const item = lines.slice(cursorLines!.first, cursorLines!.last + 1);
		expect(item.map((line) => lineText(line).slice(0, 2))).toEqual(['› ', ...Array(item.length - 1).fill('  ')]);
		expect(item.every((line) => line.every((segment) => segment.style?.underline))).toBe(true);
	});

	it('marks nothing without focus (cursor −1)', () => {
		const {lines, cursorLines} = detailLines(embedded, event('meeting-nanning'), VIEW);
		expect(cursorLines).toBeNull();
		expect(lines.some((line) => lineText(line).startsWith('›'))).toBe(false);
	});
});

describe('detailLines in general', () => {
	it('says nothing is selected for no record or an unknown one', () => {
		expect(texts(null)).toEqual(['Belum ada yang dipilih']);
		expect(texts(event('no-such-event'), {lang: 'en'})).toEqual(['Nothing selected']);
	});

	it('keeps every line within the pane\'s width, for every record of every story, wide characters included', () => {
		// 44 columns is the narrowest detail pane (wide layout at 100 columns).
		for (const data of [embedded, second, wide]) {
			const refs: Ref[] = [
				...sliceOf(data.story.events).map((each) => event(each.id)),
				...sliceOf(data.story.entities).map((each) => entity(each.id)),
				...sliceOf(data.story.quotes).map((each) => quote(each.id)),
			];
			for (const width of [44, 99]) {
				for (const ref of refs) {
					for (const lang of data.story.languages) {
						const widest = Math.max(...texts(ref, {width, lang, cursor: 0, focused: true}, data).map(widthOf));
						expect([ref.id, width, widest <= width]).toEqual([ref.id, width, true]);
					}
				}
			}
		}
	});
});
