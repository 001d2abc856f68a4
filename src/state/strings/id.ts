/** The explorer's words in Indonesian. */
import {formatDuration, orList, type ClipboardProblem, type ToolFailure} from '../../platform/clipboard-problems.js';
import {formatNumber} from '../../model/count.js';
import type {Strings} from './strings.js';

/** "2 dtk", "500 md". */
const duration = (ms: number) => formatDuration(ms, {s: 'dtk', ms: 'md'});

function toolFailure(tool: string, failure: ToolFailure): string {
	switch (failure.kind) {
		case 'start':
			return `${tool} tidak bisa dijalankan (${failure.code})`;
		case 'exit':
			return `${tool} berhenti dengan kode ${failure.code}`;
		case 'signal':
			return `${tool} dihentikan oleh ${failure.signal ?? 'sinyal'}`;
		case 'timeout':
			return `${tool} tidak selesai dalam ${duration(failure.ms)}`;
		case 'no-stdin':
			return `${tool} tidak punya stdin`;
	}
}

function clipboardProblem(problem: ClipboardProblem): string {
	switch (problem.kind) {
		case 'not-a-terminal':
			return 'bukan terminal';
		case 'dumb-terminal':
			return 'terminal tidak mendukung (TERM=dumb)';
		case 'too-long':
			return `terlalu panjang untuk OSC 52 (${problem.bytes} bita, terminal menerima paling banyak ${problem.limit})`;
		case 'terminal-timeout':
			return `terminal tidak menerima teks dalam ${duration(problem.ms)}`;
		case 'terminal-failed':
			return `gagal menulis ke terminal (${problem.code})`;
		case 'no-display':
			return `tidak ada layar grafis untuk ${orList(problem.tools, 'atau')}`;
		case 'no-tool':
			return `tidak ada alat clipboard (pasang ${orList(problem.tools, 'atau')})`;
		case 'tool-failed':
			return toolFailure(problem.tool, problem.failure);
		case 'unexpected':
			return `galat tak terduga (${problem.code})`;
	}
}

