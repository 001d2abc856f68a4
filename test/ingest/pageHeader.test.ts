import {describe, expect, it} from 'vitest';
import {readHtmlPage} from '../../src/ingest/html.js';
import {IngestError, ingestPage} from '../../src/ingest/ingest.js';

/** A portal page without a date in its metadata: the headline, then `under` (its header block), then the story. */
const page = (under: string, options: {head?: string; after?: string} = {}) =>
	`<!doctype html><html><head><title>Sidang Korupsi Pasar Lembahhijau Digelar, Jaksa Sebut Kerugian Rp2 Miliar - Warta Lembah</title>${options.head ?? ''}</head><body>
<div id="menu"><a href="/">BERANDA</a> | <a href="/hukum">HUKUM</a></div>
<div id="content"><div class="kanal">HUKUM</div>
<h2 class="judul">Sidang Korupsi Pasar Lembahhijau Digelar, Jaksa Sebut Kerugian Rp2 Miliar</h2>
${under}
<div class="isi"><p>Wartalembah.com, Lembahhijau - Sidang dugaan korupsi pembangunan pasar yang menjerat mantan kepala dinas, Rusdi Hamzah, digelar di Pengadilan Tipikor, Rabu (12/3/2025).</p>
${options.after ?? ''}
<p>Jaksa menyebut kerugian negara mencapai Rp2 miliar dan terdakwa menerima uang dari rekanan.</p></div></div>
<div id="footer">Wartalembah.com &copy; 2025 | <a href="/redaksi">Redaksi</a></div></body></html>`;

describe('the header block a page prints under its headline', () => {
	it.each([
		['div.info', '<div class="info">Oleh: Redaksi Warta Lembah &nbsp;|&nbsp; 13/03/2025 20:41</div>', []],
		['div.info, a date in words', '<div class="info">Oleh: Dimas | Kamis, 13 Maret 2025 - 20:41 WIB</div>', ['Dimas']],
		['div.info, "Penulis:"', '<div class="info">Penulis: La Ode Harun | Kamis, 13 Maret 2025 - 20:41 WIB</div>', ['La Ode Harun']],
		['a <p> without a class', '<p>Oleh: Dimas Saputra | 13/03/2025 20:41</p>', ['Dimas Saputra']],
		['spans in a div.keterangan', '<div class="keterangan"><span>Penulis: La Ode Harun</span> <span>Kamis, 13 Maret 2025 - 20:41 WIB</span></div>', ['La Ode Harun']],
	])('gives the publication from a credit and a date in %s, whatever its class', (_kind, under, authors) => {
		const draft = ingestPage(page(under));
		expect(draft.article.published).toBe('2025-03-13T20:41+07:00');
		expect(draft.article.authors).toEqual(authors);
		const publication = draft.events.find((event) => event.title.id?.startsWith('Artikel terbit'));
		expect(publication).toMatchObject({start: '2025-03-13', certainty: 'stated'});
	});

	it.each([
		['the desk', 'Oleh: Redaksi Warta Lembah | 13/03/2025 20:41', [], []],
		['"Tim Redaksi" and an editor "Admin"', 'Penulis: Tim Redaksi | Editor: Admin | 13/03/2025 20:41', [], []],
		['the outlet itself', 'Oleh: Wartalembah.com | 13/03/2025 20:41', [], []],
		['a reporter, and the desk as editor', 'Penulis: Dimas Saputra | Editor: Redaksi | 13/03/2025 20:41', ['Dimas Saputra'], []],
	])('credits no author or editor where the page credits %s, but keeps a person it credits', (_who, credit, authors, editors) => {
		const draft = ingestPage(page(`<div class="info">${credit}</div>`));
		expect(draft.article.authors).toEqual(authors);
		expect(draft.article.editors).toEqual(editors);
	});

	it('takes the person the page\'s metadata names where its byline credits the desk', () => {
		const draft = ingestPage(page('<div class="info">Oleh: Redaksi | 13/03/2025 20:41</div>', {head: '<meta name="author" content="Nur Aini">'}));
		expect(draft.article.authors).toEqual(['Nur Aini']);
	});

	it('reads a date printed under a credit in a <header> (<br> between) as the printed date, not as metadata', () => {
		const html = `<!doctype html><html><head><meta property="og:site_name" content="Suara Lembah"><meta property="og:title" content="Kuasa Hukum Rusdi Hamzah Siapkan Eksepsi atas Dakwaan Jaksa">
<meta property="article:published_time" content="2025-03-14T08:15:00+07:00"><meta name="author" content="Nur Aini"></head><body>
<article><header><span class="rubrik">Hukum</span><h1>Kuasa Hukum Rusdi Hamzah Siapkan Eksepsi atas Dakwaan Jaksa</h1>
<p class="meta">Reporter: Nur Aini<br>Jumat, 14 Maret 2025 | 08:15 WIB</p></header>
<div class="entry-content"><p><strong>LEMBAHHIJAU, SUARALEMBAH.ID</strong> -- Tim kuasa hukum Rusdi Hamzah menyiapkan nota keberatan atas dakwaan jaksa yang dibacakan di Pengadilan Tipikor, kemarin.</p>
<p>Menurut kuasa hukum, dakwaan kerugian negara Rp2 miliar tidak didukung hasil audit yang sah.</p></div></article></body></html>`;
		expect(readHtmlPage(html).text.split('\n\n').slice(0, 2)).toEqual(['Kuasa Hukum Rusdi Hamzah Siapkan Eksepsi atas Dakwaan Jaksa', 'Jumat, 14 Maret 2025 | 08:15 WIB']);
		const publication = ingestPage(html).events.find((event) => event.title.id?.startsWith('Artikel terbit'));
		expect(publication).toMatchObject({start: '2025-03-14', certainty: 'stated'});
		expect(publication?.dateNote).toBeUndefined();
		expect(publication?.evidence.map((evidence) => evidence.exact)).toEqual(['Jumat, 14 Maret 2025 | 08:15 WIB']);
	});

	it('reads no date from a block below the story\'s first paragraph', () => {
		expect(() => ingestPage(page('', {after: '<div class="info">Oleh: Dimas | Kamis, 13 Maret 2025 - 20:41 WIB</div>'}))).toThrow(IngestError);
	});
});

