/**
 * A session without a terminal: the explorer's state driven by key presses and resizes exactly as
 * the App's input handler drives it (actionsForInput, then the reducer), with the edge's effects
 * answered at once.
 */
import type {ExplorerData} from '../../src/state/data.js';
import {actionsForInput} from '../../src/state/dispatch.js';
import {update} from '../../src/state/reducer.js';
import type {State} from '../../src/state/state.js';
import type {Key} from 'ink';
import type {Step} from './arbitraries.js';

const NO_FLAGS: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

/** Ink's full key object for the flags a step sets. */
const inkKey = (flags: Partial<Key>): Key => ({...NO_FLAGS, ...flags});

/** The state after one step; `quit` once the session asked to end. */
export function applyStep(state: State, step: Step, data: ExplorerData): {state: State; quit: boolean} {
	if (step.kind === 'resize') return {state: update(state, {type: 'resize', columns: step.columns, rows: step.rows}, data).state, quit: false};
	let next = state;
	for (const action of actionsForInput(step.press.input, inkKey(step.press.key), next, data)) {
		const {state: after, effects} = update(next, action, data);
		next = after;
		for (const effect of effects) {
			if (effect.kind === 'quit') return {state: next, quit: true};
			next = update(next, {type: 'effect.done', status: {text: 'copied', tone: 'success'}}, data).state;
		}
	}
	return {state: next, quit: false};
}
