import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {Catalog} from '../../src/model/catalog.js';
import {loadDatasetFile} from '../../src/model/load.js';
import {catalogOf} from '../../src/model/story-catalog.js';
import {openDataset} from '../../src/store/open.js';
import {createExplorerData} from '../../src/state/data.js';
import {generateDataset, serializeDataset, withInlineText} from '../bench/generator/dataset.js';

const dir = mkdtempSync(join(tmpdir(), 'linimasa-store-search-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// Aliases the store must keep exactly: folded letters, a lone surrogate, a blank one, wide ones.
const UNUSUAL_ALIASES = [['Nguyễn Văn', 'STRASSE'], ['Łukasz \ud800 Nowak', ' '], ['王小明', 'Søren'], ['Al-Habsyi', 'univ. ternate']];

function datasetFile(): string {
	const dataset = withInlineText(generateDataset({events: 600, seed: 7}));
	dataset.entities.forEach((entity, i) => {
		if (i % 5 === 0) entity.aliases = [...entity.aliases, ...UNUSUAL_ALIASES[(i / 5) % UNUSUAL_ALIASES.length]!];
	});
	const path = join(dir, 'dataset.json');
	writeFileSync(path, serializeDataset(dataset));
	return path;
}

const path = datasetFile();

function openedStore(): Catalog {
	const opened = openDataset(path, 'dataset.json', join(dir, 'cache'));
	if (!opened.ok || opened.how === 'whole') throw new Error('the dataset did not go through its store');
	return opened.catalog;
}

function wholeStory(): Catalog {
	const loaded = loadDatasetFile(path, 'dataset.json');
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
	return catalogOf(loaded.story);
}

describe("the finder over a store's columns", () => {
	const built = openedStore();
	const reopened = openedStore();
	const story = wholeStory();

	it('holds every name and alias as the story loaded whole does', () => {
		const [stored, whole] = [reopened.searchEntries(), story.searchEntries()];
		expect(stored.units).toEqual(whole.units);
		expect(stored.textStart).toEqual(whole.textStart);
		expect(stored.entityStart).toEqual(whole.entityStart);
		for (let e = 0; e < whole.entityStart.length - 1; e++) {
			const {id, type, name, aliases} = whole.entityAt(e);
			expect(stored.entityAt(e)).toEqual({id, type, name, aliases});
		}
	});

	it('finds what the story loaded whole finds, typed a character at a time', () => {
		const fromStore = createExplorerData(built);
		const fromStory = createExplorerData(story);
		const shown = (catalog: typeof fromStory, query: string) =>
			catalog.findEntities(query).map(({entity, score, matched}) => ({id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, score, matched}));
		for (const query of ['nguyen van', 'lukasz', 'strasse', 'univ. t', 'al-habs', '王小', story.entities.at(3)!.name, 'kementerian komunikasi dan digital indonesia']) {
			for (let length = 1; length <= query.length; length++) {
				expect(shown(fromStore, query.slice(0, length))).toEqual(shown(fromStory, query.slice(0, length)));
			}
		}
		expect(shown(fromStore, 'lukasz \ud800').map((match) => match.matched?.text)).toContain('Łukasz \ud800 Nowak');
	});
});
