import {describe, expect, it} from 'vitest';
import {abbreviates} from '../../src/ingest/aliases.js';
import {ingestArticle} from '../../src/ingest/ingest.js';
import {textStructure} from '../../src/ingest/sentences.js';
import type {Entity} from '../../src/model/schema.js';
import {EMBEDDED_ARTICLE} from '../helpers/datasets.js';
import {readText} from './helpers.js';

const DATELINE = 'Warta.id || Senin, 14 Apr 2025, 10:00 WIB\n\nJudul Berita\n\n';
const entitiesOf = (body: string) => ingestArticle(DATELINE + body).entities;
const named = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);
/** The people of a text, each with the titles it gives: [name, titles]. */
const peopleOf = (body: string) => entitiesOf(body).filter((entity) => entity.type === 'person').map((person) => [person.name, person.titles?.map((each) => each.id)]);

describe('one body named with and without its seat\'s level', () => {
	it('is one organization where the article names the place: "BPBD Girimulya" is "BPBD Kabupaten Girimulya"', () => {
		const draft = ingestArticle(
			`${DATELINE}GIRIMULYA - BPBD Kabupaten Girimulya mendirikan posko pada Senin (13/4). “Warga diminta waspada,” kata Kepala Pelaksana BPBD Girimulya Hendra Wicaksono.`,
		);
		const bodies = draft.entities.filter((entity) => entity.type === 'organization' && entity.name.includes('BPBD'));
		expect(bodies.map((entity) => entity.name)).toEqual(['BPBD Kabupaten Girimulya']);
	});
});

describe('one body in two seats', () => {
	it('is two organizations, and its bare name mentions the one printed last before it, never the other inside its own name', () => {
		const draft = ingestArticle(
			`${DATELINE}GARUT - Ketua PMI Kabupaten Garut, Asep Ruhiyat, mengatakan PMI telah mengirim dua truk air bersih pada Selasa (11/3). Bantuan tambahan dari PMI Provinsi Jawa Barat dijadwalkan tiba Kamis (13/3).`,
		);
		const pmi = draft.entities.filter((entity) => entity.name.startsWith('PMI'));
		expect(pmi.map((entity) => entity.name).sort()).toEqual(['PMI Kabupaten Garut', 'PMI Provinsi Jawa Barat']);
		const mentioned = (name: string) => pmi.find((entity) => entity.name === name)!.mentions.map((mention) => mention.exact);
		expect(mentioned('PMI Kabupaten Garut')).toEqual(['PMI Kabupaten Garut', 'PMI']);
		expect(mentioned('PMI Provinsi Jawa Barat')).toEqual(['PMI Provinsi Jawa Barat']);
	});
});

