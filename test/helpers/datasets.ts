/** Paths of the datasets the tests use, and small builders for broken variants of them. */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadDatasetFile} from '../../src/model/load.js';
import type {Story} from '../../src/model/story.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const EMBEDDED_DATASET = join(root, 'data', 'articles', 'komdigi-ai-asean-2025', 'dataset.json');
export const EMBEDDED_ARTICLE = join(root, 'data', 'articles', 'komdigi-ai-asean-2025', 'article.txt');
export const SECOND_DATASET = join(root, 'test', 'fixtures', 'banjir-semarang', 'dataset.json');
export const SECOND_ARTICLE = join(root, 'test', 'fixtures', 'banjir-semarang', 'article.txt');
export const PROJECT_ROOT = root;
/** A story of three articles by invented outlets (test/fixtures/sources/banjir-sukaraya/make.ts writes it). */
export const SOURCES_DIR = join(root, 'test', 'fixtures', 'sources', 'banjir-sukaraya');
export const SOURCES_DATASET = join(SOURCES_DIR, 'dataset.json');
/** The held-out story of a bridge collapse in Lebak, three invented outlets, curated by hand (its expected.json is a dataset). */
export const LEBAK_DATASET = join(root, 'test', 'fixtures', 'stories', 'jembatan-putus-lebak', 'expected.json');
/** The held-out story of a vote recount in Banjarnegara, two invented outlets (a text and a saved page), curated by hand. */
export const BANJARNEGARA_DATASET = join(root, 'test', 'fixtures', 'stories', 'pilkada-banjarnegara', 'expected.json');

/** Load a dataset that must be valid. */
export function loadStory(path: string): Story {
	const result = loadDatasetFile(path);
	if (!result.ok) throw new Error(`expected ${path} to load: ${JSON.stringify(result.errors)}`);
	return result.story;
}

/** The embedded dataset as a plain object with its article text inline, to mutate in tests. */
export function embeddedDatasetInline(): Record<string, any> {
	const data = JSON.parse(readFileSync(EMBEDDED_DATASET, 'utf8'));
	data.article.text = readFileSync(EMBEDDED_ARTICLE, 'utf8');
	delete data.article.textFile;
	return data;
}

/** The three-article story as a plain object with its texts inline, to mutate in tests. */
export function sourcesDatasetInline(): Record<string, any> {
	const data = JSON.parse(readFileSync(SOURCES_DATASET, 'utf8'));
	for (const article of data.articles) {
		article.text = readFileSync(join(SOURCES_DIR, article.textFile), 'utf8');
		delete article.textFile;
	}
	return data;
}
