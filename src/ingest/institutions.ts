/**
 * The vocabulary of Indonesian public life that tells names apart from the titles, bodies and
 * places around them: roles that precede a person's name, words that head an organization or a
 * place, and words that make up institution names but are never a person's name.
 */

/** Roles and titles written before a name, longest first so "Wakil Ketua" wins over "Ketua". */
export const ROLES = [
	'Wakil Presiden', 'Presiden', 'Perdana Menteri', 'Menteri Koordinator', 'Wakil Menteri', 'Menteri',
	'Wakil Ketua Umum', 'Ketua Umum', 'Wakil Ketua', 'Ketua', 'Sekretaris Jenderal', 'Sekretaris Daerah', 'Sekretaris',
	'Sekjen', 'Sekda', 'Wakil Kepala', 'Kepala', 'Direktur Jenderal', 'Direktur Utama', 'Direktur Eksekutif', 'Direktur',
	'Dirjen', 'Dirut', 'Wakil Gubernur', 'Gubernur', 'Wakil Bupati', 'Bupati', 'Wakil Wali Kota', 'Wali Kota', 'Walikota',
	'Camat', 'Lurah', 'Kapolri', 'Kapolda', 'Kapolres', 'Kapolresta', 'Kapolsek', 'Panglima', 'Juru Bicara', 'Jubir',
	'Anggota', 'General Manager', 'Manajer', 'Komisaris Utama', 'Komisaris', 'Rektor', 'Dekan', 'Kadis', 'Kabid',
	'Koordinator', 'Penjabat', 'Pelaksana Tugas', 'Plt.', 'Plt', 'Pj.', 'Pj', 'Duta Besar', 'Dubes', 'Pengamat', 'Ekonom',
	'Peneliti', 'Analis', 'Guru Besar', 'Pendiri', 'CEO', 'Kasatreskrim', 'Kasat', 'Danrem', 'Dandim', 'Pangdam', 'Wakil Komandan', 'Komandan',
	'Pimpinan Wilayah', 'Pimpinan Cabang', 'Pimpinan', 'Asisten Deputi', 'Deputi', 'Staf Khusus', 'Wakil Direktur',
	'Bapak', 'Ibu', 'Pak', 'Bu',
	// The court's people, printed before a name: "Hakim Ketua Dewi Anggraini", "Jaksa Penuntut Umum (JPU) Kejari Asahan, Hendra Saputra".
	'Hakim Ketua', 'Hakim Anggota', 'Hakim Agung', 'Hakim Konstitusi', 'Hakim Tunggal', 'Hakim', 'Jaksa Penuntut Umum', 'Wakil Jaksa Agung', 'Jaksa Agung Muda', 'Jaksa Agung', 'Jaksa',
	// And the lawyers', printed before the name without a comma: "ujar pengacara Yusuf Hamdani".
	'Pengacara', 'Advokat',
	// Short forms of the posts of local government, printed before a name as their full forms are:
	// "Kalaksa BPBD Garut" is the Kepala Pelaksana of the BPBD, "Kades" the Kepala Desa.
	'Kalaksa', 'Kaban', 'Kasi', 'Kasie', 'Kabag', 'Kasubag', 'Kasubbag', 'Kasubdit', 'Kadiv', 'Kakanwil',
	'Kajari', 'Kajati', 'Kalapas', 'Karutan', 'Kapolrestabes', 'Kades', 'Kadus', 'Sekdes', 'Sekcam', 'Danramil',
	'Danlanal', 'Danyon', 'Babinsa', 'Bhabinkamtibmas',
	// Posts of an office or a case that news prints in lower case before a name: "bendahara DPUPR Kendal, Sri
	// Wahyuni", "penyidik Polda Jawa Tengah, Kompol Agus Salim Harahap".
	'Penyidik', 'Penyelidik', 'Bendahara', 'Panitera Pengganti', 'Panitera', 'Auditor', 'Ajudan', 'Staf',
	// Ranks printed before a name, alone or after a post ("Kepala Korlantas Polri Irjen Heru Santoso").
	'Jenderal', 'Komjen', 'Irjen', 'Brigjen', 'Kombes', 'AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Bripka', 'Briptu',
	'Letjen', 'Mayjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Laksamana', 'Marsekal', 'Laksma', 'Marsma',
];

