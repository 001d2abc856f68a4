import {describe, expect, it} from 'vitest';
import {guessYear} from '../../src/ingest/calendar.js';
import {datesIn} from './helpers.js';

// The embedded article speaks from Tuesday 25 March 2025 (published 01:00 on the 26th).
const TUESDAY = '2025-03-25';
const WEDNESDAY = '2025-03-26';

describe('Indonesian date expressions', () => {
	it('reads "Selasa (25/3)" as one date, not the weekday and the numbers apart', () => {
		expect(datesIn('Mereka bertemu di Jakarta, Selasa (25/3).', WEDNESDAY)).toEqual([
			{words: 'Selasa (25/3)', start: '2025-03-25', precision: 'day', certainty: 'stated'},
		]);
	});

	it('checks a guessed year against the printed weekday', () => {
		// 25 March is a Tuesday in 2025 but a Wednesday in 2026.
		expect(datesIn('Rapat digelar Rabu (25/3).', WEDNESDAY)[0]?.start).toBe('2026-03-25');
		// Early in January, "Senin (30/12)" is the December just gone.
		expect(datesIn('Banjir melanda Senin (30/12).', '2025-01-03')[0]?.start).toBe('2024-12-30');
		// "sejak Januari" and "Januari lalu" written in August are this year's January, though the next is nearer.
		expect(datesIn('Lahan terbakar sejak Januari mencapai 1.250 hektare.', '2025-08-06')[0]?.start).toBe('2025-01');
		expect(datesIn('Pada Januari lalu hujan jarang turun.', '2025-08-06')[0]?.start).toBe('2025-01');
		expect(datesIn('Pada Januari hujan diperkirakan turun.', '2025-08-06')[0]?.start).toBe('2026-01');
		// But days ahead, or said to be ahead, are not put back a year.
		expect(datesIn('Aturan baru itu berlaku sejak 10 Agustus.', '2025-08-06')[0]?.start).toBe('2025-08-10');
		expect(datesIn('Sejak 5 Januari mendatang, tarif tol naik.', '2026-01-03')[0]?.start).toBe('2026-01-05');
		expect(guessYear('2025-03-26', 3, 25, 2)).toBe(2025);
	});

	it('reads a range with its preposition: "mulai 26 Maret hingga 8 April 2025"', () => {
		expect(datesIn('Posko efektif mulai 26 Maret hingga 8 April 2025.', TUESDAY)).toEqual([
			{words: 'mulai 26 Maret hingga 8 April 2025', start: '2025-03-26', end: '2025-04-08', precision: 'day', certainty: 'stated'},
		]);
	});

	it('joins two printed days into a range: "Senin (7/7) hingga Sabtu (19/7)"', () => {
		expect(datesIn('Operasi pasar digelar mulai Senin (7/7) hingga Sabtu (19/7).', '2025-07-03')).toEqual([
			{words: 'mulai Senin (7/7) hingga Sabtu (19/7)', start: '2025-07-07', end: '2025-07-19', precision: 'day', certainty: 'stated'},
		]);
	});

	it('reads "mulai 26 Maret" as a point and "hingga 10 Februari 2025" as running from the reporting day', () => {
		expect(datesIn('Layanan berlaku mulai 26 Maret.', TUESDAY)).toEqual([{words: 'mulai 26 Maret', start: '2025-03-26', precision: 'day', certainty: 'stated'}]);
		expect(datesIn('Rob berpotensi terjadi hingga 10 Februari 2025.', '2025-02-06')).toEqual([
			{words: 'hingga 10 Februari 2025', start: '2025-02-06', end: '2025-02-10', precision: 'day', certainty: 'stated'},
		]);
	});

	it('dates what must happen "sebelum" or "menjelang" a date to the unit before it, as inferred', () => {
		// 16 August 2025 is a Saturday; "Kamis" alone is the 14th.
		const day = '2025-08-16';
		expect(datesIn('Penataan taman kota rampung sebelum Desember.', day)).toEqual([{words: 'sebelum Desember', start: '2025-11', precision: 'month', certainty: 'inferred'}]);
		expect(datesIn('Penataan taman kota rampung sebelum awal Desember.', day)).toEqual([{words: 'sebelum awal Desember', start: '2025-11', precision: 'month', certainty: 'inferred'}]);
		expect(datesIn('Jembatan darurat dibangun sebelum 1 Oktober 2025.', day)).toEqual([{words: 'sebelum 1 Oktober 2025', start: '2025-09-30', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Gedung arsip baru dipakai sebelum tahun 2027.', day)).toEqual([{words: 'sebelum tahun 2027', start: '2026', precision: 'year', certainty: 'inferred'}]);
		expect(datesIn('Lomba perahu hias digelar menjelang 17 Agustus.', day)).toEqual([{words: 'menjelang 17 Agustus', start: '2025-08-16', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Pos jaga dicat ulang jelang Oktober.', day)).toEqual([{words: 'jelang Oktober', start: '2025-09', precision: 'month', certainty: 'inferred'}]);
		expect(datesIn('Surat edaran keluar sebelum Kamis.', day)).toEqual([{words: 'sebelum Kamis', start: '2025-08-13', precision: 'day', certainty: 'inferred'}]);
		// Before the end of a year is still in that year.
		expect(datesIn('Jalur sepeda tersambung sebelum akhir 2025.', day)).toEqual([{words: 'sebelum akhir 2025', start: '2025', precision: 'year', certainty: 'stated'}]);
	});

	it('dates a count of days, weeks or months "sebelum" or "setelah" a date exactly, X less or plus the count, as inferred', () => {
		// 10 December 2025 is a Wednesday.
		const day = '2025-12-10';
		expect(datesIn('Tenda pengungsi didirikan dua hari sebelum 5 Desember 2025.', day)).toEqual([
			{words: 'dua hari sebelum 5 Desember 2025', start: '2025-12-03', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Dapur umum dibuka sehari setelah 1 Desember 2025.', day)).toEqual([{words: 'sehari setelah 1 Desember 2025', start: '2025-12-02', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Bantuan beras tiba tiga hari setelah 2 Desember 2025.', day)[0]).toMatchObject({start: '2025-12-05', certainty: 'inferred'});
		expect(datesIn('Posko ditutup dua pekan setelah 1 Desember 2025.', day)[0]).toMatchObject({start: '2025-12-15', certainty: 'inferred'});
		expect(datesIn('Sosialisasi dimulai sebulan sebelum 31 Maret 2026.', day)[0]).toMatchObject({words: 'sebulan sebelum 31 Maret 2026', start: '2026-02-28', precision: 'day'});
		expect(datesIn('Lomba desa digelar dua bulan setelah Juli.', day)[0]).toMatchObject({start: '2025-09', precision: 'month', certainty: 'inferred'});
		expect(datesIn('Pasar murah dibuka 3 hari menjelang 17 Agustus 2025.', day)[0]).toMatchObject({start: '2025-08-14', certainty: 'inferred'});
		// A duration is no count: "selama dua bulan sebelum Desember" is still at the latest November.
		expect(datesIn('Warga berjaga selama dua bulan sebelum Desember.', day)[0]).toMatchObject({words: 'sebelum Desember', start: '2025-11', precision: 'month'});
	});

	it('dates what happens "setelah" a date to the unit after it, as inferred, and keeps "sejak X" at X as stated', () => {
		const day = '2025-12-10';
		expect(datesIn('Dana hibah cair setelah 15 Desember 2025.', day)).toEqual([{words: 'setelah 15 Desember 2025', start: '2025-12-16', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Pengaspalan dilanjutkan sesudah November.', day)).toEqual([{words: 'sesudah November', start: '2025-12', precision: 'month', certainty: 'inferred'}]);
		expect(datesIn('Gedung itu dibuka setelah tahun 2026.', day)).toEqual([{words: 'setelah tahun 2026', start: '2027', precision: 'year', certainty: 'inferred'}]);
		// "sejak" and "mulai" name a start that includes the date.
		expect(datesIn('Jalan itu ditutup sejak 1 Desember 2025.', day)).toEqual([{words: 'sejak 1 Desember 2025', start: '2025-12-01', precision: 'day', certainty: 'stated'}]);
	});

	it('counts days, weeks or months before a coarser date from its first day, and after it from its last', () => {
		const day = '2025-08-13';
		// 1 January 2029 less a thousand days (2028 is a leap year) is 7 April 2026.
		expect(datesIn('Pekerjaan ditargetkan selesai seribu hari sebelum 2029.', day)).toEqual([
			{words: 'seribu hari sebelum 2029', start: '2026-04-07', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Jalan ditutup dua pekan sebelum Oktober 2025.', day)[0]).toMatchObject({start: '2025-09-17', precision: 'day', certainty: 'inferred'});
		expect(datesIn('Uji beban dijadwalkan tiga bulan sebelum 2027.', day)[0]).toMatchObject({start: '2026-10', precision: 'month', certainty: 'inferred'});
		expect(datesIn('Garansi habis 100 hari setelah 2029.', day)[0]).toMatchObject({start: '2030-04-10', precision: 'day', certainty: 'inferred'});
		// Years from a year count as before.
		expect(datesIn('Gedung dibangun dua tahun sebelum 2029.', day)[0]).toMatchObject({start: '2027', precision: 'year'});
	});

	it('bounds a bare year by a cue that opens the sentence: "Sebelum tahun 2027, …" as "sebelum tahun 2027" mid-sentence', () => {
		const day = '2025-12-10';
		expect(datesIn('Sebelum tahun 2027, gedung arsip itu sudah dipakai.', day)).toEqual([{words: 'Sebelum tahun 2027', start: '2026', precision: 'year', certainty: 'inferred'}]);
		expect(datesIn('Menjelang tahun 2026, harga bahan pokok naik.', day)).toEqual([{words: 'Menjelang tahun 2026', start: '2025', precision: 'year', certainty: 'inferred'}]);
		expect(datesIn('Jelang 2026, pedagang menimbun stok.', day)[0]).toMatchObject({start: '2025', certainty: 'inferred'});
		expect(datesIn('Setelah 2026, tarif air bersih naik.', day)).toEqual([{words: 'Setelah 2026', start: '2027', precision: 'year', certainty: 'inferred'}]);
		expect(datesIn('Sesudah 2026, tarif parkir naik.', day)[0]).toMatchObject({start: '2027', certainty: 'inferred'});
		expect(datesIn('Selepas tahun 2026, terminal lama dibongkar.', day)[0]).toMatchObject({start: '2027', certainty: 'inferred'});
		// A start that includes its year stays as it is.
		expect(datesIn('Sejak 2024, tarif parkir naik.', day)[0]).toMatchObject({start: '2024', certainty: 'stated'});
	});

	it('bounds a date "sebelum hari Senin, 15 Desember" or "setelah hari Jumat (12/12)" as without "hari"', () => {
		const day = '2025-12-10';
		expect(datesIn('Posko pengungsian ditutup sebelum hari Senin, 15 Desember 2025.', day)).toEqual([
			{words: 'sebelum hari Senin, 15 Desember 2025', start: '2025-12-14', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Posko pengungsian ditutup sebelum hari Senin (15/12).', day)).toEqual([{words: 'sebelum hari Senin (15/12)', start: '2025-12-14', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Bantuan logistik datang setelah hari Jumat (12/12).', day)).toEqual([{words: 'setelah hari Jumat (12/12)', start: '2025-12-13', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Dapur umum dibuka dua hari setelah hari Jumat (12/12).', day)[0]).toMatchObject({start: '2025-12-14', certainty: 'inferred'});
	});

	it('counts "sebelas", "lima belas" and "dua puluh" days before or after a date, and ago, but not a duration', () => {
		const day = '2025-12-10';
		expect(datesIn('Pendaftaran ditutup dua puluh hari sebelum 30 Desember 2025.', day)).toEqual([
			{words: 'dua puluh hari sebelum 30 Desember 2025', start: '2025-12-10', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Sekolah dibuka lagi lima belas hari setelah 1 Desember 2025.', day)[0]).toMatchObject({start: '2025-12-16', certainty: 'inferred'});
		expect(datesIn('Sekolah dibuka lagi sebelas hari setelah 1 Desember 2025.', day)[0]).toMatchObject({start: '2025-12-12', certainty: 'inferred'});
		expect(datesIn('Jembatan darurat rampung dua puluh satu hari setelah 1 November 2025.', day)[0]).toMatchObject({start: '2025-11-22', certainty: 'inferred'});
		expect(datesIn('Tanggul jebol dua belas hari lalu.', day)).toEqual([{words: 'dua belas hari lalu', start: '2025-11-28', precision: 'day', certainty: 'inferred'}]);
		// A duration is no count, whole or in part: still at the latest or earliest the day next to X.
		expect(datesIn('Relawan berjaga selama dua puluh lima hari sebelum 30 Desember 2025.', day)[0]).toMatchObject({words: 'sebelum 30 Desember 2025', start: '2025-12-29'});
		expect(datesIn('Stok beras cukup dalam lima belas hari setelah 1 Desember 2025.', day)[0]).toMatchObject({words: 'setelah 1 Desember 2025', start: '2025-12-02'});
	});

	it('reads a count of units ahead, "dua hari lagi", "tiga bulan lagi", from the reporting day', () => {
		const day = '2025-12-10';
		expect(datesIn('Jembatan darurat akan rampung dua hari lagi.', day)).toEqual([{words: 'dua hari lagi', start: '2025-12-12', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Pasar sementara dibuka tiga bulan lagi.', day)[0]).toMatchObject({words: 'tiga bulan lagi', start: '2026-03', precision: 'month', certainty: 'inferred'});
		expect(datesIn('Bantuan tahap kedua cair 10 hari lagi.', day)[0]).toMatchObject({start: '2025-12-20', certainty: 'inferred'});
		// "selama" before it is a duration: from the reporting day through so long ahead, as "hingga Senin" is.
		expect(datesIn('Jalan itu ditutup selama tiga hari lagi.', day)).toEqual([{words: 'selama tiga hari lagi', start: '2025-12-10', end: '2025-12-13', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Warga bertahan di pengungsian selama dua pekan lagi.', day)[0]).toMatchObject({start: '2025-12-10', end: '2025-12-24'});
		expect(datesIn('Status tanggap darurat berlaku selama dua bulan lagi.', day)[0]).toMatchObject({start: '2025-12', end: '2026-02', precision: 'month'});
		// "lagi" after a count of people or things is "more", no date.
		expect(datesIn('Tim SAR menemukan tiga korban lagi.', day)).toEqual([]);
	});

	it('counts a hundred days and more, in words and in digits, before or after a date and ago, whole', () => {
		const day = '2025-12-10';
		expect(datesIn('Pendaftaran bantuan ditutup seratus dua puluh hari sebelum 1 April 2026.', day)).toEqual([
			{words: 'seratus dua puluh hari sebelum 1 April 2026', start: '2025-12-02', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Sosialisasi dimulai seratus hari sebelum 31 Maret 2026.', day)[0]).toMatchObject({words: 'seratus hari sebelum 31 Maret 2026', start: '2025-12-21'});
		expect(datesIn('Evaluasi digelar 120 hari setelah 1 Agustus 2025.', day)[0]).toMatchObject({words: '120 hari setelah 1 Agustus 2025', start: '2025-11-29'});
		expect(datesIn('Audit dimulai dua ratus lima belas hari setelah 1 Januari 2025.', day)[0]).toMatchObject({start: '2025-08-04'});
		expect(datesIn('Program dimulai 1.000 hari sebelum 30 Desember 2025.', day)[0]).toMatchObject({words: '1.000 hari sebelum 30 Desember 2025', start: '2023-04-05'});
		expect(datesIn('Program dimulai seribu hari sebelum 30 Desember 2025.', day)[0]).toMatchObject({start: '2023-04-05'});
		expect(datesIn('Tanggul jebol seratus dua puluh hari lalu.', day)).toEqual([{words: 'seratus dua puluh hari lalu', start: '2025-08-12', precision: 'day', certainty: 'inferred'}]);
		// Never a part of the number alone: a decimal, or a duration, is no count.
		expect(datesIn('Proyek rampung 1,5 bulan setelah 1 Juli 2025.', day)[0]).toMatchObject({words: 'setelah 1 Juli 2025', start: '2025-07-02'});
		expect(datesIn('Relawan berjaga selama seratus dua puluh hari sebelum 30 Desember 2025.', day)[0]).toMatchObject({words: 'sebelum 30 Desember 2025', start: '2025-12-29'});
	});

	it('takes no date from a count that reaches past the calendar\'s four-digit years: "800.000 hari lalu"', () => {
		const day = '2025-12-10';
		expect(datesIn('Fosil itu tertimbun 800.000 hari lalu.', day)).toEqual([]);
		expect(datesIn('Fosil itu tertimbun 999.999.999 hari lalu.', day)).toEqual([]);
		expect(datesIn('Gua itu dihuni 74.000 tahun sebelum 2025.', day)).toEqual([]);
		expect(datesIn('Kota itu berdiri 74.000 bulan sebelum 1 Januari 2025.', day)).toEqual([]);
		// Inside the calendar, however far back, a count still dates: the year written in four digits.
		expect(datesIn('Candi itu dibangun 2000 tahun lalu.', day)).toEqual([{words: '2000 tahun lalu', start: '0025', precision: 'year', certainty: 'inferred'}]);
	});

	it('reads no "tahun lalu" or "pekan lalu" after a fraction or an amount: "2,5 tahun lalu" is not last year', () => {
		const day = '2025-12-10';
		expect(datesIn('Sekolah itu rusak diterjang banjir 2,5 tahun lalu.', day)).toEqual([]);
		expect(datesIn('Jembatan itu diperbaiki satu setengah tahun lalu.', day)).toEqual([]);
		expect(datesIn('Warga mengeluhkan bau sampah sejak beberapa pekan lalu.', day)).toEqual([]);
		expect(datesIn('Tradisi itu dimulai puluhan tahun lalu.', day)).toEqual([]);
		// The neighbours keep their readings: a count, the period itself, and a figure before "tahun ini".
		expect(datesIn('Sekolah itu rusak dua tahun lalu.', day)[0]).toMatchObject({words: 'dua tahun lalu', start: '2023'});
		expect(datesIn('Sekolah itu rusak tahun lalu.', day)[0]).toMatchObject({words: 'tahun lalu', start: '2024'});
		expect(datesIn('Korban banjir mencapai 2,5 ribu jiwa tahun ini.', day)[0]).toMatchObject({words: 'tahun ini', start: '2025'});
	});

	it.each([
		['menunda … hingga a day', 'Hakim ketua kemudian menunda sidang hingga Kamis (20/3/2025) dengan agenda eksepsi.', {start: '2025-03-20'}],
		['ditunda … hingga a day', 'Sidang ditunda hingga Senin (24/3/2025) karena saksi berhalangan.', {start: '2025-03-24'}],
		['diundur … sampai a week', 'Pelantikan diundur sampai pekan depan.', {start: '2025-03-17', end: '2025-03-23'}],
	])('reads what is put off "hingga X" as held on X, not as lasting until it (%s)', (_form, sentence, dated) => {
		// Read on Thursday 13 March 2025: the adjourned hearing is the one of the 20th, no span from the 13th.
		const [date] = datesIn(sentence, '2025-03-13');
		expect(date).toMatchObject(dated);
		if (!('end' in dated)) expect(date?.end).toBeUndefined();
	});

	it('reads "hingga sebelum X" as a period from the reporting day to the unit before X, not as "sebelum X" alone', () => {
		// Saturday 16 August 2025.
		const day = '2025-08-16';
		expect(datesIn('Perbaikan jalan dikebut hingga sebelum Desember.', day)).toEqual([
			{words: 'hingga sebelum Desember', start: '2025-08', end: '2025-11', precision: 'month', certainty: 'inferred'},
		]);
		expect(datesIn('Posko kesehatan dibuka hingga sebelum 1 September 2025.', day)).toEqual([
			{words: 'hingga sebelum 1 September 2025', start: '2025-08-16', end: '2025-08-31', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Pasar malam digelar sampai menjelang 17 Agustus.', '2025-08-10')[0]).toMatchObject({start: '2025-08-10', end: '2025-08-16', precision: 'day'});
		expect(datesIn('Hingga sebelum tahun 2027, gedung lama tetap dipakai.', day)).toEqual([
			{words: 'Hingga sebelum tahun 2027', start: '2025', end: '2026', precision: 'year', certainty: 'inferred'},
		]);
		// A period that ended before the reporting day has no start the text gives: the latest it can end.
		expect(datesIn('Harga cabai bertahan tinggi hingga sebelum Juli.', day)).toEqual([
			{words: 'hingga sebelum Juli', start: '2025-06', precision: 'month', certainty: 'inferred'},
		]);
	});

	it('reads "hingga dua hari sebelum X" as a period to the day the count gives, not as "sebelum X" alone', () => {
		// Saturday 16 August 2025.
		const day = '2025-08-16';
		expect(datesIn('Pameran dibuka hingga dua hari sebelum 1 September 2025.', day)).toEqual([
			{words: 'hingga dua hari sebelum 1 September 2025', start: '2025-08-16', end: '2025-08-30', precision: 'day', certainty: 'inferred'},
		]);
		expect(datesIn('Posko siaga dibuka sampai sepekan setelah 1 September 2025.', day)[0]).toMatchObject({start: '2025-08-16', end: '2025-09-08'});
		// Without a count "hingga setelah X" has no end; a duration is still no count.
		expect(datesIn('Posko siaga dibuka hingga setelah 1 September 2025.', day)[0]).toMatchObject({words: 'setelah 1 September 2025', start: '2025-09-02'});
		expect(datesIn('Relawan berjaga selama dua hari sebelum 1 September 2025.', day)[0]).toMatchObject({words: 'sebelum 1 September 2025', start: '2025-08-31'});
	});

	it('joins a stated start and a later "hingga" end in one sentence into one period, inferred', () => {
		// Wednesday 10 December 2025.
		const day = '2025-12-10';
		expect(datesIn('Sebanyak 80 warga mengungsi sejak Jumat (5/12) dan akan bertahan hingga dua hari sebelum 1 Januari 2026.', day)).toEqual([
			{words: 'sejak Jumat (5/12) dan akan bertahan hingga dua hari sebelum 1 Januari 2026', start: '2025-12-05', end: '2025-12-30', precision: 'day', certainty: 'inferred'},
		]);
		// An end already past is a point, and still ends the period: the Monday before was the 8th.
		expect(datesIn('Jalan itu ditutup mulai 1 Desember 2025 dan dibuka kembali hingga Senin.', day)[0]).toMatchObject({start: '2025-12-01', end: '2025-12-08', certainty: 'inferred'});
		// Two stated ends make a stated period; a start of another precision stays apart.
		expect(datesIn('Posko dibuka sejak 1 Desember 2025 dan bertahan sampai 20 Desember 2025.', day)[0]).toMatchObject({start: '2025-12-01', end: '2025-12-20', certainty: 'stated'});
		expect(datesIn('Harga naik sejak Juli dan akan bertahan hingga Senin.', day).map((date) => date.words)).toEqual(['sejak Juli', 'hingga Senin']);
	});

	it('leaves a start and an end apart when the end belongs to a clause about something else', () => {
		// Wednesday 10 December 2025: the price rose from the 1st; the stock is another subject's period.
		const day = '2025-12-10';
		expect(datesIn('Harga beras naik sejak Senin (1/12), sedangkan stok dijamin aman hingga Jumat (19/12).', day).map((date) => date.words)).toEqual(['sejak Senin (1/12)', 'hingga Jumat (19/12)']);
		expect(datesIn('Sejak Jumat (5/12), warga mengungsi; polisi berjaga hingga Senin (15/12).', day).map((date) => date.words)).toEqual(['Sejak Jumat (5/12)', 'hingga Senin (15/12)']);
		expect(datesIn('Pasokan turun sejak Senin (1/12), sementara pasar buka hingga Senin (15/12).', day).map((date) => date.words)).toEqual(['sejak Senin (1/12)', 'hingga Senin (15/12)']);
		// "dan" goes on about the same subject, as before.
		expect(datesIn('Warga mengungsi sejak Jumat (5/12) dan bertahan hingga Senin (15/12).', day)).toEqual([
			{words: 'sejak Jumat (5/12) dan bertahan hingga Senin (15/12)', start: '2025-12-05', end: '2025-12-15', precision: 'day', certainty: 'stated'},
		]);
	});

	it('bounds a date "sebelum" or "setelah" a relative period by its first or last day, not by the period itself', () => {
		// Wednesday 10 December 2025: next week is 15-21 December, this weekend 13-14 December.
		const day = '2025-12-10';
		expect(datesIn('Laporan audit diserahkan sebelum pekan depan.', day)).toEqual([{words: 'sebelum pekan depan', start: '2025-12-14', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Lampu taman dipasang setelah akhir pekan ini.', day)).toEqual([{words: 'setelah akhir pekan ini', start: '2025-12-15', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Tarif baru diumumkan sebelum bulan depan.', day)).toEqual([{words: 'sebelum bulan depan', start: '2025-12', precision: 'month', certainty: 'inferred'}]);
		expect(datesIn('Lelang proyek dibuka setelah pekan depan.', day)[0]).toMatchObject({start: '2025-12-22', certainty: 'inferred'});
	});

	it('keeps a deadline that includes its day stated: "paling lambat" and "selambat-lambatnya 30 September 2025"', () => {
		expect(datesIn('Data warga diperbarui paling lambat 30 September 2025.', '2025-08-16')).toEqual([
			{words: 'paling lambat 30 September 2025', start: '2025-09-30', precision: 'day', certainty: 'stated'},
		]);
		expect(datesIn('Laporan dikirim selambat-lambatnya 30 September 2025.', '2025-08-16')[0]).toMatchObject({start: '2025-09-30', certainty: 'stated'});
	});

	it('keeps a range stated when it ends in the month a deadline would name: "Oktober hingga Desember 2025"', () => {
		expect(datesIn('Musim hujan berlangsung pada Oktober hingga Desember 2025.', '2025-08-16')).toEqual([
			{words: 'pada Oktober hingga Desember 2025', start: '2025-10', end: '2025-12', precision: 'month', certainty: 'stated'},
		]);
	});

	it('reads years only with a word before them: "pada 2030", "pada tahun 2030", "akhir 2025"', () => {
		expect(datesIn('Targetnya tercapai pada 2030.', TUESDAY)).toEqual([{words: 'pada 2030', start: '2030', precision: 'year', certainty: 'stated'}]);
		expect(datesIn('Targetnya tercapai pada tahun 2030.', TUESDAY)[0]).toMatchObject({words: 'pada tahun 2030', start: '2030'});
		expect(datesIn('Perawatan jembatan dianggarkan Rp4,2 miliar pada tahun anggaran 2026.', TUESDAY)[0]).toMatchObject({words: 'pada tahun anggaran 2026', start: '2026', precision: 'year'});
		expect(datesIn('Kapal baru beroperasi pada akhir 2025.', TUESDAY)[0]).toMatchObject({words: 'pada akhir 2025', start: '2025', precision: 'year'});
		expect(datesIn('Sebanyak 2030 warga hadir.', TUESDAY)).toEqual([]);
	});

	it('knows month names and their abbreviations: Jan, Mei, Agu, Agt, Ags, Des', () => {
		const starts = (sentence: string) => datesIn(sentence, '2025-08-16').map((date) => date.start);
		expect(starts('Banjir terjadi pada 1 Des 2024 lalu.')).toEqual(['2024-12-01']);
		expect(starts('Upacara digelar 17 Agu 2025.')).toEqual(['2025-08-17']);
		expect(starts('Upacara digelar 17 Agt 2025.')).toEqual(['2025-08-17']);
		expect(starts('Upacara digelar 17 Ags 2025.')).toEqual(['2025-08-17']);
		expect(starts('Rapat pada 5 Jan 2025.')).toEqual(['2025-01-05']);
		expect(starts('Pekerjaan rampung pada Mei 2025.')).toEqual(['2025-05']);
		expect(datesIn('Pengerukan berjalan sejak Juli.', '2025-08-16')).toEqual([{words: 'sejak Juli', start: '2025-07', precision: 'month', certainty: 'stated'}]);
		expect(datesIn('Musim hujan pada Oktober hingga Desember 2025.', '2025-08-16')[0]).toMatchObject({start: '2025-10', end: '2025-12', precision: 'month'});
	});

	it('does not take a name for a month, nor "2 April, 12 orang" for 12 April', () => {
		expect(datesIn('Ketua panitia Mei Lestari membuka acara.', TUESDAY)).toEqual([]);
		expect(datesIn('Pada 2 April, 12 orang hadir.', TUESDAY)).toEqual([{words: 'Pada 2 April', start: '2025-04-02', precision: 'day', certainty: 'stated'}]);
	});

	it('reads "hari ini", "kemarin", "besok" and "Saat ini" against the reporting day, as inferred', () => {
		expect(datesIn('Layanan kembali dibuka mulai hari ini.', '2025-05-09')[0]).toMatchObject({words: 'mulai hari ini', start: '2025-05-09', certainty: 'inferred'});
		expect(datesIn('Penambahan itu diresmikan kemarin.', '2025-04-14')[0]).toMatchObject({start: '2025-04-13', certainty: 'inferred'});
		expect(datesIn('Kapal berangkat besok.', '2025-04-14')[0]).toMatchObject({start: '2025-04-15'});
		expect(datesIn('Saat ini, petugas bersiaga.', TUESDAY)).toEqual([{words: 'Saat ini', start: '2025-03-25', precision: 'day', certainty: 'inferred'}]);
	});

	it('reads "pekan lalu" as last Monday-to-Sunday week, "bulan lalu" and "tahun depan" at their precision', () => {
		expect(datesIn('Antrean mengular pada pekan lalu.', '2025-04-14')[0]).toMatchObject({start: '2025-04-07', end: '2025-04-13', certainty: 'inferred'});
		expect(datesIn('Proposal diajukan bulan lalu.', '2025-06-30')[0]).toMatchObject({start: '2025-05', precision: 'month'});
		expect(datesIn('Festival masuk kalender tahun depan.', '2025-06-30')[0]).toMatchObject({start: '2026', precision: 'year'});
		expect(datesIn('Harga naik tiga hari lalu.', '2025-06-30')[0]).toMatchObject({start: '2025-06-27', precision: 'day'});
	});

	it('reads a bare day name as the last such day, or the next one with "depan" or a future verb', () => {
		// 30 June 2025 is a Monday.
		expect(datesIn('Hotel penuh sejak Kamis.', '2025-06-30')[0]).toMatchObject({words: 'sejak Kamis', start: '2025-06-26', certainty: 'inferred'});
		expect(datesIn('Rapat lanjutan digelar Kamis depan.', '2025-06-30')[0]).toMatchObject({start: '2025-07-03'});
		expect(datesIn('Rapat akan digelar Kamis.', '2025-06-30')[0]).toMatchObject({start: '2025-07-03'});
	});

	it('takes no date from the point a record is measured since: "tertinggi sejak Desember 2024"', () => {
		const day = '2025-07-03';
		expect(datesIn('Harga beras di Pasar Terong tertinggi sejak Desember 2024.', day)).toEqual([]);
		expect(datesIn('Inflasi Mei 2025 sebesar 0,61 persen, terendah sejak 2021.', day)).toEqual([{words: 'Mei 2025', start: '2025-05', precision: 'month', certainty: 'stated'}]);
		expect(datesIn('Banjir itu yang pertama kali terjadi sejak Januari 2020.', day)).toEqual([]);
		expect(datesIn('Jumlah pemudik tahun ini terbanyak sejak pekan lalu.', day).map((date) => date.words)).not.toContain('sejak pekan lalu');
		expect(datesIn('Curah hujan kemarin paling tinggi sejak awal Januari.', day).map((date) => date.words)).toEqual(['kemarin']);
		// A start that is no comparison stays, even with a superlative earlier in the sentence.
		expect(datesIn('Pasar terbesar di kota itu tutup sejak Senin (30/6).', day)).toEqual([{words: 'sejak Senin (30/6)', start: '2025-06-30', precision: 'day', certainty: 'stated'}]);
		expect(datesIn('Harga cabai naik sejak Desember 2024.', day)[0]).toMatchObject({start: '2024-12', certainty: 'stated'});
		// "paling tidak" is "at least", no superlative: the start stays.
		expect(datesIn('Warga mengungsi paling tidak sejak Senin (30/6).', day)).toEqual([{words: 'sejak Senin (30/6)', start: '2025-06-30', precision: 'day', certainty: 'stated'}]);
	});

	it('reads a weekday after a cue as the next such day when its clause speaks of plans, wherever the tense word stands', () => {
		// Wednesday 10 December 2025: the Monday before was the 8th, the next is the 15th; Fridays the 5th and 12th.
		const day = '2025-12-10';
		expect(datesIn('Sebelum Senin, dinas akan menutup jalan itu.', day)).toEqual([{words: 'Sebelum Senin', start: '2025-12-14', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Bantuan disalurkan setelah Jumat, rencananya lewat kelurahan.', day)[0]).toMatchObject({words: 'setelah Jumat', start: '2025-12-13', certainty: 'inferred'});
		expect(datesIn('Menjelang hari Sabtu, panitia akan menutup pendaftaran.', day)[0]).toMatchObject({start: '2025-12-12'});
		expect(datesIn('Warga berencana bertahan di pengungsian hingga Senin.', day)).toEqual([{words: 'hingga Senin', start: '2025-12-10', end: '2025-12-15', precision: 'day', certainty: 'inferred'}]);
		// What people are asked to do is ahead too, after a cue; before a bare weekday, being asked for a statement is not.
		expect(datesIn('Warga diminta menggunakan jalur alternatif hingga Senin.', day)).toEqual([{words: 'hingga Senin', start: '2025-12-10', end: '2025-12-15', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Pengendara diimbau tidak melintas sebelum Jumat.', day)[0]).toMatchObject({start: '2025-12-11'});
		expect(datesIn('Saksi diminta keterangan Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// Asking, ordering or forbidding in the active too; asking for statements is questioning, done.
		expect(datesIn('Pemkot juga meminta warga di bantaran sungai tidak kembali ke rumah hingga Jumat.', day)[0]).toMatchObject({start: '2025-12-10', end: '2025-12-12'});
		expect(datesIn('Warga dilarang melintas di jembatan itu hingga Senin.', day)[0]).toMatchObject({end: '2025-12-15'});
		expect(datesIn('Polisi meminta keterangan dua saksi hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// A quotation asks as people speak, without the prefix ("kami minta"); asking for statements is still questioning.
		expect(datesIn('"Warga kami minta tetap mengungsi hingga Senin," kata Andi.', day)[0]).toMatchObject({words: 'hingga Senin', start: '2025-12-10', end: '2025-12-15'});
		expect(datesIn('Polisi minta keterangan dua saksi hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// Mixed or no evidence keeps the last such day: a done thing in the clause, a plan in another clause, no plan at all.
		expect(datesIn('Setelah Jumat, jalan yang sudah retak akan ditutup.', day)[0]).toMatchObject({start: '2025-12-06'});
		expect(datesIn('Tim SAR mencari korban hingga Senin, dan akan melanjutkan pencarian bila cuaca membaik.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Jalan ditutup sebelum Senin.', day)[0]).toMatchObject({start: '2025-12-07'});
	});

	it('reads "sejak awal bulan" from the first of the month and "hingga akhir Desember" to its last day', () => {
		// Thursday 11 December 2025.
		const day = '2025-12-11';
		expect(datesIn('"Sejak awal bulan harga terus naik," kata Hasnah, Kamis.', day)[0]).toEqual({words: 'Sejak awal bulan', start: '2025-12-01', end: '2025-12-11', precision: 'day', certainty: 'inferred'});
		expect(datesIn('Operasi pasar digelar hingga akhir Desember.', day)).toEqual([{words: 'hingga akhir Desember', start: '2025-12-11', end: '2025-12-31', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Stok dijamin aman hingga akhir bulan ini.', day)[0]).toMatchObject({start: '2025-12-11', end: '2025-12-31'});
		// A recurring edge, or another month's, is no date of this one.
		expect(datesIn('Setiap awal bulan harga naik.', day)).toEqual([]);
		// Bare, with neither "ini" nor a preposition facing the edge, it is a habit more often than a date.
		expect(datesIn('Gaji petugas kebersihan dibayar akhir bulan.', day)).toEqual([]);
		expect(datesIn('Harga naik pada awal bulan ini.', day)[0]).toMatchObject({start: '2025-12', precision: 'month'});
		expect(datesIn('Harga naik pada awal bulan Ramadan.', day)).toEqual([]);
		// The edge a preposition does not face keeps the month.
		expect(datesIn('Harga naik sejak akhir November.', day)[0]).toMatchObject({start: '2025-11', precision: 'month'});
	});

	it('takes the part of a month before it into the date\'s words: "sejak akhir November", "pada pertengahan November"', () => {
		expect(datesIn('Pasokan dari petani berkurang sejak akhir November.', '2025-12-08')).toEqual([{words: 'sejak akhir November', start: '2025-11', precision: 'month', certainty: 'stated'}]);
		expect(datesIn('Pasokan berkurang pada pertengahan November.', '2025-12-08')[0]).toMatchObject({words: 'pada pertengahan November', start: '2025-11'});
	});

	it('reads "hingga" a period ahead as lasting from the reporting day to its end, not as the period', () => {
		// Monday 8 December 2025: next week is 15-21 December, this weekend 13-14 December.
		expect(datesIn('Hujan diperkirakan masih turun hingga pekan depan.', '2025-12-08')).toEqual([{words: 'hingga pekan depan', start: '2025-12-08', end: '2025-12-21', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Jalan ditutup hingga akhir pekan ini.', '2025-12-08')[0]).toMatchObject({start: '2025-12-08', end: '2025-12-14'});
		// A period that is no longer ahead, or one named without "hingga", stays itself.
		expect(datesIn('Hujan turun hingga pekan lalu.', '2025-12-08')[0]).toMatchObject({start: '2025-12-01', end: '2025-12-07'});
		expect(datesIn('Pekan depan jalan ditutup.', '2025-12-08')[0]).toMatchObject({start: '2025-12-15', end: '2025-12-21'});
	});

	it('reads "hingga" a weekday as ahead when the clause says the state still holds', () => {
		// Friday 12 December 2025: the Monday before was the 8th, the next is the 15th.
		const day = '2025-12-12';
		expect(datesIn('Jalan itu masih ditutup hingga Senin.', day)).toEqual([{words: 'hingga Senin', start: '2025-12-12', end: '2025-12-15', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('"Status siaga diperpanjang hingga Senin," kata Andi.', day)[0]).toMatchObject({start: '2025-12-12', end: '2025-12-15'});
		expect(datesIn('Pemkot memperpanjang masa tanggap darurat sampai Selasa.', day)[0]).toMatchObject({end: '2025-12-16'});
		expect(datesIn('Aturan ganjil-genap berlaku hingga Kamis.', day)[0]).toMatchObject({end: '2025-12-18'});
		// A state that held and is done, or one not said to hold still, keeps the day before.
		expect(datesIn('Jalan itu sempat masih ditutup hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Tim SAR mencari korban hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// Still holding before the weekday is no reason after other cues: "sebelum Senin" stays the Monday before.
		expect(datesIn('Jalan masih ditutup sebelum Senin.', day)[0]).toMatchObject({start: '2025-12-07'});
		// A "belum" in the clause's reason is the reason's: the closure still holds ahead.
		expect(datesIn('Jalan itu masih ditutup hingga Senin karena material longsor belum selesai dibersihkan.', day)[0]).toMatchObject({start: '2025-12-12', end: '2025-12-15'});
	});

	it('reads "hingga" a weekday as ahead when the clause tells a closure, a suspension, a ban or a stay', () => {
		// Wednesday 10 December 2025: the Monday before was the 8th, the next is the 15th; Fridays the 5th and 12th.
		const day = '2025-12-10';
		expect(datesIn('“Jalan kami tutup hingga Senin,” kata Asep, Rabu (10/12).', day)[0]).toEqual({words: 'hingga Senin', start: '2025-12-10', end: '2025-12-15', precision: 'day', certainty: 'inferred'});
		expect(datesIn('Sekolah di desa itu diliburkan hingga Jumat.', day)[0]).toMatchObject({start: '2025-12-10', end: '2025-12-12'});
		expect(datesIn('Nelayan di Pelabuhanratu tidak melaut hingga Senin.', day)[0]).toMatchObject({end: '2025-12-15'});
		// A stay is a state too, and a quotation's first sentence is read before its mark closes.
		expect(datesIn('"Kami mengungsi di balai desa hingga Jumat," kata Andi.', day)[0]).toMatchObject({start: '2025-12-10', end: '2025-12-12'});
		expect(datesIn('“Jalan kami tutup hingga Senin. Alat berat sudah tiba,” kata Asep.', day)[0]).toMatchObject({end: '2025-12-15'});
	});

	it('keeps "hingga" a weekday past where the text narrates a finished span, in a quotation or not', () => {
		// Tuesday 9 December 2025: the Monday before was the 8th, the Friday before the 5th.
		const day = '2025-12-09';
		expect(datesIn('Pencarian dilakukan sejak Jumat hingga Senin.', day)[0]).toMatchObject({start: '2025-12-05', end: '2025-12-08'});
		expect(datesIn('“Pencarian kami lakukan sejak Jumat hingga Senin,” kata Andi.', day)[0]).toMatchObject({start: '2025-12-05', end: '2025-12-08'});
		expect(datesIn('Jalan itu ditutup sejak Jumat hingga Senin.', day)[0]).toMatchObject({start: '2025-12-05', end: '2025-12-08'});
		// A done closure, a state told as of the day, a negated finding: the Monday before.
		expect(datesIn('“Kami sudah tutup jalan itu hingga Senin,” kata Andi.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('“Hingga Senin, korban masih belum ditemukan,” kata Andi.', day)[0]).toMatchObject({start: '2025-12-08'});
		// A closure with what was done next is a sequence told in order, finished (a reviewer's find).
		expect(datesIn('Petugas menutup pintu air hingga Senin sore, lalu membukanya kembali.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Jalan itu ditutup hingga Senin, kemudian dibuka satu lajur.', day)[0]).toMatchObject({start: '2025-12-08'});
		// What will be done next leaves the state ahead.
		expect(datesIn('Jalan itu ditutup hingga Senin, lalu akan dibuka satu lajur.', day)[0]).toMatchObject({end: '2025-12-15'});
		// A quotation is no state of itself: an act told in one ends where it ended (a reviewer's find).
		expect(datesIn('“Kami mencari korban hingga Senin malam, tapi hasilnya nihil,” kata Andi.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Tim SAR tidak menemukan korban hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// Not learning or seeing it till then is how things stood that Monday, no abstaining that lasts ahead.
		expect(datesIn('Warga tidak mengetahui kejadian itu hingga Senin pagi.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Keluarga tak menerima kabar dari korban hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Tim SAR mencari korban hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
	});

	it('reads "hingga" a weekday as the day before when a state is told as of it', () => {
		// Friday 12 December 2025: the Monday before was the 8th. A search still going is its state as of that Monday.
		const day = '2025-12-12';
		expect(datesIn('Hingga Senin, korban masih belum ditemukan.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Tim SAR mencari korban. Sampai Senin malam, tim masih menyisir sungai.', day)[0]).toMatchObject({start: '2025-12-08'});
		expect(datesIn('Korban masih belum ditemukan hingga Senin.', day)[0]).toMatchObject({start: '2025-12-08'});
		// A state told to hold on keeps the day ahead, the phrase after it or not.
		expect(datesIn('Jalan itu masih ditutup hingga Senin, kata Andi.', day)[0]).toMatchObject({end: '2025-12-15'});
	});

	it('reads a weekday of next or last week as that day of that calendar week, "hingga Senin pekan mendatang" too', () => {
		// Wednesday 10 December 2025: next week is 15-21 December; Saturday the 13th, last week was 1-7 December.
		expect(datesIn('Jalan ditutup hingga Senin pekan mendatang.', '2025-12-10')).toEqual([{words: 'hingga Senin pekan mendatang', start: '2025-12-10', end: '2025-12-15', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Rapat akan digelar Kamis pekan depan.', '2025-12-10')[0]).toMatchObject({words: 'Kamis pekan depan', start: '2025-12-18'});
		expect(datesIn('Rapat akan digelar Kamis depan.', '2025-12-10')[0]).toMatchObject({words: 'Kamis depan', start: '2025-12-11'});
		expect(datesIn('Rapat digelar Jumat pekan lalu.', '2025-12-13')[0]).toMatchObject({words: 'Jumat pekan lalu', start: '2025-12-05'});
		expect(datesIn('Rapat digelar Jumat lalu.', '2025-12-13')[0]).toMatchObject({words: 'Jumat lalu', start: '2025-12-12'});
		// "Minggu" with a week's word after it is Sunday, not the week: "hingga Minggu pekan depan" too.
		expect(datesIn('Jalan ditutup hingga Minggu pekan depan.', '2025-12-10')).toEqual([{words: 'hingga Minggu pekan depan', start: '2025-12-10', end: '2025-12-21', precision: 'day', certainty: 'inferred'}]);
		expect(datesIn('Bazar digelar Minggu pekan lalu.', '2025-12-10')[0]).toMatchObject({words: 'Minggu pekan lalu', start: '2025-12-07'});
		expect(datesIn('Bazar digelar Minggu depan.', '2025-12-10')[0]).toMatchObject({words: 'Minggu depan', start: '2025-12-15', end: '2025-12-21'});
	});

	it('reads "besok", "pekan depan" and weekdays from the day a sentence was told, when it says so', () => {
		// Read on Wednesday 10 December 2025, told on Friday 5 December: next week was 8-14 December.
		const day = '2025-12-10';
		expect(datesIn('Perbaikan dimulai pekan depan, kata Asep, Jumat (5/12).', day)[0]).toEqual({words: 'pekan depan', start: '2025-12-08', end: '2025-12-14', precision: 'day', certainty: 'inferred'});
		expect(datesIn('Alat berat tiba besok, ujarnya, Jumat (5/12).', day)[0]).toMatchObject({words: 'besok', start: '2025-12-06'});
		expect(datesIn('Rapat akan digelar Senin, kata dia, Jumat (5/12).', day)[0]).toMatchObject({words: 'Senin', start: '2025-12-08'});
		// "pada" for the comma: "kata Asep pada Jumat (5/12)".
		expect(datesIn('Alat berat tiba besok, kata Asep pada Jumat (5/12).', day)[0]).toMatchObject({words: 'besok', start: '2025-12-06'});
		expect(datesIn('Alat berat tiba besok, ujarnya pada Jumat (5/12).', day)[0]).toMatchObject({words: 'besok', start: '2025-12-06'});
		// A stated date that is not the day of telling leaves the reporting day as it is.
		expect(datesIn('Pada Jumat (5/12), warga diminta kembali besok.', day)[1]).toMatchObject({words: 'besok', start: '2025-12-11'});
	});

	it('reads every sentence of a quotation from the day its attribution gives, not only the last', () => {
		// Read on Monday 8 December 2025; the quotation was told on Sunday the 7th, or Saturday the 6th.
		const day = '2025-12-08';
		const told = (when: string) => `"Alat berat kami kerahkan sejak kemarin. Jalur kami alihkan lewat Cikajang," kata Rahmat, ${when}.`;
		expect(datesIn(told('Minggu (7/12)'), day)[0]).toMatchObject({words: 'sejak kemarin', start: '2025-12-06'});
		expect(datesIn(told('Sabtu (6/12)'), day)[0]).toMatchObject({words: 'sejak kemarin', start: '2025-12-05'});
		// The attribution before the quotation: "Rahmat mengatakan, Minggu (7/12), “…. …”".
		expect(datesIn('Rahmat mengatakan, Minggu (7/12), “Jalur kami alihkan. Alat berat tiba besok.”', day).at(-1)).toMatchObject({words: 'besok', start: '2025-12-08'});
		// A sentence after the quotation closed is the article's again.
		expect(datesIn(`${told('Minggu (7/12)')} Jalan dibuka kembali besok.`, day).at(-1)).toMatchObject({words: 'besok', start: '2025-12-09'});
		// So is a quotation of its own before it.
		expect(datesIn('"Alat berat tiba besok." "Jalur kami alihkan," kata Rahmat, Minggu (7/12).', day)[0]).toMatchObject({words: 'besok', start: '2025-12-09'});
	});

	it('reads a weekday after a cue in a plan told on that same weekday as the next one, a week on', () => {
		// Told on Monday 8 December 2025, read on Wednesday the 10th: the next Monday is the 15th.
		const day = '2025-12-10';
		expect(datesIn('Jalan itu akan ditutup hingga Senin, kata Asep, Senin (8/12).', day)[0]).toMatchObject({words: 'hingga Senin', start: '2025-12-08', end: '2025-12-15'});
		expect(datesIn('Sebelum Senin, dinas akan memasang rambu, ujar Asep, Senin (8/12).', day)[0]).toMatchObject({start: '2025-12-14'});
		// With no cue a plan named on its own weekday may be that very day.
		expect(datesIn('Rapat akan digelar Rabu.', day)[0]).toMatchObject({start: '2025-12-10'});
	});

	it('takes no date from days that recur: "setiap Senin dan Kamis"', () => {
		expect(datesIn('Kapal berlayar dua kali sepekan, setiap Senin dan Kamis.', '2025-05-09')).toEqual([]);
	});

	it('dates a sentence that names a period the article dates elsewhere ("selama Lebaran 2025")', () => {
		const text = 'Posko disiapkan di masa Lebaran yang efektif mulai 26 Maret hingga 8 April 2025. Pusat pengendali disiapkan selama Lebaran 2025.';
		expect(datesIn(text, TUESDAY)[1]).toEqual({words: 'selama Lebaran 2025', start: '2025-03-26', end: '2025-04-08', precision: 'day', certainty: 'inferred'});
		expect(datesIn('Pusat pengendali disiapkan selama Lebaran 2025.', TUESDAY)).toEqual([]);
	});
});
