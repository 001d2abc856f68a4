/** A valid dataset of a given size in bytes, many events and entities over a long article, for load faults. */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {DatasetFile} from '../../src/model/schema.js';
import {AnchoredText} from './anchored-text.js';

const FILLER = 'Pemerintah kota menyiapkan posko siaga dan kendaraan pemantau di jalur mudik. ';

/** A dataset whose JSON takes about `bytes` bytes: one entity and one event per paragraph of the article. */
export function largeDataset(bytes: number): DatasetFile {
	const article = new AnchoredText();
	const entities: DatasetFile['entities'] = [];
	const events: DatasetFile['events'] = [];
	// Each paragraph costs about 1 kB of JSON with its entity and event.
	const paragraphs = Math.max(1, Math.round(bytes / 1000));
	for (let i = 0; i < paragraphs; i++) {
		const day = String((i % 28) + 1).padStart(2, '0');
		const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
		article.add(`Paragraf ${i}: `);
		const name = article.mark(`Pejabat Nomor ${i}`);
		article.add(' berkata bahwa ');
		const evidence = article.mark(`${FILLER}${FILLER}`);
		article.add('\n');
		entities.push({id: `pejabat-${i}`, type: 'person', name: name.exact, aliases: [`P${i}`], titles: [], description: {id: FILLER, en: 'An official.'}, mentions: [name]});
		events.push({
			id: `peristiwa-${i}`,
			start: `2025-${month}-${day}`,
			precision: 'day',
			certainty: 'stated',
			title: {id: `Peristiwa ${i}`, en: `Event ${i}`},
			summary: {id: FILLER, en: 'A summary.'},
			participants: [{entity: `pejabat-${i}`}],
			evidence: [evidence],
		});
	}
	return {
		version: 1,
		article: {title: 'Artikel yang sangat panjang', outlet: 'Koran Uji', published: '2025-03-26T01:00+07:00', authors: [], editors: [], language: 'id', agencies: [], text: article.text},
		entities,
		events,
		quotes: [],
	};
}

/** Write a dataset of about `bytes` bytes into a fresh temporary folder; returns the file's path. */
export function writeLargeDataset(bytes: number): string {
	const path = join(mkdtempSync(join(tmpdir(), 'linimasa-large-')), 'dataset.json');
	writeFileSync(path, JSON.stringify(largeDataset(bytes)));
	return path;
}
