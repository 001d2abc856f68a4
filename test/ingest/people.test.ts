import {describe, expect, it} from 'vitest';
import {ingestArticle} from '../../src/ingest/ingest.js';
import {mergeDrafts} from '../../src/ingest/storyMerge.js';
import type {Entity} from '../../src/model/schema.js';

const DATELINE = 'Warta.id || Kamis, 13 Mar 2025, 19:00 WIB\n\nJudul Berita\n\n';
const entitiesOf = (body: string) => ingestArticle(DATELINE + body).entities;
const named = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);
const people = (entities: readonly Entity[]) => entities.filter((entity) => entity.type === 'person').map((person) => person.name);

describe('a company named by its legal form', () => {
	it.each([
		['KENDAL - Terdakwa menerima uang dari Direktur CV Sumber Makmur, Joko Susanto, sepanjang 2023.', 'CV Sumber Makmur'],
		['KENDAL - Terdakwa menerima uang dari Joko Susanto, Direktur CV Sumber Makmur.', 'CV Sumber Makmur'],
		['KENDAL - Proyek itu dikerjakan oleh UD Tani Rejeki milik Joko Susanto.', 'UD Tani Rejeki'],
		['KENDAL - Bantuan disalurkan Direktur PT Sinar Abadi pada Senin.', 'PT Sinar Abadi'],
	])('is an organization, never a person named by its words: %s', (sentence, company) => {
		const entities = entitiesOf(sentence);
		expect(named(entities, company)?.type).toBe('organization');
		expect(people(entities).filter((name) => name !== 'Joko Susanto')).toEqual([]);
	});

	it('titles its director by the company whole: "Direktur CV Sumber Makmur"', () => {
		const entities = entitiesOf('KENDAL - Terdakwa menerima uang dari Direktur CV Sumber Makmur, Joko Susanto, sepanjang 2023.');
		expect(named(entities, 'Joko Susanto')?.titles).toEqual([{id: 'Direktur CV Sumber Makmur'}]);
	});

	it('leaves a person of two names or more after a company of its own words: "Direktur PT Sinar Abadi Hendra Wijaya"', () => {
		const entities = entitiesOf('KENDAL - Direktur PT Sinar Abadi Hendra Wijaya hadir dalam sidang.');
		expect(named(entities, 'Hendra Wijaya')?.titles).toEqual([{id: 'Direktur PT Sinar Abadi'}]);
		expect(named(entities, 'PT Sinar Abadi')?.type).toBe('organization');
	});
});

describe('a rank printed alone before a name', () => {
	const RANK_FIRST = 'SEMARANG - Kompol Agus Salim Harahap membenarkan penyitaan itu pada Rabu (12/3). Kasubdit III Tipikor Ditreskrimsus Polda Jateng, Kompol Agus Salim Harahap, mengatakan aliran dana masih ditelusuri.';

	it('comes after the post the text gives, which describes the person', () => {
		const agus = named(entitiesOf(RANK_FIRST), 'Agus Salim Harahap');
		expect(agus?.titles?.map((title) => title.id)).toEqual(['Kasubdit III Tipikor Ditreskrimsus Polda Jateng', 'Kompol']);
		expect(agus?.description?.id).toBe('Kasubdit III Tipikor Ditreskrimsus Polda Jateng.');
	});

	it('comes after a post another article gives, in a story of both', () => {
		const rankOnly = ingestArticle(`${DATELINE}SEMARANG - Kompol Agus Salim Harahap membenarkan penyitaan itu pada Rabu (12/3).`);
		const post = ingestArticle(`${DATELINE}SEMARANG - Kasubdit III Tipikor Ditreskrimsus Polda Jateng, Kompol Agus Salim Harahap, mengatakan aliran dana masih ditelusuri pada Rabu (12/3).`);
		const {dataset} = mergeDrafts([{id: 'a', draft: rankOnly}, {id: 'b', draft: post}]);
		const agus = named(dataset.entities, 'Agus Salim Harahap');
		expect(agus?.titles?.map((title) => title.id)).toEqual(['Kasubdit III Tipikor Ditreskrimsus Polda Jateng', 'Kompol']);
		expect(agus?.description?.id).toBe('Kasubdit III Tipikor Ditreskrimsus Polda Jateng.');
	});
});

describe("a court's seat", () => {
	const court = (sentence: string) => entitiesOf(`SEMARANG - ${sentence}`).find((entity) => entity.type === 'organization' && entity.name.startsWith('Pengadilan'));

	it('belongs to its name after the short form in brackets that spells the name without its head', () => {
		const found = court('Terdakwa menjalani sidang perdana di Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang, Kamis (13/3/2025).');
		expect(found?.name).toBe('Pengadilan Tindak Pidana Korupsi Semarang');
		expect(found?.aliases).toEqual(expect.arrayContaining(['Pengadilan Tipikor Semarang', 'Pengadilan Tipikor']));
		expect(found?.aliases).not.toContain('Tipikor');
	});

	it('belongs to its name where the court sits in another court: "… pada Pengadilan Negeri Semarang"', () => {
		const found = court('Terdakwa menjalani sidang perdana di Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Semarang, Kamis (13/3/2025).');
		expect(found?.name).toBe('Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Semarang');
		expect(found?.aliases).toContain('Pengadilan Tindak Pidana Korupsi Semarang');
	});

	it('is one court in a story whose articles print it each way', () => {
		const drafts = ['Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang', 'Pengadilan Tipikor Semarang', 'Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Semarang'].map((name, i) => ({
			id: `s${i}`,
			draft: ingestArticle(`${DATELINE}SEMARANG - Terdakwa menjalani sidang perdana di ${name}, Kamis (13/3/2025).`),
		}));
		const courts = mergeDrafts(drafts).dataset.entities.filter((entity) => entity.type === 'organization' && entity.name.startsWith('Pengadilan'));
		expect(courts.map((entity) => entity.name)).toEqual(['Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Semarang']);
	});
});

