import {describe, expect, it} from 'vitest';
import {titlesShown} from '../../src/model/titles-shown.js';

describe("an entity's titles as shown", () => {
	it('leave out a title that opens a longer one word for word, and a repeat; keep other forms of a post', () => {
		expect(titlesShown(['Sekretaris Partai Kota Nanning', 'Sekretaris Partai Kota Nanning Provinsi Guangxi Tiongkok'])).toEqual(['Sekretaris Partai Kota Nanning Provinsi Guangxi Tiongkok']);
		expect(titlesShown(['Menkomdigi', 'Menteri Komunikasi dan Digital RI'])).toEqual(['Menkomdigi', 'Menteri Komunikasi dan Digital RI']);
		expect(titlesShown(['Ketua KPU', 'ketua  KPU', 'Ketua KPU Kabupaten Banjarnegara'])).toEqual(['Ketua KPU Kabupaten Banjarnegara']);
		// A word's start is not a word: "Kepala Dinas" does not open "Kepala Dinasti".
		expect(titlesShown(['Kepala Dinas', 'Kepala Dinasti'])).toEqual(['Kepala Dinas', 'Kepala Dinasti']);
		expect(titlesShown(['Bupati', 'Bupati'])).toEqual(['Bupati']);
	});
});