/**
 * Roles that name no post when printed in lower case: "ibu Budi" is Budi's mother, "kepala Budi" his
 * head, "pimpinan Budi" his leadership. Every other role may be printed in lower case before a name
 * ("jaksa Ratna Widyasari", "kepala desa" aside) and is read there as printed.
 */
export const CAPITALIZED_ONLY_ROLES = new Set(['Bapak', 'Ibu', 'Pak', 'Bu', 'Kepala', 'Wakil Kepala', 'Pimpinan']);

/** Ranks: they stand between a post and the name ("Kepala Korlantas Polri Irjen Heru Santoso"). */
export const RANKS = new Set(['Jenderal', 'Komjen', 'Irjen', 'Brigjen', 'Kombes', 'AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Bripka', 'Briptu', 'Letjen', 'Mayjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Laksamana', 'Marsekal', 'Laksma', 'Marsma']);

/**
 * Corps printed after an officer's rank, before the name ("Letkol Inf Agus Salim Nasution", "Kolonel
 * Pnb Budi", "Kombes Pol. Dedi"): the army's (infantry, cavalry, artillery, engineers, signals,
 * ordnance, supply, medics, military police, adjutant-general, law, finance, aviation, topography),
 * the marines, the air force's (pilot, navigator, technical, electronics, administration, special
 * forces, medics, special) and the police.
 */
export const CORPS = new Set([
	'Inf', 'Kav', 'Arm', 'Arh', 'Czi', 'Chb', 'Cpl', 'Cba', 'Ckm', 'Cpm', 'Caj', 'Chk', 'Cku', 'Cpn', 'Ctp',
	'Mar', 'Pnb', 'Nav', 'Tek', 'Lek', 'Adm', 'Pas', 'Kes', 'Sus', 'Pol',
]);

/**
 * Honorifics printed before a name, as the tokenizer leaves them (the last dot in the gap): a
 * doctor (dr.), a dentist (drg.), a pharmacist (apt.), a nurse (Ns.), an engineer (Ir.), a
 * professor (Prof.), a doctorate (Dr.), a first degree of old (Drs., Dra.); who made the pilgrimage
 * (H., Hj., Haji, Hajah) and a cleric (K.H., KH).
 */
export const NAME_HONORIFICS = new Set(['dr', 'Dr', 'drg', 'Drg', 'apt', 'Ns', 'Ir', 'Prof', 'Drs', 'Dra', 'H', 'Hj', 'Haji', 'Hajah', 'Hajjah', 'K.H', 'KH',
	// Malay titles of honour: "Gubernur Riau Datuk Seri H. Muhammad Syahrial" is Muhammad Syahrial ("Seri"
	// is one only after them, honorifics.ts: "Seri Wahyuni" is a name).
	'Datuk', 'Dato', "Dato'"]);

/** Roles that abbreviate a ministerial post: Menkomdigi = Menteri Komunikasi dan Digital. */
export const ROLE_ACRONYMS = [
	'Menkomdigi', 'Menkominfo', 'Menkeu', 'Menkes', 'Mendagri', 'Menlu', 'Menhan', 'Menpora', 'Mendikbud',
	'Mendikbudristek', 'Mendikdasmen', 'Menparekraf', 'Menpar', 'Menhub', 'Mentan', 'Mendag', 'Menperin', 'Mensos',
	'Menaker', 'Menag', 'Menko', 'Menpan', 'Menkumham', 'Menkum', 'Menko Polkam', 'Menteri BUMN', 'Menteri PUPR',
	'Wamenkomdigi', 'Wamenkeu', 'Wamenlu', 'Wamen',
	// The heads of a regency's offices: Kadinkes = Kepala Dinas Kesehatan.
	'Kadinkes', 'Kadishub', 'Kadisdik', 'Kadinsos', 'Kadisperindag', 'Kasatpol PP', 'Kasatlantas', 'Kasatreskoba',
];

