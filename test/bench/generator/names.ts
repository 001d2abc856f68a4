/**
 * Word pools for generated datasets: Indonesian names first (Javanese, Sundanese, Batak, Minang,
 * Bugis, Balinese, Chinese-Indonesian, Arabic-derived), then names from the region and beyond,
 * with the diacritics real coverage carries (Nguyễn, José, Łukasz), so search and width code see them.
 */

export const GIVEN_NAMES = [
	'Agus', 'Ahmad', 'Andi', 'Anisa', 'Ayu', 'Bambang', 'Bayu', 'Budi', 'Cahya', 'Citra', 'Dadang', 'Dave', 'Dewi',
	'Dian', 'Dimas', 'Dodi', 'Eka', 'Endang', 'Erick', 'Fajar', 'Fitri', 'Gita', 'Hadi', 'Hendra', 'Hesti', 'Ika',
	'Indah', 'Intan', 'Irfan', 'Joko', 'Kartika', 'Kurnia', 'Lestari', 'Lukman', 'Made', 'Maya', 'Meutya', 'Nadia',
	'Nanda', 'Nyoman', 'Ketut', 'Wayan', 'Putu', 'Puspa', 'Rahmat', 'Ratna', 'Reza', 'Rini', 'Rizky', 'Sari', 'Siti',
	'Slamet', 'Sri', 'Suharti', 'Taufik', 'Teguh', 'Tri', 'Utami', 'Wahyu', 'Wulan', 'Yanti', 'Yudi', 'Yusuf', 'Zainal',
	'Asep', 'Ujang', 'Cecep', 'Euis', 'Neneng', 'Dedi', 'Iwan', 'Hotman', 'Togar', 'Rudolf', 'Maruarar', 'Sahat',
	'Datuk', 'Rasuna', 'Nurul', 'Abdul', 'Muhammad', 'Fadli', 'Mahfud', 'Retno', 'Susi', 'Tjahjo', 'Basuki', 'Gibran',
	'Kaesang', 'Prabowo', 'Sandiaga', 'Anies', 'Ganjar', 'Ridwan', 'Khofifah', 'Bobby', 'Andika', 'Hasto', 'Airlangga',
	'Meutia', 'Nong', 'Wei', 'Xiaoming', 'Li', 'Mei', 'Hiroshi', 'Yuki', 'Siew', 'Anwar', 'Nurul Izzah', 'Thanh',
	'Văn', 'Thị', 'Somchai', 'Ploy', 'Maria', 'José', 'Juan', 'Ferdinand', 'Corazon', 'Hun', 'Aung', 'Lee', 'Łukasz',
	'Zoë', 'François', 'Søren', 'Ahmed', 'Fatima', 'Omar', 'Priya', 'Rahul', 'Olusegun', 'John', 'Emily', 'Kevin',
];

export const FAMILY_NAMES = [
	'Hafid', 'Laksono', 'Santoso', 'Wibowo', 'Setiawan', 'Saputra', 'Susanto', 'Hidayat', 'Nugroho', 'Kurniawan',
	'Wijaya', 'Halim', 'Tanoto', 'Gunawan', 'Kusuma', 'Pratama', 'Siregar', 'Nasution', 'Simanjuntak', 'Sitompul',
	'Panjaitan', 'Harahap', 'Lubis', 'Hutapea', 'Sinaga', 'Pohan', 'Tanjung', 'Chaniago', 'Piliang', 'Koto', 'Sikumbang',
	'Mattalatta', 'Paloloang', 'Daeng', 'Suryadi', 'Sudirman', 'Soekarno', 'Prasetyo', 'Rahardjo', 'Hartono',
	'Widodo', 'Subianto', 'Yudhoyono', 'Purnama', 'Marsudi', 'Indrawati', 'Pudjiastuti', 'Kumolo', 'Thohir', 'Uno',
	'Baswedan', 'Pranowo', 'Kamil', 'Parawansa', 'Nasution', 'Hartarto', 'Perkasa', 'Kristiyanto', 'Lestari',
	'Al-Habsyi', 'Assegaf', 'Alatas', 'Shihab', 'Bin Abdullah', 'Tan', 'Lim', 'Oei', 'Liem', 'Gouw', 'Shengwen',
	'Wang', 'Zhang', 'Chen', 'Liu', 'Huang', 'Tanaka', 'Suzuki', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Chan-o-cha',
	'Srisuk', 'Ibrahim', 'Razak', 'Loong', 'Santos', 'Reyes', 'Cruz', 'Marcos', 'Sen', 'Suu Kyi', 'Nowak',
	'Kowalczyk', 'Müller', 'Dubois', 'Kierkegaard', 'García', 'Sharma', 'Obasanjo', 'Smith', 'Johnson', "O'Brien",
];

