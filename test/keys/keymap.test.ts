import {describe, expect, it} from 'vitest';
import {COMMANDS, type Command} from '../../src/keys/commands.js';
import {activeBindings, footerHints, helpSections, keyLabel, keyName, KEYMAP, matchKey, type Binding, type KeyContext, type Mode} from '../../src/keys/keymap.js';
import {BROWSING} from './context.js';

const MODES: readonly Mode[] = ['browse', 'finder', 'help', 'reader', 'readerSearch', 'tooSmall'];

const commandFor = (input: string, key: Parameters<typeof keyName>[1], context: KeyContext = BROWSING) => matchKey(input, key, context)?.command;

/** Pairs of bindings that a key would reach in the same mode, as "mode key: a / b". */
function clashes(keymap: readonly Binding[]): string[] {
	const found: string[] = [];
	for (const mode of MODES) {
		const seen = new Map<string, Command>();
		for (const binding of keymap.filter((candidate) => candidate.modes.includes(mode))) {
			for (const key of binding.keys) {
				const other = seen.get(key);
				if (other !== undefined) found.push(`${mode} ${key}: ${other} / ${binding.command}`);
				seen.set(key, binding.command);
			}
		}
	}
	return found;
}

describe('keyName', () => {
	it('names every special key Ink reports', () => {
		expect(keyName('', {upArrow: true})).toBe('up');
		expect(keyName('', {downArrow: true})).toBe('down');
		expect(keyName('', {leftArrow: true})).toBe('left');
		expect(keyName('', {rightArrow: true})).toBe('right');
		expect(keyName('', {pageUp: true})).toBe('pageup');
		expect(keyName('', {pageDown: true})).toBe('pagedown');
		expect(keyName('', {home: true})).toBe('home');
		expect(keyName('', {end: true})).toBe('end');
		expect(keyName('\r', {return: true})).toBe('enter');
		expect(keyName('\t', {tab: true})).toBe('tab');
		expect(keyName('', {tab: true, shift: true})).toBe('shift+tab');
		expect(keyName('', {backspace: true})).toBe('backspace');
	});

	it('reads Ink 6\'s Backspace (reported as delete) as backspace, and its Escape (with meta) as esc', () => {
		expect(keyName('', {delete: true})).toBe('backspace');
		// Alt+Backspace (ESC DEL) is its own key: it erases a word in a prompt.
		expect(keyName('', {delete: true, meta: true})).toBe('meta+backspace');
		expect(keyName('', {escape: true, meta: true})).toBe('esc');
	});

	it('names control keys ctrl+letter in lower case, and leaves typed text as it is', () => {
		expect(keyName('c', {ctrl: true})).toBe('ctrl+c');
		expect(keyName('U', {ctrl: true})).toBe('ctrl+u');
		expect(keyName('G', {shift: true})).toBe('G');
		expect(keyName('/', {})).toBe('/');
		expect(keyName('meutia', {})).toBe('meutia');
	});

	it('writes keys for people', () => {
		expect(['down', 'pagedown', 'shift+tab', 'backspace', 'esc', 'ctrl+c', 'meta+backspace', 'j'].map(keyLabel)).toEqual(['↓', 'PgDn', 'S-Tab', 'Bksp', 'Esc', 'C-c', 'M-Bksp', 'j']);
	});
});

