import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import type {Command} from '../../src/keys/commands.js';
import type {Action} from '../../src/state/actions.js';
import {actionForKey, actionsForInput} from '../../src/state/dispatch.js';
import type {State} from '../../src/state/state.js';
import {embedded, run, start, type} from './drive.js';

const NO_KEY: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (flags: Partial<Key> = {}): Key => ({...NO_KEY, ...flags});
const command = (name: Command): Action => ({type: 'command', command: name});

const browsing = start(embedded);
const finding = run(browsing, embedded, 'finder.open');

describe('actionForKey', () => {
	it('turns a bound key into its command', () => {
		expect(actionForKey('j', key(), browsing, embedded)).toEqual(command('cursor.down'));
		expect(actionForKey('', key({tab: true, shift: true}), browsing, embedded)).toEqual(command('focus.previous'));
		expect(actionForKey('', key({downArrow: true}), finding, embedded)).toEqual(command('finder.down'));
		expect(actionForKey('', key({delete: true}), finding, embedded)).toEqual(command('finder.erase'));
	});

	it('sends typed text to the finder only in finder mode', () => {
		expect(actionForKey('j', key(), finding, embedded)).toEqual(type('j'));
		expect(actionForKey('meutia', key(), finding, embedded)).toEqual(type('meutia'));
		expect(actionForKey('x', key(), browsing, embedded)).toBeUndefined();
		expect(actionForKey('meutia', key(), browsing, embedded)).toBeUndefined();
		const help = run(browsing, embedded, 'help.open');
		expect(actionForKey('x', key(), help, embedded)).toBeUndefined();
	});

	it('never types ctrl or meta keys, nor keys without text', () => {
		expect(actionForKey('a', key({ctrl: true}), finding, embedded)).toBeUndefined();
		expect(actionForKey('a', key({meta: true}), finding, embedded)).toBeUndefined();
		expect(actionForKey('', key({leftArrow: true}), finding, embedded)).toBeUndefined();
		expect(actionForKey('c', key({ctrl: true}), finding, embedded)).toEqual(command('app.quit'));
	});

	it('follows the keymap\'s conditions: Backspace goes back only in the detail pane after following', () => {
		expect(actionForKey('', key({delete: true}), browsing, embedded)).toBeUndefined();
		const followed = run(browsing, embedded, 'selection.open', 'selection.open');
		expect(actionForKey('', key({delete: true}), followed, embedded)).toEqual(command('detail.back'));
		expect(actionForKey('', key({escape: true, meta: true}), browsing, embedded)).toBeUndefined();
	});

	it('when the terminal is too small, browse keys do nothing and q still quits', () => {
		const small = run(browsing, embedded, {type: 'resize', columns: 59, rows: 16});
		for (const input of ['j', '/', 'f', 'y', '?', 'l']) expect(actionForKey(input, key(), small, embedded)).toBeUndefined();
		expect(actionForKey('', key({tab: true}), small, embedded)).toBeUndefined();
		expect(actionForKey('q', key(), small, embedded)).toEqual(command('app.quit'));
	});
});

describe('actionsForInput', () => {
	const replay = (state: State, actions: readonly Action[]) => run(state, embedded, ...actions);

	it('reads a chunk of browse keys as one key each', () => {
		expect(actionsForInput('jjG', key(), browsing, embedded)).toEqual([command('cursor.down'), command('cursor.down'), command('cursor.last')]);
	});

	it('keeps text typed into the finder whole, and reads Enter inside a chunk as a key', () => {
		const actions = actionsForInput('/meutia\r', key(), browsing, embedded);
		expect(actions).toEqual([command('finder.open'), type('meutia'), command('finder.accept')]);
		expect(replay(browsing, actions).detail.ref).toEqual({kind: 'entity', id: 'meutya-hafid'});
	});

	it('gives a single key the same action as actionForKey', () => {
		expect(actionsForInput('j', key(), browsing, embedded)).toEqual([command('cursor.down')]);
		expect(actionsForInput('x', key(), browsing, embedded)).toEqual([]);
	});
});

describe('Alt+Backspace (ESC DEL)', () => {
	it('erases a word in the finder', () => {
		const typed = run(finding, embedded, type('meutia hafid'));
		expect(actionsForInput('', key({delete: true, meta: true}), typed, embedded)).toEqual([command('finder.eraseWord')]);
	});

	it('is Esc then Backspace where it erases nothing: the two keys read together', () => {
		const filtered = run(browsing, embedded, 'focus.next', 'filter.toggle');
		const actions = actionsForInput('', key({delete: true, meta: true}), filtered, embedded);
		expect(actions).toEqual([actionForKey('', key({escape: true, meta: true}), filtered, embedded), actionForKey('', key({delete: true}), run(filtered, embedded, 'filter.clear'), embedded)].filter(Boolean));
		expect(actions[0]).toEqual(command('filter.clear'));
	});
});

