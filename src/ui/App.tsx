/**
 * The root of the explorer: holds the state, routes every key through the one keymap to the
 * reducer, follows the terminal's size, and does the pending effects (copy, quit) at the edge.
 */
import {useApp, useInput, useStdout, type Key} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {matchKey} from '../keys/keymap.js';
import {codePointLength} from '../model/codepoints.js';
import type {Action} from '../state/actions.js';
import type {ExplorerData} from '../state/data.js';
import {reduce} from '../state/reducer.js';
import {keyContext, modeOf} from '../state/selectors.js';
import {initialState, type State, type Status} from '../state/state.js';
import {ColourContext} from './colour.js';
import {Screen} from './Screen.js';

/** What copying achieved, for the status line (the clipboard module's result is one). */
export interface CopyOutcome {
	readonly ok: boolean;
	/** How it was delivered ("sent to the terminal (OSC 52)"), or why nothing could take it ("No clipboard: …"). */
	readonly message: string;
}

export interface AppProps {
	readonly data: ExplorerData;
	/** Puts text on the clipboard; never rejects. */
	readonly copy: (text: string) => Promise<CopyOutcome>;
	/** The language to start in; the article's own by default. */
	readonly lang?: string | undefined;
	/** Whether to draw colours (false under NO_COLOR); true by default. */
	readonly colour?: boolean | undefined;
}

/** The status after a copy: "Copied quote by Meutya Hafid (142 chars): sent to …", or why it failed. */
export function copyStatus(label: string, text: string, outcome: CopyOutcome): Status {
	if (!outcome.ok) return {text: outcome.message, tone: 'error'};
	return {text: `Copied ${label} (${codePointLength(text)} chars): ${outcome.message}`, tone: 'success'};
}

/** The action a key press gives in this state, if any: a keymap command, or text for the finder. */
export function actionForKey(input: string, key: Key, state: State, data: ExplorerData): Action | undefined {
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
const CHARACTER_KEYS: Record<string, Partial<Key>> = {'\r': {return: true}, '\n': {return: true}, '\t': {tab: true}, '\x7f': {delete: true}, '\b': {backspace: true}};

/** The key a character of a chunk stands for: Enter, Tab, Backspace, or Ctrl and a letter (Ctrl-C is 0x03). */
function characterKey(char: string): {input: string; key: Partial<Key>} | undefined {
	const named = CHARACTER_KEYS[char];
	if (named) return {input: '', key: named};
	const code = char.charCodeAt(0);
	// Ink reports a control character alone as its letter with ctrl; ESC never arrives inside a chunk.
	if (code > 0 && code < 0x20 && code !== 0x1b) return {input: String.fromCharCode(code + 0x60), key: {ctrl: true}};
	return undefined;
}

/**
 * The actions for one chunk of input. Keys typed faster than they are read (or sent by a script,
 * or pasted) arrive as one string, "/meutia\r": each character is a key of its own, matched
 * against the state the previous ones left, except that text typed into a prompt stays whole.
 */
export function actionsForInput(input: string, key: Key, state: State, data: ExplorerData): Action[] {
	const chars = Array.from(input);
	if (chars.length <= 1 || key.ctrl || key.meta) {
		const action = actionForKey(input, key, state, data);
		return action ? [action] : [];
	}
	const plain: Key = {...key, shift: false, return: false, tab: false, delete: false, backspace: false};
	const actions: Action[] = [];
	let current = state;
	let text = '';
	const apply = (action: Action | undefined) => {
		if (!action) return;
		actions.push(action);
		current = reduce(current, action, data);
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

export function App({data, copy, lang, colour = true}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	// The state lives in a ref that every action updates at once, and React is told after. Two
	// chunks of input can arrive before React renders again ("a" then "/"): the second must be
	// matched against the state the first left (the reader's search), not the last one drawn.
	const latest = useRef<State | null>(null);
	latest.current ??= initialState({lang: lang ?? data.story.article.language, columns: stdout.columns, rows: stdout.rows, firstEvent: data.story.events.at(0)?.id, listWidth: data.listWidth});
	const [state, setState] = useState(latest.current);
	const dispatch = useCallback(
		(action: Action) => {
			latest.current = reduce(latest.current!, action, data);
			setState(latest.current);
		},
		[data],
	);

	useInput((input, key) => {
		for (const action of actionsForInput(input, key, latest.current!, data)) dispatch(action);
	});

	// The finder's index takes a tenth of a second at 100,000 entities: build it once the first
	// frame is up, rather than before it or on the first keystroke in the finder.
	useEffect(() => {
		const timer = setTimeout(() => data.prepareSearch(), 0);
		return () => clearTimeout(timer);
	}, [data]);

	useEffect(() => {
		const onResize = () => dispatch({type: 'resize', columns: stdout.columns, rows: stdout.rows});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	const {pending} = state;
	useEffect(() => {
		if (!pending) return;
		if (pending.kind === 'quit') {
			exit();
			return;
		}
		// A copy that finishes after the explorer has gone (y then q) has no one left to tell.
		let mounted = true;
		void copy(pending.text).then((outcome) => {
			if (mounted) dispatch({type: 'effect.done', status: copyStatus(pending.label, pending.text, outcome)});
		});
		return () => {
			mounted = false;
		};
	}, [pending, copy, exit]);

	return (
		<ColourContext.Provider value={colour}>
			<Screen state={state} data={data} />
		</ColourContext.Provider>
	);
}
