import {describe, expect, it} from 'vitest';
import {ingestArticle} from '../../src/ingest/ingest.js';
import {EMBEDDED_ARTICLE} from '../helpers/datasets.js';
import {readText} from './helpers.js';

const DATELINE = 'Warta.id || Senin, 14 Apr 2025, 10:00 WIB\n\nJudul Berita\n\n';

/** Quotations of a text as "speaker name: text" and their attributions. */
function quotesOf(body: string): {said: string; by: string; attribution?: string}[] {
	const draft = ingestArticle(DATELINE + body);
	const name = (id: string) => draft.entities.find((entity) => entity.id === id)?.name ?? id;
	return draft.quotes.map((quote) => ({said: quote.text, by: name(quote.speaker), ...(quote.attribution ? {attribution: quote.attribution.exact} : {})}));
}

describe('quotations and their speakers', () => {
	it.each([
		['kata', '“Kami siap membantu warga,” kata Budi Santoso.', 'kata Budi Santoso'],
		['ujar', '"Kami siap membantu warga," ujar Budi Santoso.', 'ujar Budi Santoso'],
		['tutur', '"Kami siap membantu warga," tutur Budi Santoso.', 'tutur Budi Santoso'],
		['jelas', '“Kami siap membantu warga,” jelas Budi Santoso.', 'jelas Budi Santoso'],
		['ungkap with a title', '“Kami siap membantu warga,” ungkap Menkomdigi Budi Santoso dalam rapat.', 'ungkap Menkomdigi Budi Santoso'],
	])('takes the speaker named after "%s"', (_verb, body, attribution) => {
		expect(quotesOf(body)).toEqual([{said: 'Kami siap membantu warga,', by: 'Budi Santoso', attribution}]);
	});

	it('takes the speaker after a post printed in lower case, never a name after "kepada" or "dalam"', () => {
		expect(quotesOf('“Klien kami tidak bersalah,” ujar pengacara Yusuf Hamdani usai sidang.')).toEqual([{said: 'Klien kami tidak bersalah,', by: 'Yusuf Hamdani', attribution: 'ujar pengacara Yusuf Hamdani'}]);
		expect(quotesOf('“Kami akan menghadirkan saksi,” kata kuasa hukum terdakwa, Dwi Hartanto.').map((quote) => quote.by)).toEqual(['Dwi Hartanto']);
		// Said to someone, or in a statement: the name after is not who said it.
		expect(quotesOf('“Air sudah surut,” kata petugas kepada Andi Wijaya.').map((quote) => quote.by)).not.toContain('Andi Wijaya');
	});

	it('resolves "-nya" to the person in the subject\'s place, not the last one named', () => {
		const body = [
			'Menteri Sosial Budi Santoso menyatakan bantuan siap disalurkan.',
			'Menurutnya, penyaluran sejalan dengan arahan Presiden Prabowo Subianto.',
			'“Kami mulai dari daerah terdampak banjir,” tuturnya.',
		].join('\n\n');
		expect(quotesOf(body)).toEqual([{said: 'Kami mulai dari daerah terdampak banjir,', by: 'Budi Santoso', attribution: 'tuturnya'}]);
	});

	it('resolves "jelasnya" after a new subject takes over', () => {
		const body = [
			'“Kami siap membantu,” kata Budi Santoso.',
			'Anggota DPRD Provinsi Papua, Marthen Wenda, menyambut baik bantuan itu. Ia juga meminta penyaluran dipercepat.',
			'"Warga pesisir sudah menunggu sejak pekan lalu," jelasnya.',
		].join('\n\n');
		expect(quotesOf(body).map((quote) => quote.by)).toEqual(['Budi Santoso', 'Marthen Wenda']);
	});

	it('takes the speaker from before the quotation: "Ia menambahkan, “…”"', () => {
		const body = 'Kepala Dinas Pariwisata Kota Ambon, Rudi Latuconsina, mengatakan lomba perahu paling ramai. Ia menambahkan, "Hotel di sekitar teluk penuh sejak Kamis."';
		expect(quotesOf(body)).toEqual([{said: 'Hotel di sekitar teluk penuh sejak Kamis.', by: 'Rudi Latuconsina', attribution: 'Ia menambahkan,'}]);
	});

	it('takes the speaker from before a colon: "Sugeng mengingatkan: “…”"', () => {
		const body = 'Kepala BPBD Samarinda Sugeng Priyanto memantau posko. Sugeng mengingatkan: "Jangan menyeberangi genangan yang arusnya deras."';
		expect(quotesOf(body)).toEqual([{said: 'Jangan menyeberangi genangan yang arusnya deras.', by: 'Sugeng Priyanto', attribution: 'mengingatkan:'}]);
	});

	it('gives "ucapnya" to a person named with her age, not to the one who spoke before', () => {
		const body = [
			'Kepala BPJN Muhammad Ridwan Saleh mengatakan jembatan ditutup bagi mobil. "Perbaikan butuh tiga pekan," kata Muhammad Ridwan Saleh.',
			'',
			'Seorang pengemudi ojek, Wa Ode Sitti Nurhaliza (31), mengeluhkan jarak memutar. "Saya harus memutar hampir 15 kilometer," ucapnya.',
		].join('\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Muhammad Ridwan Saleh', 'Wa Ode Sitti Nurhaliza']);
	});

	it('gives "ucapnya" to a person of one name given with her age, opening her sentence', () => {
		const body = [
			'Kepala BPBD Andi Pratama mengatakan air mulai naik. "Kami siaga," kata Andi Pratama.',
			'',
			'Suryani (47), mengaku rumahnya terendam sejak Rabu. "Kami belum dapat bantuan," ucapnya.',
		].join('\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Andi Pratama', 'Suryani']);
	});

	it('gives "katanya" to the holder of a post whose body is spelled out, not to the one who spoke before', () => {
		const body = [
			'Kepala Dinas Kelautan Agus Salim mengatakan patroli ditambah. "Kami siaga di dermaga," ujar Agus.',
			'Sementara itu, Ketua Persatuan Petani Garam Seluruh Indonesia (PPGSI) Cirebon, Wawan Setiadi, meminta petani tidak memanen garam dulu.',
			'"Cuaca belum bersahabat untuk menjemur garam," katanya.',
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Agus Salim', 'Wawan Setiadi']);
	});

	it('gives "katanya" to nobody after a post whose holder it cannot read, rather than to the one who spoke before', () => {
		const body = [
			'Kepala Dinas Kelautan Agus Salim mengatakan patroli ditambah. "Kami siaga di dermaga," ujar Agus.',
			'Sementara itu, Ketua Persatuan Petani Garam cabang Cirebon yang baru dilantik meminta petani tidak memanen garam dulu.',
			'"Cuaca belum bersahabat untuk menjemur garam," katanya.',
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Agus Salim']);
	});

	it('gives "ujarnya" to a person named with the body she is from, before her verb', () => {
		const body = [
			'Camat Cikadu Asep Sunandar mengatakan jembatan kayu roboh pada Rabu sore. "Warga kami minta memutar," kata Asep di lokasi.',
			'Rini Puspa Lestari dari BPBD Pandeglang menyebut tiang jembatan sudah keropos. "Kayunya sudah dimakan rayap," ujarnya.',
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Asep Sunandar', 'Rini Puspa Lestari']);
	});

	it('gives "ucapnya" to no earlier speaker after a name that says something behind a post it does not know', () => {
		const body = [
			'Kepala Dinas Kelautan Agus Salim mengatakan patroli ditambah. "Kami siaga di dermaga," ujar Agus.',
			'Sementara itu, Korwil Tagana Garut Dede Kurniawan menuturkan 35 warga masih mengungsi.',
			'"Selimut untuk pengungsi masih cukup," ucapnya.',
		].join('\n\n');
		const speakers = quotesOf(body).map(({by}) => by);
		expect(speakers[0]).toBe('Agus Salim');
		expect(speakers.slice(1)).not.toContain('Agus Salim');
	});

	it.each([
		['hanya', 'Ditemui usai sidang, Samsul hanya berkomentar singkat.'],
		['hanya, named in full', 'Samsul Bahri Lubis hanya berkomentar singkat.'],
		['enggan', 'Samsul enggan berkomentar banyak.'],
		['lantas', 'Samsul lantas berkomentar singkat.'],
		['justru', 'Samsul justru tersenyum kepada wartawan.'],
	])('gives "katanya" to a defendant whose verb follows an adverb (%s), never to the prosecutor who spoke before', (_adverb, sentence) => {
		const body = [
			'Mantan Camat Sukaraja, Samsul Bahri Lubis, menjalani sidang dakwaan pada Senin (14/4).',
			'Jaksa Penuntut Umum Melati Kusumawardani membacakan dakwaan. "Terdakwa menerima suap dari rekanan," ucap Melati di hadapan majelis hakim.',
			`${sentence} "Semuanya saya serahkan kepada pengacara," katanya sambil berjalan keluar.`,
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Melati Kusumawardani', 'Samsul Bahri Lubis']);
	});

	it.each([
		['Hakim', 'Hakim menilai Rusdi Harahap menggunakan dana desa untuk keperluan sendiri.'],
		['Majelis hakim', 'Majelis hakim menilai Rusdi Harahap menggunakan dana desa untuk keperluan sendiri.'],
		['a name after "menilai"', 'Dalam putusannya, hakim menilai Rusdi Harahap menggunakan dana desa untuk keperluan sendiri.'],
	])('never gives "jelasnya" to the person a sentence is about (%s)', (_subject, sentence) => {
		const body = [
			'Mantan Kepala Desa Sei Lama, Rusdi Harahap, divonis lima tahun penjara pada Selasa (8/4).',
			`${sentence} "Perbuatan terdakwa merugikan warga desa," jelasnya.`,
			'"Kami akan banding," ujar Rusdi.',
		].join('\n\n');
		// The judge's words go to no one (the format needs a speaker, so the quotation is left out);
		// Rusdi's own, attributed by name, stay his: the rule takes no quote from whom it names.
		expect(quotesOf(body).map(({by, said}) => [by, said])).toEqual([['Rusdi Harahap', 'Kami akan banding,']]);
	});

	it('gives "katanya" to a lawyer introduced by her role and a comma: "penasihat hukum terdakwa, Fajar Nasution, mengatakan"', () => {
		const body = [
			'"Kami akan banding," ujar Hendra Saputra.',
			'Sementara itu, penasihat hukum terdakwa, Fajar Nasution, mengatakan kliennya menerima putusan. "Klien kami sudah mengembalikan sebagian kerugian," katanya.',
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Hendra Saputra', 'Fajar Nasution']);
	});

	it.each([
		// The attribution's evidence runs through the day it states: a citation's reader sees when as well as who.
		['a comma and the day', '“Kami sudah membuka posko pengaduan,” kata Kepala Dinas Sosial Kabupaten Wonosobo, Ratna Kusuma, Selasa (8/4).', ', Selasa (8/4)'],
		['a comma alone', '“Kami sudah membuka posko pengaduan,” kata Kepala Dinas Sosial Kabupaten Wonosobo, Ratna Kusuma.', ''],
	])('takes the speaker named after a post and a comma (%s)', (_form, body, day) => {
		expect(quotesOf(body)).toEqual([{said: 'Kami sudah membuka posko pengaduan,', by: 'Ratna Kusuma', attribution: `kata Kepala Dinas Sosial Kabupaten Wonosobo, Ratna Kusuma${day}`}]);
		// The day after her name is when she said it, neither her name nor her title.
		const speaker = ingestArticle(DATELINE + body).entities.find((entity) => entity.name === 'Ratna Kusuma');
		expect(speaker?.titles.map((title) => title.id)).toEqual(['Kepala Dinas Sosial Kabupaten Wonosobo']);
	});

	it.each([
		['Kuasa hukum pasangan calon nomor urut 2, Rudi Hartono, meminta hasilnya dibuka.', 'kuasa hukum pasangan calon nomor urut 2'],
		['Kuasa hukum warga, Rudi Hartono, meminta hasilnya dibuka.', 'kuasa hukum warga'],
		['Pengacara keluarga korban, Rudi Hartono, meminta hasilnya dibuka.', 'pengacara keluarga korban'],
		// Nouns that open as verbs do ("di-", "me-") are no verbs: they say whom she acts for.
		['Pengacara direktur perusahaan, Rudi Hartono, meminta hasilnya dibuka.', 'pengacara direktur perusahaan'],
		['Kuasa hukum dinas kesehatan, Rudi Hartono, meminta hasilnya dibuka.', 'kuasa hukum dinas kesehatan'],
		// The pair's names are people of their own, not words of her title.
		['Kuasa hukum pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari, Rudi Hartono, meminta hasilnya dibuka.', 'kuasa hukum pasangan calon nomor urut 2'],
	])('gives a later first name to a lawyer introduced with whom she acts for: %s', (sentence, title) => {
		const draft = ingestArticle(`${DATELINE}${sentence}\n\n“Kami minta semua saksi hadir,” ujar Rudi.`);
		const lawyer = draft.entities.find((entity) => entity.name === 'Rudi Hartono');
		expect(lawyer?.titles.map((each) => each.id)).toEqual([title]);
		expect(draft.quotes.map((quote) => quote.speaker)).toEqual([lawyer?.id]);
	});

	it('takes no clause or pointing word for whom a lawyer acts for', () => {
		for (const sentence of ['Pengacara itu, Rudi Hartono, meminta hasilnya dibuka.', 'Kuasa hukum meminta hasilnya dibuka, Rudi Hartono menambahkan.']) {
			const titles = ingestArticle(DATELINE + sentence).entities.flatMap((entity) => entity.titles.map((each) => each.id));
			expect(titles.filter((each) => /^(?:pengacara|kuasa)/i.test(each ?? ''))).toEqual([]);
		}
	});

	it('gives a "-nya" in a later paragraph to the spokesman, not to an unnamed "Polisi" before it', () => {
		const body = [
			'Kepala Seksi Humas Polres Garut, Iptu Asep Sudrajat, mengatakan polisi menangkap seorang pemuda pada Senin (8/12). Polisi masih menyelidiki asal motor itu.',
			'"Kami masih mendalami keterangan tersangka," katanya.',
		].join('\n\n');
		expect(quotesOf(body).map(({by}) => by)).toEqual(['Asep Sudrajat']);
	});

	it.each([
		['curly', '“', '”'],
		['straight', '"', '"'],
	])('keeps a quotation over paragraphs whole: each opens with a %s mark, only the last closes', (_marks, open, close) => {
		const body = [
			'Kepala Puskesmas Wanareja, Dewi Anggraini, mengatakan stok obat menipis.',
			`${open}Kami butuh tambahan obat diare untuk dua posko. Kalau tidak, kasusnya bisa meluas.`,
			`${open}Lansia kami periksa lebih dulu. Yang demam kami rujuk,${close} kata Dewi, Kamis (10/4).`,
		].join('\n\n');
		const draft = ingestArticle(DATELINE + body);
		// One quotation from the first paragraph's words to the last's, the break and the mark between as printed.
		expect(draft.quotes.map((quote) => quote.text)).toEqual([`Kami butuh tambahan obat diare untuk dua posko. Kalau tidak, kasusnya bisa meluas.\n\n${open}Lansia kami periksa lebih dulu. Yang demam kami rujuk,`]);
		const [quote] = draft.quotes;
		expect(draft.entities.find((entity) => entity.id === quote?.speaker)?.name).toBe('Dewi Anggraini');
		expect(quote?.attribution?.exact).toBe('kata Dewi, Kamis (10/4)');
		expect([...draft.article.text ?? ''].slice(quote?.evidence.start, quote?.evidence.end).join('')).toBe(quote?.text);
	});

	it('joins no paragraph to a quotation that closes in its own', () => {
		const body = ['“Kami siap membantu warga,” kata Budi Santoso.', '“Posko kami buka sampai malam,” ujar Budi.'].join('\n\n');
		expect(quotesOf(body).map(({said}) => said)).toEqual(['Kami siap membantu warga,', 'Posko kami buka sampai malam,']);
	});

	it('keeps no scare quotes and no quotation nobody is named for', () => {
		expect(quotesOf('Kota itu dikenal sebagai pusat “smart city” di kawasan.')).toEqual([]);
		expect(quotesOf('Spanduk bertuliskan "Kami menolak penggusuran" dipasang warga.')).toEqual([]);
	});

	it('finds the four quotations of the embedded article with their speakers and attributions', () => {
		const draft = ingestArticle(readText(EMBEDDED_ARTICLE));
		expect(draft.quotes.map((quote) => [quote.speaker, quote.attribution?.exact, quote.text.slice(0, 30)])).toEqual([
			['meutya-hafid', 'ungkap Menkomdigi Meutya Hafid dalam pertemuan di Kantor Kementerian Komdigi, Jakarta, Selasa (25/3)', 'Kerja sama di bidang infrastru'],
			['meutya-hafid', 'tuturnya', 'Kami terbuka untuk bekerja sam'],
			['nong-shengwen', 'jelasnya', 'Kami berharap dapat membangun '],
			['meutya-hafid', 'kata Meutya Hafid', 'Kami bekerja sama dengan para '],
		]);
	});

	it('attaches a quotation to the event of the day its attribution gives, and one that gives none to no event', () => {
		const draft = ingestArticle(readText(EMBEDDED_ARTICLE));
		const dateOf = (id: string | null) => draft.events.find((event) => event.id === id)?.dateEvidence?.exact ?? id;
		// "… ungkap Menkomdigi Meutya Hafid dalam pertemuan …, Selasa (25/3)"; "tuturnya", "jelasnya" and "kata Meutya Hafid di Jakarta" say no day.
		expect(draft.quotes.map((quote) => dateOf(quote.event))).toEqual(['Selasa (25/3)', null, null, null]);
	});

	it('dates a quotation told on a bare "Minggu" set off at the sentence\'s end by that Sunday', () => {
		const draft = ingestArticle('Warta.id || Senin, 16 Jun 2025, 10:00 WIB\n\nJudul Berita\n\n“Semua puskesmas kami siagakan 24 jam,” kata Saleh, Minggu.\n\n“Laporan kami terima dari nelayan,” kata Aris Munandar kepada Kabar Timur, Minggu.');
		expect(draft.quotes.map((quote) => [quote.attribution?.exact, draft.events.find((event) => event.id === quote.event)?.start])).toEqual([
			['kata Saleh, Minggu', '2025-06-15'],
			['kata Aris Munandar kepada Kabar Timur, Minggu', '2025-06-15'],
		]);
	});

	describe('a quotation after the sentence its speaker says or asks something in', () => {
		const occasionOf = (body: string) => {
			const draft = ingestArticle(DATELINE + body);
			return draft.quotes.map((quote) => draft.events.find((event) => event.id === quote.event)?.dateEvidence?.exact ?? null);
		};

		it.each([
			['in the paragraph before', 'Dirjen Pajak Hendarto W. Prasetyo, saat berkunjung ke Palu pekan lalu, meminta kantor pajak memperketat pengawasan.\n\n"Kami tidak akan menaikkan tarif," ujar Hendarto.'],
			['in the same paragraph', 'Dirjen Pajak Hendarto W. Prasetyo sudah mengingatkan hal serupa saat berkunjung ke Palu pekan lalu. "Jangan menunggu akhir tahun," kata Prasetyo di hadapan pegawai.'],
		])('is said at that event when it is the speaker\'s own doing, %s', (_where, body) => {
			expect(occasionOf(body)).toEqual(['pekan lalu']);
		});

		it.each([
			['what she said will happen', 'Kapolres Tasikmalaya AKBP Dani Firmansyah mengatakan tim forensik akan memeriksa lokasi pada Rabu (16/4/2025). "Kami belum bisa memastikan penyebabnya," ujarnya.'],
			['what she asked for, later than the article', 'Bupati Lembahhijau Rina Marlina meminta sekolah belajar dari rumah pada 20-23 April 2025. "Kesehatan anak-anak lebih penting," kata Rina.'],
			['what happened long before', 'Febby Rizki Pratama mengatakan jembatan itu dibangun warga secara swadaya pada 2009. "Jembatan itu memang sudah lapuk," ujar Febby.'],
			['a meeting she speaks of', 'Budi Santoso mengatakan pihaknya telah menggelar rapat koordinasi pada Jumat (11/4/2025).\n\n"Rapat itu berjalan lancar dan semua sepakat," ujar Budi.'],
		])('is not said at %s', (_what, body) => {
			expect(occasionOf(body)).toEqual([null]);
		});
	});
});