describe('a post printed in lower case before a name', () => {
	it.each([
		['KENDAL - Jaksa akan menghadirkan saksi, termasuk bendahara DPUPR Kendal, Sri Wahyuni, dan penyidik Polda Jawa Tengah, Kompol Agus Salim Harahap.', 'Sri Wahyuni', 'bendahara DPUPR Kendal'],
		['KENDAL - Jaksa akan menghadirkan saksi, termasuk bendahara DPUPR Kendal, Sri Wahyuni, dan penyidik Polda Jawa Tengah, Kompol Agus Salim Harahap.', 'Agus Salim Harahap', 'penyidik Polda Jawa Tengah'],
		['KENDAL - Dalam surat dakwaan yang dibacakan jaksa Rina Kusumawati, kerugian negara mencapai Rp1,25 miliar.', 'Rina Kusumawati', 'jaksa'],
		['KENDAL - Sidang itu dicatat panitera pengganti Dedi Kurnia pada Kamis.', 'Dedi Kurnia', 'panitera pengganti'],
	])('reads the person it names, titled as printed: %s → %s', (sentence, name, title) => {
		const person = named(entitiesOf(sentence), name);
		expect(person?.titles?.map((each) => each.id)).toEqual([title]);
		// A description is a sentence: it opens with a capital.
		expect(person?.description?.id).toBe(`${title.charAt(0).toUpperCase()}${title.slice(1)}.`);
	});

	it('keeps "mantan" before it as printed: "mantan bendahara DPUPR Kendal"', () => {
		expect(named(entitiesOf('KENDAL - Polisi memeriksa mantan bendahara DPUPR Kendal, Sri Wahyuni, pada Senin.'), 'Sri Wahyuni')?.titles).toEqual([{id: 'mantan bendahara DPUPR Kendal'}]);
	});

	it('reads no post in a word that is one only with its capital: "kepala Budi", "ibu Siti"', () => {
		const entities = entitiesOf('KENDAL - Batu itu mengenai kepala Budi Santoso. Ia lalu dibawa ibu Siti Aminah ke puskesmas pada Senin.');
		expect(entities.filter((entity) => entity.type === 'person').flatMap((person) => person.titles ?? [])).toEqual([]);
	});

	it('is the post a fuller title says with less, case aside, in a story', () => {
		const full = ingestArticle(`${DATELINE}KENDAL - Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Kendal, Rina Kusumawati, membacakan dakwaan pada Kamis (13/3).`);
		const bare = ingestArticle(`${DATELINE}KENDAL - Dalam surat dakwaan yang dibacakan jaksa Rina Kusumawati, kerugian negara mencapai Rp1,25 miliar.`);
		const rina = named(mergeDrafts([{id: 'a', draft: full}, {id: 'b', draft: bare}]).dataset.entities, 'Rina Kusumawati');
		expect(rina?.titles).toEqual([{id: 'Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Kendal'}]);
	});
});

describe('what a person is, printed before her name set off by commas', () => {
	it.each([
		['KENDAL - Usai dakwaan dibacakan, kuasa hukum terdakwa, Dwi Santoso, menyatakan akan mengajukan eksepsi.', 'kuasa hukum terdakwa'],
		// Capitalized only because the sentence opens with it: cited mid-sentence, it is in lower case.
		['KENDAL - Kuasa hukum terdakwa, Dwi Santoso, menyatakan akan mengajukan eksepsi.', 'kuasa hukum terdakwa'],
		['KENDAL - Seorang pedagang sayur di Pasar Weleri, Dwi Santoso, mengaku rugi.', 'pedagang sayur di Pasar Weleri'],
	])('titles her in the lower case a citation prints mid-sentence, and describes her in a sentence: %s', (sentence, title) => {
		const person = named(entitiesOf(sentence), 'Dwi Santoso');
		expect(person?.titles).toEqual([{id: title}]);
		expect(person?.description?.id).toBe(`${title.charAt(0).toUpperCase()}${title.slice(1)}.`);
	});
});

describe('a post set off after a name', () => {
	it.each([
		['KENDAL - Terdakwa disebut menerima Rp850 juta dari Joko Susanto, Direktur CV Sumber Makmur.', 'Direktur CV Sumber Makmur'],
		['KENDAL - Joko Susanto, S.H., selaku kuasa hukum terdakwa, menilai dakwaan itu lemah.', 'kuasa hukum terdakwa'],
		['KENDAL - Joko Susanto selaku Ketua Panitia Lelang DPUPR Kendal membantah tuduhan itu.', 'Ketua Panitia Lelang DPUPR Kendal'],
	])('titles the person by it: %s', (sentence, title) => {
		expect(named(entitiesOf(sentence), 'Joko Susanto')?.titles).toEqual([{id: title}]);
	});

	it('is not the post of the name before it where the post names its own holder', () => {
		const entities = entitiesOf('KENDAL - Rapat itu dihadiri Joko Susanto, Ketua RT 05 Asep Mulyana, dan warga.');
		expect(named(entities, 'Asep Mulyana')?.titles).toEqual([{id: 'Ketua RT 05'}]);
		expect(named(entities, 'Joko Susanto')?.titles ?? []).toEqual([]);
	});
});