describe('entity candidates', () => {
	it('finds the person after a role, and the body and place the role names', () => {
		const entities = entitiesOf('JAKARTA - Wakil Ketua Komisi I DPR RI, Dave Laksono bertemu Sekretaris Partai Kota Nanning Nong Shengwen.');
		expect(named(entities, 'Dave Laksono')).toMatchObject({type: 'person', titles: [{id: 'Wakil Ketua Komisi I DPR RI'}]});
		expect(named(entities, 'Nong Shengwen')).toMatchObject({type: 'person', titles: [{id: 'Sekretaris Partai Kota Nanning'}]});
		expect(named(entities, 'Komisi I DPR RI')?.type).toBe('organization');
		expect(named(entities, 'Partai Kota Nanning')?.type).toBe('organization');
		expect(named(entities, 'Nanning')).toMatchObject({type: 'place', aliases: ['Kota Nanning']});
	});

	it('keeps a facility named after a person whole, honorific and all: "RSUD dr. Slamet Garut", not "RSUD"', () => {
		const entities = entitiesOf('GARUT - Sebanyak 9 pasien dirujuk ke RSUD dr. Slamet Garut karena dehidrasi.');
		expect(named(entities, 'RSUD dr. Slamet Garut')?.type).toBe('place');
		expect(named(entities, 'RSUD')).toBeUndefined();
	});

	it('takes the short form of a lower-case term for a term, no organization: "kejadian luar biasa (KLB)"', () => {
		const entities = entitiesOf('GARUT - Dinas Kesehatan menetapkan keracunan itu sebagai kejadian luar biasa (KLB). Status KLB berlaku sepekan.');
		expect(named(entities, 'KLB')).toBeUndefined();
		// An acronym no lower-case term defines is still a body.
		expect(named(entitiesOf('GARUT - Petugas BPBD meninjau lokasi.'), 'BPBD')?.type).toBe('organization');
	});

	it('reads a two-word name right after "Wali Kota" as the name, not an unlisted city and a name', () => {
		const entities = entitiesOf('SUMEDANG - Wali Kota Lina Marliani berjanji membangun los darurat.');
		expect(named(entities, 'Lina Marliani')).toMatchObject({type: 'person', titles: [{id: 'Wali Kota'}]});
	});

	it('keeps the role a person is introduced with in apposition: "Salah seorang pedagang, Euis Komariah"', () => {
		const entities = entitiesOf('SUMEDANG - Salah seorang pedagang, Euis Rahayu, mengaku kehilangan semua dagangan. Warga lain melalui Asep Sunandar meminta bantuan.');
		expect(named(entities, 'Euis Rahayu')).toMatchObject({type: 'person', titles: [{id: 'pedagang'}], description: {id: 'Pedagang.'}});
		// "melalui" says how, not what she is.
		expect(named(entities, 'Asep Sunandar')?.titles).toEqual([]);
	});

	it.each([
		['Salah satu orang tua, Dedi Kurniawan, mengatakan anaknya muntah sejak siang.', 'Dedi Kurniawan', 'Orang tua.'],
		['Salah seorang warga, Yayah Rohayati, membawa dua anak ke puskesmas.', 'Yayah Rohayati', 'Warga.'],
		['Seorang saksi mata, Ujang Saepudin, mengatakan pedagang itu pergi sebelum sore.', 'Ujang Saepudin', 'Saksi mata.'],
		['Tetangga korban, Asep Mulyana, menyebut anak itu kini dirawat.', 'Asep Mulyana', 'Tetangga korban.'],
		['Salah satu korban, Andi Pratama, mengatakan ia terjatuh dari jembatan.', 'Andi Pratama', 'Korban.'],
		// Whose kin he is says what he is: the father of the victim is not the victim.
		['Ayah korban, Karta Wijaya, mengatakan anaknya sudah pulang.', 'Karta Wijaya', 'Ayah korban.'],
		['Keluarga korban, Dadang Hermawan, mengatakan pihaknya ikhlas.', 'Dadang Hermawan', 'Keluarga korban.'],
		['Orang tua korban, Ujang Rohman, meminta polisi mengusut kejadian itu.', 'Ujang Rohman', 'Orang tua korban.'],
	])('describes a person introduced as kin, resident or witness, and gives her no title: %s', (sentence, name, description) => {
		expect(named(entitiesOf(`GARUT - ${sentence}`), name)).toMatchObject({type: 'person', titles: [], description: {id: description}});
	});

	it.each([
		['Dua warga, Budi Santoso dan Siti Aminah, melapor ke posko.', ['Budi Santoso', 'Siti Aminah'], 'Warga.'],
		['Laporan datang dari pasangan calon nomor urut 1, Andi dan Beni, pada Senin.', ['Andi', 'Beni'], 'Pasangan calon nomor urut 1.'],
		// A pair joined by a dash ends the description of whom a lawyer acts for.
		['Kuasa hukum pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari, Rudi Hartono, meminta proses itu terbuka.', ['Hendra Wiratmo', 'Sri Lestari'], 'Pasangan calon nomor urut 2.'],
	])('reads two names in apposition to a description as two people it describes: %s', (sentence, names, description) => {
		const entities = entitiesOf(`BANJARNEGARA - ${sentence}`);
		for (const name of names) expect(named(entities, name)).toMatchObject({type: 'person', titles: [], description: {id: description}});
	});

	it.each([
		['Siswi kelas 5 SD Negeri 2 Cikadu, Rina Aprilia, tertimpa atap kelas yang ambruk pada Minggu (13/4).', 'Rina Aprilia', 'siswi kelas 5 SD Negeri 2 Cikadu', 'Rina Aprilia tertimpa atap kelas'],
		['Guru honorer di SD Negeri 4 Sukamaju, Lilis Suryani, melapor ke polisi pada Minggu (13/4).', 'Lilis Suryani', 'guru honorer di SD Negeri 4 Sukamaju', 'Lilis Suryani melapor ke polisi'],
		['Bidan desa, Neneng Hasanah, menolong persalinan di posko pengungsian pada Minggu (13/4).', 'Neneng Hasanah', 'bidan desa', 'Neneng Hasanah menolong persalinan di posko pengungsian'],
	])('reads a name set off after what she is by work or schooling as a person, and titles the event by what she did: %s', (sentence, name, title, event) => {
		const draft = ingestArticle(`${DATELINE}GARUT - ${sentence}`);
		expect(named(draft.entities, name)).toMatchObject({type: 'person', titles: [{id: title}]});
		expect(draft.events.find((each) => each.start === '2025-04-13')?.title.id).toBe(event);
	});

	it('finds a person set off by commas after where he is from, and titles the event by what he did: "nelayan asal Pangandaran, Dedi Kurniawan, tenggelam"', () => {
		const draft = ingestArticle(`${DATELINE}PANGANDARAN - Seorang nelayan asal Pangandaran, Dedi Kurniawan, tenggelam saat mencari ikan pada Minggu (13/4).`);
		expect(named(draft.entities, 'Dedi Kurniawan')).toMatchObject({type: 'person', titles: [{id: 'nelayan asal Pangandaran'}]});
		expect(draft.events.find((event) => event.start === '2025-04-13')?.title.id).toBe('Dedi Kurniawan tenggelam saat mencari ikan');
		// A longer description, a place in it: "pedagang sayur di Pasar Cikadu"; a resident described by his village.
		const trader = ingestArticle(`${DATELINE}GARUT - Seorang pedagang sayur di Pasar Cikadu, Euis Komariah, mengaku kiosnya terendam sejak Sabtu (12/4).`);
		expect(named(trader.entities, 'Euis Komariah')).toMatchObject({type: 'person', titles: [{id: 'pedagang sayur di Pasar Cikadu'}]});
		expect(trader.events.find((event) => event.start === '2025-04-12')?.title.id).toBe('Euis Komariah mengaku kiosnya terendam');
		expect(named(entitiesOf('GARUT - Warga Desa Sukamaju, Asep Mulyana, membantu evakuasi.'), 'Asep Mulyana')).toMatchObject({type: 'person', titles: [], description: {id: 'Warga Desa Sukamaju.'}});
		// A province set off by commas after a village is no person.
		expect(entitiesOf('GARUT - Warga Desa Sukamaju, Jawa Barat, mengungsi ke balai desa.').filter((entity) => entity.type === 'person')).toEqual([]);
		// It is the province whole, no village "Jawa" listed after Sukamaju.
		const province = entitiesOf('GARUT - Ratusan warga Desa Sukamaju, Jawa Barat, mengungsi ke balai desa.');
		expect(province.filter((entity) => entity.type === 'place').map((entity) => entity.name)).toEqual(['Garut', 'Sukamaju', 'Jawa Barat']);
	});

	it('reads a name set off after a village as a person, though a village bears its first word: "Warga Desa Sukamaju, Ujang Sobari"', () => {
		// "Ujang" is a village's name in the gazetteer; in a name's place, and without "Desa" before it, it is none.
		const resident = entitiesOf('LEBAK - Warga Desa Sukamaju, Ujang Sobari, melaporkan retakan di badan jalan desa.');
		expect(named(resident, 'Ujang Sobari')).toMatchObject({type: 'person', description: {id: 'Warga Desa Sukamaju.'}});
		expect(resident.filter((entity) => entity.type === 'place').map((entity) => entity.name)).toEqual(['Lebak', 'Sukamaju']);
		// One name set off by commas before the clause goes on is no list of villages either.
		const alone = entitiesOf('LEBAK - Nelayan Desa Cikadu, Ujang, mengaku melihat gelombang tinggi.');
		expect(named(alone, 'Ujang')?.type).toBe('person');
		// A list of villages after one still is: its last item follows "dan".
		const listed = entitiesOf('LEBAK - Banjir merendam Desa Sukamaju, Ujang, dan Cikadu.');
		expect(listed.filter((entity) => entity.type === 'place').map((entity) => entity.name)).toEqual(['Lebak', 'Sukamaju', 'Ujang', 'Cikadu']);
	});

	it('titles a lawyer by whom she acts for, without the names of the pair: "Kuasa hukum pasangan calon nomor urut 2"', () => {
		const entities = entitiesOf('BANJARNEGARA - Kuasa hukum pasangan calon nomor urut 2 Hendra Wiratmo–Sri Lestari, Rudi Hartono, meminta proses itu terbuka.');
		expect(named(entities, 'Rudi Hartono')?.titles).toEqual([{id: 'kuasa hukum pasangan calon nomor urut 2'}]);
	});

	it.each([
		['Mantan Kepala Desa Sei Lama, Rusdi Harahap, divonis lima tahun penjara.', 'Mantan Kepala Desa Sei Lama'],
		['Hakim memvonis mantan Kepala Desa Sei Lama, Rusdi Harahap, lima tahun penjara.', 'Mantan Kepala Desa Sei Lama'],
		['Eks Kepala Desa Sei Lama Rusdi Harahap divonis lima tahun penjara.', 'Eks Kepala Desa Sei Lama'],
	])('keeps "mantan"/"eks" before a post: a former holder is not cited as the holder now (%s)', (sentence, title) => {
		expect(named(entitiesOf(`KISARAN - ${sentence}`), 'Rusdi Harahap')?.titles).toEqual([{id: title}]);
	});

	it.each([
		['Jaksa Penuntut Umum Kejaksaan Negeri Asahan, Hendra Saputra, menuntut enam tahun penjara.', 'Hendra Saputra', 'Jaksa Penuntut Umum Kejaksaan Negeri Asahan'],
		['Jaksa Penuntut Umum (JPU) Kejari Asahan, Hendra Saputra, menilai putusan itu ringan.', 'Hendra Saputra', 'Jaksa Penuntut Umum (JPU) Kejari Asahan'],
		['Hakim Ketua Dewi Anggraini menilai terdakwa bersalah.', 'Dewi Anggraini', 'Hakim Ketua'],
		['Jaksa Agung Sanitiar Burhanuddin mengatakan penyidikan berlanjut.', 'Sanitiar Burhanuddin', 'Jaksa Agung'],
		['Hakim Agung Suharto Wibowo mengatakan kasasi ditolak.', 'Suharto Wibowo', 'Hakim Agung'],
		['Hakim Tunggal Budi Prasetyo membacakan putusan praperadilan.', 'Budi Prasetyo', 'Hakim Tunggal'],
		['Ketua Majelis Hakim Dewi Anggraini Siregar membacakan putusan.', 'Dewi Anggraini Siregar', 'Ketua Majelis Hakim'],
		['Kuasa hukum terdakwa, Fajar Nasution, saat dihubungi menyebut kliennya pikir-pikir.', 'Fajar Nasution', 'kuasa hukum terdakwa'],
		['Sidang dihadiri penasihat hukum terdakwa, Fajar Nasution, dan keluarga.', 'Fajar Nasution', 'penasihat hukum terdakwa'],
	])('reads the roles of a court: %s', (sentence, name, title) => {
		expect(named(entitiesOf(`KISARAN - ${sentence}`), name)?.titles).toEqual([{id: title}]);
	});

	it('takes a short form right after a role for the role\'s, not a body: "Jaksa Penuntut Umum (JPU) Kejari Asahan"', () => {
		const entities = entitiesOf('KISARAN - Jaksa Penuntut Umum (JPU) Kejari Asahan, Hendra Saputra, menilai putusan itu ringan.');
		expect(entities.map((entity) => entity.name)).toContain('Kejari Asahan');
		expect(entities.map((entity) => entity.name)).not.toContain('JPU');
	});

	it('names a defendant\'s lawyer introduced in apposition, and titles the event by what was said', () => {
		const draft = ingestArticle(`${DATELINE}MEDAN - Kuasa hukum terdakwa, Fajar Nasution, saat dihubungi pada Rabu (9/4) menyebut kliennya belum memutuskan langkah hukum.`);
		expect(named(draft.entities, 'Fajar Nasution')).toMatchObject({type: 'person', titles: [{id: 'kuasa hukum terdakwa'}]});
		expect(draft.events.map((event) => event.title.id)).not.toContain('Kuasa hukum terdakwa, Fajar Nasution');
	});

	it('keeps "Hakim" inside a name a name, not a judge\'s role', () => {
		const entities = entitiesOf('GARUT - Mantan Menteri Agama Lukman Hakim Saifuddin mengunjungi Garut. Hakim Ketua Dewi Anggraini menunda sidang.');
		expect(named(entities, 'Lukman Hakim Saifuddin')?.titles).toEqual([{id: 'Mantan Menteri Agama'}]);
		expect(named(entities, 'Dewi Anggraini')?.titles).toEqual([{id: 'Hakim Ketua'}]);
	});

	it('splits a role from a name by the words of institutions and places', () => {
		const entities = entitiesOf('JAKARTA - Menteri Komunikasi dan Digital RI Meutya Hafid menerima Wali Kota Semarang Agustina Wilujeng.');
		expect(named(entities, 'Meutya Hafid')?.titles).toEqual([{id: 'Menteri Komunikasi dan Digital RI'}]);
		expect(named(entities, 'Agustina Wilujeng')?.titles).toEqual([{id: 'Wali Kota Semarang'}]);
	});

	it.each([
		['its short form in brackets and commas', 'Ketua Persatuan Petani Garam Seluruh Nusantara (PPGSN) Cirebon, Wawan Setiadi, meminta', 'Ketua Persatuan Petani Garam Seluruh Nusantara (PPGSN) Cirebon'],
		['its short form in brackets, no commas', 'Ketua Himpunan Petani Garam Seluruh Nusantara (HPGSN) Wawan Setiadi meminta', 'Ketua Himpunan Petani Garam Seluruh Nusantara (HPGSN)'],
		['no short form, no commas', 'Ketua Himpunan Petani Garam Seluruh Indonesia Wawan Setiadi meminta', 'Ketua Himpunan Petani Garam Seluruh Indonesia'],
		['only the words after its head', 'Ketua Paguyuban Petambak Wawan Setiadi meminta', 'Ketua Paguyuban Petambak'],
	])('reads the person after a role whose body is spelled out: %s', (_case, opening, title) => {
		const entities = entitiesOf(`${opening} petani tidak memanen garam hingga Senin.`);
		expect(entities.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.titles.map((each) => each.id)])).toEqual([['Wawan Setiadi', [title]]]);
	});

	it.each([
		['Kalaksa BPBD Garut Dede Kurniawan', 'Dede Kurniawan', 'Kalaksa BPBD Garut'],
		['Kades Sukamurni Ujang Sobari', 'Ujang Sobari', 'Kades Sukamurni'],
		['Kalapas Garut Yayat Hidayat', 'Yayat Hidayat', 'Kalapas Garut'],
		['Kadinkes Garut Leli Yuliani', 'Leli Yuliani', 'Kadinkes Garut'],
	])('reads the holder of a post printed in its short form: "%s"', (opening, name, title) => {
		const entities = entitiesOf(`GARUT - ${opening} menuturkan warga masih mengungsi.`);
		expect(named(entities, name)).toMatchObject({type: 'person', titles: [{id: title}]});
	});

	it('keeps the short form and the place of the body a title names: "Badan … Daerah (BPBD) Garut"', () => {
		const entities = entitiesOf('GARUT - Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Garut, Dede Kurniawan, menyebut tidak ada korban jiwa.');
		expect(named(entities, 'Badan Penanggulangan Bencana Daerah Garut')).toMatchObject({type: 'organization', aliases: expect.arrayContaining(['BPBD', 'BPBD Garut'])});
		expect(named(entities, 'Dede Kurniawan')?.type).toBe('person');
	});

	it('reads a short form written as a word in brackets, and the place after it: "Badan Pengawas Pemilu (Bawaslu) Kabupaten Banjarnegara"', () => {
		const entities = entitiesOf('BANJARNEGARA - Rapat digelar setelah Badan Pengawas Pemilu (Bawaslu) Kabupaten Banjarnegara mengeluarkan rekomendasi. Ketua Bawaslu Kabupaten Banjarnegara, Dewi Kartikasari, hadir.');
		const bodies = entities.filter((entity) => entity.type === 'organization' && /Bawaslu|Pengawas/.test([entity.name, ...entity.aliases].join(' ')));
		expect(bodies.map((entity) => entity.name)).toEqual(['Badan Pengawas Pemilu Kabupaten Banjarnegara']);
		expect(bodies[0]?.aliases).toEqual(expect.arrayContaining(['Bawaslu', 'Bawaslu Kabupaten Banjarnegara']));
		// A place in brackets defines no short form.
		expect(named(entitiesOf('YOGYAKARTA - Tim dari Universitas Gadjah Mada (Yogyakarta) tiba.'), 'Universitas Gadjah Mada')?.aliases ?? []).not.toContain('Yogyakarta');
	});

	it('takes the name after the last comma of a role with commas inside it', () => {
		const entities = entitiesOf('MEDAN - Kepala Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan, Sri Wahyuni, mengatakan pengerukan berjalan.');
		expect(named(entities, 'Sri Wahyuni')?.type).toBe('person');
		expect(named(entities, 'Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan')?.type).toBe('organization');
	});

	it('finds organizations by head word with their bracketed acronym, and places after "di" and facility words', () => {
		const entities = entitiesOf('Kemkomdigi menyiapkan pusat pengendali di Pusat Monitoring Telekomunikasi (PMT) di Kantor Kemkomdigi. Pompa dipasang di Tambak Lorok dan Sungai Deli.');
		expect(named(entities, 'Pusat Monitoring Telekomunikasi')).toMatchObject({type: 'organization', aliases: ['PMT']});
		expect(named(entities, 'Kantor Kemkomdigi')?.type).toBe('place');
		expect(named(entities, 'Tambak Lorok')?.type).toBe('place');
		expect(named(entities, 'Sungai Deli')?.type).toBe('place');
	});

	it('takes no organization from technical acronyms or time zones', () => {
		const entities = entitiesOf('Jaringan 4G dan 5G mendukung AI hingga pukul 10.00 WIB, kata BMKG.');
		expect(entities.map((entity) => entity.name).filter((name) => name !== 'Warta')).toEqual(['BMKG']);
	});

	it('reads initials inside a street name as part of it, not as the end of a sentence', () => {
		const text = 'SAMARINDA - Genangan di Jalan D.I. Panjaitan dan Jalan H. Agus Salim mencapai 70 sentimeter.';
		const places = entitiesOf(text).filter((entity) => entity.type === 'place').map((entity) => entity.name);
		expect(places).toEqual(expect.arrayContaining(['Jalan D.I. Panjaitan', 'Jalan H. Agus Salim']));
		expect(places).not.toContain('Jalan D.I');
		const structure = textStructure(text, {start: 0, end: text.length});
		expect(structure.sentences.map((sentence) => text.slice(sentence.span.start, sentence.span.end))).toEqual([text]);
	});

	it('takes whom a speaker told for the outlet, no person: "kata Rahmat kepada Berita Pertiwi"', () => {
		const entities = entitiesOf('"Air belum surut," kata Rahmat Hidayatullah kepada Berita Pertiwi. Ia menitipkan surat kepada Siti Aminah di posko.');
		expect(named(entities, 'Berita Pertiwi')?.type).toBe('organization');
		// Not after who said something, "kepada" still introduces a person.
		expect(named(entities, 'Siti Aminah')?.type).toBe('person');
		// Nor whom a speaker told, named as a person is.
		const told = entitiesOf('"Air belum surut," ujar Rahmat Hidayatullah kepada Dewi Lestari, warga Desa Cibeureum. Rahmat mengatakan kepada Nur Aini bahwa pompa datang besok.');
		expect([named(told, 'Dewi Lestari')?.type, named(told, 'Nur Aini')?.type]).toEqual(['person', 'person']);
	});

	it('reads "Suku Dinas …" whole, not as the "Dinas …" it is a branch of', () => {
		const entities = entitiesOf('Petugas Suku Dinas Sumber Daya Air Jakarta Utara menyedot genangan. Suku Dayak Kenyah menggelar upacara adat.');
		expect(named(entities, 'Suku Dinas Sumber Daya Air Jakarta Utara')?.type).toBe('organization');
		expect(named(entities, 'Dinas Sumber Daya Air Jakarta Utara')).toBeUndefined();
		expect(entities.some((entity) => entity.name.startsWith('Suku Dayak'))).toBe(false);
	});

	it.each([
		['with its level\'s word elsewhere', 'Banjir merendam dua desa di Kabupaten Tirtomulyo pada Minggu. "Tanggul jebol," kata Kepala Pelaksana BPBD Tirtomulyo Dimas Prakoso.'],
		['as the city it is filed from', 'TIRTOMULYO - Banjir merendam dua desa pada Minggu. "Tanggul jebol," kata Kepala Pelaksana BPBD Tirtomulyo Dimas Prakoso.'],
	])('keeps a place no gazetteer lists in the title when the article names it a place (%s): "BPBD Tirtomulyo Dimas Prakoso"', (_, body) => {
		expect(peopleOf(body)).toEqual([['Dimas Prakoso', ['Kepala Pelaksana BPBD Tirtomulyo']]]);
	});

	it.each([
		['Kepala Dinas Kesehatan Kabupaten Tirtomulyo, dr. Ratna Puspitasari, mengatakan 87 pengungsi diare.', 'Ratna Puspitasari', 'Kepala Dinas Kesehatan Kabupaten Tirtomulyo', 'dr. Ratna Puspitasari'],
		['Rektor Universitas Tirtomulyo, Prof. Dr. Ir. Bambang Sutejo, M.Si., membuka posko relawan.', 'Bambang Sutejo', 'Rektor Universitas Tirtomulyo', 'Prof. Dr. Ir. Bambang Sutejo'],
		['Kepala Dinas Kesehatan Kabupaten Tirtomulyo drg. Wulan Sari meninjau posko.', 'Wulan Sari', 'Kepala Dinas Kesehatan Kabupaten Tirtomulyo', 'drg. Wulan Sari'],
		['Ketua Komisi D DPRD Tirtomulyo, Drs. Agus Santoso, S.H., M.H., menyebut anggaran cukup.', 'Agus Santoso', 'Ketua Komisi D DPRD Tirtomulyo', 'Drs. Agus Santoso'],
		['Kepala Bidang Pelayanan Dinas Kesehatan Kabupaten Tirtomulyo, Ratna Puspitasari, S.Kom., menyebut data sudah masuk.', 'Ratna Puspitasari', 'Kepala Bidang Pelayanan Dinas Kesehatan Kabupaten Tirtomulyo', undefined],
	])('keeps the honorifics and degrees printed around a name out of the name and the title: %s', (sentence, name, title, printed) => {
		expect(peopleOf(sentence)).toEqual([[name, [title]]]);
		if (printed) expect(named(entitiesOf(sentence), name)?.aliases).toContain(printed);
	});

	it.each([
		['Ketua PMI Kabupaten Tirtomulyo, H. Slamet Riyadi, menyebut dua truk air sudah dikirim.', 'Slamet Riyadi', ['Ketua PMI Kabupaten Tirtomulyo'], 'H. Slamet Riyadi'],
		['Wakil Ketua DPRD Tirtomulyo Hj. Siti Aminah meninjau dapur umum.', 'Siti Aminah', ['Wakil Ketua DPRD Tirtomulyo'], 'Hj. Siti Aminah'],
		['Ketua MUI Tirtomulyo, K.H. Ahmad Mustofa, mengimbau warga membantu.', 'Ahmad Mustofa', ['Ketua MUI Tirtomulyo'], 'K.H. Ahmad Mustofa'],
		['Salah seorang pedagang, Haji Baso Tang, mengaku rugi.', 'Baso Tang', ['pedagang'], 'Haji Baso Tang'],
		['Bupati Demak H. Rusdi Wiranata meninjau tanggul.', 'Rusdi Wiranata', ['Bupati Demak'], 'H. Rusdi Wiranata'],
	])('reads a pilgrim\'s or a cleric\'s honorific as none of the name, nor a person of its own: %s', (sentence, name, titles, printed) => {
		expect(peopleOf(sentence)).toEqual([[name, titles]]);
		expect(named(entitiesOf(sentence), name)?.aliases).toContain(printed);
	});

	it('takes no organization from a cleric\'s "KH" before his name', () => {
		const entities = entitiesOf('Pengasuh pondok, KH Ahmad Mustofa, mengatakan santri ikut membantu.');
		expect(named(entities, 'KH')).toBeUndefined();
		expect(named(entities, 'Ahmad Mustofa')).toMatchObject({type: 'person', aliases: ['KH Ahmad Mustofa']});
	});

	it.each([
		['Komandan Kodim 0731/Tirtomulyo, Letkol Inf Agus Salim Nasution, mengerahkan 150 prajurit.', 'Agus Salim Nasution', 'Komandan Kodim 0731/Tirtomulyo'],
		['Dandim 0731/Tirtomulyo Letkol Inf Agus Salim Nasution meninjau tanggul.', 'Agus Salim Nasution', 'Dandim 0731/Tirtomulyo'],
		['Kapolres Tirtomulyo, AKBP Yudha Pratama, memastikan rumah warga dijaga.', 'Yudha Pratama', 'Kapolres Tirtomulyo'],
		['Kabid Humas Polda Jawa Tengah Kombes Pol. Dedi Kurniawan mengatakan jalur dialihkan.', 'Dedi Kurniawan', 'Kabid Humas Polda Jawa Tengah'],
		['Letkol Inf Agus Salim Nasution meninjau tanggul.', 'Agus Salim Nasution', 'Letkol'],
	])('keeps an officer\'s rank and corps out of his name, and titles him by his post: %s', (sentence, name, title) => {
		expect(peopleOf(sentence)).toEqual([[name, [title]]]);
	});

	it('takes no organization from a police rank in capitals, and gives the rank before a name to the person as her title', () => {
		const entities = entitiesOf('Perwira berpangkat AKP itu memimpin penyelidikan. Penyidik lain dipimpin AKBP Rina Kartika, pada Senin.');
		expect(entities.filter((entity) => entity.type === 'organization' && /^(?:AKP|AKBP)$/.test(entity.name))).toEqual([]);
		expect(peopleOf('Penyidik lain dipimpin AKBP Rina Kartika, pada Senin.')).toEqual([['Rina Kartika', ['AKBP']]]);
	});

	it('ends a sentence at the full stop after a rank, and takes the next word for no officer: "berpangkat AKBP. Penyidik …"', () => {
		expect(peopleOf('Yudha Pratama kini berpangkat AKBP. Penyidik lain menetapkan dua tersangka.').map(([name]) => name)).not.toContain('Penyidik');
	});

	it('reads a name after its honorific or before its degrees where no title precedes it', () => {
		const entities = entitiesOf('"Stok obat aman," kata dr. Ratna Puspitasari. Wulan Sari, S.Kep., mengatakan perawat berjaga. Prof Dr Bambang Sutejo menyebut relawan cukup.');
		expect(entities.filter((entity) => entity.type === 'person').map((person) => person.name)).toEqual(['Ratna Puspitasari', 'Wulan Sari', 'Bambang Sutejo']);
	});

	it.each([
		['"Pengawasan kami perketat," kata Direktur Jenderal Pajak Suryo Utomo di Jakarta.', 'Suryo Utomo', 'Direktur Jenderal Pajak'],
		['Dirjen Bea dan Cukai Askolani menyebut penerimaan naik.', 'Askolani', 'Dirjen Bea dan Cukai'],
		['Direktur Jenderal Kependudukan dan Pencatatan Sipil Teguh Setyabudi meninjau layanan.', 'Teguh Setyabudi', 'Direktur Jenderal Kependudukan dan Pencatatan Sipil'],
	])('reads the directorate a director general heads as his title, none of his name: %s', (sentence, name, title) => {
		expect(peopleOf(sentence)).toEqual([[name, [title]]]);
	});

	it.each([
		['Ketua Panitia, M.S. Hidayat, mengatakan acara digelar Kamis.', 'M.S. Hidayat', ['Ketua Panitia']],
		['Menurut Budi H. Santoso, pengamat perpajakan, target itu terlalu tinggi.', 'Budi H. Santoso', ['pengamat']],
		['"Targetnya tidak realistis," kata Budi H. Santoso.', 'Budi H. Santoso', []],
		['Menurut Ani Lestari, ekonom, target itu wajar.', 'Ani Lestari', ['ekonom']],
	])('reads initials as part of a name, and a sentence\'s opening word as none of it: %s', (sentence, name, titles) => {
		expect(peopleOf(sentence)).toEqual([[name, titles]]);
	});

	it('reads a post ending on a province as the post of the name before it, and no one named after the province\'s last word', () => {
		expect(peopleOf('Ratna Dewi Kusumawardhani, Kepala Kanwil DJP Sulawesi Tengah, menyampaikan hal itu di Palu.')).toEqual([['Ratna Dewi Kusumawardhani', ['Kepala Kanwil DJP Sulawesi Tengah']]]);
	});

	it.each([
		['Pengamat ekonomi dari Universitas Tadulako, Yusran Nur Hidayat, menyarankan basis pajak diperluas.', 'Yusran Nur Hidayat', 'pengamat ekonomi dari Universitas Tadulako'],
		['Kami bertanya kepada dosen hukum Universitas Andalas, Dr. Feri Kurniawan, S.H., M.H. Ia menilai aturan itu lemah.', 'Feri Kurniawan', 'dosen hukum Universitas Andalas'],
	])('reads one asked for a view by her field and school, set off by commas, with that as her title: %s', (sentence, name, title) => {
		expect(peopleOf(sentence)).toEqual([[name, [title]]]);
	});

	it('gives "-nya" to the one who spoke before it, degrees printed between her name and her verb', () => {
		const draft = ingestArticle(`${DATELINE}Anggota Komisi II, Budi H. Santoso, mengatakan undangan sudah dikirim. "Surat sudah kami kirim," kata Budi, Kamis (13/3/2025).\n\nKepala Bapenda Sulteng Andi Muhammad Rizal, S.STP., M.M. mengatakan, Senin lalu, pemutihan denda disiapkan. "Program ini kami mulai 1 April," ujarnya.`);
		const rizal = draft.entities.find((entity) => entity.name === 'Andi Muhammad Rizal');
		expect(draft.quotes.map((quote) => [quote.text.slice(0, 12), quote.speaker])).toEqual([['Surat sudah ', 'budi-h-santoso'], ['Program ini ', rizal?.id]]);
	});

	it.each([
		['a letter\'s dot that ends a sentence', 'Warga diminta mengonsumsi Vitamin C. Budi Santoso mengatakan stok cukup.', [['Budi Santoso', []]]],
		['a region\'s initials', 'Banjir melanda sejumlah wilayah di D.I. Yogyakarta sejak Minggu.', []],
		['a company\'s form in initials', 'Ia pernah bekerja di P.T. Pertamina sebelum pensiun.', []],
		['a crowd of experts', 'Di mata para pakar, Anies Baswedan masih punya peluang besar.', []],
		['whose view it is, bare before a comma', 'Menurut pengamat, Prabowo Subianto masih berpengaruh.', []],
	])('takes no initials nor title from %s', (_what, sentence, people) => {
		expect(peopleOf(sentence)).toEqual(people);
		expect(entitiesOf(sentence).filter((entity) => /^(?:\p{Lu}\.)+$/u.test(entity.name))).toEqual([]);
	});

	it('still reads a degree after a name\'s comma as a degree where the next sentence begins after it', () => {
		expect(peopleOf('Kepala Dinas PUPR, Bambang Nugroho, M.T. Selain itu, ia meninjau jembatan.')).toEqual([['Bambang Nugroho', ['Kepala Dinas PUPR']]]);
	});

	it('reads "Jenderal" of a directorate general as a word of the body\'s name, not a rank that ends it', () => {
		const entities = entitiesOf('Penerimaan di Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) Sulawesi Tengah turun. Direktorat Jenderal Pajak menyiapkan pengawasan baru.');
		expect(named(entities, 'Kantor Wilayah Direktorat Jenderal Pajak')).toMatchObject({type: 'organization', aliases: ['Kanwil DJP']});
		expect(named(entities, 'Direktorat Jenderal Pajak')).toMatchObject({type: 'organization'});
		expect(named(entities, 'Kantor Wilayah Direktorat')).toBeUndefined();
	});

	it.each([
		['Komisi II akan memanggil Kanwil DJP dan Badan Pendapatan Daerah (Bapenda) Sulawesi Tengah pekan depan.', ['Kanwil DJP', 'Badan Pendapatan Daerah Sulawesi Tengah']],
		['Dinas Sosial dan Dinas Kesehatan membuka dapur umum.', ['Dinas Sosial', 'Dinas Kesehatan']],
		['Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Jayapura menunda pelayaran.', ['Kantor Kesyahbandaran dan Otoritas Pelabuhan Jayapura']],
		['Dinas Pemuda dan Olahraga menggelar lomba.', ['Dinas Pemuda dan Olahraga']],
		['Satgas Karhutla dan Manggala Agni memadamkan api. Kualitas udara menurut ISPU mencapai 168.', ['Satgas Karhutla', 'Manggala Agni']],
	])('reads two bodies joined by "dan" as two, one whose name holds "dan" as one: %s', (sentence, bodies) => {
		expect(entitiesOf(sentence).filter((entity) => entity.type === 'organization' && entity.name !== 'Warta').map((entity) => entity.name)).toEqual(bodies);
	});

	it.each([
		['Salah satu penumpang selamat, Wa Ode Nurhayati (38), masih mencari kabar anaknya.', [['Wa Ode Nurhayati', ['penumpang selamat']]]],
		['Di posko, Hasan Basri (52) menunggu kabar adiknya.', [['Hasan Basri', []]]],
		['Kapolres Buton, AKBP I Made Suarjana, menyebut nakhoda selamat.', [['I Made Suarjana', ['Kapolres Buton']]]],
		['Ni Luh Putu Ariani mengisahkan detik-detik kapal tenggelam.', [['Ni Luh Putu Ariani', []]]],
	])('reads a survivor, a name with an age, and a Balinese name whole: %s', (sentence, people) => {
		expect(peopleOf(sentence)).toEqual(people);
	});

	it('still reads "I" as a numeral where no Balinese name follows it, and a facility named after one as a place', () => {
		expect(peopleOf('Komisi I DPR menggelar rapat dengan Basarnas.')).toEqual([]);
		expect(named(entitiesOf('Pesawat mendarat di Bandara I Gusti Ngurah Rai.'), 'Bandara I Gusti Ngurah Rai')).toMatchObject({type: 'place'});
	});

	it.each([
		['Nurhayati (34), warga Kecamatan Rumbai, mengaku anaknya batuk.', [['Nurhayati', []]]],
		['Gubernur Riau Datuk Seri H. Muhammad Syahrial meninjau lokasi.', [['Muhammad Syahrial', ['Gubernur Riau']]]],
	])('reads a name with an age before an apposition, and one after Malay titles of honour: %s', (sentence, people) => {
		expect(peopleOf(sentence)).toEqual(people);
	});

	it('takes no entity from a suspect\'s initials, after "berinisial" or before an age, but keeps a party with a count after it', () => {
		const entities = entitiesOf('Polisi menangkap dua tersangka berinisial AS (45) dan RN (38). Seorang pria berinisial MH juga diperiksa, dan DS (17) dilepas.');
		expect(entities.filter((entity) => entity.name !== 'Warta').map((entity) => entity.name)).toEqual([]);
		expect(named(entitiesOf('Kursi terbanyak diraih Gerindra (86) dan PKB (58).'), 'PKB')).toMatchObject({type: 'organization'});
	});

	it.each([
		['Tersangka berinisial HS dan KPK kemudian menyita barang bukti.', 'KPK'],
		['Tim gabungan dari BPBD (8), TNI (20) dan Polri (30) dikerahkan ke lokasi.', 'BPBD'],
	])('still takes a body after initials, or counted in brackets where no person is spoken of: %s', (sentence, body) => {
		expect(named(entitiesOf(sentence), body)).toMatchObject({type: 'organization'});
	});

	it.each([
		['Korban banjir tersebar di Kecamatan Rumbai (120), Tampan (85) dan Marpoyan (40).', []],
		['Persija (2) dan Persib (1) bertanding di Stadion GBK.', []],
		['Seri Wahyuni (42), warga Desa Sukamaju, mengaku rugi.', [['Seri Wahyuni', []]]],
		['Salah satu pengungsi, Sumarni (48), mengaku hanya sempat membawa pakaian.', [['Sumarni', []]]],
		['Datuk Seri Anwar Ibrahim tiba di Jakarta.', []],
	])('takes no person from a list of counts, and keeps "Seri" where it is a name: %s', (sentence, people) => {
		expect(peopleOf(sentence)).toEqual(people);
	});

	it('knows the bodies a search at sea names bare: Polairud, Bakamla, Brimob', () => {
		const organizations = entitiesOf('Tim gabungan Basarnas, Polairud, dan Bakamla menyisir perairan. Personel Brimob ikut membantu.').filter((entity) => entity.type === 'organization').map((entity) => entity.name);
		expect(organizations.filter((name) => name !== 'Warta')).toEqual(['Basarnas', 'Polairud', 'Bakamla', 'Brimob']);
	});

	it('takes a ship\'s prefix and "SAR" for no body, and a branch of the armed forces for one', () => {
		const organizations = entitiesOf('Kapal KN SAR Pandudewanata dan KRI Teluk Bone dikerahkan bersama TNI AL dan Basarnas.').filter((entity) => entity.type === 'organization').map((entity) => entity.name);
		expect(organizations.filter((name) => name !== 'Warta')).toEqual(['TNI AL', 'Basarnas']);
	});

	it('takes the dateline city as a place', () => {
		expect(named(entitiesOf('JAKARTA - Pemerintah mengumumkan kebijakan.'), 'Jakarta')).toMatchObject({type: 'place', aliases: ['JAKARTA']});
	});
});