/** Roles whose complement is a place: "Wali Kota Semarang Agustina Wilujeng". */
export const PLACE_SCOPED_ROLES = new Set([
	'Wakil Gubernur', 'Gubernur', 'Wakil Bupati', 'Bupati', 'Wakil Wali Kota', 'Wali Kota', 'Walikota', 'Camat', 'Lurah',
	'Kapolda', 'Kapolres', 'Kapolresta', 'Kapolsek', 'Pangdam', 'Danrem', 'Dandim',
	'Kapolrestabes', 'Kades', 'Sekdes', 'Sekcam', 'Danramil',
]);

/**
 * The legal forms a business is named after ("CV Karya Mandiri", "PT Sinar Abadi", "UD Tani Rejeki",
 * "Koperasi Unit Desa …"): every word after one is the company's, however much it looks like a name.
 */
export const COMPANY_FORMS = new Set(['PT', 'CV', 'UD', 'PD', 'Firma', 'Koperasi', 'KUD', 'KSP', 'Perum', 'Perumda']);

/** Words that begin an organization's name. */
export const ORGANIZATION_HEADS = new Set([
	...COMPANY_FORMS,
	'Kementerian', 'Kemenko', 'Komisi', 'Badan', 'Dinas', 'Pemerintah', 'Pemkot', 'Pemkab', 'Pemprov', 'Partai', 'Dewan',
	'Majelis', 'Mahkamah', 'Lembaga', 'Pusat', 'Direktorat', 'Ditjen', 'Kantor', 'Kanwil', 'Bank',
	'Universitas', 'Institut', 'Kepolisian', 'Polda', 'Polres', 'Polresta', 'Polsek', 'Kejaksaan', 'Kejati', 'Kejari',
	'Pengadilan', 'Sekretariat', 'Yayasan', 'Asosiasi', 'Perhimpunan', 'Persatuan', 'Ikatan', 'Komite', 'Otoritas',
	'Satuan', 'Satgas', 'Korps', 'Komando', 'Kodam', 'Kodim', 'Korem', 'Balai', 'Biro', 'Inspektorat',
	'Perusahaan', 'Serikat', 'Federasi', 'Konsorsium', 'Forum', 'Gerakan', 'Organisasi', 'Himpunan', 'Paguyuban',
]);

/** Words that name an administrative area before its proper name: "Kota Nanning", "Provinsi Guangxi". */
export const ADMINISTRATIVE_HEADS = new Set(['Kota', 'Kabupaten', 'Provinsi', 'Kecamatan', 'Kelurahan', 'Desa', 'Kampung', 'Distrik', 'Nagari', 'Gampong', 'Dusun']);

/** Words that begin the name of a facility or a natural place: "Bandara …", "Sungai Deli". */
export const FACILITY_HEADS = new Set([
	'Bandara', 'Bandar Udara', 'Pelabuhan', 'Stasiun', 'Terminal', 'Gedung', 'Balai Kota', 'Istana', 'Stadion', 'Pasar',
	'Taman', 'Jalan', 'Jl.', 'Sungai', 'Danau', 'Gunung', 'Pulau', 'Teluk', 'Selat', 'Pantai', 'Masjid', 'Gereja',
	'Vihara', 'Klenteng', 'Rumah Sakit', 'RSUD', 'Hotel', 'Lapangan', 'Alun-alun', 'Bendungan', 'Waduk', 'Tol',
	'Jembatan', 'Kawasan', 'Lapas', 'Rutan', 'Puskesmas', 'Gerbang Tol', 'Aula', 'Posko', 'Gudang', 'Dermaga', 'Embung',
	'Tempat Pemrosesan Akhir', 'Tempat Pembuangan Akhir', 'Rest Area', 'Bandara Internasional', 'Balai Desa', 'Balai Kelurahan',
	'Balai Warga', 'Balai Pertemuan',
]);

