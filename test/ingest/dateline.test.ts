import {describe, expect, it} from 'vitest';
import {findDateline, outletName} from '../../src/ingest/dateline.js';
import {articleLayout} from '../../src/ingest/layout.js';
import {EMBEDDED_ARTICLE} from '../helpers/datasets.js';
import {readText} from './helpers.js';

describe('reading the dateline', () => {
	it('reads outlet, date, time and WIB (+07:00) from the Koran Jakarta line', () => {
		const text = 'Koran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB\n\nJudul';
		const dateline = findDateline(text);
		expect(dateline).toMatchObject({outletPrinted: 'Koran-jakarta.com', published: '2025-03-26T01:00+07:00', timezone: 'WIB', date: '2025-03-26'});
		expect(text.slice(dateline!.dateSpan.start, dateline!.dateSpan.end)).toBe('Rabu, 26 Mar 2025, 01:00 WIB');
		expect(text.slice(dateline!.line.start, dateline!.line.end)).toBe('Koran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB');
	});

	it('gives WITA +08:00 and WIT +09:00, whatever the separators', () => {
		expect(findDateline('Wartadewata.id || Senin, 14 Apr 2025, 16:45 WITA')).toMatchObject({published: '2025-04-14T16:45+08:00', timezone: 'WITA'});
		expect(findDateline('Kabarpapua.co | Jumat, 9 Mei 2025 10.15 WIT')).toMatchObject({published: '2025-05-09T10:15+09:00', timezone: 'WIT'});
		expect(findDateline('HarianMedan.com | Sabtu, 16 Agu 2025 | 08:30 WIB')).toMatchObject({published: '2025-08-16T08:30+07:00', outletPrinted: 'HarianMedan.com'});
	});

	it('reads a numeric date and assumes WIB when no zone is printed', () => {
		const dateline = findDateline('Kompas.com - 26/03/2025, 14:05');
		expect(dateline).toMatchObject({published: '2025-03-26T14:05+07:00', outletPrinted: 'Kompas.com'});
		expect(dateline?.timezone).toBeUndefined();
	});

	it('speaks from the day before for a page put out before 06:00, and from the same day after', () => {
		expect(findDateline('Koran-jakarta.com || Rabu, 26 Mar 2025, 01:00 WIB')?.reportingDay).toBe('2025-03-25');
		expect(findDateline('Koran-jakarta.com || Rabu, 26 Mar 2025, 06:00 WIB')?.reportingDay).toBe('2025-03-26');
	});

	it('finds no dateline in a text that starts with its story', () => {
		expect(findDateline('JAKARTA - Pemerintah mengumumkan kebijakan baru.\n\nParagraf kedua.')).toBeUndefined();
	});

	it('names the outlet for people', () => {
		expect(outletName('Koran-jakarta.com')).toBe('Koran Jakarta');
		expect(outletName('HarianMedan.com')).toBe('Harian Medan');
		expect(outletName('Wartadewata.id')).toBe('Wartadewata');
		expect(outletName('Suara Pantura')).toBe('Suara Pantura');
	});
});

describe('the parts of a page', () => {
	it('finds headline, rubric, body and the credits of the embedded article', () => {
		const text = readText(EMBEDDED_ARTICLE);
		const layout = articleLayout(text);
		expect(text.slice(layout.title!.start, layout.title!.end)).toBe('Indonesia dan Tiongkok Berkomitmen Bangun Pusat Inovasi AI Asean');
		expect(layout.section).toBe('Infrastruktur Digital');
		expect(text.slice(layout.body.start, layout.body.start + 10)).toBe('JAKARTA - ');
		// The credits and links after the story are masked as chrome, not cut off.
		const chrome = layout.chrome.map((piece) => text.slice(piece.span.start, piece.span.end));
		expect(chrome).toEqual(expect.arrayContaining(['Tim Redaksi:', 'E', 'A', 'Like, Comment, or Share:', 'Tulisan Lainnya dari Eko S', 'Artikel Terkait']));
		expect(chrome.some((piece) => piece.startsWith('Ket. MenKomdigi'))).toBe(true);
		expect(layout.authors).toEqual(['Eko S']);
		expect(layout.editors).toEqual(['E', 'A']);
	});

	it('reads "Penulis:" and "Editor:" lines', () => {
		const layout = articleLayout('Warta.id || Senin, 14 Apr 2025, 16:45 WITA\n\nJudul\n\nDENPASAR - Isi berita.\n\nPenulis: Komang Adi\nEditor: Luh Sari dan Made Ayu\n');
		expect(layout.authors).toEqual(['Komang Adi']);
		expect(layout.editors).toEqual(['Luh Sari', 'Made Ayu']);
	});
});
