import {describe, expect, it} from 'vitest';
import {COMMANDS, type Command} from '../../src/keys/commands.js';
import type {Effect, State} from '../../src/state/state.js';
import {embedded, run, runWithEffects, sourced, start, type} from './drive.js';
import type {ExplorerData} from '../../src/state/data.js';

const timeline = start(embedded);
const middle = run(timeline, embedded, 'cursor.down', 'cursor.down');
const detail = run(timeline, embedded, 'selection.open');
const entities = run(timeline, embedded, 'focus.next');
const finder = run(timeline, embedded, 'finder.open', type('ka'), 'finder.down');
const filtered = run(entities, embedded, 'filter.toggle');
const help = run(timeline, embedded, 'help.open', 'cursor.down');
const reader = run(timeline, embedded, 'reader.open');
const searching = run(reader, embedded, 'reader.search', {type: 'reader.type', text: 'posko'});
const searched = run(searching, embedded, 'readerSearch.accept');

/** For each command: a state it applies to, and the part of the next state (or the effects) it must produce. */
const CASES: Record<Command, {readonly from: State; readonly changes?: Partial<State>; readonly effects?: readonly Effect[]; readonly data?: ExplorerData}> = {
	'focus.next': {from: timeline, changes: {focus: 'entities'}},
	'focus.previous': {from: timeline, changes: {focus: 'detail'}},
	'cursor.down': {from: timeline, changes: {timeline: {index: 1, top: 0}}},
	'cursor.up': {from: middle, changes: {timeline: {index: 1, top: 0}}},
	'cursor.first': {from: middle, changes: {timeline: {index: 0, top: 0}}},
	'cursor.last': {from: timeline, changes: {timeline: {index: 7, top: 0}}},
	'cursor.pageDown': {from: entities, changes: {entities: {index: 10, top: 0}}},
	'cursor.pageUp': {from: middle, changes: {timeline: {index: 0, top: 0}}},
	'selection.open': {from: timeline, changes: {focus: 'detail'}},
	'detail.back': {from: run(detail, embedded, 'selection.open'), changes: {detail: detail.detail}},
	'finder.open': {from: timeline, changes: {finder: {query: '', cursor: {index: 0, top: 0}}}},
	'sources.show': {from: start(sourced), changes: {focus: 'sources', lower: 'sources', detail: {ref: {kind: 'source', id: 'warta-priangan'}, cursor: 0, top: 0, back: []}}, data: sourced},
	'filter.toggle': {from: entities, changes: {filter: 'meutya-hafid'}},
	'filter.clear': {from: filtered, changes: {filter: null}},
	'quote.copy': {from: timeline, effects: [{kind: 'copy', text: embedded.story.quoteById('q-infrastructure')!.text.replace(/,$/, '.'), quote: {speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: false}}]},
	'quote.copyAttributed': {from: timeline, effects: [{kind: 'copy', text: expect.stringMatching(/^“Kerja sama .*5G\.”\n— Meutya Hafid, Menteri Komunikasi dan Digital RI, 25 Mar 2025 \(Koran Jakarta, 26 Mar 2025\)$/s), quote: {speaker: 'Meutya Hafid', opening: 'Kerja sama di bidang…', position: {number: 1, of: 3}, attributed: true}}]},
	'language.next': {from: timeline, changes: {lang: 'en'}},
	'help.open': {from: timeline, changes: {help: {top: 0}}},
	'help.close': {from: help, changes: {help: null}},
	'app.quit': {from: timeline, effects: [{kind: 'quit'}]},
	'finder.down': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 3, top: 0}}}},
	'finder.up': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 1, top: 0}}}},
	// All 21 rows fit the finder: a page down reaches the last record, a page up the first (row 0 is a heading).
	'finder.pageDown': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 20, top: 0}}}},
	'finder.pageUp': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 1, top: 0}}}},
	'finder.first': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 1, top: 0}}}},
	'finder.last': {from: finder, changes: {finder: {query: 'ka', cursor: {index: 20, top: 0}}}},
	'finder.accept': {from: finder, changes: {finder: null, focus: 'entities'}},
	'finder.close': {from: finder, changes: {finder: null, focus: 'timeline'}},
	'finder.erase': {from: finder, changes: {finder: {query: 'k', cursor: {index: 1, top: 0}}}},
	'finder.eraseWord': {from: run(timeline, embedded, 'finder.open', type('meutya haf')), changes: {finder: {query: 'meutya ', cursor: {index: 1, top: 0}}}},
	'finder.clear': {from: finder, changes: {finder: {query: '', cursor: {index: 0, top: 0}}}},
	'reader.open': {from: timeline, changes: {reader: expect.objectContaining({subject: {kind: 'event', id: 'meeting-nanning'}, current: 0})}},
	'reader.next': {from: reader, changes: {reader: expect.objectContaining({current: 1})}},
	'reader.previous': {from: reader, changes: {reader: expect.objectContaining({current: 2})}},
	'reader.search': {from: reader, changes: {reader: expect.objectContaining({prompt: ''})}},
	'reader.close': {from: reader, changes: {reader: null}},
	'readerSearch.accept': {from: searching, changes: {reader: expect.objectContaining({prompt: null, search: expect.objectContaining({query: 'posko'})})}},
	'readerSearch.cancel': {from: searching, changes: {reader: expect.objectContaining({prompt: null, search: null})}},
	'readerSearch.erase': {from: searching, changes: {reader: expect.objectContaining({prompt: 'posk'})}},
	'readerSearch.eraseWord': {from: run(reader, embedded, 'reader.search', {type: 'reader.type', text: 'posko siaga  '}), changes: {reader: expect.objectContaining({prompt: 'posko '})}},
	'readerSearch.clear': {from: run(searched, embedded, 'reader.search', {type: 'reader.type', text: 'x'}), changes: {reader: expect.objectContaining({prompt: ''})}},
};

describe('every command of the keymap', () => {
	it('has a case here', () => {
		expect(Object.keys(CASES).sort()).toEqual(Object.keys(COMMANDS).sort());
	});

	it.each(Object.entries(CASES))('%s changes the state it applies to, or asks the edge for its effects', (command, {from, changes, effects, data}) => {
		const after = runWithEffects(from, data ?? embedded, command as Command);
		if (changes) {
			expect(after.state).not.toEqual(from);
			expect(after.state).toMatchObject(changes);
		}
		expect(after.effects).toEqual(effects ?? []);
	});
});
