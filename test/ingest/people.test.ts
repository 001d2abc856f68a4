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
