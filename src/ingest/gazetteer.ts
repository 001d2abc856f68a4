/**
 * Names the rules know without being told: countries, Indonesian provinces and large cities, a few
 * foreign cities, international bodies and news agencies. Small on purpose — the rules find other
 * names from the words around them ("Kota …", "di …", roles); this list only catches the names a
 * reader expects to be recognized bare.
 */

/** Place names, canonical form → other spellings or abbreviations printed for them. */
export const PLACES: Readonly<Record<string, readonly string[]>> = {
	// Countries and territories, in Indonesian.
	Indonesia: ['RI', 'Republik Indonesia', 'NKRI'], Malaysia: [], Singapura: [], Thailand: [], Vietnam: [],
	Filipina: [], Brunei: ['Brunei Darussalam'], Kamboja: [], Laos: [], Myanmar: [], 'Timor Leste': [],
	Tiongkok: ['China', 'Cina', 'RRT', 'Republik Rakyat Tiongkok'], Jepang: [], 'Korea Selatan': ['Korsel'],
	'Korea Utara': ['Korut'], India: [], Pakistan: [], Bangladesh: [], Australia: [], 'Selandia Baru': [],
	'Amerika Serikat': ['AS'], Kanada: [], Meksiko: [], Brasil: [], Argentina: [], Inggris: [], Prancis: ['Perancis'],
	Jerman: [], Italia: [], Spanyol: [], Belanda: [], Belgia: [], Swiss: [], Swedia: [], Norwegia: [], Denmark: [],
	Finlandia: [], Rusia: [], Ukraina: [], Turki: [], 'Arab Saudi': [], 'Uni Emirat Arab': ['UEA'], Qatar: [], Mesir: [],
	Iran: [], Irak: [], Israel: [], Palestina: [], Yordania: [], 'Afrika Selatan': [], Nigeria: [], Taiwan: [],
	'Hong Kong': [], 'Papua Nugini': [],
	// Indonesian provinces and islands.
	Aceh: [], 'Sumatera Utara': ['Sumut'], 'Sumatera Barat': ['Sumbar'], Riau: [], 'Kepulauan Riau': ['Kepri'],
	Jambi: [], 'Sumatera Selatan': ['Sumsel'], 'Bangka Belitung': ['Babel'], Bengkulu: [], Lampung: [],
	'Jawa Barat': ['Jabar'], 'Jawa Tengah': ['Jateng'], Yogyakarta: ['DI Yogyakarta', 'DIY', 'Jogja'],
	'Jawa Timur': ['Jatim'], Banten: [], Bali: [], 'Nusa Tenggara Barat': ['NTB'], 'Nusa Tenggara Timur': ['NTT'],
	'Kalimantan Barat': ['Kalbar'], 'Kalimantan Tengah': ['Kalteng'], 'Kalimantan Selatan': ['Kalsel'],
	'Kalimantan Timur': ['Kaltim'], 'Kalimantan Utara': ['Kaltara'], 'Sulawesi Utara': ['Sulut'],
	'Sulawesi Tengah': ['Sulteng'], 'Sulawesi Selatan': ['Sulsel'], 'Sulawesi Tenggara': ['Sultra'], Gorontalo: [],
	'Sulawesi Barat': ['Sulbar'], Maluku: [], 'Maluku Utara': ['Malut'], Papua: [], 'Papua Barat': [],
	'Papua Barat Daya': [], 'Papua Tengah': [], 'Papua Pegunungan': [], 'Papua Selatan': [], Jawa: [], Sumatera: [],
	Kalimantan: [], Sulawesi: [], Lombok: [], Madura: [], Batam: [], Bintan: [],
	// Indonesian cities: provincial capitals and the largest others.
	Jakarta: ['DKI Jakarta'], Surabaya: [], Bandung: [], Medan: [], Semarang: [], Makassar: [], Palembang: [],
	Tangerang: [], Depok: [], Bekasi: [], Bogor: [], Pekanbaru: [], Padang: [], Malang: [], Denpasar: [], Solo: ['Surakarta'],
	Balikpapan: [], Samarinda: [], Banjarmasin: [], Pontianak: [], Manado: [], Jayapura: [], Sorong: [], Manokwari: [],
	Merauke: [], Ambon: [], Kupang: [], Mataram: [], 'Bandar Lampung': [], Serang: [], Cirebon: [], Tegal: [],
	Pekalongan: [], Kediri: [], Madiun: [], Jember: [], Banyuwangi: [], Palu: [], Kendari: [], Ternate: [], Tarakan: [],
	'Palangka Raya': [], Pangkalpinang: [], Tanjungpinang: [], 'Banda Aceh': [], Mamuju: [], Sofifi: [], Nabire: [],
	// Foreign cities often in Indonesian news.
	Beijing: [], Shanghai: [], Tokyo: [], Seoul: [], 'Kuala Lumpur': [], Bangkok: [], Manila: [], Hanoi: [],
	Canberra: [], Sydney: [], Washington: [], 'New York': [], London: [], Paris: [], Berlin: [], Moskwa: [], Dubai: [],
	Riyadh: [], Mekkah: [], Madinah: [], Kairo: [], 'Den Haag': [], Amsterdam: [],
};

