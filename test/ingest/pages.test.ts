import {describe, expect, it} from 'vitest';
import {chromeLine} from '../../src/ingest/chrome.js';
import {findDateline} from '../../src/ingest/dateline.js';
import {readHtmlPage} from '../../src/ingest/html.js';
import {ingestArticle, ingestDocument, ingestPage} from '../../src/ingest/ingest.js';
import {articleLayout} from '../../src/ingest/layout.js';
import {readLead} from '../../src/ingest/lead.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {ALL_FIXTURES, fixtureDir, fixtureInput, readText} from './helpers.js';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

const PAGE = join(fixtureDir('html-arus-balik-cikampek'), 'page.html');

describe('a saved HTML page', () => {
	it('gives the story block by block, headline and printed date first, without menus, share bar, figure or related list', () => {
		const {text, metadata} = readHtmlPage(readText(PAGE));
		const paragraphs = text.trim().split('\n\n');
		expect(paragraphs[0]).toBe('Arus Balik Memuncak, Tol Jakarta–Cikampek Berlakukan Contraflow');
		expect(paragraphs[1]).toBe('Minggu, 06 Apr 2025 21:15 WIB');
		expect(paragraphs[2]).toMatch(/^Jakarta - PT Jasamarga/);
		expect(text).not.toMatch(/Bagikan|Facebook|Berita Terkait|Home|Kendaraan melintasi jalur|Copyright|dataLayer/);
		expect(metadata).toEqual({
			title: 'Arus Balik Memuncak, Tol Jakarta–Cikampek Berlakukan Contraflow',
			outlet: 'Warta Nusa',
			published: '2025-04-06T21:15:00+07:00',
			authors: ['Dimas Prasetyo'],
			editors: [],
			url: 'https://wartanusa.example/nasional/2025/04/06/arus-balik-memuncak-contraflow',
		});
	});

	it('carries every paragraph the curator read in the page', () => {
		const draft = ingestPage(readText(PAGE));
		const curated = readText(join(fixtureDir('html-arus-balik-cikampek'), 'article.txt'));
		for (const paragraph of curated.trim().split('\n\n')) expect(draft.article.text).toContain(paragraph);
	});

	it('drafts a dataset the loader accepts, with the page metadata, and --published still wins', () => {
		const draft = ingestDocument(readText(PAGE));
		expect(validateDatasetValue(draft, {file: 'draft'}).ok).toBe(true);
		expect(draft.article).toMatchObject({title: 'Arus Balik Memuncak, Tol Jakarta–Cikampek Berlakukan Contraflow', outlet: 'Warta Nusa', published: '2025-04-06T21:15+07:00', authors: ['Dimas Prasetyo'], url: expect.stringMatching(/^https:/)});
		expect(ingestDocument(readText(PAGE), {published: '2025-04-07T08:00+07:00'}).article.published).toBe('2025-04-07T08:00+07:00');
	});

	it('reads the date and author from a WordPress-style byline when the page metadata gives neither, never from another story\'s', () => {
		const page = (byline: string) =>
			`<!doctype html><html><head><meta property="og:site_name" content="Kabarteluk.com"><meta property="og:title" content="Dermaga Baru Dibuka untuk Kapal Nelayan"></head><body>
<aside class="widget"><ul><li><a>Harga Ikan Turun</a><div class="post-meta">Oleh Sari Dewi • Kamis, 2 Januari 2025</div></li></ul></aside>
<article><h1 class="entry-title">Dermaga Baru Dibuka untuk Kapal Nelayan</h1>${byline}
<div class="entry-content"><p>Kendari - Dinas Perikanan membuka dermaga baru bagi kapal nelayan di Kelurahan Lapulu, Senin (1/12/2025).</p><p>Dermaga itu dapat menampung 40 kapal sekaligus dan dibangun selama delapan bulan.</p></div></article></body></html>`;
		const wordpress = readHtmlPage(page('<div class="entry-meta">Penulis: Rudi Hartono | Senin, 1 Desember 2025 - 10:15 WITA</div>'));
		expect(wordpress.text.split('\n\n').slice(0, 2)).toEqual(['Dermaga Baru Dibuka untuk Kapal Nelayan', 'Senin, 1 Desember 2025 - 10:15 WITA']);
		expect(wordpress.metadata.authors).toEqual(['Rudi Hartono']);
		const draft = ingestPage(page('<div class="post-meta">Oleh Rudi Hartono • Senin, 1 Desember 2025 10:15 WITA</div>'));
		expect(draft.article).toMatchObject({published: '2025-12-01T10:15+08:00', authors: ['Rudi Hartono'], outlet: 'Kabarteluk.com'});
	});

	const portal = (head: string, meta: string) =>
		`<!doctype html><html><head>${head}<meta property="og:site_name" content="Kabar Sukaraya"></head><body>
<article><h1 class="post-title">Sumur Warga Sukaraya Kering, Air Bersih Dikirim Tiap Pagi</h1><div class="post-meta">${meta}</div>
<div class="post-content"><p>SUKARAYA, KabarSukaraya.id - Pemerintah desa mengirim air bersih ke rumah warga yang sumurnya kering sejak Senin (3/11/2025).</p><p>Sebanyak dua tangki air dikirim setiap pagi ke tiga dusun di ujung desa itu.</p></div></article></body></html>`;
	const credited = '<span class="author">Reporter: Dewi Lestari</span> | <span class="editor">Editor: Bagus Santoso</span><br><time>Kamis, 6 November 2025 - 14:20 WIB</time>';

	it.each([
		['<title>Sumur Warga Sukaraya Kering, Air Bersih Dikirim Tiap Pagi - Kabar Sukaraya</title>'],
		['<meta property="og:title" content="Sumur Warga Sukaraya Kering, Air Bersih Dikirim Tiap Pagi | Kabar Sukaraya">'],
		['<meta property="og:title" content="Kabar Sukaraya - Sumur Warga Sukaraya Kering, Air Bersih Dikirim Tiap Pagi">'],
	])('titles a page by its headline, never with the site\'s name: %s', (head) => {
		const draft = ingestPage(portal(head, credited));
		expect(draft.article.title).toBe('Sumur Warga Sukaraya Kering, Air Bersih Dikirim Tiap Pagi');
	});

	it.each([
		['spans barred, the date under a <br>', credited],
		['a <div> each', '<div class="author">Reporter: Dewi Lestari</div><div class="editor">Editor: Bagus Santoso</div><time>Kamis, 6 November 2025 - 14:20 WIB</time>'],
		['spans run together', '<span class="author">Oleh: Dewi Lestari</span> <span class="editor">Editor: Bagus Santoso</span><br><span class="date">06/11/2025, 14:20 WIB</span>'],
	])('reads reporter and editor from a byline printed as %s, without their heads', (_layout, meta) => {
		const draft = ingestPage(portal('', meta));
		expect(draft.article).toMatchObject({authors: ['Dewi Lestari'], editors: ['Bagus Santoso'], published: '2025-11-06T14:20+07:00'});
	});

	it('drafts the publication from a byline\'s date as from a text\'s dateline, though the metadata gives the date too', () => {
		const draft = ingestPage(portal('<meta property="article:published_time" content="2025-11-06T14:20:00+07:00">', 'Dewi Lestari - Kamis, 6 November 2025 | 14:20 WIB'));
		const publication = draft.events.find((event) => event.start === '2025-11-06');
		expect(publication?.title.id).toBe('Artikel terbit di Kabar Sukaraya');
		expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Kamis, 6 November 2025 | 14:20 WIB']);
	});

	it('takes the credit head off the author Readability reads from an undated byline ("Oleh: …")', () => {
		const page = portal('<meta property="article:published_time" content="2025-11-06T14:20:00+07:00">', '').replace('<div class="post-meta"></div>', '<p class="byline">Oleh: Dewi Lestari</p>');
		expect(ingestPage(page).article.authors).toEqual(['Dewi Lestari']);
	});

	it('reads the editor from a byline of credits alone, its date in a <time> beside it', () => {
		const meta = '<div class="meta"><span class="byline">Reporter: Dewi Lestari | Editor: Bagus Santoso</span> <time class="date">Kamis, 06 Nov 2025 14:20 WIB</time></div>';
		const draft = ingestPage(portal('', '').replace('<div class="post-meta"></div>', meta));
		expect(draft.article).toMatchObject({authors: ['Dewi Lestari'], editors: ['Bagus Santoso'], published: '2025-11-06T14:20+07:00'});
	});

	it('reads the editor from an author block of heads without colons ("Penulis A | Editor B"), past a photographer\'s credit', () => {
		const meta = '<figure><img src="a.jpg"><div class="photo-credit">Fotografer: Tono Wijaya</div></figure><div class="read__author">Penulis <a>Dewi Lestari</a> | Editor <a>Bagus Santoso</a></div><time>Kamis, 6 November 2025 - 14:20 WIB</time>';
		const draft = ingestPage(portal('', '').replace('<div class="post-meta"></div>', meta));
		expect(draft.article).toMatchObject({authors: ['Dewi Lestari'], editors: ['Bagus Santoso'], published: '2025-11-06T14:20+07:00'});
	});

	it('names the outlet as the page prints it, "JabarKini.id", its domain in the lead one entity with it', () => {
		const page = `<!doctype html><html><head><title>Jalan Tertutup Longsor - JabarKini.id</title><meta property="og:site_name" content="JabarKini.id"></head><body>
<header><div class="logo">JabarKini.id</div></header><article><h1>Jalan Tertutup Longsor</h1><time>Selasa, 09 Des 2025 08:40 WIB</time>
<div class="content"><p><strong>GARUT, JabarKini.id</strong> - Longsor menutup jalan provinsi di Cisurupan sejak Minggu (7/12/2025) malam.</p><p>Alat berat dikerahkan untuk membersihkan material.</p></div></article></body></html>`;
		const draft = ingestPage(page);
		expect(draft.article.outlet).toBe('JabarKini.id');
		expect(draft.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual(['JabarKini.id']);
	});

	it('names the outlet as the page\'s <title> prints its domain when no metadata names it: "RADARSUKARAYA.id"', () => {
		const page = `<html><head><title>Air Bersih Dikirim ke Posko Sukaraya | RADARSUKARAYA.id</title></head><body><h1>Air Bersih Dikirim ke Posko Sukaraya</h1><div class="byline">Reporter: Dewi Lestari | Kamis, 6 November 2025 - 14:20 WIB</div>
<div class="isi"><p>SUKARAYA, RADARSUKARAYA.id – Dua truk tangki mengirim air bersih ke posko pengungsian sejak Rabu (5/11/2025).</p><p>Air bersih dikirim setiap pagi sampai sumur warga bersih lagi.</p></div></body></html>`;
		const draft = ingestPage(page);
		expect(draft.article).toMatchObject({outlet: 'RADARSUKARAYA.id', title: 'Air Bersih Dikirim ke Posko Sukaraya'});
		expect(draft.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual(['RADARSUKARAYA.id']);
	});

	it('drafts the publication from the printed byline when --published gives the same day', () => {
		const kendari = readText(fixtureInput('html-kendari-jembatan-teluk'));
		for (const options of [{}, {published: '2025-12-01T10:15+08:00'}]) {
			const draft = ingestPage(kendari, options);
			const publication = draft.events.find((event) => event.title.id === 'Artikel terbit di Sultrapos.com');
			expect(publication?.start).toBe('2025-12-01');
			expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Senin, 1 Desember 2025 - 10:15 WITA']);
		}
	});

	it.each([
		['a "Baca Juga" head over linked headlines', '<div class="box-inline"><span>Baca Juga</span><ul><li><a>Harga Gabah di Lumbungsari Turun Tajam</a></li><li><a>Tips Menjemur Padi Saat Hujan</a></li></ul></div>'],
		['a "TERPOPULER" list of unlinked headlines', '<div class="widget-box"><b>TERPOPULER</b><ol><li>Harga Gabah di Lumbungsari Turun Tajam</li><li>Tips Menjemur Padi Saat Hujan</li></ol></div>'],
		['a "Berita Terkait" heading with its list beside it', '<h3>Berita Terkait</h3><ul><li><a>Harga Gabah di Lumbungsari Turun Tajam</a></li><li><a>Tips Menjemur Padi Saat Hujan</a></li></ul>'],
	])('leaves out a box of other stories set in the story: %s', (_box, box) => {
		const html = `<!doctype html><html><head><meta property="og:site_name" content="Kabar Sukaraya"></head><body><article><h1>Panen Raya Sukaraya Tertunda Hujan</h1><time>Kamis, 6 November 2025 - 14:20 WIB</time>
<div class="content"><p>SUKARAYA - Panen raya di Sukaraya tertunda karena hujan turun sejak Senin (3/11/2025).</p>${box}
<h2>Petani Menunggu</h2><p>Petani menunggu cuaca cerah sebelum memotong padi di sawah mereka.</p></div></article></body></html>`;
		const {text} = readHtmlPage(html);
		expect(text).not.toMatch(/Baca Juga|TERPOPULER|Berita Terkait|Harga Gabah|Menjemur/);
		// The story's own heading and paragraph after the box stay.
		expect(text).toContain('Petani Menunggu\n\nPetani menunggu cuaca cerah');
	});

	const publicationOf = (html: string) => {
		const draft = ingestPage(html);
		return {draft, publication: draft.events.find((event) => event.title.id?.startsWith('Artikel terbit'))};
	};
	const story = '<p>SUKARAYA - Panen raya di Sukaraya tertunda karena hujan turun sejak Senin (3/11/2025).</p><p>Petani menunggu cuaca cerah sebelum memotong padi di sawah mereka.</p>';

	it('drafts the publication from the date a page prints only as updated, on the day its metadata gives', () => {
		const {publication} = publicationOf(`<!doctype html><html><head><meta property="og:site_name" content="Kabar Sukaraya"><meta property="article:published_time" content="2025-11-06T07:20:00Z"></head><body><article><h1>Panen Raya Sukaraya Tertunda Hujan</h1><time>Diperbarui 06 Nov 2025, 14:20 WIB</time><div class="content">${story}</div></article></body></html>`);
		expect(publication).toMatchObject({start: '2025-11-06', certainty: 'stated', title: {id: 'Artikel terbit di Kabar Sukaraya'}});
		expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Diperbarui 06 Nov 2025, 14:20 WIB']);
	});

	it('drafts the publication of a page that prints no date from its metadata, resting on its headline', () => {
		const {publication} = publicationOf(`<!doctype html><html><head><meta property="og:site_name" content="Kabar Sukaraya"><meta property="article:published_time" content="2025-11-06T14:20:00+07:00"></head><body><article><h1>Panen Raya Sukaraya Tertunda Hujan</h1><div class="content">${story}</div></article></body></html>`);
		expect(publication).toMatchObject({start: '2025-11-06', certainty: 'inferred', title: {id: 'Artikel terbit di Kabar Sukaraya'}});
		expect(publication?.dateEvidence).toBeUndefined();
		expect(publication?.dateNote?.id).toMatch(/metadata/);
		expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Panen Raya Sukaraya Tertunda Hujan']);
	});

	it('reads a page of a headline and a date as a publication alone: no time for a title, no headline for a story', () => {
		const {draft, publication} = publicationOf('<!doctype html><html><head><meta property="og:site_name" content="Kabarsukaraya.com"><meta property="article:published_time" content="2025-11-06T22:05:00+07:00"></head><body><h1>Tanggul Kali Sukaraya Jebol, Dua Dusun di Lembahhijau Terendam</h1><div class="read__time">Kabarsukaraya.com - 06/11/2025, 22:05 WIB</div></body></html>');
		expect(draft.events.map((event) => event.id)).toEqual([publication?.id]);
		expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Kabarsukaraya.com - 06/11/2025, 22:05 WIB']);
		expect(draft.entities.filter((entity) => entity.type === 'place')).toEqual([]);
	});

	it('takes no event from a date stamp printed in the story', () => {
		const draft = ingestArticle('Kabar Sukaraya\nKamis, 6 November 2025 - 14:20 WIB\n\nPanen Raya Sukaraya Tertunda Hujan\n\nSUKARAYA - Panen raya tertunda karena hujan turun sejak Senin (3/11/2025).\n\nKabarsukaraya.com - 07/11/2025, 08:05 WIB\n\nUpdate Jumat, 7 November 2025 pukul 09.00 WIB');
		expect(draft.events.map((event) => event.start)).toEqual(['2025-11-03', '2025-11-06']);
	});

	it('reads a page that gives its time in UTC as WIB', () => {
		const html = '<!doctype html><html><head><meta property="og:site_name" content="Kabar Kita"><meta property="article:published_time" content="2025-05-14T11:20:00Z"></head><body><article><h1>Judul berita uji yang panjang</h1><p>JAKARTA - Rapat koordinasi digelar di Balai Kota untuk membahas banjir yang merendam tiga kecamatan sejak Senin (12/5/2025).</p></article></body></html>';
		expect(ingestPage(html).article).toMatchObject({published: '2025-05-14T18:20+07:00', outlet: 'Kabar Kita'});
	});
});

describe('the header block of a copied page', () => {
	it.each([
		['Rabu, 14 Mei 2025 - 18:20 WIB', '2025-05-14T18:20+07:00'],
		['Senin 27 Jan 2020 08:39 WIB', '2020-01-27T08:39+07:00'],
		['24 September 2019, 12:03', '2019-09-24T12:03+07:00'],
		['date 2023-10-31', '2023-10-31T00:00+07:00'],
		['Kamis, 20 Feb 2025 | 19:42 WITA', '2025-02-20T19:42+08:00'],
	])('reads "%s" on line 8, under menus and credits', (line, published) => {
		const text = ['Kabarkita.id', 'Home', 'Daerah', 'Judul Berita Yang Cukup Panjang', 'Reporter: Ani Lestari', 'Editor : Budi', 'SHARE: Facebook Twitter', line, '', 'BANDUNG - Warga memadati alun-alun kota sejak pagi untuk mengikuti upacara.'].join('\n');
		expect(findDateline(text)?.published).toBe(published);
		const layout = articleLayout(text);
		expect(layout.dateline?.published).toBe(published);
		expect(text.slice(layout.title!.start, layout.title!.end)).toBe('Judul Berita Yang Cukup Panjang');
		expect(layout.authors).toEqual(['Ani Lestari']);
		expect(layout.editors).toEqual(['Budi']);
		expect(text.slice(layout.body.start, layout.body.start + 10)).toBe('BANDUNG - ');
	});

	it('keeps a weekday that contradicts its date as printed, with a note', () => {
		const draft = ingestArticle('Kabarkita.id | Selasa, 14 Mei 2025 | 18:20 WIB\n\nJudul Berita Uji\n\nJAKARTA - Rapat digelar di Balai Kota pada Senin (12/5/2025).');
		const publication = draft.events.find((event) => event.title.id?.startsWith('Artikel terbit'));
		expect(publication?.start).toBe('2025-05-14');
		expect(publication?.dateNote?.id).toMatch(/Selasa.*Rabu, 14 Mei 2025/);
	});

	it('never reads a photo caption as the dateline, and --published wins over the dateline', () => {
		const text = 'Judul Berita Uji Coba\nFoto: Warga antre beras di pasar, Senin (12/5/2025). (ANTARA FOTO/Rudi)\n12 Mei 2025 (ANTARA FOTO/Rudi)\n\nJAKARTA - Warga antre beras di pasar murah sejak pagi hari ini.';
		expect(articleLayout(text).dateline).toBeUndefined();
		const draft = ingestArticle('Kabarkita.id | Rabu, 14 Mei 2025 | 18:20 WIB\n\nJudul Berita Uji\n\nJAKARTA - Rapat digelar hari ini.', {published: '2025-05-15T09:00+07:00'});
		expect(draft.article.published).toBe('2025-05-15T09:00+07:00');
	});

	it.each([
		['DEMAK, Kabarpesisir.id - Banjir rob merendam tiga desa.', 'Kabarpesisir', 'Demak'],
		['Liputan6.com, Jakarta - Banjir rob merendam tiga desa.', 'Liputan6', 'Jakarta'],
		['REPUBLIKA.CO.ID, BANDUNG -- Banjir rob merendam tiga desa.', 'Republika', 'Bandung'],
		['Jakarta (ANTARA) - Banjir rob merendam tiga desa.', 'Antara', 'Jakarta'],
	])('takes outlet and city from the lead "%s"', (lead, outlet, city) => {
		const draft = ingestArticle(`Judul Berita Uji\n\n${lead}`, {published: '2025-05-14T18:20+07:00'});
		expect(draft.article.outlet).toBe(outlet);
		expect(draft.entities.find((entity) => entity.type === 'place')?.name).toBe(city);
		expect(draft.entities.filter((entity) => entity.type === 'person')).toEqual([]);
	});

	it('reads the lead under a text-size toolbar ("A- A A+"), and titles an outlet printed in capitals', () => {
		const draft = ingestArticle('Judul Berita Uji Coba\nSelasa, 9 Desember 2025 21:05 WITA\nA- A A+\n\nSamarinda (LINTAS KALTIM) - Banjir merendam tujuh kelurahan.', {});
		expect(draft.article.outlet).toBe('Lintas Kaltim');
		expect(draft.entities.map((entity) => entity.name).sort()).toEqual(['Lintas Kaltim', 'Samarinda']);
		expect(draft.entities.find((entity) => entity.name === 'Lintas Kaltim')?.aliases).toEqual(['LINTAS KALTIM']);
		// Each of two rules keeps the toolbar out of the lead: it is chrome, and a lone letter is no city.
		expect(chromeLine('A- A A+')).toBe('menu');
		expect(chromeLine('Ukuran huruf: A A')).toBe('menu');
		expect(readLead('A - Banjir merendam tujuh kelurahan.', 0)).toBeUndefined();
	});

	it('keeps paragraphs that open with a word related-links lists are headed with, and still masks the lists', () => {
		for (const line of ['Terkait hal itu, Ketua Bawaslu Kabupaten Banjarnegara, Dewi Kartikasari, meminta semua pihak menahan diri.', 'Selanjutnya, petugas membuka kotak suara di depan saksi kedua pasangan.', 'Rekomendasi Bawaslu dikeluarkan Senin (8/12) setelah pasangan calon melapor.', 'Headline surat kabar itu memuat angka yang keliru sejak pagi tadi.', 'Selanjutnya, jenazah dimakamkan.', 'Terkini, korban bertambah.']) {
			expect(chromeLine(line)).toBeUndefined();
		}
		for (const line of ['Terkait', 'REKOMENDASI', 'Terkait: KPU Gelar Hitung Ulang di Punggelan', 'Terpopuler', 'Selanjutnya', 'Terkini: Banjir Rendam Tiga Desa', 'Rekomendasi Berita Pilkada Hari Ini']) {
			expect(chromeLine(line)).toBe('related');
		}
		const draft = ingestArticle('Uji Coba Judul\nRabu, 10 Desember 2025 19:40 WIB\n\nBANJARNEGARA - Rapat pleno digelar Selasa (9/12).\n\nTerkait hal itu, Ketua Bawaslu Kabupaten Banjarnegara, Dewi Kartikasari, mengatakan pengawas menemukan selisih suara.\n\nTerkait\nBanjir Rendam Tiga Desa di Punggelan\n', {});
		expect(draft.entities.map((entity) => entity.name)).toContain('Dewi Kartikasari');
		expect(draft.entities.map((entity) => entity.name)).not.toContain('Punggelan');
	});

	it.each([
		['Sinar Cibeber', 'CIBEBER, Sinarcibeber.com - '],
		// A domain that drops a letter of the name ("Priangan Kini", prianganini.id) is still its.
		['Sinar Cibeber', 'CIBEBER, Sinarcibebe.com - '],
		// An agency in the lead is no domain: the masthead names the outlet, the agency stays one.
		['Sinar Cibeber', 'CIBEBER (ANTARA) - '],
	])('names the outlet by its masthead "%s" over the lead "%s"', (masthead, lead) => {
		const draft = ingestArticle(`${masthead}\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\n${lead}Warga memperbaiki jembatan desa pada Kamis (13/11/2025).`);
		expect(draft.article.outlet).toBe(masthead);
		const outlet = draft.entities.filter((entity) => entity.name === masthead);
		expect(outlet).toHaveLength(1);
		const publication = draft.events.find((event) => event.title.id?.startsWith('Artikel terbit'));
		expect(publication?.title.id).toBe(`Artikel terbit di ${masthead}`);
		expect(publication?.participants.map((participant) => participant.entity)).toContain(outlet[0]?.id);
	});

	it('takes no first line for a masthead when it does not spell the domain, or is one word', () => {
		const dated = (first: string, lead: string) => `${first}\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\n${lead}Warga memperbaiki jembatan desa.`;
		expect(ingestArticle(dated('Kabar Baru Sepekan', 'CIBEBER, Sinarcibeber.com - ')).article.outlet).toBe('Sinarcibeber');
		expect(ingestArticle(dated('Pendidikan', 'CIBEBER - ')).article.outlet).toBe('Tidak diketahui');
	});

	it('takes no place\'s name or section\'s name on the first line for a masthead: it is a rubric', () => {
		const dated = (first: string) => `${first}\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\nCIBEBER (ANTARA) - Warga memperbaiki jembatan desa.`;
		for (const rubric of ['Jawa Barat', 'Kabupaten Garut', 'Hukum Kriminal', 'Berita Utama']) {
			const draft = ingestArticle(dated(rubric));
			expect(draft.article.outlet).toBe('Antara');
			expect(draft.entities.some((entity) => entity.type === 'organization' && entity.aliases.concat(entity.name).includes(rubric))).toBe(false);
		}
	});

	it('takes a first line for a rubric when the dateline names another outlet: "Kabar Daerah" over "Pikiran Warga || …"', () => {
		const draft = ingestArticle('Kabar Daerah\n\nJembatan Desa Diperbaiki Warga Sendiri\n\nPikiran Warga || Jumat, 14 November 2025 - 06:55 WIB\n\nCIBEBER - Warga memperbaiki jembatan desa.');
		expect(draft.article.outlet).toBe('Pikiran Warga');
		expect(draft.entities.some((entity) => entity.aliases.concat(entity.name).includes('Kabar Daerah'))).toBe(false);
		// Named the same on both, or short for it on the dateline, or a rubric or a place there: the first line is the masthead.
		for (const printed of ['PIKIRAN WARGA', 'PW', 'Daerah', 'Garut']) {
			expect(ingestArticle(`Pikiran Warga\n\nJembatan Desa Diperbaiki Warga Sendiri\n\n${printed} || Jumat, 14 November 2025 - 06:55 WIB\n\nCIBEBER - Warga memperbaiki jembatan desa.`).article.outlet).toBe('Pikiran Warga');
		}
	});

	it.each(['Info Garut', 'Kabar Daerah', 'Seputar Jawa Barat'])('takes a rubric\'s label right above the headline for no masthead: "%s"', (label) => {
		const draft = ingestArticle(`${label}\nJembatan Desa Diperbaiki Warga Sendiri\nJumat, 14 November 2025 - 06:55 WIB\n\nCIBEBER - Warga memperbaiki jembatan desa.`);
		expect(draft.article.outlet).toBe('Tidak diketahui');
		// Over the dateline, where a masthead stands, the same words name the outlet ("Lebak Terkini", "Warta Kota").
		expect(ingestArticle(`${label}\nJumat, 14 November 2025 - 06:55 WIB\n\nJembatan Desa Diperbaiki Warga Sendiri\n\nCIBEBER - Warga memperbaiki jembatan desa.`).article.outlet).toBe(label);
	});

	it.each(['Info Garut', 'Kabar Daerah', 'Seputar Jawa Barat'])('keeps a rubric-like line right above the headline as the masthead when the lead\'s domain spells it: "%s"', (label) => {
		const domain = `${label.toLowerCase().replace(/ /g, '')}.id`;
		expect(ingestArticle(`${label}\nJembatan Desa Diperbaiki Warga Sendiri\nJumat, 14 November 2025 - 06:55 WIB\n\nCIBEBER, ${domain} - Warga memperbaiki jembatan desa.`).article.outlet).toBe(label);
	});

	it('keeps an outlet named with a rubric\'s word and a level\'s word right above the headline: "Warta Kota"', () => {
		expect(ingestArticle('Warta Kota\nJembatan Desa Diperbaiki Warga Sendiri\nJumat, 14 November 2025 - 06:55 WIB\n\nCIBEBER - Warga memperbaiki jembatan desa.').article.outlet).toBe('Warta Kota');
	});

	it('takes the outlet from a "Sumber:" line when nothing else names it', () => {
		expect(ingestArticle('Judul Berita Uji\n\nWarga memadati alun-alun kota sejak pagi tadi.\n\nSumber: Kabar Priangan', {published: '2025-05-14T18:20+07:00'}).article.outlet).toBe('Kabar Priangan');
	});
});

/** Words only chrome carries in the fixtures: menus, share bars, links, captions, credits, tags. */
const CHROME_WORDS = /^(?:SHARE|Bagikan|Facebook|Twitter|WhatsApp|Home|Tags|Baca juga|Berita Terkait|Foto|Reporter|Editor|Penulis|Copyright)$/i;

describe.each(ALL_FIXTURES)('the draft of %s', (name) => {
	it('takes no event, quotation or entity from page chrome', () => {
		const draft = ingestDocument(readText(fixtureInput(name)));
		const text = draft.article.text ?? '';
		const points = Array.from(text);
		const unit = (codePoint: number) => points.slice(0, codePoint).join('').length;
		const chrome = articleLayout(text).chrome.map((piece) => piece.span);
		const inChrome = (anchor: {start: number; end: number}) => chrome.some((span) => unit(anchor.start) < span.end && span.start < unit(anchor.end));
		for (const entity of draft.entities) {
			expect(entity.name).not.toMatch(CHROME_WORDS);
			for (const mention of entity.mentions) expect(inChrome(mention), `${entity.name} at ${mention.start}`).toBe(false);
		}
		for (const event of draft.events) for (const evidence of event.evidence) expect(inChrome(evidence), evidence.exact).toBe(false);
		for (const quote of draft.quotes) expect(inChrome(quote.evidence), quote.text).toBe(false);
	});
});

describe.each(ALL_FIXTURES)('the article read from %s', (name) => {
	it('has the headline and publication the curator read (and, for the portal fixtures, the outlet and authors)', () => {
		const draft = ingestDocument(readText(fixtureInput(name)));
		const curated = JSON.parse(readText(join(fixtureDir(name), 'expected.json'))).article;
		expect(draft.article.title).toBe(curated.title);
		expect(draft.article.published).toBe(curated.published);
		if (existsSync(join(fixtureDir(name), 'curation.json'))) {
			expect(draft.article.outlet).toBe(curated.outlet);
			expect(draft.article.authors).toEqual(curated.authors);
		}
	});
});