/**
 * Words found inside institution names and portfolios, never a person's name: they let
 * "Menteri Komunikasi dan Digital RI Meutya Hafid" be split before "Meutya".
 */
export const INSTITUTION_WORDS = new Set([
	'Komunikasi', 'Digital', 'Informatika', 'Informasi', 'Keuangan', 'Kesehatan', 'Pendidikan', 'Kebudayaan', 'Riset',
	'Teknologi', 'Sains', 'Dalam', 'Luar', 'Negeri', 'Pertahanan', 'Perhubungan', 'Pertanian', 'Perdagangan',
	'Perindustrian', 'Sosial', 'Agama', 'Hukum', 'Keamanan', 'Politik', 'Perekonomian', 'Koordinator', 'Bidang',
	'Pariwisata', 'Ekonomi', 'Kreatif', 'Pekerjaan', 'Umum', 'Perumahan', 'Rakyat', 'Energi', 'Sumber', 'Daya',
	'Mineral', 'Air', 'Kelautan', 'Perikanan', 'Lingkungan', 'Hidup', 'Kehutanan', 'Ketenagakerjaan', 'Tenaga', 'Kerja',
	'Pembangunan', 'Daerah', 'Tertinggal', 'Transmigrasi', 'Pemuda', 'Olahraga', 'Investasi', 'Hilirisasi', 'Agraria',
	'Tata', 'Ruang', 'Pertanahan', 'Nasional', 'Pemberdayaan', 'Perempuan', 'Perlindungan', 'Anak', 'Kependudukan',
	'Keluarga', 'Berencana', 'Negara', 'Kabinet', 'Aparatur', 'Reformasi', 'Birokrasi', 'Usaha', 'Kecil', 'Menengah',
	'Pangan', 'Imigrasi', 'Pemasyarakatan', 'Bina', 'Marga', 'Konstruksi', 'Pelayanan', 'Perizinan', 'Terpadu',
	'Pencatatan', 'Sipil', 'Penanggulangan', 'Bencana', 'Statistik', 'Meteorologi', 'Klimatologi', 'Geofisika',
	'Wilayah', 'Cabang', 'Perwakilan', 'Republik', 'Tinggi', 'Konstitusi', 'Pemilihan', 'Pengawas', 'Pemilu', 'Jasa',
	'Kesyahbandaran', 'Monitoring', 'Telekomunikasi', 'Pengendali', 'Layanan', 'Utama', 'Jenderal', 'Bagian', 'Seksi',
	'Unit', 'Pelaksana', 'Teknis', 'Penyelenggara', 'Lalu', 'Lintas', 'Angkutan', 'Darat', 'Laut', 'Udara', 'Resor',
	'Sektor', 'Polisi', 'Pamong', 'Praja', 'Pemadam', 'Kebakaran', 'Kesatuan', 'Inovasi', 'Persero', 'Tbk',
	'Koperasi', 'Komite', 'Kota', 'Provinsi', 'Kabupaten', 'Pelabuhan', 'Kantor', 'Badan', 'Dinas', 'Kementerian',
	'Komisi', 'Partai', 'Dewan', 'Pemerintah', 'Pusat', 'Otoritas', 'Khusus', 'Kelas', 'Regional', 'Internasional',
	// The directorates general a "Direktur Jenderal" or "Dirjen" heads, printed between the post and the
	// name ("Direktur Jenderal Pajak Suryo Utomo", "Dirjen Bea dan Cukai Askolani").
	'Pajak', 'Bea', 'Cukai', 'Anggaran', 'Perbendaharaan', 'Kekayaan', 'Perimbangan', 'Pembiayaan', 'Risiko',
	'Administrasi', 'Intelektual', 'Otonomi', 'Perkeretaapian', 'Migas', 'Minerba', 'Ketenagalistrikan', 'Terbarukan',
	'Konservasi', 'Aplikasi', 'Perangkat', 'Penyelenggaraan', 'Publik', 'Pencegahan', 'Pengendalian', 'Penyakit',
	'Masyarakat', 'Hortikultura', 'Perkebunan', 'Peternakan', 'Prasarana', 'Sarana', 'Konsumen', 'Industri',
	'Bimbingan', 'Kependidikan', 'Dukcapil',
	// A committee is no one's name: "Ketua Panitia, M.S. Hidayat" is the chair, not a person "Panitia".
	'Panitia',
]);

