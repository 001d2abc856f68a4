import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ingestArticle, IngestError} from '../../src/ingest/ingest.js';
import {citation} from '../../src/model/citation.js';
import {parseDataset, validateDatasetValue} from '../../src/model/load.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {stringsFor} from '../../src/state/strings/index.js';
import type {Anchor} from '../../src/model/schema.js';
import {EMBEDDED_ARTICLE, SECOND_ARTICLE} from '../helpers/datasets.js';
import {FIXTURE_NAMES, fixtureArticle, fixtureExpected, readText} from './helpers.js';

/** Every anchor of a dataset value, wherever it sits. */
function anchorsIn(value: unknown, found: Anchor[] = []): Anchor[] {
	if (Array.isArray(value)) value.forEach((item) => anchorsIn(item, found));
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.start === 'number' && typeof record.exact === 'string') found.push(record as unknown as Anchor);
		else Object.values(record).forEach((item) => anchorsIn(item, found));
	}
	return found;
}

/** Slice by code points with Array.from: a second, simple implementation to check anchors against. */
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const ARTICLES: readonly [string, string][] = [['the embedded article', EMBEDDED_ARTICLE], ['banjir-semarang', SECOND_ARTICLE], ...FIXTURE_NAMES.map((name): [string, string] => [name, fixtureArticle(name)])];