/** A blog's post, as a WordPress theme prints one: no meta tags, the site's name in <title> and over the post, a comment under it. */
const blogPost = (title: string, heading: string) => `<!doctype html><html><head><title>${title}</title></head><body>
<header class="site-header"><p class="site-title"><a href="/">Catatan Anggaran Lembah</a></p></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">${heading}</h1>
<div class="entry-meta">Diposting pada <time class="entry-date published" datetime="2025-03-14T08:15:00+07:00">14 Maret 2025</time><time class="updated" datetime="2025-03-14T10:02:00+07:00">14 Maret 2025</time> oleh <span class="author vcard"><a class="url fn n" href="/author/made/">Made Sukarta</a></span></div></header>
<div class="entry-content"><p>Penerimaan pajak daerah Lembahhijau pada dua bulan pertama 2025 tercatat turun dibanding tahun lalu, menurut data yang dirilis Kamis (13/3/2025).</p>
<p>Menurut catatan kami, penurunan terbesar terjadi pada pajak kendaraan bermotor dan pajak hotel.</p>
<p class="editor">Editor: Agus Triyanto</p></div></article>
<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">Rina Marlina</b> berkata:</div><div class="comment-metadata"><time datetime="2025-03-15T07:12:00+07:00">15 Maret 2025</time></div><p>Semoga cepat membaik.</p></li></ol></body></html>`;

describe('a blog\'s post without meta tags', () => {
	it.each([
		['after the headline, set off by a dash', 'Pajak Daerah Lembahhijau Turun di Awal Tahun &#8211; Catatan Anggaran Lembah'],
		['after the headline, set off by a bar', 'Pajak Daerah Lembahhijau Turun di Awal Tahun | Catatan Anggaran Lembah'],
		['before the headline', 'Catatan Anggaran Lembah | Pajak Daerah Lembahhijau Turun di Awal Tahun'],
	])('names the outlet its <title> gives %s, where the rest is the heading over the post', (_where, title) => {
		const draft = ingestPage(blogPost(title, 'Pajak Daerah Lembahhijau Turun di Awal Tahun'));
		expect(draft.article.outlet).toBe('Catatan Anggaran Lembah');
		expect(draft.article.title).toBe('Pajak Daerah Lembahhijau Turun di Awal Tahun');
	});

	it('takes no part of a <title> for the outlet where the rest is not the heading over the post', () => {
		const draft = ingestPage(blogPost('Pajak Turun | Lembahhijau', 'Pajak Daerah Lembahhijau Turun di Awal Tahun'));
		expect(draft.article.outlet).not.toBe('Lembahhijau');
	});

	it('takes the time of publication and the author its theme marks up, not a comment\'s, and the editor credited under the post', () => {
		const draft = ingestPage(blogPost('Pajak Daerah Lembahhijau Turun di Awal Tahun – Catatan Anggaran Lembah', 'Pajak Daerah Lembahhijau Turun di Awal Tahun'));
		expect(draft.article).toMatchObject({published: '2025-03-14T08:15+07:00', authors: ['Made Sukarta'], editors: ['Agus Triyanto']});
	});
});