describe('matchKey', () => {
	it('gives the browse command in browse mode and the finder command in finder mode for the same key', () => {
		const finder = {...BROWSING, mode: 'finder'} as const;
		expect(commandFor('', {downArrow: true})).toBe('cursor.down');
		expect(commandFor('', {downArrow: true}, finder)).toBe('finder.down');
		expect(commandFor('', {return: true})).toBe('selection.open');
		expect(commandFor('', {return: true}, finder)).toBe('finder.accept');
		expect(commandFor('', {escape: true, meta: true}, finder)).toBe('finder.close');
		expect(commandFor('', {delete: true}, finder)).toBe('finder.erase');
		expect(commandFor('n', {ctrl: true}, finder)).toBe('finder.down');
		expect(commandFor('u', {ctrl: true}, finder)).toBe('finder.clear');
	});

	it('lets letters through as text in the finder: j, q and ? are not commands there', () => {
		const finder = {...BROWSING, mode: 'finder'} as const;
		for (const letter of ['j', 'k', 'q', '?', '/', 'f', 'y']) expect(commandFor(letter, {}, finder)).toBeUndefined();
		expect(commandFor('c', {ctrl: true}, finder)).toBe('app.quit');
	});

	it('maps every browse key to its command', () => {
		const pairs: [string, Parameters<typeof keyName>[1], Command][] = [
			['j', {}, 'cursor.down'], ['k', {}, 'cursor.up'], ['', {upArrow: true}, 'cursor.up'],
			['g', {}, 'cursor.first'], ['', {home: true}, 'cursor.first'], ['G', {shift: true}, 'cursor.last'], ['', {end: true}, 'cursor.last'],
			['', {pageDown: true}, 'cursor.pageDown'], ['', {pageUp: true}, 'cursor.pageUp'],
			['', {tab: true}, 'focus.next'], ['', {tab: true, shift: true}, 'focus.previous'],
			['/', {}, 'finder.open'], ['l', {}, 'language.next'], ['?', {}, 'help.open'], ['q', {}, 'app.quit'],
			['y', {}, 'quote.copy'], ['Y', {shift: true}, 'quote.copyAttributed'],
		];
		for (const [input, key, command] of pairs) expect([input, key, commandFor(input, key)]).toEqual([input, key, command]);
	});

	it('honours `when`: Enter needs something to open, Backspace a history in the detail pane', () => {
		expect(commandFor('', {return: true}, {...BROWSING, canOpen: false})).toBeUndefined();
		expect(commandFor('', {delete: true}, {...BROWSING, canGoBack: true})).toBeUndefined();
		expect(commandFor('', {delete: true}, {...BROWSING, focus: 'detail', canGoBack: false})).toBeUndefined();
		expect(commandFor('', {delete: true}, {...BROWSING, focus: 'detail', canGoBack: true})).toBe('detail.back');
	});

	it('honours `when`: Esc needs a filter to clear; l always answers (one language: the reducer says so)', () => {
		expect(commandFor('', {escape: true, meta: true})).toBeUndefined();
		expect(commandFor('', {escape: true, meta: true}, {...BROWSING, filterActive: true})).toBe('filter.clear');
		expect(commandFor('l', {}, {...BROWSING, languageCount: 1})).toBe('language.next');
	});

	it('f, y and Y always answer (the reducer warns when there is nothing to act on)', () => {
		const nothing = {...BROWSING, canFilter: false, filterActive: false, quoteAvailable: false};
		expect(commandFor('f', {}, nothing)).toBe('filter.toggle');
		expect(commandFor('y', {}, nothing)).toBe('quote.copy');
		expect(commandFor('Y', {shift: true}, nothing)).toBe('quote.copyAttributed');
	});

	it('in help mode only scrolling, closing and quitting work', () => {
		const help = {...BROWSING, mode: 'help'} as const;
		expect(commandFor('j', {}, help)).toBe('cursor.down');
		expect(commandFor('', {upArrow: true}, help)).toBe('cursor.up');
		expect(commandFor('?', {}, help)).toBe('help.close');
		expect(commandFor('', {escape: true, meta: true}, help)).toBe('help.close');
		expect(commandFor('q', {}, help)).toBe('app.quit');
		for (const [input, key] of [['', {tab: true}], ['/', {}], ['y', {}], ['', {return: true}]] as const) expect(commandFor(input, key, help)).toBeUndefined();
	});

	it('in a terminal too small, only q and C-c work', () => {
		const small = {...BROWSING, mode: 'tooSmall'} as const;
		expect(activeBindings(small).map((binding) => binding.command)).toEqual(['app.quit', 'app.quit']);
		expect(commandFor('q', {}, small)).toBe('app.quit');
		expect(commandFor('c', {ctrl: true}, small)).toBe('app.quit');
		expect(commandFor('j', {}, small)).toBeUndefined();
	});
});

describe('footerHints', () => {
	it('shows one hint per enabled command, all its keys together', () => {
		expect(footerHints(BROWSING)).toEqual([
			{keys: 'j/k', hint: 'move', keep: false},
			{keys: 'Tab', hint: 'pane', keep: false},
			{keys: 'Enter', hint: 'open', keep: false},
			{keys: 'a', hint: 'article', keep: false},
			{keys: '/', hint: 'find', keep: true},
			{keys: 'y', hint: 'copy', keep: false},
			{keys: 'Y', hint: 'cite', keep: false},
			{keys: 'l', hint: 'language', keep: false},
			{keys: '?', hint: 'help', keep: true},
			{keys: 'q', hint: 'quit', keep: true},
		]);
	});

	it('leaves out a disabled binding, and shows it once enabled', () => {
		const without = footerHints({...BROWSING, canOpen: false, languageCount: 1}).map((hint) => hint.hint);
		expect(without).not.toContain('open');
		expect(without).not.toContain('language');
		expect(without).not.toContain('back');
		const back = footerHints({...BROWSING, focus: 'detail', canGoBack: true}).map((hint) => `${hint.keys} ${hint.hint}`);
		expect(back).toContain('Bksp back');
	});

	it('a disabled binding neither matches nor shows', () => {
		const nothingToOpen = {...BROWSING, canOpen: false};
		expect(matchKey('', {return: true}, nothingToOpen)).toBeUndefined();
		expect(footerHints(nothingToOpen).map((hint) => hint.hint)).not.toContain('open');
		expect(activeBindings(nothingToOpen).map((binding) => binding.command)).not.toContain('selection.open');
		expect(footerHints(BROWSING).map((hint) => hint.hint)).toContain('open');
	});

	it('offers f, y and Y only when there is something for them to act on', () => {
		const nothing = footerHints({...BROWSING, quoteAvailable: false}).map((hint) => hint.hint);
		expect(nothing).not.toContain('filter');
		expect(nothing).not.toContain('copy');
		expect(nothing).not.toContain('cite');
		const filtering = footerHints({...BROWSING, filterActive: true}).map((hint) => `${hint.keys} ${hint.hint}`);
		expect(filtering).toEqual(expect.arrayContaining(['f filter', 'Esc clear filter']));
		expect(footerHints({...BROWSING, canFilter: true}).map((hint) => hint.hint)).toContain('filter');
	});

	it('in the finder shows its own keys; ctrl+c quits there but has no hint of its own', () => {
		expect(footerHints({...BROWSING, mode: 'finder'})).toEqual([
			{keys: '↑/↓', hint: 'move', keep: false},
			{keys: 'Enter', hint: 'show', keep: false},
			{keys: 'C-u', hint: 'clear', keep: false},
			{keys: 'Esc', hint: 'close', keep: true},
		]);
	});

	it('in help mode and when too small, the footer keeps close and quit (q; C-c is in the help)', () => {
		expect(footerHints({...BROWSING, mode: 'help'})).toEqual([
			{keys: 'j/k', hint: 'scroll', keep: false},
			{keys: 'Esc/?', hint: 'close', keep: true},
			{keys: 'q', hint: 'quit', keep: true},
		]);
		expect(footerHints({...BROWSING, mode: 'tooSmall'})).toEqual([{keys: 'q', hint: 'quit', keep: true}]);
	});
});

