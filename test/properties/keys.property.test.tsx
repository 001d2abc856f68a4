/**
 * Random sessions: key presses from the keymap, typed and pasted text, and resizes to any size,
 * driven through the same path as the App. After every step the state must hold together and
 * every line the views build must fit the terminal.
 */
import fc from 'fast-check';
import {renderToString} from 'ink';
import {stripVTControlCharacters} from 'node:util';
import {describe, expect, it} from 'vitest';
import {sliceOf} from '../../src/model/catalog.js';
import {validateDatasetValue} from '../../src/model/load.js';
import {createExplorerData, type ExplorerData} from '../../src/state/data.js';
import {detailItems} from '../../src/state/detail.js';
import {calculateLayout, SEPARATOR_COLUMNS} from '../../src/state/layout.js';
import {lineStartAt} from '../../src/model/article-window.js';
import {readerPage} from '../../src/state/reader-page.js';
import {readerText} from '../../src/state/reader.js';
import {helpLineCount} from '../../src/state/reducer.js';
import {finderRows, keyContext, selectedEntity, selectedEvent, visibleEvents} from '../../src/state/selectors.js';
import type {ListCursor, Ref, State} from '../../src/state/state.js';
import {footerLines, headerLines} from '../../src/ui/chrome.js';
import {lineText, type Line} from '../../src/ui/line.js';
import {detailLines, measureDetail} from '../../src/ui/panes/detail-lines.js';
import {entityRow} from '../../src/ui/panes/entity-lines.js';
import {helpLines} from '../../src/ui/panes/help-lines.js';
import {stringsFor} from '../../src/state/strings/index.js';
import {readerLines} from '../../src/ui/panes/reader-lines.js';
import {axisBase, axisLines, timelineRows} from '../../src/ui/panes/timeline-lines.js';
import {Screen} from '../../src/ui/Screen.js';
import {widthOf} from '../../src/text/fit.js';
import {step, validDataset, type Step} from './arbitraries.js';
import {embedded, start} from '../state/drive.js';
import {applyStep} from './session.js';

function exists(ref: Ref, data: ExplorerData): boolean {
	const {story} = data;
	const found = ref.kind === 'event' ? story.eventById(ref.id) : ref.kind === 'entity' ? story.entityById(ref.id) : story.quoteById(ref.id);
	return found !== undefined;
}

/** A list cursor on a row of the list, its row inside the visible window. */
function cursorProblems(name: string, cursor: ListCursor, length: number, rows: number): string[] {
	if (length === 0) return cursor.index === 0 && cursor.top === 0 ? [] : [`${name}: ${JSON.stringify(cursor)} in an empty list`];
	const ok = cursor.index >= 0 && cursor.index < length && cursor.top >= 0 && cursor.top <= cursor.index && cursor.index < cursor.top + rows;
	return ok ? [] : [`${name}: ${JSON.stringify(cursor)} in a list of ${length} showing ${rows} rows`];
}