/** International bodies printed bare, canonical form → other spellings. */
export const KNOWN_ORGANIZATIONS: Readonly<Record<string, readonly string[]>> = {
	ASEAN: ['Asean'], PBB: ['Perserikatan Bangsa-Bangsa'], WHO: [], IMF: [], 'Bank Dunia': [], UNESCO: [], UNICEF: [],
	NATO: [], 'Uni Eropa': [], G20: [], APEC: [], OPEC: [], FIFA: [], Polri: [], TNI: [], KPK: [],
	// The armed forces' branches, one body each: "TNI AL" is no "TNI" beside an "AL".
	'TNI AD': ['TNI Angkatan Darat'], 'TNI AL': ['TNI Angkatan Laut'], 'TNI AU': ['TNI Angkatan Udara'],
	// Political parties, printed bare or after "Partai".
	Gerindra: ['Partai Gerindra'], PDIP: ['PDI Perjuangan', 'PDI-P', 'Partai Demokrasi Indonesia Perjuangan'], Golkar: ['Partai Golkar'],
	PKB: ['Partai Kebangkitan Bangsa'], Nasdem: ['NasDem', 'Partai Nasdem', 'Partai NasDem'], PKS: ['Partai Keadilan Sejahtera'],
	Demokrat: ['Partai Demokrat'], PAN: ['Partai Amanat Nasional'], PPP: ['Partai Persatuan Pembangunan'], Perindo: ['Partai Perindo'],
	PSI: ['Partai Solidaritas Indonesia'], Hanura: ['Partai Hanura'],
	// State and private firms and brands news names bare.
	Telkomsel: [], Indosat: ['Indosat Ooredoo Hutchison', 'IOH'], Smartfren: [], 'XL Axiata': ['XL', 'XLSmart'], Telkom: ['Telkom Indonesia', 'PT Telkom'],
	Pertamina: ['PT Pertamina'], PLN: ['PT PLN'], Bulog: ['BULOG', 'Perum Bulog'], 'Garuda Indonesia': [], 'Lion Air': [], KAI: ['PT KAI', 'Kereta Api Indonesia'],
	BRI: ['Bank Rakyat Indonesia'], BNI: ['Bank Negara Indonesia'], 'Bank Mandiri': [], BCA: ['Bank Central Asia'], BSI: ['Bank Syariah Indonesia'],
	Gojek: [], Grab: [], Tokopedia: [], Shopee: [], 'Jasa Marga': ['PT Jasa Marga'], Pelindo: ['PT Pelindo'], 'Angkasa Pura': [], 'Pos Indonesia': [],
	// Public bodies known by their short form.
	BMKG: ['Badan Meteorologi, Klimatologi, dan Geofisika'], BNPB: ['Badan Nasional Penanggulangan Bencana'], BPS: ['Badan Pusat Statistik'],
	Basarnas: [], Bakamla: ['Badan Keamanan Laut'], Polairud: ['Ditpolairud'], Brimob: [], 'Manggala Agni': [], BPJS: [], OJK: ['Otoritas Jasa Keuangan'], KPU: ['Komisi Pemilihan Umum'], Bawaslu: [], MUI: ['Majelis Ulama Indonesia'],
	DPR: ['DPR RI', 'Dewan Perwakilan Rakyat'], MPR: ['MPR RI'], DPD: ['DPD RI'], BPK: ['Badan Pemeriksa Keuangan'], Kejagung: ['Kejaksaan Agung'],
	NU: ['Nahdlatul Ulama', 'PBNU'], Muhammadiyah: [], Kadin: [], Apindo: [],
};

/** News agencies, canonical form → other spellings. */
export const NEWS_AGENCIES: Readonly<Record<string, readonly string[]>> = {
	Antara: ['ANTARA', 'Kantor Berita Antara'], Reuters: [], AFP: [], AP: ['Associated Press'], Xinhua: [],
	Bernama: [], Kyodo: [], Anadolu: [], Bloomberg: [],
};

/** A lookup from every printed form of a listed name to its canonical form. */
export function formsOf(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
	const forms = new Map<string, string>();
	for (const [canonical, others] of Object.entries(table)) {
		forms.set(canonical, canonical);
		for (const other of others) forms.set(other, canonical);
	}
	return forms;
}