describe('helpSections', () => {
	const sections = helpSections();

	it('lists every command bound in a group exactly once there, with its description', () => {
		for (const section of sections) {
			const bound = [...new Set(KEYMAP.filter((binding) => binding.group === section.group).map((binding) => binding.command))];
			expect(section.rows.map((row) => row.description)).toEqual(bound.map((command) => COMMANDS[command]));
		}
		expect(sections.map((section) => section.group)).toEqual([...new Set(KEYMAP.map((binding) => binding.group))]);
	});

	it('lists the reader\'s keys and its search\'s apart (Esc and Backspace mean one thing in each), and the help\'s paging under Help', () => {
		const commands = (group: string) => sections.find((section) => section.group === group)!.rows.map((row) => row.description);
		expect(commands('Reader')).toContain(COMMANDS['reader.close']);
		expect(commands('Reader')).not.toContain(COMMANDS['readerSearch.cancel']);
		expect(commands('Reader search')).toEqual(expect.arrayContaining([COMMANDS['readerSearch.cancel'], COMMANDS['readerSearch.erase']]));
		expect(commands('Help')).toEqual(expect.arrayContaining([COMMANDS['cursor.first'], COMMANDS['cursor.last'], COMMANDS['cursor.pageDown'], COMMANDS['cursor.pageUp']]));
	});

	it('covers every command of commands.ts', () => {
		const described = new Set(sections.flatMap((section) => section.rows.map((row) => row.description)));
		for (const [command, description] of Object.entries(COMMANDS)) expect([command, described.has(description)]).toEqual([command, true]);
	});

	it('writes each command\'s keys once, from all of its bindings in the group', () => {
		const view = sections.find((section) => section.group === 'View')!;
		expect(view.rows).toContainEqual({keys: 'q C-c', description: 'Quit'});
		const move = sections.find((section) => section.group === 'Move')!;
		expect(move.rows[0]).toEqual({keys: 'j ↓', description: 'Move down'});
		const finder = sections.find((section) => section.group === 'Finder')!;
		expect(finder.rows).toContainEqual({keys: 'Bksp', description: 'Delete the last character'});
	});
});

describe('the keymap', () => {
	it('has no two bindings in one mode on the same key', () => {
		expect(clashes(KEYMAP)).toEqual([]);
	});

	it('would be caught if two did share a key', () => {
		const clashing: Binding[] = [...KEYMAP, {command: 'language.next', keys: ['y'], modes: ['browse'], group: 'View'}];
		expect(clashes(clashing)).toEqual(['browse y: quote.copy / language.next']);
	});

	it('binds only canonical key names', () => {
		const canonical = /^(?:[\x21-\x7e]|up|down|left|right|pageup|pagedown|home|end|enter|esc|tab|shift\+tab|backspace|meta\+backspace|space|ctrl\+[a-z])$/;
		for (const key of KEYMAP.flatMap((binding) => binding.keys)) expect(key).toMatch(canonical);
	});
});

describe('Alt and a key', () => {
	it('is not the key alone', async () => {
		const {keyName} = await import('../../src/keys/keymap.js');
		expect(keyName('f', {meta: true})).toBe('meta+f');
		expect(keyName('', {escape: true, meta: true})).toBe('esc');
	});
});

describe('keysFor', () => {
	it('names a command\'s keys as the footer does, for text that must mention a key', async () => {
		const {keysFor} = await import('../../src/keys/keymap.js');
		expect(keysFor('focus.next')).toBe('Tab');
		expect(keysFor('focus.previous')).toBe('S-Tab');
		expect(keysFor('app.quit', 'tooSmall')).toBe('q/C-c');
	});
});