/** Everything wrong with a state, for a terminal of `columns` × `rows`. */
function stateProblems(state: State, data: ExplorerData, columns: number, rows: number): string[] {
	const {layout} = state;
	const problems: string[] = [];
	const expected = calculateLayout(columns, rows, data.listWidth);
	if (JSON.stringify(layout) !== JSON.stringify(expected)) problems.push(`layout is not the one for ${columns}×${rows}`);
	const events = visibleEvents(state, data);
	problems.push(...cursorProblems('timeline', state.timeline, events.length, layout.timelineRows));
	problems.push(...cursorProblems('entities', state.entities, data.entityOrder.length, layout.entityRows));
	if (events.length > 0 && !selectedEvent(state, data)) problems.push('no event under the timeline cursor');
	if (data.entityOrder.length > 0 && !selectedEntity(state, data)) problems.push('no entity under the entity cursor');
	if (state.finder) problems.push(...cursorProblems('finder', state.finder.cursor, finderRows(state, data).length, layout.finderRows));
	if (state.detail.ref && !exists(state.detail.ref, data)) problems.push(`detail shows a missing ${JSON.stringify(state.detail.ref)}`);
	for (const back of state.detail.back) if (!exists(back.ref, data)) problems.push(`back history holds a missing ${JSON.stringify(back.ref)}`);
	const items = detailItems(data, state.detail.ref).length;
	if (state.detail.cursor < 0 || state.detail.cursor >= Math.max(1, items)) problems.push(`detail cursor ${state.detail.cursor} of ${items} items`);
	if (!layout.tooSmall) {
		const {total} = data.detailGeometry(state.detail.ref, state.lang, layout.detail.width);
		if (state.detail.top < 0 || state.detail.top > Math.max(0, total - layout.detailRows)) problems.push(`detail scrolled to ${state.detail.top} of ${total} lines showing ${layout.detailRows}`);
	}
	if (state.filter !== null && data.eventsInView(state.filter).length === 0) problems.push(`filter ${state.filter} leaves no event`);
	if (state.filter !== null && data.story.entityById(state.filter) === undefined) problems.push(`filter on a missing entity ${state.filter}`);
	if (state.help && (state.help.top < 0 || state.help.top > Math.max(0, helpLineCount(layout.columns, state.lang) - layout.helpRows))) problems.push(`help scrolled to ${state.help.top}`);
	if (state.reader) problems.push(...readerProblems(state, data));
	// The frame is one line shorter than the terminal, and the panes fill it exactly.
	if (layout.frameHeight !== rows - 1 && rows >= 1) problems.push(`frame of ${layout.frameHeight} lines in ${rows} rows`);
	if (!layout.tooSmall) {
		if (layout.bodyHeight !== layout.frameHeight - 4) problems.push('header, body and footer do not add up to the frame');
		if (layout.mode === 'wide' && layout.timeline.width + SEPARATOR_COLUMNS + layout.detail.width !== columns) problems.push('wide panes do not fill the width');
		if (layout.mode === 'wide' && layout.timeline.height + layout.entities.height !== layout.bodyHeight) problems.push('left panes do not fill the body');
		if (layout.mode === 'narrow' && layout.timeline.height + layout.detail.height !== layout.bodyHeight) problems.push('stacked panes do not fill the body');
	}
	return problems;
}

/** The reader at a line start within the text, at one of its anchors (or none), at a match of its search. */
function readerProblems(state: State, data: ExplorerData): string[] {
	const reader = state.reader!;
	const text = readerText(data, reader);
	const problems: string[] = [];
	if (reader.top < 0 || reader.top > text.length) problems.push(`reader top ${reader.top} outside a text of ${text.length}`);
	// Too small to draw, the reader keeps its place as it was (resizeReader) until the terminal grows.
	else if (!state.layout.tooSmall && lineStartAt(text, state.layout.readerMeasure, reader.top) !== reader.top) problems.push(`reader top ${reader.top} starts no line`);
	if (reader.current < -1 || reader.current >= reader.anchors.length || (reader.anchors.length > 0) !== (reader.current >= 0)) problems.push(`reader at anchor ${reader.current} of ${reader.anchors.length}`);
	const {search} = reader;
	if (search && (search.ordinal < 1 || search.ordinal > search.total || text.slice(search.match.start, search.match.end).toLowerCase() !== search.query.toLowerCase())) problems.push(`reader search ${JSON.stringify(search)}`);
	return problems;
}

/** Lines wider than the space they are drawn in, or holding a control character. */
function lineProblems(where: string, lines: readonly Line[], width: number): string[] {
	return lines.flatMap((line, i) => {
		const text = lineText(line);
		const problems = [];
		if (widthOf(text) > width) problems.push(`${where} line ${i} is ${widthOf(text)} columns wide in ${width}: ${JSON.stringify(text.slice(0, 80))}`);
		if (/[\x00-\x1f\x7f-\x9f]/.test(text)) problems.push(`${where} line ${i} holds a control: ${JSON.stringify(text.slice(0, 80))}`);
		return problems;
	});
}

