/** The explorer's data for the test stories, and a way to drive the reducer with commands and actions. */
import type {Command} from '../../src/keys/commands.js';
import type {Action} from '../../src/state/actions.js';
import {sliceOf, type List} from '../../src/model/catalog.js';
import {createExplorerData, type ExplorerData} from '../../src/state/data.js';
import {revealCursor} from '../../src/state/detail-window.js';
import {update} from '../../src/state/reducer.js';
import {initialState, type Effect, type State} from '../../src/state/state.js';
import {EMBEDDED_DATASET, loadStory, SECOND_DATASET, SOURCES_DATASET} from '../helpers/datasets.js';
import {measureDetail} from '../../src/ui/panes/detail-lines.js';

/** The embedded Koran Jakarta story. */
export const embedded = createExplorerData(loadStory(EMBEDDED_DATASET), measureDetail);
/** The second fixture: the Semarang tidal flood. */
export const second = createExplorerData(loadStory(SECOND_DATASET), measureDetail);
/** A story of three articles by invented outlets. */
export const sourced = createExplorerData(loadStory(SOURCES_DATASET), measureDetail);

/** The state the explorer starts in for a story: at 120×36 in the article's language unless told. */
export function start(data: ExplorerData, options: {readonly columns?: number; readonly rows?: number; readonly lang?: string} = {}): State {
	const {columns = 120, rows = 36, lang = data.story.article.language} = options;
	return initialState({lang, columns, rows, firstEvent: data.story.events.at(0)?.id, listWidth: data.listWidth});
}

type Step = Command | Action;
const actionOf = (step: Step): Action => (typeof step === 'string' ? {type: 'command', command: step} : step);

/**
 * One step as the explorer takes it: the action, then, as the edge does once the keys are in
 * (App.tsx), the search for a finder query whose results are not at hand, and `finder.found`.
 */
function step(state: State, data: ExplorerData, action: Action): {state: State; effects: readonly Effect[]} {
	const next = update(state, action, data);
	const query = next.state.finder?.query ?? '';
	if (query.trim() === '' || data.found(query) !== undefined) return next;
	data.find(query);
	return {state: update(next.state, {type: 'finder.found'}, data).state, effects: next.effects};
}

/** The state after each step in turn: a command name, or a whole action. */
export function run(state: State, data: ExplorerData, ...steps: readonly Step[]): State {
	return steps.reduce<State>((current, each) => step(current, data, actionOf(each)).state, state);
}

/** Every effect the steps ask the edge for, in order, and the state they leave. */
export function runWithEffects(state: State, data: ExplorerData, ...steps: readonly Step[]): {state: State; effects: Effect[]} {
	const effects: Effect[] = [];
	let current = state;
	for (const each of steps) {
		const next = step(current, data, actionOf(each));
		effects.push(...next.effects);
		current = next.state;
	}
	return {state: current, effects};
}

/** Every effect the steps ask the edge for, in order. */
export const effectsOf = (state: State, data: ExplorerData, ...steps: readonly Step[]): Effect[] => runWithEffects(state, data, ...steps).effects;

/** Text typed into the finder. */
export const type = (text: string): Action => ({type: 'finder.type', text});

/** The ids of a list of records (an array or a List). */
export const ids = (records: List<{readonly id: string}>): string[] => sliceOf(records).map((record) => record.id);

/** The state with the detail pane's cursor on item `cursor` of `ref`, scrolled so it shows, as moving there leaves it. */
export function onDetailItem(state: State, data: ExplorerData, ref: NonNullable<State['detail']['ref']>, cursor: number): State {
	const window = {cursor, top: 0};
	const geometry = data.detailGeometry(ref, state.lang, state.layout.detail.width);
	return {...state, detail: {ref, back: [], ...(revealCursor(window, geometry, state.layout.detailRows) ?? window)}};
}
