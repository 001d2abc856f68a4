/** A small story written in wide characters (CJK, emoji), for width checks of the line builders. */
import type {DatasetFile, Event} from '../../src/model/schema.js';
import {buildStory} from '../../src/model/story.js';
import {createExplorerData} from '../../src/state/data.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

const anchor = {start: 0, end: 2, exact: '东京'};

function event(id: string, start: string, end: string | null, title: string, certainty: 'stated' | 'inferred' = 'stated'): Event {
	const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
	return {id, start, end, precision, certainty, title: {zh: title}, summary: {zh: `${title}。`}, participants: [{entity: 'nong'}], place: 'nanning', evidence: [anchor]};
}

const dataset: DatasetFile = {
	version: 1,
	article: {title: '南宁会谈 🌏 人工智能', outlet: '新闻 📰', published: '2025-03-26T01:00+08:00', language: 'zh', authors: [], editors: [], agencies: [], text: '东京'},
	entities: [
		{id: 'nong', type: 'person', name: '农生文', aliases: ['Nong Shengwen', 'Nong 🐉'], titles: [], description: {zh: '南宁市委书记'}, mentions: []},
		{id: 'nanning', type: 'place', name: '南宁市 🌆 广西壮族自治区首府', aliases: [], titles: [], description: {zh: '城市'}, mentions: []},
	],
	events: [
		event('talks', '2025-03-25', null, '农生文与默提雅会谈 🤝 人工智能合作中心'),
		event('posts', '2025-03-26', '2025-04-08', '🌊🌊🌊 三百八十六个岗哨 🌊🌊🌊', 'inferred'),
		event('target', '2030', null, '目标：九百万数字人才 🎯'),
	],
	quotes: [],
};

/** The explorer's data for the wide-character story. */
export const wide = createExplorerData(buildStory(dataset, ['东京'], 'wide'), measureDetail);

/** An event built like the story's, for axis cases of its own. */
export {event as wideEvent};
