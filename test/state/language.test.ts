import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/model/load.js';
import {createExplorerData} from '../../src/state/data.js';
import {startLanguage} from '../../src/state/language.js';
import {embeddedDatasetInline} from '../helpers/datasets.js';
import {embedded, run, start} from './drive.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

/** The embedded story with its English texts taken out: a dataset in one language. */
function indonesianOnly() {
	const strip = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(strip);
		if (value === null || typeof value !== 'object') return value;
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		const text = keys.includes('id') && keys.every((key) => key === 'id' || key === 'en');
		return Object.fromEntries(keys.filter((key) => !(text && key === 'en')).map((key) => [key, strip(record[key])]));
	};
	const result = parseDataset(JSON.stringify(strip(embeddedDatasetInline())), {file: 'id-only.json'});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return createExplorerData(result.story, measureDetail);
}

describe('the starting language', () => {
	it('is the article\'s unless one is asked for', () => {
		expect(startLanguage(undefined, ['id', 'en'], 'id')).toEqual({lang: 'id', status: null});
		expect(startLanguage('en', ['id', 'en'], 'id')).toEqual({lang: 'en', status: null});
	});

	it('takes the dataset\'s own tag for a regional or differently cased one', () => {
		expect(startLanguage('en-GB', ['id', 'en'], 'id').lang).toBe('en');
		expect(startLanguage('ID', ['id', 'en'], 'id').lang).toBe('id');
	});

	it('falls back to the article\'s language with a one-line warning in it for one the dataset lacks', () => {
		const {lang, status} = startLanguage('fr', ['id', 'en'], 'id');
		expect(lang).toBe('id');
		expect(status).toEqual({text: 'Dataset ini tidak memuat bahasa “fr”: ditampilkan dalam bahasa Indonesia (tersedia: id, en)', tone: 'warning'});
		expect(status!.text).not.toContain('\n');
	});
});

describe('l on a dataset of one language', () => {
	it('says the dataset has one language and changes nothing else', () => {
		const data = indonesianOnly();
		expect(data.story.languages).toEqual(['id']);
		const before = start(data);
		const after = run(before, data, 'language.next');
		expect(after).toEqual({...before, status: {text: 'Dataset ini hanya dalam bahasa Indonesia', tone: 'info'}});
	});

	it('switches as usual where there are two', () => {
		expect(run(start(embedded), embedded, 'language.next').lang).toBe('en');
	});
});