/** What the views build for a state: every line within its pane's width, the frame within the terminal. */
function renderProblems(state: State, data: ExplorerData): string[] {
	const {layout} = state;
	const frame = stripVTControlCharacters(renderToString(<Screen state={state} data={data} />, {columns: layout.columns})).split('\n');
	const problems: string[] = [];
	// A one-row terminal still gets its one line of notice.
	if (frame.length > Math.max(1, layout.frameHeight)) problems.push(`the frame has ${frame.length} lines for ${layout.frameHeight}`);
	for (const [i, line] of frame.entries()) if (widthOf(line) > layout.columns) problems.push(`frame line ${i} is ${widthOf(line)} columns wide in ${layout.columns}`);
	if (layout.tooSmall) return problems;

	const {width: listWidth} = layout.timeline;
	const events = visibleEvents(state, data);
	const lang = state.lang;
	problems.push(
		...lineProblems('header', headerLines({data, events, filter: state.filter, lang, width: layout.columns}), layout.columns),
		...lineProblems('footer', footerLines(keyContext(state, data), state.status, layout.columns, lang), layout.columns),
		...lineProblems('timeline', timelineRows({events, cursor: state.timeline, rows: layout.timelineRows, width: listWidth, focused: true, lang, articleLang: data.story.article.language}), listWidth),
		...lineProblems('axis', axisLines(axisBase(events, listWidth, lang), selectedEvent(state, data), state.timeline.index, listWidth, lang), listWidth),
		...lineProblems('entities', sliceOf(data.entityOrder, state.entities.top, state.entities.top + layout.entityRows).map((entity) => entityRow(data.story, entity, {selected: false, focused: true, width: layout.entities.width, lang})), layout.entities.width),
		...lineProblems('detail', detailLines(data, state.detail.ref, {lang, width: layout.detail.width, cursor: state.detail.cursor, focused: true}).lines, layout.detail.width),
		...lineProblems('help', helpLines(layout.columns, stringsFor(lang)), layout.columns),
	);
	const page = readerPage(state, data);
	if (page) problems.push(...lineProblems('reader', readerLines(page, {title: 'Artikel', width: layout.reader.width, measure: layout.readerMeasure, rows: layout.readerRows}), layout.columns));
	return problems;
}

/** Run a session step by step, checking the state after each and the views at the end. */
function checkSession(data: ExplorerData, size: {columns: number; rows: number}, steps: readonly Step[]): void {
	let state = start(data, size);
	let {columns, rows} = size;
	expect(stateProblems(state, data, columns, rows)).toEqual([]);
	for (const [i, next] of steps.entries()) {
		const result = applyStep(state, next, data);
		state = result.state;
		if (next.kind === 'resize') ({columns, rows} = next);
		const problems = stateProblems(state, data, columns, rows);
		if (problems.length > 0) throw new Error(`after step ${i} (${JSON.stringify(next)}): ${problems.join('; ')}`);
		if (result.quit) break;
	}
	expect(renderProblems(state, data)).toEqual([]);
}

const size = fc.record({columns: fc.integer({min: 1, max: 250}), rows: fc.integer({min: 1, max: 80})});

describe('random sessions', () => {
	it('on the embedded story never throw, keep every cursor on a row and every reference on a record', () => {
		fc.assert(
			fc.property(size, fc.array(step, {maxLength: 60}), (start, steps) => checkSession(embedded, start, steps)),
			{
				numRuns: 100,
				// Found by a run: the reader opened ("a" of "space"), the terminal shrunk below drawing
				// size and grown back; the reader keeps its place meanwhile and rewraps when drawn again.
				examples: [[{columns: 60, rows: 16}, [{kind: 'key', press: {input: 'space', key: {}}}, {kind: 'resize', columns: 20, rows: 1}, {kind: 'resize', columns: 60, rows: 16}]]],
			},
		);
	});

	it('on random datasets do the same, and draw lines that fit', () => {
		const data = validDataset.map((dataset) => {
			const result = validateDatasetValue(dataset, {file: 'random.json'});
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			return createExplorerData(result.story, measureDetail);
		});
		fc.assert(
			fc.property(data, size, fc.array(step, {maxLength: 30}), (explorerData, start, steps) => checkSession(explorerData, start, steps)),
			{numRuns: 60},
		);
	});
});