/** Upper-case words that are not organizations: units, technologies, time zones, documents. */
export const NOT_ORGANIZATION_ACRONYMS = new Set([
	'AI', 'WIB', 'WITA', 'WIT', 'TV', 'HP', 'PC', 'IT', 'ICT', 'GPS', 'LTE', 'PDB', 'GDP', 'APBN', 'APBD', 'UMKM', 'BBM',
	'ASN', 'PNS', 'PHK', 'SIM', 'KTP', 'NIK', 'RT', 'RW', 'SD', 'SMP', 'SMA', 'SMK', 'UU', 'PP', 'USD', 'CEO', 'CFO',
	'VIP', 'OTT', 'HO', 'CV', 'WNA', 'WNI', 'ID', 'OK', 'KM', 'COVID', 'PT', 'RI', 'AS', 'NTB', 'NTT', 'DKI', 'DI',
	'RRT', 'AM', 'PM', 'WA', 'SMS', 'QR', 'IKN', 'LPG', 'KRL', 'MRT', 'LRT', 'BRT', 'TPI', 'II', 'III', 'IV', 'VI',
	'VII', 'VIII', 'IX', 'XI', 'XII',
	// Generic words written as acronyms: households, state firms as a class, budgets, documents, programmes.
	'KK', 'BUMN', 'BUMD', 'BUMDes', 'OPD', 'SKPD', 'PAD', 'DAU', 'DAK', 'TPS', 'SPBU', 'ATM', 'NPWP', 'CCTV', 'SOP', 'KUR', 'BLT',
	'PKH', 'MBG', 'THR', 'UMR', 'UMP', 'UMK', 'HET', 'BPNT', 'KIP', 'KIS', 'JKN', 'PSN', 'RPJMD', 'RPJMN', 'RAPBD', 'SK', 'SE',
	'KTT', 'DBD', 'ISPA', 'TBC', 'HIV', 'AIDS', 'MoU', 'MOU', 'STNK', 'BPKB', 'ETLE', 'PPPK', 'CPNS', 'PPDB', 'SPMB', 'BOS',
	'KJP', 'PLTS', 'PLTU', 'PLTA', 'TKA', 'HUT', 'WNA', 'OTT', 'RDP', 'RUPS', 'IPO', 'LKPD', 'LHP', 'WTP', 'BBM', 'ODOL',
	'MW', 'KWh', 'KV', 'KG', 'CM', 'MM', 'HA', 'PK', 'ABK', 'PAUD', 'TK', 'MI', 'MTs', 'MA', 'UKM', 'IKM', 'NIB', 'LSM',
	// A ship's prefix (a state vessel, a navy ship, a ferry) and search and rescue as a kind of work: "KN SAR Pandudewanata".
	'KN', 'KRI', 'KMP', 'SAR',
	// Indices of the air, printed as acronyms: no bodies.
	'ISPU', 'AQI',
]);

/** Roman numerals as they number commissions and regions ("Komisi I", "Wilayah II"). */
export const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
