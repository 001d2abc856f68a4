/**
 * The key dispatcher: what a key press, or a chunk of keys read at once, asks of the explorer in
 * the state it finds. Every key is matched through the one keymap; text goes to the open prompt.
 * Pure: the App hands it what Ink read, and gives the actions to the reducer.
 */
import {matchKey, type KeyPress} from '../keys/keymap.js';
import type {Action} from './actions.js';
import type {ExplorerData} from './data.js';
import {update} from './reducer.js';
import {keyContext, modeOf} from './selectors.js';
import type {State} from './state.js';

/** The action a key press gives in this state, if any: a keymap command, or text for the finder. */
export function actionForKey(input: string, key: KeyPress, state: State, data: ExplorerData): Action | undefined {
	const binding = matchKey(input, key, keyContext(state, data));
	if (binding) return {type: 'command', command: binding.command};
	if (!key.ctrl && !key.meta && input !== '') return typed(state, input);
	return undefined;
}

/** Text for whichever prompt is open (the finder's query, the reader's search), if one is. */
function typed(state: State, text: string): Action | undefined {
	const mode = modeOf(state);
	if (mode === 'finder') return {type: 'finder.type', text};
	if (mode === 'readerSearch') return {type: 'reader.type', text};
	return undefined;
}

/** Keys a chunk of input can hold as plain characters, as Ink would report them alone. */
const CHARACTER_KEYS: Record<string, KeyPress> = {'\r': {return: true}, '\n': {return: true}, '\t': {tab: true}, '\x7f': {delete: true}, '\b': {backspace: true}};

/** The key a character of a chunk stands for: Enter, Tab, Backspace, or Ctrl and a letter (Ctrl-C is 0x03). */
function characterKey(char: string): {input: string; key: KeyPress} | undefined {
	const named = CHARACTER_KEYS[char];
	if (named) return {input: '', key: named};
	const code = char.charCodeAt(0);
	// Ink reports a control character alone as its letter with ctrl; ESC never arrives inside a chunk.
	if (code > 0 && code < 0x20 && code !== 0x1b) return {input: String.fromCharCode(code + 0x60), key: {ctrl: true}};
	return undefined;
}

/**
 * The actions for one chunk of input. Keys typed faster than they are read (or sent by a script)
 * arrive as one string, "/meutia\r": each character is a key of its own, matched against the
 * state the previous ones left, except that text typed into a prompt stays whole. (A paste comes
 * apart from keys, as a `paste` action: see platform/terminal-input.ts.)
 */
export function actionsForInput(input: string, key: KeyPress, state: State, data: ExplorerData): Action[] {
	// Esc then Backspace read together reach Ink as Alt+Backspace: where that erases no word, they are the two keys.
	if ((key.delete || key.backspace) && key.meta && !matchKey(input, key, keyContext(state, data))) {
		const afterEscape = actionForKey('', {escape: true, meta: true}, state, data);
		const next = afterEscape ? update(state, afterEscape, data).state : state;
		return [afterEscape, actionForKey('', {delete: true}, next, data)].filter((action): action is Action => action !== undefined);
	}
	const chars = Array.from(input);
	if (chars.length <= 1 || key.ctrl || key.meta) {
		const action = actionForKey(input, key, state, data);
		return action ? [action] : [];
	}
	const plain: KeyPress = {...key, shift: false, return: false, tab: false, delete: false, backspace: false};
	const actions: Action[] = [];
	let current = state;
	let text = '';
	const apply = (action: Action | undefined) => {
		if (!action) return;
		actions.push(action);
		current = update(current, action, data).state;
	};
	const flushText = () => {
		if (text) apply(typed(current, text));
		text = '';
	};
	for (const char of chars) {
		const special = characterKey(char);
		if (!special && typed(current, char) !== undefined) {
			text += char;
			continue;
		}
		flushText();
		apply(special ? actionForKey(special.input, {...plain, ...special.key}, current, data) : actionForKey(char, {...plain, shift: char !== char.toLowerCase()}, current, data));
	}
	flushText();
	return actions;
}
