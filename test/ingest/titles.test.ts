/** A drafted event's title: cut after a few words, but never inside a number or a name. */
import {describe, expect, it} from 'vitest';
import {withSubjectBefore} from '../../src/ingest/subjects.js';
import {inSpeakersName, summaryFrom, titleFrom} from '../../src/ingest/titles.js';

const titled = (sentence: string) => titleFrom(sentence, {start: 0, end: sentence.length});

describe('a title drawn from a sentence', () => {
	it('gives a listed name way to its short form: "BMKG mengeluarkan …", not "Badan Meteorologi, Klimatologi, dan Geofisika BMKG"', () => {
		expect(titled('Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) telah mengeluarkan peringatan dini cuaca ekstrem untuk wilayah itu.')).toBe('BMKG telah mengeluarkan peringatan dini cuaca ekstrem');
		expect(titled('Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Jayapura menunda keberangkatan kapal.')).toBe('KSOP Jayapura menunda keberangkatan kapal');
	});

	it('keeps a list of bodies whole: "… dari BPBD, TNI, Polri, dan relawan", not "… dari BPBD"', () => {
		expect(titled('Petugas gabungan dari BPBD, TNI, Polri, dan relawan masih membersihkan lumpur di jalan desa.')).toBe('Petugas gabungan dari BPBD, TNI, Polri, dan relawan');
	});

	it('gives way to a short form only the names it abbreviates, not a doer listed before: "Gubernur … dan BNPB meninjau"', () => {
		expect(titled('Gubernur Jawa Barat Dedi Mulyadi dan Badan Nasional Penanggulangan Bencana (BNPB) meninjau lokasi banjir.')).toBe('Gubernur Jawa Barat Dedi Mulyadi dan BNPB meninjau');
		expect(titled('Bupati Bandung, Dadang Supriatna, dan Badan Penanggulangan Bencana Daerah (BPBD) meninjau lokasi banjir.')).not.toMatch(/^BPBD/);
	});

	it('stops before a clause of purpose or cause: "… minta semua pengungsi didata", not "… supaya bantuan"', () => {
		expect(titled('Bupati minta semua pengungsi didata supaya bantuan tidak salah sasaran.')).toBe('Bupati minta semua pengungsi didata');
		expect(titled('Jalan desa ditutup sementara lantaran tanah masih bergerak.')).toBe('Jalan desa ditutup sementara');
	});

	it('ends a name of initials whole: "… di Jalan D.I. Panjaitan", not "… di Jalan D.I"', () => {
		expect(titled('Pihaknya akan mendirikan dapur umum di Jalan D.I. Panjaitan besok pagi.')).toBe('Pihaknya akan mendirikan dapur umum di Jalan D.I. Panjaitan');
	});

	it('closes the gap a date leaves before a comma: "ditutup, lalu", not "ditutup , lalu"', () => {
		const sentence = 'Jalan ditutup setelah Senin, lalu dibuka kembali.';
		const date = {start: sentence.indexOf('setelah'), end: sentence.indexOf(',')};
		expect(titleFrom(sentence, {start: 0, end: sentence.length}, [date])).toBe('Jalan ditutup, lalu dibuka kembali');
	});

	it('stops before who told it and the day of telling: "Bantuan disalurkan", not "…, ujarnya, Rabu 10/12"', () => {
		const sentence = 'Bantuan disalurkan setelah Sabtu, ujarnya, Rabu (10/12).';
		const date = {start: sentence.indexOf('setelah'), end: sentence.indexOf(',')};
		expect(titleFrom(sentence, {start: 0, end: sentence.length}, [date])).toBe('Bantuan disalurkan');
		const told = 'Pengaspalan dimulai setelah Senin, ujar Budi, Rabu (10/12).';
		expect(titleFrom(told, {start: 0, end: told.length}, [{start: told.indexOf('setelah'), end: told.indexOf(',')}])).toBe('Pengaspalan dimulai');
		// A word that attributes only after a comma: "kata" inside a clause is the sentence's own.
		expect(titled('Kata sandi aplikasi bantuan sosial bocor.')).toBe('Kata sandi aplikasi bantuan sosial bocor');
	});

	it('is what was said, not who said it: "Pompa air … akan diperbaiki", not "Andi Wibowo mengatakan bahwa pompa air"', () => {
		expect(titled('Andi Wibowo mengatakan bahwa pompa air di Kaligawe akan diperbaiki.')).toBe('Pompa air di Kaligawe akan diperbaiki');
		const told = 'Kepala BPBD Andi Wibowo mengatakan, Kamis (4/12), pompa air di Kaligawe akan diperbaiki besok.';
		const spans = ['besok', 'Kamis (4/12)'].map((words) => ({start: told.indexOf(words), end: told.indexOf(words) + words.length}));
		expect(titleFrom(told, {start: 0, end: told.length}, spans)).toBe('Pompa air di Kaligawe akan diperbaiki');
		// Too little said to stand alone: the telling stays.
		expect(titled('Andi Wibowo mengatakan hal itu.')).toBe('Andi Wibowo mengatakan hal itu');
	});

	it('leaves out an opening "Menurut X," and does not end on "sekitar pukul"', () => {
		expect(titled('Menurut Dewi, rob masih berpotensi terjadi di pesisir utara.')).toBe('Rob masih berpotensi terjadi di pesisir utara');
		const sentence = 'Pasang air laut tertinggi diperkirakan terjadi besok sekitar pukul 08.00 WIB.';
		const besok = {start: sentence.indexOf('besok'), end: sentence.indexOf('besok') + 5};
		expect(titleFrom(sentence, {start: 0, end: sentence.length}, [besok])).toBe('Pasang air laut tertinggi diperkirakan terjadi');
	});

	it.each([
		['Samarinda (LINTAS KALTIM) - Pemkot memperpanjang status tanggap darurat banjir.', 'Pemkot memperpanjang status tanggap darurat banjir'],
		['Jakarta - Banjir rob merendam 14 RT di Penjaringan.', 'Banjir rob merendam 14 RT di Penjaringan'],
		['Sultrapos.com, Kendari — BPJN menutup jembatan bagi mobil.', 'BPJN menutup jembatan bagi mobil'],
	])('leaves out the filing words that open a story: "%s"', (sentence, title) => {
		expect(titled(sentence)).toBe(title);
		expect(summaryFrom(sentence, {start: 0, end: sentence.length})).toBe(sentence.slice(sentence.indexOf(title)));
	});

	it('does not end on an adverb that leads on to what the cut left out: "… diresmikan dan kini"', () => {
		expect(titled('Jembatan sepanjang 1,3 kilometer itu diresmikan dan kini menjadi jalur utama warga Abeli.')).toBe('Jembatan sepanjang 1,3 kilometer itu diresmikan');
		// "sedang" and "tengah" are also words of measure and place: a title may end on them.
		expect(titled('Gempa berkekuatan sedang.')).toBe('Gempa berkekuatan sedang');
	});

	it('does not end on a preposition the cut parted from its object: "… menindaklanjutinya dalam"', () => {
		expect(titled('Kami sudah menerima rekomendasi Bawaslu dan menindaklanjutinya dalam rapat pleno kemarin.')).toBe('Kami sudah menerima rekomendasi Bawaslu dan menindaklanjutinya');
		expect(titled('Pemerintah Kabupaten Demak telah menganggarkan perbaikan saluran dalam APBD perubahan tahun ini.')).toBe('Pemerintah Kabupaten Demak telah menganggarkan perbaikan saluran');
	});

	it('does not end on a negation the cut parted from what it denies: "… tak bisa dilalui", not "… tak"', () => {
		expect(titled('Hujan deras sejak pagi membuat jalan desa tak bisa dilalui kendaraan roda empat.')).toBe('Hujan deras sejak pagi membuat jalan desa tak bisa dilalui');
		expect(titled('Petugas gabungan sudah berupaya tetapi api tak kunjung padam hingga malam.')).toBe('Petugas gabungan sudah berupaya tetapi api tak kunjung padam');
		expect(titled('Air bersih di posko pengungsian Desa Cikadu tak juga datang meski sudah diminta warga.')).toBe('Air bersih di posko pengungsian Desa Cikadu tak juga datang');
		// Before the clause a negation denies, no cut: "terdata" alone would say the opposite.
		expect(titled('Warga pendatang di Desa Cikadu terdata tidak sebagai penerima bantuan.')).toBe('Warga pendatang di Desa Cikadu terdata tidak sebagai penerima bantuan');
		// Too many words on to reach what it denies: the title is cut before the negation.
		expect(titled('Jaringan listrik di Desa Cikadu dan Cibeber belum juga bisa kembali normal.')).toBe('Jaringan listrik di Desa Cikadu dan Cibeber');
		expect(titled('Sebanyak 40 pengungsi di Desa Cikadu tidak segera dievakuasi karena jalan tertutup longsor.')).toBe('Sebanyak 40 pengungsi di Desa Cikadu tidak segera dievakuasi');
		// A negation that ends its clause says it all, and stays.
		expect(titled('Sekolah diliburkan, tetapi kantor kecamatan tidak.')).toBe('Sekolah diliburkan, tetapi kantor kecamatan tidak');
	});

	it('ends on a place named with an adverb\'s word: "Jawa Tengah" keeps "Tengah"', () => {
		expect(titled('Banjir besar merendam ratusan rumah warga di Jawa Tengah.')).toBe('Banjir besar merendam ratusan rumah warga di Jawa Tengah');
		expect(titled('Gempa bermagnitudo 5,2 mengguncang wilayah Sulawesi Tengah.')).toBe('Gempa bermagnitudo 5,2 mengguncang wilayah Sulawesi Tengah');
	});

	it('keeps a person whose party follows in brackets: "(PKS)" is no short form of the name', () => {
		expect(titled('Mardani Ali Sera (PKS) meminta pemerintah menunda rencana itu.')).toBe('Mardani Ali Sera PKS meminta pemerintah menunda rencana itu');
	});

	it('gives a long name way to its short form in brackets, so the title reaches what was done', () => {
		expect(titled('Balai Pelaksanaan Jalan Nasional Sulawesi Tenggara (BPJN Sultra) menutup Jembatan Teluk Kendari bagi mobil dan truk.')).toBe('BPJN Sultra menutup Jembatan Teluk Kendari bagi mobil');
		// A date in brackets is no short form.
		expect(titled('Warga Kampung Baru Sejahtera (12/3) menanam bakau di pesisir.')).toBe('Warga Kampung Baru Sejahtera 12/3 menanam bakau di pesisir');
	});

	it('gives a sentence from inside a quotation as quoted in its summary, the missing mark after an ellipsis', () => {
		const summary = (sentence: string) => summaryFrom(sentence, {start: 0, end: sentence.length});
		expect(summary('Kalau dibiarkan, kerusakannya bisa lebih besar,” kata Andi, Minggu (30/11).')).toBe('“…Kalau dibiarkan, kerusakannya bisa lebih besar,” kata Andi, Minggu (30/11).');
		expect(summary('“Jembatan ini rusak parah sejak Sabtu.')).toBe('“Jembatan ini rusak parah sejak Sabtu. …”');
		expect(summary('“Kami siap,” kata Andi.')).toBe('“Kami siap,” kata Andi.');
		// Straight marks too: the one left opens or closes by where it stands.
		expect(summary('"Kami sudah menerima rekomendasi Bawaslu dan menindaklanjutinya dalam rapat pleno kemarin.')).toBe('"Kami sudah menerima rekomendasi Bawaslu dan menindaklanjutinya dalam rapat pleno kemarin. …"');
		expect(summary('Penghitungan ulang akan dilakukan terbuka," kata Fauzan.')).toBe('"…Penghitungan ulang akan dilakukan terbuka," kata Fauzan.');
		expect(summary('"Kami siap," kata Andi.')).toBe('"Kami siap," kata Andi.');
	});

	/** The span of `words` in `sentence`. */
	const spanOf = (sentence: string, words: string) => ({start: sentence.indexOf(words), end: sentence.indexOf(words) + words.length});
	const titledWithout = (sentence: string, omit: readonly string[], people: readonly string[] = []) => titleFrom(sentence, {start: 0, end: sentence.length}, omit.map((words) => spanOf(sentence, words)), people.map((words) => spanOf(sentence, words)));

	it('leaves out the part of the day and the hour with their date: "… meninjau tanggul", not "… tanggul pagi"', () => {
		expect(titledWithout('Petugas meninjau tanggul pada Selasa pagi.', ['pada Selasa'])).toBe('Petugas meninjau tanggul');
		expect(titledWithout('Gejala pertama muncul pada Senin malam sekitar pukul 21.00 WIB.', ['pada Senin'])).toBe('Gejala pertama muncul');
		expect(titledWithout('Hingga Kamis sore, belum ada laporan korban jiwa.', ['Hingga Kamis'])).toBe('Belum ada laporan korban jiwa');
		// The word of time before a date the finder took without it goes with the date.
		expect(titledWithout('Sepanjang Januari hingga Februari 2025, penerimaan pajak tercatat Rp1,12 triliun.', ['Januari hingga Februari 2025'])).toBe('Penerimaan pajak tercatat Rp1,12 triliun');
		expect(titledWithout('Harga naik karena panen mundur akibat hujan sepanjang Mei.', ['Mei'])).toBe('Harga naik karena panen mundur akibat hujan');
		expect(titledWithout('Harga beras naik pada hari Sabtu (12/4) di Pasar Cikadu.', ['Sabtu (12/4)'])).toBe('Harga beras naik di Pasar Cikadu');
	});

	it('leaves out words of when and of who told it that open a sentence: "Keesokan harinya,", "kata Dedi,"', () => {
		expect(titledWithout('Keesokan harinya, Selasa (4/11), jumlah pasien yang dirawat terus bertambah sehingga posko dibuka.', ['Selasa (4/11)'])).toBe('Jumlah pasien yang dirawat terus bertambah');
		expect(titledWithout('Tahun lalu, kata Dedi, dua perahu nelayan tenggelam di perairan Eretan.', ['Tahun lalu'])).toBe('Dua perahu nelayan tenggelam di perairan Eretan');
		expect(titled('Kata sandi itu bocor, sehingga data warga tersebar.')).toBe('Kata sandi itu bocor');
	});

	it('titles from the name past a role with its short form in brackets: "Ketua … (HNSI) Indramayu, Dedi Aryanto, meminta …"', () => {
		const sentence = 'Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Indramayu, Dedi Aryanto, meminta nelayan tidak melaut hingga Senin (5/1).';
		expect(titledWithout(sentence, ['hingga Senin (5/1)'], ['Dedi Aryanto'])).toBe('Dedi Aryanto meminta nelayan tidak melaut');
	});

	it.each([
		['one dotted degree', 'Mantan Kepala Dinas Perhubungan (Dishub) Kabupaten Batang, Ir. H. Slamet Riyadi, M.T., menjalani sidang perdana di Pengadilan Tipikor Semarang.'],
		['two degrees', 'Mantan Kepala Dinas Perhubungan (Dishub) Kabupaten Batang, Slamet Riyadi, S.T., M.Si., menjalani sidang perdana di Pengadilan Tipikor Semarang.'],
		['an undotted degree', 'Mantan Kepala Dinas Perhubungan (Dishub) Kabupaten Batang, Slamet Riyadi, MT, menjalani sidang perdana di Pengadilan Tipikor Semarang.'],
	])('titles from a name past the degrees set off by commas after it (%s): "… menjalani sidang perdana", not "Slamet Riyadi M.T"', (_form, sentence) => {
		expect(titledWithout(sentence, [], ['Slamet Riyadi'])).toBe('Slamet Riyadi menjalani sidang perdana di Pengadilan Tipikor Semarang');
	});

	it('titles from a name past a role in lower case set off by commas: not only "Kuasa hukum terdakwa, Fajar Nasution"', () => {
		const sentence = 'Kuasa hukum terdakwa, Fajar Nasution, menolak seluruh dakwaan jaksa dalam sidang itu.';
		const name = {start: sentence.indexOf('Fajar'), end: sentence.indexOf('Fajar') + 'Fajar Nasution'.length};
		expect(titleFrom(sentence, {start: 0, end: sentence.length}, [], [name])).toBe('Fajar Nasution menolak seluruh dakwaan jaksa dalam sidang itu');
		// What the lawyer says of "kliennya" is of his client, and the title says whose.
		const told = 'Kuasa hukum terdakwa, Fajar Nasution, menyebut kliennya belum memutuskan langkah hukum.';
		const teller = {start: told.indexOf('Fajar'), end: told.indexOf('Fajar') + 'Fajar Nasution'.length};
		expect(titleFrom(told, {start: 0, end: told.length}, [], [teller])).toBe('Klien Fajar Nasution belum memutuskan langkah hukum');
	});

	it('titles from a name past a longer description set off by commas, but not past a clause', () => {
		const described = 'Seorang pedagang sayur di Pasar Cikadu, Euis Komariah, mengaku kiosnya terendam.';
		expect(titledWithout(described, [], ['Euis Komariah'])).toBe('Euis Komariah mengaku kiosnya terendam');
		// With a verb before the comma, the words are a clause of their own, no role of the name after it.
		const clause = 'Banjir bandang merendam kios milik pedagang sayur di Pasar Cikadu, Euis Komariah, kemarin.';
		expect(titledWithout(clause, ['kemarin'], ['Euis Komariah'])).toBe('Banjir bandang merendam kios milik pedagang sayur');
	});

	it.each([
		['a post in capitals', 'Ratna Dewi Kusumawardhani, Kepala Kanwil DJP Sulawesi Tengah, meninjau kantor pajak di Palu.', 'Ratna Dewi Kusumawardhani', 'Ratna Dewi Kusumawardhani meninjau kantor pajak di Palu'],
		['what she is, in lower case', 'Yusran Nur Hidayat, pengamat ekonomi dari Universitas Tadulako, meninjau pasar di Palu.', 'Yusran Nur Hidayat', 'Yusran Nur Hidayat meninjau pasar di Palu'],
		['her degrees and her post', 'Andi Rizal, S.STP., M.M., Kepala Bapenda Sulteng, meninjau kantor samsat.', 'Andi Rizal', 'Andi Rizal meninjau kantor samsat'],
	])('titles from a name past %s set off by commas after it, to what she did', (_what, sentence, name, title) => {
		expect(titledWithout(sentence, [], [name])).toBe(title);
	});

	it('keeps a telling whose object points back ("menyampaikan hal itu"): it is what happened, not what was said', () => {
		const sentence = 'Ratna Dewi Kusumawardhani menyampaikan hal itu dalam konferensi pers di Palu.';
		expect(titledWithout(sentence, [], ['Ratna Dewi Kusumawardhani'])).toBe('Ratna Dewi Kusumawardhani menyampaikan hal itu dalam konferensi');
		// After a comma or "bahwa", or with "itu" alone, the words are what was said.
		expect(titled('Kapolres mengatakan, hal itu sudah ditangani oleh petugas di lapangan.')).toBe('Hal itu sudah ditangani oleh petugas di lapangan');
		expect(titled('Kapolres mengatakan bahwa informasi itu tidak benar dan menyesatkan.')).toBe('Informasi itu tidak benar dan menyesatkan');
		expect(titled('Kapolres mengatakan itu bukan kebakaran biasa.')).toBe('Itu bukan kebakaran biasa');
	});

	it('titles from a name past her honorific after a role set off by commas: "…, dr. Ratna Puspitasari, mengatakan …"', () => {
		const sentence = 'Kepala Dinas Kesehatan Kabupaten Lembah, dr. Ratna Puspitasari, mengatakan petugas menemukan 87 pengungsi sakit.';
		expect(titledWithout(sentence, [], ['Ratna Puspitasari'])).toBe('Petugas menemukan 87 pengungsi sakit');
	});

	it('gives a title that is its verb alone the subject of the title before, unless that verb acted on an object', () => {
		expect(withSubjectBefore('Diperbaiki', 'Jembatan Cidurian di Kecamatan Cibeber rusak')).toBe('Jembatan Cidurian di Kecamatan Cibeber diperbaiki');
		expect(withSubjectBefore('Masih ditutup', 'Jalan desa menuju Cikadu sudah tertimbun longsor')).toBe('Jalan desa menuju Cikadu masih ditutup');
		// "mengungsi" befalls its subject: it takes no object.
		expect(withSubjectBefore('Dipulangkan', 'Sebanyak 40 warga mengungsi ke balai desa')).toBe('Sebanyak 40 warga dipulangkan');
		// What Budi inspected was repaired, not Budi.
		expect(withSubjectBefore('Diperbaiki', 'Budi Santoso meninjau jembatan itu')).toBe('Diperbaiki');
		// A title with more than its verb has its subject, or names it after the verb ("Ditemukan dua korban").
		expect(withSubjectBefore('Ditemukan dua korban', 'Tim SAR menyisir sungai')).toBe('Ditemukan dua korban');
		expect(withSubjectBefore('Diperbaiki', undefined)).toBe('Diperbaiki');
		// A title before that has no subject of its own gives none.
		expect(withSubjectBefore('Dibuka', 'Diperbaiki dengan dana desa lalu diresmikan')).toBe('Dibuka');
	});

	it('reaches the verb past an address between commas: "… Desa Sukaresmi mengungsi", not "… Desa Sukaresmi"', () => {
		expect(titled('Sebanyak 30 warga Desa Sukaresmi, Kecamatan Cisurupan, Kabupaten Garut, mengungsi akibat banjir.')).toBe('Sebanyak 30 warga Desa Sukaresmi mengungsi akibat banjir');
	});

	it('leaves out a whole address that ends on a province printed bare, and reaches what happened', () => {
		expect(titled('Harga cabai di Pasar Sentral, Kota Makassar, Sulawesi Selatan, naik menjadi Rp60.000 per kilogram.')).toBe('Harga cabai di Pasar Sentral naik menjadi Rp60.000 per kilogram');
		// A bare name the gazetteer does not know as a place may be a person's: it stays.
		expect(titled('Warga Desa Cikadu, Kecamatan Cisurupan, Budi Santoso, menanam bakau di pesisir.')).toMatch(/Budi Santoso/);
	});

	it('drops no place from the middle of a list of one level: "Kecamatan A, Kecamatan B, dan Kecamatan C" is no address', () => {
		// The places a title names are the list's first ones, in order: cut short, never one skipped.
		const placesIn = (title: string, list: readonly string[]) => list.filter((place) => title.includes(place));
		for (const [sentence, list] of [
			['Banjir merendam Kecamatan Genuk, Kecamatan Pedurungan, dan Kecamatan Gayamsari.', ['Genuk', 'Pedurungan', 'Gayamsari']],
			['Banjir merendam Desa Cijambe, Desa Cikadu, Desa Sukarame, dan Desa Sindang.', ['Cijambe', 'Cikadu', 'Sukarame', 'Sindang']],
		] as const) {
			const named = placesIn(titled(sentence), list);
			expect(named.length).toBeGreaterThan(0);
			expect(named).toEqual(list.slice(0, named.length));
		}
		// An address after a list's last place is still left out.
		expect(titled('Warga Desa Cijambe dan Desa Cikadu, Kecamatan Cisurupan, mengungsi akibat banjir.')).toMatch(/^Warga Desa Cijambe dan Desa Cikadu mengungsi/);
	});

	it('keeps a list whole: "pusing, mual, dan muntah", not "pusing"', () => {
		expect(titled('Puluhan siswa mengalami pusing, mual, dan muntah setelah jajan.')).toBe('Puluhan siswa mengalami pusing, mual, dan muntah');
		// A comma before a clause still ends the title.
		expect(titled('Puluhan siswa mengalami pusing, lalu guru membawa mereka ke puskesmas.')).toBe('Puluhan siswa mengalami pusing');
	});

	it('keeps what a naming verb makes its object, in the short form of a term: "… sebagai KLB"', () => {
		const sentence = 'Bupati Garut Rudy Gunawan menetapkan wabah itu sebagai kejadian luar biasa (KLB) pada Rabu.';
		expect(titledWithout(sentence, ['pada Rabu'], ['Rudy Gunawan'])).toBe('Rudy Gunawan menetapkan wabah itu sebagai KLB');
		expect(titled('Dinas mencatat 120 kasus infeksi saluran pernapasan akut (ISPA) sepanjang Agustus.')).toBe('Dinas mencatat 120 kasus ISPA sepanjang Agustus');
		// Elsewhere "sebagai" still opens a clause the title stops before.
		expect(titled('Relawan membagikan masker kepada warga sebagai bentuk kepedulian.')).toBe('Relawan membagikan masker kepada warga');
	});

	it('names the teller where what was said begins with "pihaknya": who will, not "Pihaknya akan …"', () => {
		const sentence = 'Camat Cisurupan Asep Mulyadi mengatakan pihaknya akan mendata rumah yang rusak pada Senin.';
		expect(titledWithout(sentence, ['pada Senin'], ['Asep Mulyadi'])).toBe('Asep Mulyadi akan mendata rumah');
	});

	it('is cut after a few words, before a subordinate clause', () => {
		expect(titled('Petugas pemadam kebakaran tiba di lokasi yang sudah dipenuhi warga sejak pagi.')).toBe('Petugas pemadam kebakaran tiba di lokasi');
	});

	it('does not end on an amount cut from its scale ("Rp800" of "Rp800 juta")', () => {
		expect(titled('Warga Desa Cibeber memulai pembangunan dengan anggaran Rp800 juta dari dana desa.')).toBe('Warga Desa Cibeber memulai pembangunan dengan anggaran Rp800 juta');
	});

	it('gives a two-word name way to its short form: "PN Kisaran", not "Pengadilan Negeri PN Kisaran"', () => {
		expect(titled('Majelis hakim Pengadilan Negeri (PN) Kisaran menjatuhkan vonis kepada terdakwa.')).toBe('Majelis hakim PN Kisaran menjatuhkan vonis kepada terdakwa');
	});

	it('does not end before the amount a word introduces, nor on a count of years without what they are of', () => {
		expect(titled('Klien kami sudah mengembalikan sebagian kerugian negara sebesar Rp150 juta sejak Agustus.')).toBe('Klien kami sudah mengembalikan sebagian kerugian negara sebesar Rp150 juta');
		expect(titled('Pengadilan itu akhirnya menjatuhkan hukuman selama empat tahun penjara kepada terdakwa.')).toBe('Pengadilan itu akhirnya menjatuhkan hukuman selama empat tahun penjara');
	});

	it('names the speaker for the first person that opens a title from a quotation', () => {
		expect(inSpeakersName('Klien kami sudah mengembalikan sebagian kerugian negara', 'Fajar Nasution')).toBe('Klien Fajar Nasution sudah mengembalikan sebagian kerugian negara');
		expect(inSpeakersName('Kami masih mempelajari salinan putusan', 'Fajar Nasution')).toBe('Fajar Nasution masih mempelajari salinan putusan');
		// Only the teller's people own a "kami": another first word is no owner ("Tetapi Budi", "Menurut Budi").
		expect(inSpeakersName('Tetapi kami sudah menolak tawaran itu', 'Budi')).toBe('Tetapi kami sudah menolak tawaran itu');
		expect(inSpeakersName('Menurut saya harga akan turun', 'Budi')).toBe('Menurut saya harga akan turun');
		// Not a first person: "kamis" is no "kami", and one further in is left as said.
		expect(inSpeakersName('Pasar buka hingga kami selesai', 'Budi')).toBe('Pasar buka hingga kami selesai');
		// "Kita" takes in those spoken to: what "we all" must do is no deed of the speaker's.
		expect(inSpeakersName('Kita harus menjaga sungai agar tidak meluap', 'Syakur Amin')).toBe('Kita harus menjaga sungai agar tidak meluap');
	});

	it('does not end on a number cut from what it counts', () => {
		expect(titled('Petugas gabungan mencatat kerusakan ringan pada total 12 rumah warga di bantaran sungai.')).toBe('Petugas gabungan mencatat kerusakan ringan pada total 12 rumah');
	});

	it('does not end inside a name ("di Desa" of "di Desa Cibeber")', () => {
		expect(titled('Petugas mengevakuasi warga dari dua kampung di Desa Cibeber ke balai desa.')).toBe('Petugas mengevakuasi warga dari dua kampung di Desa Cibeber');
	});

	it.each([
		['Jembatan gantung yang menghubungkan dua kampung di Desa Sukamaju putus diterjang banjir.', 'Jembatan gantung di Desa Sukamaju putus diterjang banjir'],
		['Warga yang tinggal di bantaran sungai sejak puluhan tahun diminta segera mengungsi.', 'Warga diminta segera mengungsi'],
		['Sebanyak 12 siswa yang mengeluh mual dan pusing setelah jajan kini dirawat di puskesmas.', 'Sebanyak 12 siswa kini dirawat di puskesmas'],
		['Jembatan gantung, yang dibangun warga dua kampung dengan dana swadaya, putus diterjang banjir.', 'Jembatan gantung putus diterjang banjir'],
		['Dua pedagang yang sedang berjualan di los sayur Pasar Cikajang terluka tertimpa atap.', 'Dua pedagang terluka tertimpa atap'],
		// The verb's adverb stays; a dot inside the clause ends an abbreviation, not the subject.
		['Rumah yang terendam banjir sejak dua hari lalu mulai dibersihkan warga.', 'Rumah mulai dibersihkan warga'],
		['Pasien yang dirawat di RSUD dr. Slamet Garut bertambah menjadi 40 orang.', 'Pasien bertambah menjadi 40 orang'],
		// Cut right after the verb, the title had the verb without what it says.
		['Korban yang meninggal dunia dalam kecelakaan itu berjumlah tiga orang.', 'Korban berjumlah tiga orang'],
		// (Long enough that the title does not end with the sentence, which a title one word short of it does.)
		['Gempa yang berpusat di laut selatan Jawa itu tidak berpotensi tsunami.', 'Gempa tidak berpotensi tsunami'],
		// "menit" is no verb for all its "men-": the main verb is "tinggal", before the minutes.
		['Waktu antre yang dulu bisa satu jam kini rata-rata tinggal 15 menit, ujar petugas.', 'Waktu antre tinggal 15 menit'],
		// A verb of hearsay leads on to the clause's own verb, which is not the sentence's.
		['Api yang diduga berasal dari korsleting listrik melalap tiga rumah di Desa Sukamaju.', 'Api melalap tiga rumah di Desa Sukamaju'],
		// "lalu" after a time ends the clause: it joins no second verb to it.
		['Harga cabai yang naik sejak pekan lalu membuat pedagang mengeluh.', 'Harga cabai membuat pedagang mengeluh'],
		// A verb after "saat" or "karena" is the clause's own, of the time or the cause it opens.
		['Seorang nelayan yang hilang saat melaut di perairan Pangandaran ditemukan selamat oleh tim SAR.', 'Seorang nelayan ditemukan selamat oleh tim SAR'],
		['Warga yang kehilangan rumah karena terbakar di Kampung Cibodas mengungsi ke balai desa.', 'Warga di Kampung Cibodas mengungsi ke balai desa'],
	])('keeps the main verb past a relative clause in the subject: %s', (sentence, title) => {
		expect(titled(sentence)).toBe(title);
	});

	it('takes no verb of a clause of cause or time for the main one: "Banjir … bukan karena tanggul jebol", not "Banjir jebol"', () => {
		expect(titled('Banjir yang merendam Desa Cikadu bukan karena tanggul jebol.')).toBe('Banjir yang merendam Desa Cikadu bukan karena tanggul jebol');
		// Too long for the title to reach it, the negation stays the predicate: what the clause denies follows it.
		expect(titled('Longsor yang menutup jalan provinsi di Kecamatan Cisewu bukan akibat hujan deras semalam.')).toBe('Longsor di Kecamatan Cisewu bukan akibat hujan deras semalam');
		// The cause's own verb ends the sentence: no main verb is in view, and the title is cut, not rebuilt round "jebol".
		expect(titled('Banjir yang merendam ratusan rumah di Desa Cikadu karena tanggul jebol.')).toBe('Banjir yang merendam ratusan rumah di Desa Cikadu');
		// After the verb of a clause of time, a verb ending the sentence is the main one.
		expect(titled('Seorang nelayan yang hilang saat melaut di perairan Pangandaran kemarin ditemukan.')).toBe('Seorang nelayan ditemukan');
	});

	it('keeps a relative clause the title reaches past, or one that qualifies an object', () => {
		expect(titled('Jumlah pasien yang dirawat terus bertambah.')).toBe('Jumlah pasien yang dirawat terus bertambah');
		// A comma, not the count, ended it after the verb: the title is whole.
		expect(titled('Gempa yang berpusat di laut itu terasa, kata warga.')).toBe('Gempa yang berpusat di laut itu terasa');
		// Right after the clause's verb, a verb is the sentence's: "berlangsung" says no more than when.
		expect(titled('Pameran Batik Garut yang berlangsung menarik sekitar 5.000 pengunjung, naik dari 3.000 orang.')).toBe('Pameran Batik Garut yang berlangsung menarik sekitar 5.000 pengunjung');
		expect(titled('Polisi menangkap pria yang mencuri sepeda motor di pasar induk kemarin sore.')).toBe('Polisi menangkap pria yang mencuri sepeda motor');
	});

	it('takes no word that opens a clause, and none where a clause ended it', () => {
		expect(titled('Pemerintah desa menyalurkan bantuan tunai sebesar Rp5 juta karena banjir merusak rumah warga.')).toBe('Pemerintah desa menyalurkan bantuan tunai sebesar Rp5 juta');
		expect(titled('Dinas menambah anggaran sebesar 5 sehingga bisa membangun dua jembatan.')).toBe('Dinas menambah anggaran sebesar 5');
	});

	it('goes on past a province set off by commas after a village to the verb: "Ratusan warga Desa Sukamaju mengungsi …"', () => {
		expect(titled('Ratusan warga Desa Sukamaju, Jawa Barat, mengungsi ke balai desa sejak dini hari.')).toBe('Ratusan warga Desa Sukamaju mengungsi ke balai desa');
		expect(titled('Longsor menutup akses jalan di Kecamatan Cisewu, Garut, Jawa Barat.')).toBe('Longsor menutup akses jalan di Kecamatan Cisewu');
		// Without a level's word before it, the place is the sentence's own: a city set off by commas stays.
		expect(titled('Pedagang Pasar Baru, Bandung, menolak relokasi ke gedung yang baru.')).toBe('Pedagang Pasar Baru, Bandung');
	});

	it('keeps names set off by commas after who they are in brackets, and reaches what they did', () => {
		expect(titled('Dua warga desa, Budi Santoso dan Siti Aminah, melaporkan kerusakan tanggul.')).toBe('Dua warga desa (Budi Santoso dan Siti Aminah) melaporkan kerusakan tanggul');
		// The names are an aside, no words of the count: not cut at "nomor urut" nor before the verb's object.
		const sentence = 'Pasangan calon nomor urut 2, Hendra Wiratmo dan Sri Lestari, melaporkan dugaan penggelembungan suara pada Jumat (5/12).';
		expect(titledWithout(sentence, ['pada Jumat (5/12)'])).toBe('Pasangan calon nomor urut 2 (Hendra Wiratmo dan Sri Lestari) melaporkan dugaan penggelembungan suara');
		// After a capitalized word, what the commas set off is no apposition of people: a place's province, left out as an address is.
		expect(titled('Warga Desa Sukamaju, Jawa Barat, mengungsi ke balai desa.')).toBe('Warga Desa Sukamaju mengungsi ke balai desa');
	});

	it('takes the one word a cut by the count would leave at the sentence\'s end, but no word that leads on to a date left out', () => {
		expect(titled('Pemkot menargetkan seluruh armada bus kota memakai tenaga listrik.')).toBe('Pemkot menargetkan seluruh armada bus kota memakai tenaga listrik');
		expect(titledWithout('Dinas Kesehatan Kota Pontianak mencatat 2.300 kasus ISPA sepanjang Agustus.', ['Agustus'])).toBe('Dinas Kesehatan Kota Pontianak mencatat 2.300 kasus ISPA');
		// Two words short, the cut stands.
		expect(titled('Pemkot menargetkan seluruh armada bus kota memakai tenaga listrik surya.')).toBe('Pemkot menargetkan seluruh armada bus kota memakai tenaga');
	});

	it('takes a few words more at most, and none past a comma', () => {
		expect(titled('Warga lima desa menyumbang bahan bangunan senilai 40, kata kepala desa.')).toBe('Warga lima desa menyumbang bahan bangunan senilai 40');
		expect(titled('Rombongan itu disambut di pendopo oleh Bupati Lebak Ade Sumardi Wijaya Kusuma Putra dan jajarannya.')).toBe('Rombongan itu disambut di pendopo oleh Bupati Lebak Ade Sumardi Wijaya');
	});
});
