import {describe, expect, it} from 'vitest';
import {validateDatasetValue} from '../../src/model/load.js';
import type {Story} from '../../src/model/story.js';
import {hostileDataset, LONG_NAME, strings, UNSAFE, WIDE} from '../helpers/hostile.js';

function load(): Story {
	const result = validateDatasetValue(hostileDataset(), {file: 'hostile.json'});
	if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
	return result.story;
}

describe('a dataset whose text attacks the terminal', () => {
	it('is valid: its anchors, counted in code points, give exactly their hostile text', () => {
		expect(validateDatasetValue(hostileDataset(), {file: 'hostile.json'}).ok).toBe(true);
	});

	it('loads with no control, escape, bidi or zero-width character left in any string', () => {
		const {article, entities, events, quotes} = load();
		const unsafe = strings({article, entities, events, quotes}).filter(([, text]) => UNSAFE.test(text.replaceAll('\n', '')));
		expect(unsafe.map(([path]) => path)).toEqual([]);
	});

	it('keeps the text around each sequence, and nothing of the sequence itself', () => {
		const story = load();
		const ratu = story.index.entityById.get('ratu')!;
		expect(ratu.name).toBe('Ratu⟨⟩Jahat');
		expect(story.article.title).toBe('Berita ⟨⟩ Berbahaya ⟨klik di sini⟩ 中华人民共和国 한국어 Ｆｕｌｌ 😀🎉 👩‍💻 🇮🇩');
		expect(story.quotes[0]!.text).toBe('Kami ⟨⟩ tidak ⟨⟩ takut ⟨ ⟩ 中华人民共和国 한국어 Ｆｕｌｌ 😀🎉 👩‍💻 🇮🇩 ⟨⟩');
		// The technologist emoji keeps its joiner: one character on screen, not a woman and a laptop.
		expect(story.article.title).toContain(WIDE);
		expect(story.index.entityById.get('panjang')!.name).toBe(LONG_NAME);
	});
});