describe('merging an alias with its full form', () => {
	it('recognizes ministry short forms and initials', () => {
		expect(abbreviates('Kemkomdigi', 'Kementerian Komunikasi dan Digital')).toBe(true);
		expect(abbreviates('Kementerian Komdigi', 'Kementerian Komunikasi dan Digital')).toBe(true);
		expect(abbreviates('PMT', 'Pusat Monitoring Telekomunikasi')).toBe(true);
		expect(abbreviates('BMKG', 'Badan Meteorologi, Klimatologi, dan Geofisika')).toBe(true);
		expect(abbreviates('Pemkot Medan', 'Pemerintah Kota Medan')).toBe(true);
		expect(abbreviates('Kemenhub', 'Kementerian Perhubungan')).toBe(true);
		// Short heads that take a syllable from inside a word, or drop the word's start.
		expect(abbreviates('Kejari Asahan', 'Kejaksaan Negeri Asahan')).toBe(true);
		expect(abbreviates('Kejati Sumut', 'Kejaksaan Tinggi Sumatera Utara')).toBe(true);
		expect(abbreviates('Polres Garut', 'Kepolisian Resor Garut')).toBe(true);
		expect(abbreviates('Polres Garut', 'Kepolisian Resor Tasikmalaya')).toBe(false);
		expect(abbreviates('Kejari Asahan', 'Kejaksaan Tinggi Asahan')).toBe(false);
		// The head word and "Kabupaten" may be left out by a short form that shortens words, not by one that only drops them.
		expect(abbreviates('PUPR Garut', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut')).toBe(true);
		expect(abbreviates('BPBD Garut', 'Badan Penanggulangan Bencana Daerah Kabupaten Garut')).toBe(true);
		expect(abbreviates('Desa Sriwulan', 'Balai Desa Sriwulan')).toBe(false);
		expect(abbreviates('PUPR Garut', 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Garut')).toBe(false);
	});

	it('does not merge names that merely share letters', () => {
		expect(abbreviates('DPR RI', 'Komisi I DPR RI')).toBe(false);
		expect(abbreviates('Kementerian', 'Kementerian Komdigi')).toBe(false);
		expect(abbreviates('Asean', 'Kementerian Komunikasi dan Digital')).toBe(false);
		expect(abbreviates('KSOP', 'Kantor Kesyahbandaran dan Otoritas Pelabuhan')).toBe(false);
	});

	it('makes one entity of Menkomdigi Meutya Hafid and Meutya Hafid, and of the ministry under three names', () => {
		const entities = ingestArticle(readText(EMBEDDED_ARTICLE)).entities;
		const meutya = entities.filter((entity) => entity.name.includes('Meutya'));
		expect(meutya).toHaveLength(1);
		expect(meutya[0]).toMatchObject({name: 'Meutya Hafid', aliases: ['Menkomdigi Meutya Hafid']});
		// The fifth printing is in the photo caption ("Ket. MenKomdigi, Meutya Hafid …"): chrome, no mention.
		expect(meutya[0]?.mentions.map((mention) => mention.exact)).toEqual(Array(4).fill('Meutya Hafid'));
		expect(named(entities, 'Kementerian Komunikasi dan Digital')?.aliases).toEqual(expect.arrayContaining(['Kemkomdigi', 'Kementerian Komdigi']));
		expect(named(entities, 'Pusat Monitoring Telekomunikasi')?.aliases).toEqual(['PMT']);
		expect(named(entities, 'Kantor Kementerian Komdigi')?.aliases).toEqual(['Kantor Kemkomdigi']);
		expect(named(entities, 'Nanning')?.mentions).toHaveLength(5);
	});

	it('makes a given name an alias of the one full name that holds it', () => {
		const entities = entitiesOf('Kepala BPBD Kota Semarang, Endro Pudyo Martanto, mengatakan air surut. "Kami siagakan perahu karet," kata Endro di Semarang.');
		expect(entities.filter((entity) => entity.type === 'person')).toEqual([expect.objectContaining({name: 'Endro Pudyo Martanto', aliases: ['Endro']})]);
	});

	it('makes a given name two full names hold an alias of the one printed last before it', () => {
		const entities = entitiesOf('GARUT - Sekretaris Daerah Kabupaten Garut, Yuliani Rahmawati, meninjau posko. Warga Desa Sukamaju, Rahmawati Lubis, memilih mengungsi. "Air masuk sejak subuh," ucap Rahmawati.');
		const people = entities.filter((entity) => entity.type === 'person');
		expect(people.map((person) => [person.name, person.aliases])).toEqual([['Yuliani Rahmawati', []], ['Rahmawati Lubis', ['Rahmawati']]]);
		// Printed before either full name, it is no one's for sure, and stays apart.
		const before = entitiesOf('GARUT - "Air masuk sejak subuh," ucap Rahmawati. Sekretaris Daerah Kabupaten Garut, Yuliani Rahmawati, meninjau posko. Warga Desa Sukamaju, Rahmawati Lubis, memilih mengungsi.');
		expect(before.filter((entity) => entity.type === 'person').map((person) => person.name).sort()).toEqual(['Rahmawati', 'Rahmawati Lubis', 'Yuliani Rahmawati']);
	});

	it('keeps "Kota" after the place of a police unit: the city\'s, not the regency\'s', () => {
		const entities = entitiesOf('Kepolisian Resor Tasikmalaya Kota memasang garis polisi di pasar itu. Polres Garut Kota ikut membantu. Dinas Pemadam Kebakaran Kota Tasikmalaya memadamkan api.');
		const organizations = entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name);
		expect(organizations).toEqual(expect.arrayContaining(['Kepolisian Resor Tasikmalaya Kota', 'Polres Garut Kota', 'Dinas Pemadam Kebakaran Kota Tasikmalaya']));
		expect(organizations).not.toContain('Kepolisian Resor Tasikmalaya');
	});

	it('reads the name after a body\'s head word whole when no more of the body precedes it: "Ketua Yayasan Ahmad Sanusi"', () => {
		for (const [sentence, name, title] of [
			['Ketua Yayasan Ahmad Sanusi mengatakan bantuan sudah tiba.', 'Ahmad Sanusi', 'Ketua Yayasan'],
			['Ketua Forum Budi Santoso mengatakan warga siap.', 'Budi Santoso', 'Ketua Forum'],
			['Ketua Himpunan Nelayan Dedi Aryanto meminta nelayan tidak melaut.', 'Dedi Aryanto', 'Ketua Himpunan Nelayan'],
		] as const) {
			const entities = entitiesOf(sentence);
			expect(entities.filter((entity) => entity.type === 'person').map((person) => [person.name, person.titles?.map((each) => each.id)])).toEqual([[name, [title]]]);
			// A head word alone is a kind of body, not one.
			expect(entities.some((entity) => entity.name === 'Yayasan' || entity.name === 'Forum')).toBe(false);
		}
	});

	it('ends a title on the place it names, not inside the name after it: "Kasi Trantib Kecamatan Cisurupan Yayat Hidayat"', () => {
		const entities = entitiesOf('Kasi Trantib Kecamatan Cisurupan Yayat Hidayat mengatakan warga sudah mengungsi.');
		expect(entities.filter((entity) => entity.type === 'person').map((person) => [person.name, person.titles?.map((each) => each.id)])).toEqual([['Yayat Hidayat', ['Kasi Trantib Kecamatan Cisurupan']]]);
		expect(entities.some((entity) => entity.type === 'place' && entity.name === 'Cisurupan')).toBe(true);
	});

	it('gives an acronym the city printed after it outside a role too: "BPBD Kota Ambon mendata …"', () => {
		const entities = entitiesOf('AMBON - BPBD Kota Ambon mendata kerusakan ringan pada 12 rumah.');
		expect(entities.find((entity) => entity.name.startsWith('BPBD'))).toMatchObject({name: 'BPBD Kota Ambon', aliases: ['BPBD']});
		expect(entities.find((entity) => entity.type === 'place')).toMatchObject({name: 'Ambon', aliases: expect.arrayContaining(['Kota Ambon'])});
	});
});

describe('the classes of error measured on real articles', () => {
	const text = [
		'Judul Berita Uji Kelas Galat',
		'BANDUNG - Sampah menumpuk di Tempat Pemrosesan Akhir (TPA) Sarimukti sejak Senin (12/5/2025). Warga mengeluhkan bau dari TPA itu.',
		'Banjir merendam Kecamatan Baleendah, Dayeuhkolot, Bojongsoang, dan Rancaekek. Pengungsi ditampung di Aula Desa Dayeuhkolot.',
		'Bantuan disalurkan melalui Rufino Walter Gama kepada 300 KK. Perusahaan BUMN ikut membantu.',
		'Sinyal Telkomsel, Indosat, dan XL Axiata sempat terganggu di Bandara Soekarno-Hatta dan Tol Jakarta–Cikampek.',
		'Direktur Utama Perum Bulog Budi Waseso meninjau gudang BULOG. Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Agus Wibowo ikut hadir.',
		'Wakil Wali Kota Pematangsiantar, Wesly Silalahi dan Herlina resmi dilantik untuk masa jabatan 2025–2030.',
		'"Curah hujan masih tinggi hingga akhir pekan," kata BMKG.',
	].join('\n\n');
	const draft = ingestArticle(text, {published: '2025-05-14T10:00+07:00'});
	const names = (type: string) => draft.entities.filter((entity) => entity.type === type).map((entity) => entity.name);

	it('splits titles from names and finds people without titles', () => {
		expect(names('person').sort()).toEqual(['Agus Wibowo', 'Budi Waseso', 'Herlina', 'Rufino Walter Gama', 'Wesly Silalahi']);
		expect(draft.entities.find((entity) => entity.name === 'Wesly Silalahi')?.titles).toEqual([{id: 'Wakil Wali Kota Pematangsiantar'}]);
	});

	it('merges short and full forms, knows brands and bodies bare, and takes no generic acronym', () => {
		const organizations = names('organization');
		expect(organizations).toEqual(expect.arrayContaining(['Telkomsel', 'Indosat', 'XL Axiata', 'BMKG', 'Bulog']));
		expect(organizations.filter((name) => /bulog/i.test(name))).toHaveLength(1);
		expect(organizations).not.toContain('KK');
		expect(organizations.some((name) => name.includes('BUMN'))).toBe(false);
		expect(draft.entities.find((entity) => entity.name === 'Tempat Pemrosesan Akhir Sarimukti')?.aliases).toEqual(['TPA Sarimukti', 'TPA']);
	});

	it('reads places in comma lists, after context words, and joined by hyphens and dashes', () => {
		expect(names('place')).toEqual(expect.arrayContaining(['Baleendah', 'Dayeuhkolot', 'Bojongsoang', 'Rancaekek', 'Aula Desa Dayeuhkolot', 'Bandara Soekarno-Hatta', 'Tol Jakarta–Cikampek', 'Pematangsiantar']));
	});

	it('gives a term of office as a year range and a quotation to the body that speaks', () => {
		expect(draft.events.some((event) => event.start === '2025' && event.end === '2030' && event.precision === 'year')).toBe(true);
		expect(draft.quotes.map((quote) => draft.entities.find((entity) => entity.id === quote.speaker)?.name)).toEqual(['BMKG']);
	});
});