export const ID: Strings = {
	lang: 'id',
	languageNames: {id: 'Indonesia', en: 'Inggris'},
	// Indonesian does not inflect a counted noun: "1 peristiwa", "8 peristiwa".
	nouns: {
		event: ['peristiwa', 'peristiwa'],
		entity: ['entitas', 'entitas'],
		quote: ['kutipan', 'kutipan'],
		source: ['sumber', 'sumber'],
		match: ['hasil', 'hasil'],
		char: ['karakter', 'karakter'],
		claim: ['klaim', 'klaim'],
		disagreement: ['perbedaan', 'perbedaan'],
	},
	panes: {
		timeline: 'Linimasa',
		entities: 'Orang, organisasi, tempat',
		sources: 'Sumber',
		detail: 'Rincian',
		detailBack: (steps) => `Rincian (${steps} langkah kembali)`,
		keys: 'Tombol',
		finder: 'Cari orang, peristiwa, kutipan',
		article: 'Artikel',
		more: '↓ lagi',
		moreAbove: '↑ lagi',
		moreAround: '↑↓ lagi',
		reach: {timeline: 'linimasa', entities: 'entitas', sources: 'sumber'},
	},
	header: {filter: 'saringan', source: 'sumber'},
	hints: {
		move: 'pindah',
		pane: 'panel',
		open: 'buka',
		back: 'kembali',
		sources: 'sumber',
		article: 'artikel',
		find: 'cari',
		filter: 'saring',
		'clear filter': 'hapus saringan',
		copy: 'salin',
		cite: 'kutip',
		scroll: 'gulir',
		'next/prev': 'maju/mundur',
		search: 'cari',
		clear: 'kosongkan',
		cancel: 'batal',
		language: 'bahasa',
		help: 'bantuan',
		quit: 'keluar',
		show: 'lihat',
		close: 'tutup',
	},
	groups: {
		Move: 'Bergerak',
		Panes: 'Panel',
		'Find & filter': 'Cari & saring',
		Quotes: 'Kutipan',
		View: 'Tampilan',
		Finder: 'Pencarian',
		Reader: 'Membaca artikel',
		'Reader search': 'Mencari di artikel',
		Help: 'Bantuan',
	},
	commands: {
		'focus.next': 'Pindah ke panel berikutnya',
		'focus.previous': 'Pindah ke panel sebelumnya',
		'cursor.down': 'Turun satu baris',
		'cursor.up': 'Naik satu baris',
		'cursor.first': 'Ke baris pertama',
		'cursor.last': 'Ke baris terakhir',
		'cursor.pageDown': 'Turun satu halaman',
		'cursor.pageUp': 'Naik satu halaman',
		'selection.open': 'Buka pilihan di panel rincian; di sana, ikuti butirnya (atau baca buktinya di artikel)',
		'detail.back': 'Kembali ke yang tadi ditampilkan panel rincian',
		'reader.open': 'Baca artikel di tempat pilihan, sebutannya ditandai',
		'finder.open': 'Cari orang, organisasi, tempat, peristiwa, dan kutipan',
		'sources.show': 'Tampilkan sumber: artikel-artikel liputan ini, tiap artikel dengan peristiwa yang diberitakannya dan, bertanda ≠, klaim yang berbeda dari sumber lain',
		'filter.toggle': 'Saring linimasa ke peristiwa entitas atau sumber yang dipilih; pada yang sedang menyaring, hapus saringan',
		'filter.clear': 'Hapus saringan linimasa',
		'quote.copy': 'Salin kutipan (teksnya saja)',
		'quote.copyAttributed': 'Salin kutipan beserta atribusinya',
		'language.next': 'Ganti bahasa tampilan: label, judul, ringkasan, dan deskripsi',
		'help.open': 'Tampilkan semua tombol',
		'help.close': 'Tutup bantuan',
		'app.quit': 'Keluar',
		'finder.down': 'Hasil berikutnya',
		'finder.up': 'Hasil sebelumnya',
		'finder.pageDown': 'Satu halaman hasil ke bawah',
		'finder.pageUp': 'Satu halaman hasil ke atas',
		'finder.first': 'Hasil pertama',
		'finder.last': 'Hasil terakhir (dari jenis terakhir)',
		'finder.accept': 'Tampilkan hasil yang disorot',
		'finder.close': 'Tutup pencarian, pilihan tetap seperti semula',
		'finder.erase': 'Hapus huruf terakhir',
		'finder.eraseWord': 'Hapus kata terakhir',
		'finder.clear': 'Kosongkan kata pencarian',
		'reader.next': 'Sebutan berikutnya (atau hasil pencarian berikutnya)',
		'reader.previous': 'Sebutan sebelumnya (atau hasil pencarian sebelumnya)',
		'reader.search': 'Cari di teks artikel',
		'reader.close': 'Tutup artikel, kembali ke tempat semula',
		'readerSearch.accept': 'Cari teks yang diketik',
		'readerSearch.cancel': 'Batalkan pencarian',
		'readerSearch.erase': 'Hapus huruf terakhir (atau batal bila kosong)',
		'readerSearch.eraseWord': 'Hapus kata terakhir',
		'readerSearch.clear': 'Kosongkan teks pencarian',
	},
	keyNames: {space: 'Spasi'},
	entityTypes: {person: 'ORANG', organization: 'ORGANISASI', place: 'TEMPAT'},
	// "per" for perorangan; "org" is organisasi, as in English.
	typeTags: {person: 'per', organization: 'org', place: 'tmp'},
	finder: {
		kinds: {entity: 'Orang, organisasi, tempat', event: 'Peristiwa', quote: 'Kutipan'},
		nothingMatches: (query) => `Tidak ada yang cocok dengan “${query}”`,
		searching: 'mencari…',
	},
	detail: {
		nothingSelected: 'Belum ada yang dipilih',
		event: 'PERISTIWA',
		quote: 'KUTIPAN',
		source: 'SUMBER',
		sections: {
			entities: 'Terlibat',
			events: 'Peristiwa',
			quotes: 'Kutipan',
			claims: 'Klaim para sumber',
			evidence: 'Bukti dari artikel',
		},
		evidenceFromSources: 'Bukti dari sumber',
		eventGroups: {occasion: 'Diucapkan pada', about: 'Tentang'},
		when: 'Waktu',
		where: 'Tempat',
		stated: 'tertulis',
		inferred: 'disimpulkan',
		titles: 'Jabatan',
		aliases: 'Disebut juga',
		gloss: 'Terjemahan',
		sources: 'Sumber',
		disagree: 'Sumber berbeda soal',
		oneSource: 'satu sumber',
		by: 'Penulis',
		editedBy: 'Editor',
		published: 'Terbit',
		disputes: (disputes) => `berbeda dari sumber lain soal ${disputes} klaim`,
		itemLabels: {place: 'tempat', speaker: 'pembicara', date: 'tanggal', attribution: 'atribusi', part: 'sebagian'},
	},
	citation: {dateInferred: 'tanggal disimpulkan'},
	reader: {
		mention: 'sebutan',
		evidence: 'bukti',
		passage: 'petikan',
		match: 'temuan',
		ordinal: (number, of) => `${formatNumber(number, 'id')} dari ${formatNumber(of, 'id')}`,
		fromTop: 'dari awal',
		fromBottom: 'dari akhir',
		notFound: 'Tidak ditemukan',
		notAnchored: (name) => `${name} tidak tertaut ke teks artikel`,
		cleared: 'Pencarian dihapus',
		quoteBy: (speaker) => `kutipan ${speaker}`,
	},
	status: {
		selectToFilter: 'Pilih orang, organisasi, atau tempat untuk menyaring linimasa',
		inNoEvent: (name) => `${name} tidak terlibat dalam peristiwa apa pun`,
		filteredTo: (name, events) => `Linimasa disaring ke ${name}: ${events}`,
		reportsNoEvent: (outlet) => `${outlet} tidak memberitakan peristiwa apa pun`,
		filterCleared: 'Saringan dihapus',
		noQuote: 'Tidak ada kutipan di sini untuk disalin',
		copiedQuote: ({speaker, opening, position}, labelled) => `${labelled ? `kutipan ${speaker}` : speaker}${opening ? ` “${opening}”` : ''}${position ? `, ${formatNumber(position.number, 'id')} dari ${formatNumber(position.of, 'id')}` : ''}`,
		copied: (attributed, how, what, chars) => `Disalin${attributed ? ' beserta atribusi' : ''}${how ? `, ${how}` : ''}: ${what} (${chars})`,
		channel: (channel) => (channel === 'osc52' ? 'dikirim ke terminal (OSC 52)' : `lewat ${channel}`),
		and: 'dan',
		noClipboard: (problems) => `Gagal menyalin: ${problems}`,
		clipboardProblem,
		pasteIgnored: (prompt, key) => `Tempelan diabaikan: buka ${prompt === 'finder' ? 'pencarian' : 'pencarian teks'} (${key}) untuk menempel`,
		language: (name) => `Bahasa: ${name}`,
		oneLanguage: (name) => `Dataset ini hanya dalam bahasa ${name}`,
		oneSource: (outlet) => `Cerita ini hanya punya satu sumber: ${outlet}`,
		unknownLanguage: (tag, name, available) => `Dataset ini tidak memuat bahasa “${tag}”: ditampilkan dalam bahasa ${name} (tersedia: ${available})`,
	},
	tooSmall: (columns, rows, minColumns, minRows, quitKeys) => [
		`Terminal terlalu kecil: ${columns}×${rows}.`,
		`linimasa butuh paling sedikit ${minColumns}×${minRows}.`,
		`Perbesar jendela, atau tekan ${quitKeys} untuk keluar.`,
	],
	axis: {noDays: 'tidak ada tanggal harian untuk sumbu waktu'},
};
