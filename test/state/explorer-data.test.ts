import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {busiestFirst} from '../../src/model/entity-order.js';
import {parseDataset} from '../../src/model/load.js';
import type {Story} from '../../src/model/story.js';
import {createExplorerData} from '../../src/state/data.js';
import {generateDataset, serializeDataset, withInlineText} from '../bench/generator/dataset.js';
import {EMBEDDED_DATASET, loadStory} from '../helpers/datasets.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

function generatedStory(events: number): Story {
	const result = parseDataset(serializeDataset(withInlineText(generateDataset({events, seed: 3}))), {file: 'generated.json'});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.story;
}

const stories = [loadStory(EMBEDDED_DATASET), generatedStory(900)];

describe('the entity order', () => {
	it.each(stories.map((story) => [story.source, story] as const))('lists people, organizations, places, busiest first, ties in dataset order (%s)', (_source, story) => {
		const count = (id: string) => story.index.eventsOfEntity.get(id)?.length ?? 0;
		const rank = {person: 0, organization: 1, place: 2};
		const expected = story.entities
			.map((entity, index) => ({entity, index}))
			.sort((a, b) => rank[a.entity.type] - rank[b.entity.type] || count(b.entity.id) - count(a.entity.id) || a.index - b.index)
			.map(({entity}) => entity.id);
		expect(busiestFirst(story.entities, (entity) => count(entity.id)).map((entity) => entity.id)).toEqual(expected);
		const data = createExplorerData(story, measureDetail);
		expect(sliceOf(data.entityOrder).map((entity) => entity.id)).toEqual(expected);
		expect(expected.every((id, position) => data.story.entityOrderPosition(id) === position)).toBe(true);
	});
});

describe('indexInView', () => {
	it.each(stories.map((story) => [story.source, story] as const))('finds every event where the filtered and unfiltered timelines list it (%s)', (_source, story) => {
		const data = createExplorerData(story, measureDetail);
		const filters = [null, ...story.entities.slice(0, 40).map((entity) => entity.id)];
		for (const filter of filters) {
			const view = data.eventsInView(filter);
			for (const event of story.events.slice(0, 300)) {
				expect(data.indexInView(filter, event.id)).toBe(sliceOf(view).findIndex((shown) => shown.id === event.id));
			}
		}
		expect(data.indexInView(null, 'no-such-event')).toBe(-1);
	});
});
