import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {actionsForInput} from '../../src/state/dispatch.js';
import {embedded, start} from './drive.js';

const NO_KEY = {ctrl: false, meta: false, shift: false, return: false, tab: false, delete: false, backspace: false} as Key;
const browsing = start(embedded);

// A person pressing Ctrl-C while keys are still queued (typing fast, holding j, a slow frame):
// the terminal delivers the control character inside the same chunk as the keys before it.
describe('a control character inside a chunk of keys', () => {
	it('is the Ctrl key it stands for: Ctrl-C after typing into the finder quits', () => {
		expect(actionsForInput('/m\x03', NO_KEY, browsing, embedded).at(-1)).toEqual({type: 'command', command: 'app.quit'});
	});

	it('is a key in browsing too: Ctrl-C after a run of j quits', () => {
		expect(actionsForInput('jjj\x03', NO_KEY, browsing, embedded).map((action) => action.type === 'command' && action.command)).toEqual([
			'cursor.down',
			'cursor.down',
			'cursor.down',
			'app.quit',
		]);
	});

	it('is never typed into the finder\'s query: Ctrl-U clears it', () => {
		const actions = actionsForInput('/meu\x15ti', NO_KEY, browsing, embedded);
		expect(actions).toEqual([
			{type: 'command', command: 'finder.open'},
			{type: 'finder.type', text: 'meu'},
			{type: 'command', command: 'finder.clear'},
			{type: 'finder.type', text: 'ti'},
		]);
	});
});