/** Sectors for ministries, agencies and offices, with their English names. */
export const SECTORS: readonly (readonly [string, string])[] = [
	['Komunikasi dan Digital', 'Communication and Digital Affairs'],
	['Pendidikan', 'Education'],
	['Kesehatan', 'Health'],
	['Pertanian', 'Agriculture'],
	['Perhubungan', 'Transportation'],
	['Keuangan', 'Finance'],
	['Perdagangan', 'Trade'],
	['Perindustrian', 'Industry'],
	['Kelautan dan Perikanan', 'Maritime Affairs and Fisheries'],
	['Lingkungan Hidup', 'Environment'],
	['Pariwisata', 'Tourism'],
	['Energi dan Sumber Daya Mineral', 'Energy and Mineral Resources'],
	['Pekerjaan Umum', 'Public Works'],
	['Sosial', 'Social Affairs'],
	['Ketenagakerjaan', 'Manpower'],
	['Luar Negeri', 'Foreign Affairs'],
	['Dalam Negeri', 'Home Affairs'],
	['Pertahanan', 'Defence'],
	['Agama', 'Religious Affairs'],
	['Koperasi dan UKM', 'Cooperatives and SMEs'],
];

export const CITIES = [
	'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Denpasar', 'Yogyakarta', 'Malang',
	'Padang', 'Pekanbaru', 'Banjarmasin', 'Pontianak', 'Manado', 'Ambon', 'Jayapura', 'Kupang', 'Mataram', 'Balikpapan',
	'Samarinda', 'Jambi', 'Bengkulu', 'Lampung', 'Serang', 'Cirebon', 'Tegal', 'Solo', 'Kediri', 'Banyuwangi', 'Sorong',
	'Ternate', 'Palu', 'Kendari', 'Gorontalo', 'Mamuju', 'Tanjungpinang', 'Pangkalpinang', 'Banda Aceh', 'Nanning',
	'Guangzhou', 'Kuala Lumpur', 'Singapura', 'Bangkok', 'Hanoi', 'Manila', 'Tokyo', 'Canberra', 'Den Haag', 'Jenewa',
];

const VILLAGE_HEADS = ['Suka', 'Karang', 'Sido', 'Tanjung', 'Sumber', 'Mekar', 'Cipta', 'Wono', 'Banjar', 'Gunung', 'Rawa', 'Pasir', 'Teluk', 'Kali', 'Cibinong', 'Ngadi'];
const VILLAGE_TAILS = ['maju', 'rejo', 'mulya', 'jaya', 'sari', 'asri', 'harjo', 'makmur', 'indah', 'baru', 'agung', 'tengah', 'wangi', 'luhur', 'kencana', 'rahayu'];

/** An Indonesian-sounding village name ("Sukamaju", "Karangrejo") from two syllable groups. */
export function villageName(head: number, tail: number): string {
	return VILLAGE_HEADS[head % VILLAGE_HEADS.length]! + VILLAGE_TAILS[tail % VILLAGE_TAILS.length]!;
}
export const VILLAGE_COUNT = VILLAGE_HEADS.length * VILLAGE_TAILS.length;

export const PLACE_KINDS: readonly (readonly [string, string])[] = [
	['Kantor Desa', 'village office'],
	['Balai Kota', 'city hall'],
	['Pasar', 'market'],
	['Pelabuhan', 'port'],
	['Terminal', 'bus terminal'],
	['Gedung', 'building'],
	['Alun-alun', 'town square'],
	['Stasiun', 'railway station'],
	['Bandara', 'airport'],
	['Posko', 'command post'],
];

export const COMPANY_WORDS = [
	'Nusantara', 'Sinar', 'Mitra', 'Global', 'Karya', 'Bumi', 'Cahaya', 'Samudra', 'Garuda', 'Mandiri', 'Telekomunikasi',
	'Digital', 'Energi', 'Pangan', 'Logistik', 'Teknologi', 'Sejahtera', 'Abadi', 'Perkasa', 'Utama', 'Andalan', 'Prima',
];

export const TOPICS: readonly (readonly [string, string])[] = [
	['kecerdasan artifisial', 'artificial intelligence'],
	['transformasi digital', 'digital transformation'],
	['ketahanan pangan', 'food security'],
	['jaringan 5G', '5G networks'],
	['penanganan banjir', 'flood relief'],
	['mudik Lebaran', 'the Lebaran exodus'],
	['pusat data nasional', 'the national data centre'],
	['perlindungan data pribadi', 'personal data protection'],
	['smart city', 'smart cities'],
	['literasi digital', 'digital literacy'],
	['harga beras', 'rice prices'],
	['subsidi energi', 'energy subsidies'],
	['vaksinasi', 'vaccination'],
	['pembangunan jalan tol', 'toll road construction'],
	['investasi asing', 'foreign investment'],
	['ekspor nikel', 'nickel exports'],
	['pariwisata Bali', 'Bali tourism'],
	['judi daring', 'online gambling'],
	['hoaks pemilu', 'election hoaxes'],
	['kerja sama Asean', 'Asean cooperation'],
];

/** Indonesian weekday names, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
