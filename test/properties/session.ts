/**
 * A session without a terminal: the explorer's state driven by key presses and resizes exactly as
 * the App's input handler drives it (runs of keys split, each matched by the keymap and reduced),
 * with the edge's effects answered at once.
 */
import {splitKeyPresses} from '../../src/keys/key-chunks.js';
import type {ExplorerData} from '../../src/state/data.js';
import {reduce} from '../../src/state/reducer.js';
import {initialState, type State} from '../../src/state/state.js';
import {actionForKey} from '../../src/ui/App.js';
import type {Step} from './arbitraries.js';

/** The state before any key, in a terminal of this size. */
export function startState(data: ExplorerData, columns: number, rows: number): State {
	return initialState({lang: data.story.article.language, columns, rows, firstEvent: data.story.events[0]?.id});
}

/** The state after one step; `quit` once the session asked to end. */
export function applyStep(state: State, step: Step, data: ExplorerData): {state: State; quit: boolean} {
	if (step.kind === 'resize') return {state: reduce(state, {type: 'resize', columns: step.columns, rows: step.rows}, data), quit: false};
	let next = state;
	for (const press of splitKeyPresses(step.press.input, step.press.key)) {
		const action = actionForKey(press.input, press.key, next, data);
		if (action) next = reduce(next, action, data);
	}
	if (next.pending?.kind === 'quit') return {state: next, quit: true};
	if (next.pending?.kind === 'copy') next = reduce(next, {type: 'effect.done', status: {text: 'copied', tone: 'success'}}, data);
	return {state: next, quit: false};
}