describe.each(ARTICLES)('the draft of %s', (_name, path) => {
	const text = readText(path);
	const draft = ingestArticle(text);

	it('passes the validator that loads datasets', () => {
		const result = parseDataset(JSON.stringify(draft, null, 2), {file: 'draft.json'});
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('anchors every item to the text by code points, with its prefix and suffix', () => {
		const anchors = anchorsIn(draft);
		expect(anchors.length).toBeGreaterThan(10);
		for (const anchor of anchors) {
			expect(codePointSlice(text, anchor.start, anchor.end)).toBe(anchor.exact);
			expect(codePointSlice(text, anchor.start - [...(anchor.prefix ?? '')].length, anchor.start)).toBe(anchor.prefix);
			expect(codePointSlice(text, anchor.end, anchor.end + [...(anchor.suffix ?? '')].length)).toBe(anchor.suffix);
		}
	});

	it('is the same every time', () => {
		expect(ingestArticle(text)).toEqual(draft);
	});
});

describe('drafts and the text around them', () => {
	it('counts code points after an emoji: offsets past 🚢 differ from JavaScript string indices', () => {
		const text = readText(fixtureArticle('papua-kapal-perintis'));
		const quote = ingestArticle(text).quotes.find((item) => item.text.startsWith('Tiket'));
		expect(quote).toBeDefined();
		expect(text.indexOf('Tiket sudah bisa')).toBe(quote!.evidence.start + 1);
		expect(codePointSlice(text, quote!.evidence.start, quote!.evidence.end)).toBe(quote!.text);
	});

	it('every expected dataset of the fixtures is itself valid', () => {
		for (const name of FIXTURE_NAMES) {
			const result = parseDataset(readFileSync(fixtureExpected(name), 'utf8'), {file: fixtureExpected(name), baseDir: fixtureArticle(name).replace(/article\.txt$/, '')});
			expect(result.ok ? [] : result.errors).toEqual([]);
		}
	});

	it('reads Windows line ends and a byte-order mark as the same article', () => {
		const text = readText(EMBEDDED_ARTICLE);
		const windows = ingestArticle(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
		const plain = ingestArticle(text);
		expect(windows.events.map((event) => [event.start, event.end])).toEqual(plain.events.map((event) => [event.start, event.end]));
		expect(windows.article.text).toBe(text);
	});

	it('refuses a text without a dateline unless given the publication date-time', () => {
		const story = 'JAKARTA - Rapat digelar kemarin di Jakarta.\n\nIsi berita.';
		expect(() => ingestArticle(story)).toThrow(IngestError);
		expect(() => ingestArticle(story, {published: 'kemarin'})).toThrow(/not a date-time/);
		const draft = ingestArticle(story, {published: '2025-03-26T10:00+08:00'});
		expect(draft.article).toMatchObject({published: '2025-03-26T10:00+08:00', timezone: 'WITA', outlet: 'Tidak diketahui'});
		expect(draft.events.map((event) => event.start)).toEqual(['2025-03-25']);
	});

	it('gives the publication its own event, with the outlet and the dateline city', () => {
		const draft = ingestArticle(readText(EMBEDDED_ARTICLE));
		const publication = draft.events.find((event) => event.dateEvidence?.exact === 'Rabu, 26 Mar 2025, 01:00 WIB');
		expect(publication).toMatchObject({start: '2025-03-26', certainty: 'stated', place: 'jakarta', title: {id: 'Artikel terbit di Koran Jakarta'}});
		expect(publication?.participants.map((participant) => participant.entity)).toEqual(['koran-jakarta', 'antara']);
		expect(draft.article).toMatchObject({outlet: 'Koran Jakarta', published: '2025-03-26T01:00+07:00', agencies: ['Antara'], section: 'Infrastruktur Digital'});
	});

	it.each([
		['CIBEBER, Sinarcibeber.com - ', 'sinar-cibeber'],
		['CIBEBER, (ANTARA) - ', 'antara'],
	])('lists who put the text out (lead "%s") on its publication only, never on the news it reports', (lead, press) => {
		const article = `Sinar Cibeber\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\n${lead}Warga Desa Sukamaju memperbaiki jembatan gantung pada Kamis (13/11/2025) pagi.`;
		const draft = ingestArticle(article);
		const taking = draft.events.filter((event) => event.participants.some((participant) => participant.entity === press)).map((event) => event.title.id);
		expect(taking).toEqual(['Artikel terbit di Sinar Cibeber']);
		expect(draft.events.some((event) => event.start === '2025-11-13')).toBe(true);
	});

	it('reads an agency after the city and its comma as the agency: "INDRAMAYU, (ANTARA) - "', () => {
		const draft = ingestArticle('Sinar Cibeber\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\nINDRAMAYU, (ANTARA) - Warga memperbaiki jembatan gantung pada Kamis (13/11/2025) pagi.');
		expect(draft.article).toMatchObject({outlet: 'Sinar Cibeber', agencies: ['Antara']});
		expect(draft.entities.find((entity) => entity.type === 'place')?.name).toBe('Indramayu');
	});

	it('makes one body of the agency in the lead and its own outlet on the masthead: "ANTARA News Makassar"', () => {
		const draft = ingestArticle('ANTARA News Makassar\nKamis, 11 Desember 2025 - 14:30 WIB\n\nHarga Cabai di Pasar Sentral Makassar Naik Rp5.000 per Kilogram\n\nMAKASSAR (ANTARA) - Harga cabai di Pasar Sentral naik pada Rabu (10/12/2025).');
		const publication = draft.events.find((event) => event.title.id?.startsWith('Artikel terbit'));
		expect(publication?.participants.map((participant) => participant.entity)).toEqual(['antara-news-makassar']);
		expect(draft.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual(['ANTARA News Makassar']);
	});

	it('titles a quotation\'s first person by its speaker: who will, not "Kami akan …"', () => {
		const draft = ingestArticle('Warta Andalas\nRabu, 10 Desember 2025 - 16:20 WIB\n\nOperasi Pasar Digelar di Sulawesi Selatan\n\nMAKASSAR - Kepala Dinas Ketahanan Pangan Andi Muhammad Arsyad menjelaskan pasokan beras berkurang. "Kami akan menggelar operasi pasar di 24 kabupaten hingga akhir Desember," ujarnya.');
		const titles = draft.events.map((event) => event.title.id ?? '');
		expect(titles).toContain('Andi Muhammad Arsyad akan menggelar operasi pasar di 24 kabupaten');
		expect(titles.some((title) => /^Kami\b/.test(title))).toBe(false);
	});

	it('lists no panel of judges nor public prosecutor as an organization, only the court and the office', () => {
		const draft = ingestArticle('Warta Andalas\nRabu, 10 Desember 2025 - 16:20 WIB\n\nVonis Kades\n\nKISARAN - Ketua Majelis Hakim Dewi Anggraini Siregar membacakan putusan pada Selasa (9/12/2025). Jaksa Penuntut Umum (JPU) Kejari Asahan, Hendra Saputra, menyatakan pikir-pikir.');
		const organizations = draft.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name);
		expect(organizations).not.toContain('Majelis Hakim');
		expect(organizations).not.toContain('JPU');
		expect(organizations).toContain('Kejari Asahan');
	});

	it('dates a target "sebelum Desember" to November as inferred, and says so, not to December as stated', () => {
		const event = ingestArticle(readText(fixtureArticle('medan-titik-banjir'))).events.find((item) => item.dateEvidence?.exact === 'sebelum Desember');
		expect(event).toMatchObject({start: '2025-11', precision: 'month', certainty: 'inferred'});
		expect(event?.end).toBeUndefined();
		expect(event?.dateNote?.id).toBe('Disimpulkan: "sebelum Desember", jadi paling lambat November 2025.');
	});

	it('says how a counted date was computed and that a date "setelah" X is the earliest it can be', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jembatan Gantung Desa Cibereum Dibuka',
			'',
			'Pengecatan pagar jembatan selesai dua hari sebelum 5 Desember 2025.',
			'',
			'Uang ganti rugi lahan cair setelah 15 Desember 2025.',
			'',
			'Rapat evaluasi digelar sebelum pekan depan.',
		].join('\n');
		const notes = Object.fromEntries(ingestArticle(article).events.map((event) => [event.dateEvidence?.exact, [event.start, event.certainty, event.dateNote?.id]]));
		expect(notes['dua hari sebelum 5 Desember 2025']).toEqual(['2025-12-03', 'inferred', 'Disimpulkan: "dua hari sebelum 5 Desember 2025", jadi 3 Desember 2025.']);
		expect(notes['setelah 15 Desember 2025']).toEqual(['2025-12-16', 'inferred', 'Disimpulkan: "setelah 15 Desember 2025", jadi paling cepat 16 Desember 2025.']);
		expect(notes['sebelum pekan depan']).toEqual(['2025-12-14', 'inferred', 'Disimpulkan: "sebelum pekan depan" dalam berita yang terbit Rabu, 10 Desember 2025, jadi paling lambat 14 Desember 2025.']);
	});

	it('drafts no event from a condition, but keeps a fact a condition only counts', () => {
		const article = 'Warta.id || Rabu, 6 Agu 2025, 10:00 WIB\n\nJudul Berita\n\nKalau hujan buatan bisa dimulai pekan ini, titik panas akan berkurang. Jika ditotal, kerugian mencapai Rp5 miliar pada Selasa (5/8/2025).';
		const titles = ingestArticle(article).events.map((event) => event.title.id).filter((title) => !title?.startsWith('Artikel'));
		expect(titles).toEqual(['Jika ditotal, kerugian mencapai Rp5 miliar']);
		// A date after the condition's clause is the main clause's: a plan, or what happened.
		const planned = 'Warta.id || Rabu, 6 Agu 2025, 10:00 WIB\n\nJudul Berita\n\nApabila tidak ada aral melintang, pelantikan kepala daerah digelar di Istana Negara pada Kamis (7/8/2025).';
		expect(ingestArticle(planned).events.filter((event) => !event.title.id?.startsWith('Artikel')).map((event) => event.start)).toEqual(['2025-08-07']);
	});

	it('keeps a printed date whose weekday is wrong, and says so in the event\'s date note for a fact-checker', () => {
		const article = [
			'Kabarcoba.com || Jumat, 2 Jan 2026, 16:05 WIB',
			'',
			'Pencarian Nelayan Dilanjutkan',
			'',
			'Tim SAR memulai pencarian dua nelayan pada Selasa (31/12/2025) pagi dengan 25 personel.',
			'',
			'Perahu mereka terbalik dihantam ombak pada Selasa (30/12) malam.',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel'));
		// 31 December 2025 is a Wednesday; 30 December, a Tuesday as printed.
		expect(events.map((event) => [event.start, event.certainty, event.dateNote?.id])).toEqual([
			['2025-12-30', 'stated', undefined],
			['2025-12-31', 'stated', 'Hari tertulis Selasa, tetapi 31 Desember 2025 jatuh pada hari Rabu; tanggal yang tertulis dipakai.'],
		]);
	});

	it('titles a clause without a subject by the subject the sentence before gave: "Jembatan Cidurian … diperbaiki", not "Diperbaiki"', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jembatan Cidurian Rusak Diterjang Banjir',
			'',
			'Jembatan Cidurian di Kecamatan Cibeber rusak sejak pekan lalu. Diperbaiki mulai Selasa (9/12), kata Kepala Dinas PUPR Lebak Budi Santoso.',
			'',
			'Sebanyak 40 warga Cikadu mengungsi ke balai desa. Dipulangkan pada Senin (8/12).',
			'',
			// Who inspected it is no subject of what was repaired, and a paragraph opens on no subject before it.
			'Budi Santoso meninjau jembatan gantung di Cikadu. Diperbaiki mulai Kamis (4/12), kata Budi.',
			'',
			'Diperbaiki pada Rabu (3/12), kata warga.',
		].join('\n');
		const titles = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel')).map((event) => [event.start, event.title.id]);
		expect(titles).toEqual([
			['2025-12-01', 'Jembatan Cidurian di Kecamatan Cibeber rusak'],
			['2025-12-03', 'Diperbaiki'],
			['2025-12-04', 'Diperbaiki'],
			['2025-12-08', 'Sebanyak 40 warga Cikadu dipulangkan'],
			['2025-12-09', 'Jembatan Cidurian di Kecamatan Cibeber diperbaiki'],
		]);
	});

	it('dates "hingga Senin" and "setelah Senin" by their cues, not by the day both were said, as two events', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jalan Provinsi di Cileunyi Ditutup',
			'',
			'Jalan provinsi di Cileunyi akan ditutup hingga Senin, kata Kepala Bidang Jalan Dinas PUPR Jawa Barat, Budi Santoso, Rabu (10/12).',
			'',
			'Pengaspalan ulang akan dimulai setelah Senin, ujar Budi, Rabu (10/12).',
			'',
			'Pada Senin (8/12), petugas memasang rambu hingga Jumat, kata Budi.',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel'));
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.end, event.certainty, event.evidence.length])).toEqual([
			// A date that is no day of speaking still dates its sentence, stated.
			['Pada Senin (8/12)', '2025-12-08', undefined, 'stated', 1],
			['hingga Senin', '2025-12-10', '2025-12-15', 'inferred', 1],
			['setelah Senin', '2025-12-16', undefined, 'inferred', 1],
		]);
	});

	it('makes sentences with the same date words one event only where they share a word or an entity besides the date', () => {
		const article = [
			'Kabarcoba.com || Rabu, 12 Mar 2025, 09:00 WIB',
			'',
			'Longsor di Cikadu Timbun Dua Rumah',
			'',
			'Longsor menimbun dua rumah di Desa Cikadu, Senin (10/3/2025).',
			'',
			'Kepala Desa Cikadu, Asep Mulyana, meminta warga mengungsi pada Selasa.',
			'',
			'Tim gabungan dari Bandung tiba di lokasi pada Selasa untuk membersihkan material.',
			'',
			'Material longsor setinggi dua meter menutup jalan desa, Senin (10/3/2025).',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel'));
		expect(events.map((event) => [event.start, event.title.id, event.evidence.length])).toEqual([
			// The landslide, told twice in the same words of its day: one event.
			['2025-03-10', 'Longsor menimbun dua rumah di Desa Cikadu', 2],
			// Two things done on Tuesday, sharing nothing but the day: two events.
			['2025-03-11', 'Asep Mulyana meminta warga mengungsi', 1],
			['2025-03-11', 'Tim gabungan dari Bandung tiba di lokasi', 1],
		]);
	});

	it('dates "mulai Senin" and "pada Jumat" by their prepositions, not by the day both were said, as two events', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jalan Provinsi di Cileunyi Ditutup',
			'',
			'Jalan provinsi di Cileunyi akan ditutup mulai Senin, kata Budi, Rabu (10/12).',
			'',
			'Rapat evaluasi digelar pada Jumat, ujar Sari, Rabu (10/12).',
			'',
			'Warga mengeluhkan debu jalan itu, kata Sari, Rabu (10/12).',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel'));
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.certainty, event.evidence.length])).toEqual([
			['pada Jumat', '2025-12-05', 'inferred', 1],
			// With no date of its own, a sentence keeps the day it was told.
			['Rabu (10/12)', '2025-12-10', 'stated', 1],
			['mulai Senin', '2025-12-15', 'inferred', 1],
		]);
	});

	it('reads the relative dates of a sentence from the day it says it was told, and names that day', () => {
		// Published Wednesday 10 December 2025; told on Thursday 4 December, when the next Monday was the 8th.
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jembatan Gantung Cikadu Ditutup',
			'',
			'Jembatan gantung di Cikadu akan ditutup hingga Senin, kata Kepala Dinas PUPR Lebak, Asep Saepudin, Kamis (4/12).',
			'',
			'Sebelum Sabtu, dinas akan memasang rambu peringatan, ujar Asep, Kamis (4/12).',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => event.certainty === 'inferred');
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.end, event.certainty, event.dateNote?.id])).toEqual([
			['hingga Senin', '2025-12-04', '2025-12-08', 'inferred', 'Disimpulkan: "Senin" dalam keterangan yang disampaikan Kamis, 4 Desember 2025.'],
			['Sebelum Sabtu', '2025-12-05', undefined, 'inferred', 'Disimpulkan: "Sebelum Sabtu" dalam keterangan yang disampaikan Kamis, 4 Desember 2025, jadi paling lambat 5 Desember 2025.'],
		]);
	});

	it('dates a sentence by a count of days ahead or ago, from the day it says it was told, over that day', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jembatan Darurat Cikadu',
			'',
			'Jembatan darurat di Cikadu akan rampung dua hari lagi, kata Kepala Desa Cikadu, Ujang Sobari, Kamis (4/12).',
			'',
			'Jembatan lama runtuh tiga hari lalu, ujar Ujang, Kamis (4/12).',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => event.certainty === 'inferred');
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.dateNote?.id])).toEqual([
			['tiga hari lalu', '2025-12-01', 'Disimpulkan: "tiga hari lalu" dalam keterangan yang disampaikan Kamis, 4 Desember 2025.'],
			['dua hari lagi', '2025-12-06', 'Disimpulkan: "dua hari lagi" dalam keterangan yang disampaikan Kamis, 4 Desember 2025.'],
		]);
	});

	it('reads "besok" from the day a speaker told it, and titles what was said', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 08:00 WIB',
			'',
			'Pompa Kaligawe',
			'',
			'Kepala BPBD Andi Wibowo mengatakan, Kamis (4/12), pompa air di Kaligawe akan diperbaiki besok.',
			'',
			'Andi Wibowo mengatakan pada Kamis bahwa tanggul di Tambaklorok ditinggikan kemarin.',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => event.certainty === 'inferred');
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.title.id, event.dateNote?.id])).toEqual([
			// The Thursday itself read from the paper's Wednesday: the one before.
			['kemarin', '2025-12-03', 'Tanggul di Tambaklorok ditinggikan', 'Disimpulkan: "kemarin" dalam keterangan yang disampaikan Kamis, 4 Desember 2025.'],
			['besok', '2025-12-05', 'Pompa air di Kaligawe akan diperbaiki', 'Disimpulkan: "besok" dalam keterangan yang disampaikan Kamis, 4 Desember 2025.'],
		]);
	});

	it('keeps what started on a day apart from what happened that day: "sejak Senin (8/12)" is not "pada Senin (8/12)"', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WITA',
			'',
			'Banjir Rendam Samarinda',
			'',
			'Ketinggian air di Jalan Pahlawan mencapai 70 sentimeter pada Senin (8/12) sore.',
			'',
			'Dinas Sosial membuka dua dapur umum di Kelurahan Sempaja sejak Senin (8/12).',
		].join('\n');
		const monday = ingestArticle(article).events.filter((event) => event.start === '2025-12-08');
		expect(monday.map((event) => [event.dateEvidence?.exact, event.evidence.length])).toEqual([
			['pada Senin (8/12)', 1],
			['sejak Senin (8/12)', 1],
		]);
	});

	it('dates a live report\'s entry by the time stamped over it, where the entry says no date', () => {
		const article = [
			'Kabarcoba.com || Kamis, 4 Des 2025, 07:30 WIB',
			'',
			'Rob di Pesisir Utara',
			'',
			'Banjir rob merendam 14 RT di Penjaringan sejak Rabu (3/12/2025) malam.',
			'',
			'Perkembangan Terkini',
			'',
			'15.20 WIB',
			'',
			'Air mulai surut di Jalan Pluit Karang Utara. Pompa mobile masih menyedot genangan.',
			'',
			'11.40 WIB',
			'',
			'Dinas Sosial membuka dapur umum yang akan beroperasi hingga Minggu (7/12).',
		].join('\n');
		const events = ingestArticle(article).events.filter((event) => event.start === '2025-12-04' && !(event.title.id ?? '').startsWith('Artikel'));
		expect(events.map((event) => [event.dateEvidence?.exact, event.start, event.end, event.title.id])).toEqual([
			['15.20 WIB', '2025-12-04', undefined, 'Air mulai surut di Jalan Pluit Karang Utara'],
			// An entry that dates itself keeps its own date.
			['hingga Minggu (7/12)', '2025-12-04', '2025-12-07', 'Dinas Sosial membuka dapur umum'],
		]);
		expect(events[0]!.dateNote?.id).toBe('Disimpulkan: "15.20 WIB" di atas paragrafnya dalam berita yang terbit Kamis, 4 Desember 2025.');
	});

	it('dates a quotation by the day it says it was said, never by another day it speaks of', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jalan Ditutup',
			'',
			'Dinas Perhubungan menutup Jalan Pahlawan sejak Kamis (4/12).',
			'',
			'"Jalan ini kami tutup hingga Senin," kata Kepala Dinas Perhubungan Andi Wibowo, Jumat (5/12).',
			'',
			'Petugas berjaga di ujung jalan pada Jumat (5/12) malam.',
		].join('\n');
		const draft = ingestArticle(article);
		const [quote] = draft.quotes;
		// Said on Friday: its occasion is Friday's event, not the Monday it speaks of nor Thursday's closure.
		expect(draft.events.find((event) => event.id === quote!.event)?.start).toBe('2025-12-05');
		// With no event of that day, it is its telling on that day, not a false one.
		const alone = ingestArticle(article.replace('\n\nPetugas berjaga di ujung jalan pada Jumat (5/12) malam.', ''));
		expect(alone.events.find((event) => event.id === alone.quotes[0]!.event)).toMatchObject({start: '2025-12-05', certainty: 'stated', title: {id: 'Andi Wibowo memberi keterangan'}});
	});

	it('gives a quotation whose attribution names no day no occasion: not its paragraph\'s year, the next day told, nor a plan', () => {
		const article = [
			'Kabarcoba.com || Kamis, 11 Des 2025, 09:00 WIB',
			'',
			'Gudang Terbakar',
			'',
			'Gudang itu berdiri sejak 2009. "Atapnya sudah rapuh dan kabelnya tua," kata Kepala Dinas Damkar Budi Hartono.',
			'',
			'"Kami masih menghitung kerugian," ujar Budi.',
			'',
			'Api baru bisa dipadamkan pada Rabu (10/12/2025).',
			'',
			'Ketua Paguyuban Pedagang Siti Aminah meminta pedagang tidak berjualan hingga Senin (15/12). "Tunggu sampai bangunan diperiksa," katanya.',
			'',
			'Pembangunan kios darurat dimulai pada Rabu (17/12).',
		].join('\n');
		const draft = ingestArticle(article);
		// None says the day it was said: each is the article's day, inferred (a citation marks it), not 2009, 10 Dec, 15 or 17 Dec.
		expect(draft.quotes.map((quote) => [quote.text.slice(0, 12), quote.event])).toEqual([
			['Atapnya suda', null],
			['Kami masih m', null],
			['Tunggu sampa', null],
		]);
		// Told a day, its occasion is an event of that day alone, not the span "hingga Senin" that holds it.
		const told = ingestArticle(article.replace('," katanya.', '," katanya, Kamis (11/12).'));
		const occasion = told.events.find((event) => event.id === told.quotes.at(-1)!.event);
		expect([occasion?.start, occasion?.end]).toEqual(['2025-12-11', undefined]);
	});

	it('dates a quotation by the hearing or meeting its attribution names, when the article dates it, not by the publication', () => {
		const article = [
			'Kabarcoba.com || Kamis, 11 Des 2025, 15:00 WIB',
			'',
			'Bendahara Koperasi Divonis',
			'',
			'Pengadilan Negeri Tasikmalaya menjatuhkan vonis tiga tahun penjara kepada bendahara koperasi, Wawan Setiawan, dalam sidang pada Selasa (9/12/2025).',
			'',
			'"Terdakwa terbukti menggelapkan simpanan anggota," kata Ketua Majelis Hakim Ratna Kusumawati saat membacakan putusan.',
		].join('\n');
		const draft = ingestArticle(article);
		const occasion = (of: typeof draft) => of.events.find((event) => event.id === of.quotes[0]?.event);
		expect([occasion(draft)?.start, occasion(draft)?.certainty]).toEqual(['2025-12-09', 'stated']);
		// "dalam persidangan" names the hearing as well; "dalam rapat" a meeting the article dates.
		expect(occasion(ingestArticle(article.replace('saat membacakan putusan', 'dalam persidangan')))?.start).toBe('2025-12-09');
		const meeting = article.replace('menjatuhkan vonis tiga tahun penjara kepada bendahara koperasi, Wawan Setiawan, dalam sidang', 'menggelar rapat anggota koperasi').replace('saat membacakan putusan', 'dalam rapat itu');
		expect(occasion(ingestArticle(meeting))?.start).toBe('2025-12-09');
		// A continued hearing ("sidang lanjutan") held that day is the hearing, no plan.
		const continued = article.replace('dalam sidang pada Selasa', 'dalam sidang lanjutan dengan agenda pembacaan putusan pada Selasa');
		expect([occasion(ingestArticle(continued))?.start, occasion(ingestArticle(continued))?.certainty]).toEqual(['2025-12-09', 'stated']);
	});

	it.each([
		['saat membacakan surat dakwaan', '"Terdakwa mengatur pemenang lelang," kata Jaksa Penuntut Umum Melati Kusumawardani saat membacakan surat dakwaan.'],
		['usai sidang', '"Klien kami tidak pernah menerima uang," ujar Yusuf Hamdani kepada wartawan usai sidang.'],
		['seusai persidangan', '"Klien kami tidak pernah menerima uang," ujar Yusuf Hamdani seusai persidangan.'],
		['di hadapan majelis hakim', '"Terdakwa mengatur pemenang lelang," ucap Jaksa Penuntut Umum Melati Kusumawardani di hadapan majelis hakim.'],
		// The writer's "di persidangan" after the quotation's first sentence is its words, not the occasion.
		['none, only quoted words', '"Klien kami tidak pernah menerima uang. Kami buktikan di persidangan," ujar Yusuf Hamdani kepada wartawan.'],
	])('dates a quotation by the hearing its attribution names (%s), the writer\'s words only', (named, attribution) => {
		const article = ['Kabarcoba.com || Kamis, 11 Des 2025, 15:00 WIB', '', 'Camat Didakwa', '', 'Mantan Camat Subah, Slamet Widodo, menjalani sidang dakwaan di Pengadilan Tipikor Semarang, Selasa (9/12/2025).', '', attribution].join('\n');
		const draft = ingestArticle(article);
		const occasion = draft.events.find((event) => event.id === draft.quotes[0]?.event);
		expect(draft.quotes).toHaveLength(1);
		expect(occasion?.start).toBe(named.startsWith('none') ? undefined : '2025-12-09');
	});

	it('takes no occasion from a hearing that is planned, undated, of two days, or only quoted', () => {
		const named = '"Terdakwa terbukti menggelapkan simpanan anggota," kata Ketua Majelis Hakim Ratna Kusumawati saat membacakan putusan.';
		const draftOf = (...paragraphs: string[]) => ingestArticle(['Kabarcoba.com || Kamis, 11 Des 2025, 15:00 WIB', '', 'Bendahara Koperasi', '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), named].join('\n'));
		// A later hearing is a plan; a year is no day; two hearings on two days leave it unknown.
		expect(draftOf('Sidang pembacaan putusan digelar pada Senin (15/12/2025).').quotes[0]?.event).toBeNull();
		expect(draftOf('Sidang lanjutan dijadwalkan digelar pada Kamis (11/12/2025) sore.').quotes[0]?.event).toBeNull();
		expect(draftOf('Perkara itu disidangkan sejak 2024. Sidang berlangsung di PN Tasikmalaya.').quotes[0]?.event).toBeNull();
		expect(draftOf('Tuntutan dibacakan dalam sidang pada Selasa (2/12/2025).', 'Vonis dijatuhkan dalam sidang pada Selasa (9/12/2025).').quotes[0]?.event).toBeNull();
		// A hearing spoken of only inside another quotation tells no hearing of its day.
		expect(draftOf('"Kami sudah membaca salinan putusan," kata pengacara terdakwa Yusuf Hamdani, Rabu (10/12/2025).').quotes.at(-1)?.event).toBeNull();
	});

	it('dates a quotation by the day the sentence introducing it says its speaker was reached', () => {
		const article = [
			'Kabarcoba.com || Kamis, 11 Des 2025, 08:10 WIB',
			'',
			'Vonis Kades',
			'',
			'Mantan Kepala Desa Sei Lama, Rusdi Harahap, divonis lima tahun penjara pada Selasa (9/12).',
			'',
			'Kuasa hukum terdakwa, Fajar Nasution, saat dihubungi pada Rabu (10/12) menyebut kliennya belum memutuskan langkah hukum. "Kami masih membaca salinan putusan," ucap Fajar.',
		].join('\n');
		const draft = ingestArticle(article);
		const occasion = draft.events.find((event) => event.id === draft.quotes[0]?.event);
		expect([occasion?.start, occasion?.certainty]).toEqual(['2025-12-10', 'stated']);
		// Another person's sentence says nothing of when Fajar spoke.
		const other = ingestArticle(article.replace('. "Kami masih', '. Jaksa Hendra Saputra menilai putusan itu ringan. "Kami masih'));
		expect(other.quotes.map((quote) => quote.event)).toEqual([null]);
	});

	it('dates a quotation by its day where whom it was told to stands between ("kepada wartawan, Selasa (9/12)")', () => {
		for (const attribution of ['kata Kepala Pelaksana BPBD Garut, Satria Budi, kepada wartawan, Selasa (9/12).', 'ujarnya kepada wartawan, Selasa (9/12).', 'ujarnya, kepada awak media, Selasa (9/12).']) {
			const article = ['Kabarcoba.com || Rabu, 10 Des 2025, 08:10 WIB', '', 'Longsor Cisurupan', '', 'Kepala Pelaksana BPBD Garut, Satria Budi, meninjau lokasi longsor di Cisurupan.', '', `"Kami masih mendata rumah yang rusak," ${attribution}`].join('\n');
			const draft = ingestArticle(article);
			const occasion = draft.events.find((event) => event.id === draft.quotes[0]?.event);
			expect([occasion?.start, occasion?.certainty], attribution).toEqual(['2025-12-09', 'stated']);
		}
	});

	it('dates a quotation by the day its attribution states, as stated, even where that day has no other event', () => {
		const article = [
			'Kabarcoba.com || Jumat, 12 Des 2025, 09:00 WIB',
			'',
			'Jalan Cikajang',
			'',
			'"Jalan kami tutup hingga Senin," kata Kepala Dinas PUPR Garut Rahmat Sudrajat, Rabu (10/12).',
			'',
			'"Hari ini kami buka satu lajur. Kendaraan lewat Cikajang," kata Rahmat, Kamis (11/12).',
		].join('\n');
		const draft = ingestArticle(article);
		const occasion = (start: string) => draft.events.find((event) => event.id === draft.quotes.find((quote) => quote.text.startsWith(start))?.event);
		// "hingga Senin" is what the sentence dates; the words were said on Wednesday: that telling is the occasion.
		expect(occasion('Jalan kami')).toMatchObject({start: '2025-12-10', certainty: 'stated', title: {id: 'Rahmat Sudrajat memberi keterangan'}});
		// "Hari ini" of Thursday is an event of that day too, inferred: the stated telling is the occasion.
		expect(draft.events.some((event) => event.start === '2025-12-11' && event.certainty === 'inferred')).toBe(true);
		expect(occasion('Hari ini')).toMatchObject({start: '2025-12-11', certainty: 'stated', title: {id: 'Rahmat Sudrajat memberi keterangan'}});
	});

	it('places a quotation at an event of its day its speaker takes part in, never at another\'s happening', () => {
		const article = [
			'Kabarcoba.com || Kamis, 11 Des 2025, 09:15 WIB',
			'',
			'Sidang Sengketa Lahan',
			'',
			'Dinas Pertanahan menggelar rapat mediasi, Rabu (10/12).',
			'',
			'Kuasa hukum terdakwa, Yusuf Ramadhan, meminta hasil mediasi diumumkan.',
			'',
			'"Kami minta hasilnya dibuka untuk warga," ujar Yusuf, kemarin.',
		].join('\n');
		const occasionOf = (draft: ReturnType<typeof ingestArticle>) => draft.events.find((event) => event.id === draft.quotes[0]?.event);
		const inferred = ingestArticle(article);
		// "kemarin" says Wednesday, inferred: the occasion is his telling, not the meeting of that day.
		expect(occasionOf(inferred)).toMatchObject({start: '2025-12-10', certainty: 'inferred', title: {id: 'Yusuf Ramadhan memberi keterangan'}});
		// So the citation marks the day as inferred.
		const loaded = validateDatasetValue(inferred, {file: 'draft.json'});
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
		const story = catalogOf(loaded.story);
		expect(citation(story, story.quoteById(inferred.quotes[0]!.id)!, 'id', stringsFor('id').citation)).toContain('Yusuf Ramadhan, kuasa hukum terdakwa, 10 Des 2025 [tanggal disimpulkan]');
		// The same weekday words in both sentences do not make him a participant of the meeting.
		const stated = ingestArticle(article.replace('Yusuf, kemarin.', 'Yusuf, Rabu (10/12).'));
		expect(occasionOf(stated)).toMatchObject({start: '2025-12-10', certainty: 'stated', title: {id: 'Yusuf Ramadhan memberi keterangan'}});
		const meeting = stated.events.find((event) => event.title.id?.startsWith('Dinas Pertanahan'));
		expect(meeting?.participants.map((participant) => participant.entity)).toEqual(['dinas-pertanahan']);
	});

	it('joins a day said inside a quotation to the occasion the article dates that day, as its evidence', () => {
		const article = [
			'Kabarcoba.com || Kamis, 11 Des 2025, 09:15 WIB',
			'',
			'Hitung Ulang Suara',
			'',
			'Penghitungan ulang di tujuh TPS diputuskan dalam rapat pleno KPU Kota Contoh, Selasa (9/12).',
			'',
			'"Kami sudah menyetujuinya dalam rapat pleno kemarin," kata Ketua KPU Kota Contoh Yudi Pranata, Rabu (10/12).',
		].join('\n');
		const ofDay = (draft: ReturnType<typeof ingestArticle>) => draft.events.filter((event) => event.start === '2025-12-09');
		const joined = ofDay(ingestArticle(article));
		expect(joined).toHaveLength(1);
		expect(joined[0]?.evidence.map((anchor) => anchor.exact)).toEqual([
			'Penghitungan ulang di tujuh TPS diputuskan dalam rapat pleno KPU Kota Contoh, Selasa (9/12).',
			'"Kami sudah menyetujuinya dalam rapat pleno kemarin," kata Ketua KPU Kota Contoh Yudi Pranata, Rabu (10/12).',
		]);
		// A quoted day of an occasion the article does not tell that day stays a happening of its own.
		expect(ofDay(ingestArticle(article.replace('dalam rapat pleno kemarin', 'dalam sidang kemarin')))).toHaveLength(2);
	});

	it('titles a quotation dated only by its telling as the telling, never by the quoted words', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Pasar Darurat',
			'',
			'Bupati Sumedang Lina Marliani meninjau pasar darurat pada Senin (8/12).',
			'',
			'"Kami sudah mendata semua pedagang. Kami ingin los baru cepat selesai," kata Lina saat ditemui di pendopo, Selasa (9/12).',
			'',
			'"Atap los kami pasang sejak Jumat (5/12)," kata Lina.',
		].join('\n');
		const draft = ingestArticle(article);
		const told = draft.events.find((event) => event.start === '2025-12-09');
		// The wish is a quote; what happened on Tuesday is that she spoke.
		expect(told?.title.id).toBe('Lina Marliani memberi keterangan');
		// Its summary gives the whole quotation, not a sentence begun inside it.
		expect(told?.summary.id).toBe('"Kami sudah mendata semua pedagang. Kami ingin los baru cepat selesai," kata Lina saat ditemui di pendopo, Selasa (9/12).');
		expect(draft.quotes.find((quote) => quote.text.startsWith('Kami sudah'))?.event).toBe(told?.id);
		// A quotation that dates what it reports is that happening, in the speaker's words.
		expect(draft.events.find((event) => event.start === '2025-12-05')?.title.id).toBe('Atap los kami pasang');
	});

	it('titles the publication of an article whose outlet it cannot tell without naming one', () => {
		const article = ['Rabu, 10 Desember 2025 | 08:00 WIB', '', 'Pompa Kaligawe', '', 'Pompa air di Kaligawe diperbaiki pada Senin (8/12).'].join('\n');
		const draft = ingestArticle(article);
		const publication = draft.events.find((event) => event.start === '2025-12-10');
		expect([publication?.title.id, publication?.summary.id]).toEqual(['Artikel terbit', 'Artikel ini terbit pada Rabu, 10 Desember 2025 pukul 08.00 WIB.']);
	});

	it('says which day a count of days before a year was counted from', () => {
		const article = ['Kabarcoba.com || Rabu, 13 Agu 2025, 09:00 WIB', '', 'Jembatan Baru', '', 'Jembatan baru ditargetkan rampung seribu hari sebelum 2029.'].join('\n');
		const event = ingestArticle(article).events.find((item) => item.certainty === 'inferred');
		expect(event?.dateNote?.id).toBe('Disimpulkan: "seribu hari sebelum 2029", dihitung dari 1 Januari 2029, jadi 7 April 2026.');
	});

	it('dates a sentence with a stated start and an inferred end by both, and says how each was read', () => {
		const article = ['Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB', '', 'Warga Mengungsi', '', 'Sebanyak 80 warga mengungsi sejak Jumat (5/12) dan akan bertahan hingga dua hari sebelum 1 Januari 2026.'].join('\n');
		const event = ingestArticle(article).events.find((item) => item.certainty === 'inferred');
		expect([event?.title.id, event?.start, event?.end, event?.dateNote?.id]).toEqual([
			'Sebanyak 80 warga mengungsi',
			'2025-12-05',
			'2025-12-30',
			'Disimpulkan: awal "sejak Jumat (5/12)" tertulis dan akhir "hingga dua hari sebelum 1 Januari 2026" dalam berita yang terbit Rabu, 10 Desember 2025, jadi 5 Desember 2025 hingga 30 Desember 2025.',
		]);
	});

	it('titles each of two dates in a sentence by the clause it belongs to, without the other\'s date words', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Dua Peristiwa dalam Satu Kalimat',
			'',
			'Rekomendasi Bawaslu dikeluarkan Senin (8/12) setelah pasangan calon nomor urut 2, Hendra Wiratmo dan Sri Lestari, melaporkan dugaan penggelembungan suara pada Jumat (5/12).',
			'',
			'Jalan itu dibuka kembali Kamis (11/12) setelah longsor di Desa Cikadu menutupnya pada Minggu (7/12).',
			'',
			'Sebelum banjir datang Selasa (9/12), warga sudah mengungsi sejak Senin (8/12).',
			'',
			'Posko ditutup Rabu (3/12) usai relawan terakhir pulang Selasa (2/12).',
		].join('\n');
		const draft = ingestArticle(article);
		const events = draft.events.filter((event) => !event.title.id?.startsWith('Artikel'));
		expect(events.map((event) => [event.dateEvidence?.exact, event.title.id])).toEqual([
			['Selasa (2/12)', 'Relawan terakhir pulang'],
			['Rabu (3/12)', 'Posko ditutup'],
			['pada Jumat (5/12)', 'Pasangan calon nomor urut 2 (Hendra Wiratmo dan Sri Lestari) melaporkan dugaan penggelembungan suara'],
			['pada Minggu (7/12)', 'Longsor di Desa Cikadu menutupnya'],
			['Senin (8/12)', 'Rekomendasi Bawaslu dikeluarkan'],
			['sejak Senin (8/12)', 'Warga sudah mengungsi'],
			['Selasa (9/12)', 'Banjir datang'],
			['Kamis (11/12)', 'Jalan itu dibuka kembali'],
		]);
		// Who and where are the clause's own: the landslide, not the reopening, was at Cikadu.
		const place = (title: string) => events.find((event) => event.title.id === title)?.place;
		expect([place('Longsor di Desa Cikadu menutupnya'), place('Jalan itu dibuka kembali')]).toEqual([expect.any(String), null]);
	});

	it('gives the count before a time word its clause ("…, dua hari setelah …"), and splits no sentence where its speaker was reached', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Jembatan Ambruk',
			'',
			'Jembatan itu ambruk pada Selasa (2/12), dua hari setelah diperbaiki pada Minggu (30/11).',
			'',
			'Saat ditemui Selasa (9/12), Budi Santoso mengatakan jalan ditutup sejak Senin (8/12).',
		].join('\n');
		const titles = ingestArticle(article).events.map((event) => [event.start, event.title.id]);
		expect(titles).toContainEqual(['2025-12-02', 'Jembatan itu ambruk']);
		// "Saat ditemui" is when Budi spoke, no happening of its own: not an event titled "Ditemui".
		expect(titles.filter(([start]) => start === '2025-12-08' || start === '2025-12-09')).toEqual([
			['2025-12-08', 'Saat ditemui, Budi Santoso mengatakan jalan ditutup'],
			['2025-12-09', 'Saat ditemui, Budi Santoso mengatakan jalan ditutup'],
		]);
	});

	it('keeps a sentence whose time words are its dates\' own prepositions whole: "sejak Rabu (3/12)" opens no clause', () => {
		const article = [
			'Kabarcoba.com || Rabu, 10 Des 2025, 09:00 WIB',
			'',
			'Dapur Umum',
			'',
			'Dapur umum dibuka pada Senin (1/12) dan ditutup sejak Rabu (3/12).',
		].join('\n');
		const titles = ingestArticle(article).events.filter((event) => !event.title.id?.startsWith('Artikel')).map((event) => event.title.id);
		expect(titles).toEqual(['Dapur umum dibuka dan ditutup', 'Dapur umum dibuka dan ditutup']);
	});

	it('marks "Saat ini" inferred and says how it was read', () => {
		const event = ingestArticle(readText(EMBEDDED_ARTICLE)).events.find((item) => item.dateEvidence?.exact === 'Saat ini');
		expect(event).toMatchObject({start: '2025-03-25', certainty: 'inferred'});
		expect(event?.dateNote?.id).toBe('Disimpulkan: "Saat ini" dalam berita yang terbit Rabu, 26 Maret 2025 pukul 01.00 WIB, jadi ditulis sehari sebelumnya.');
	});
});
