/**
 * The one keymap: each binding pairs keys with a command, the help text and the short footer
 * label. The input dispatcher matches keys with it, the footer shows its enabled bindings, and
 * the help overlay lists all of it, so no key is ever named anywhere else. A binding whose `when`
 * is false for the current context neither matches nor shows.
 */
import {COMMANDS, type Command} from './commands.js';

/** Where the keyboard is: the mode decides which bindings exist at all. */
export type Mode = 'browse' | 'finder' | 'help' | 'reader' | 'readerSearch' | 'tooSmall';

/** What the bindings' `when` can look at; computed from the state by a selector. */
export interface KeyContext {
	readonly mode: Mode;
	readonly focus: 'timeline' | 'entities' | 'sources' | 'detail';
	readonly filterActive: boolean;
	readonly canFilter: boolean;
	readonly quoteAvailable: boolean;
	readonly canGoBack: boolean;
	readonly canOpen: boolean;
	readonly languageCount: number;
	/** How many articles the story has: the sources list is offered only when there are several. */
	readonly sourceCount: number;
	/** Whether the reader has anything for n/N to move between (mentions, or matches of a search). */
	readonly readerTargets: boolean;
}

export type Group = 'Move' | 'Panes' | 'Find & filter' | 'Quotes' | 'View' | 'Finder' | 'Reader' | 'Reader search' | 'Help';

/** The footer hints, by name; each language's words for them are in src/state/strings. */
export type Hint =
	| 'move' | 'pane' | 'open' | 'back' | 'sources' | 'article' | 'find' | 'filter' | 'clear filter' | 'copy' | 'cite'
	| 'scroll' | 'next/prev' | 'search' | 'clear' | 'cancel' | 'language' | 'help' | 'quit' | 'show' | 'close';

export interface Binding {
	readonly command: Command;
	/** Canonical key names: "j", "G", "down", "pagedown", "enter", "esc", "tab", "shift+tab", "ctrl+c"… */
	readonly keys: readonly string[];
	readonly modes: readonly Mode[];
	readonly group: Group;
	/** A short footer hint; bindings without one show only in the help overlay. */
	readonly hint?: Hint;
	/** The keys as the footer writes them, when they should read differently ("j/k" for up and down). */
	readonly hintKeys?: string;
	/**
	 * Whether the footer keeps the hint however narrow the terminal (quit, help, close, find; filter
	 * in the sources pane, where filtering to a source is what the pane is for); when
	 * even those do not all fit, the earliest in this table gives way first. The others give way
	 * from the last in this table: earlier bindings are the more useful.
	 */
	readonly keepHint?: boolean | ((context: KeyContext) => boolean);
	/** Whether the binding works now; a disabled binding neither matches nor shows. */
	readonly when?: (context: KeyContext) => boolean;
	/**
	 * Whether the footer offers it now. For keys that always answer (with a warning when there is
	 * nothing to act on) but are only worth offering when there is.
	 */
	readonly hintWhen?: (context: KeyContext) => boolean;
}

const BROWSE: readonly Mode[] = ['browse'];
const READER: readonly Mode[] = ['reader'];

export const KEYMAP: readonly Binding[] = [
	{command: 'cursor.down', keys: ['j', 'down'], modes: BROWSE, group: 'Move', hint: 'move', hintKeys: 'j/k'},
	{command: 'cursor.up', keys: ['k', 'up'], modes: BROWSE, group: 'Move'},
	{command: 'cursor.first', keys: ['g', 'home'], modes: BROWSE, group: 'Move'},
	{command: 'cursor.last', keys: ['G', 'end'], modes: BROWSE, group: 'Move'},
	{command: 'cursor.pageDown', keys: ['pagedown'], modes: BROWSE, group: 'Move'},
	{command: 'cursor.pageUp', keys: ['pageup'], modes: BROWSE, group: 'Move'},
	{command: 'focus.next', keys: ['tab'], modes: BROWSE, group: 'Panes', hint: 'pane'},
	{command: 'focus.previous', keys: ['shift+tab'], modes: BROWSE, group: 'Panes'},
	{command: 'selection.open', keys: ['enter'], modes: BROWSE, group: 'Panes', hint: 'open', when: (c) => c.canOpen},
	{command: 'detail.back', keys: ['backspace'], modes: BROWSE, group: 'Panes', hint: 'back', when: (c) => c.focus === 'detail' && c.canGoBack},
	// Listed in the help whatever the story, so it answers on a story of one source too (saying so), as `l` does.
	{command: 'sources.show', keys: ['s'], modes: BROWSE, group: 'Panes', hint: 'sources', when: (c) => c.focus !== 'sources', hintWhen: (c) => c.sourceCount > 1},
	{command: 'reader.open', keys: ['a'], modes: BROWSE, group: 'Panes', hint: 'article'},
	{command: 'finder.open', keys: ['/'], modes: BROWSE, group: 'Find & filter', hint: 'find', keepHint: true},
	{command: 'filter.toggle', keys: ['f'], modes: BROWSE, group: 'Find & filter', hint: 'filter', hintWhen: (c) => c.filterActive || c.canFilter, keepHint: (c) => c.focus === 'sources'},
	{command: 'filter.clear', keys: ['esc'], modes: BROWSE, group: 'Find & filter', hint: 'clear filter', when: (c) => c.filterActive},
	{command: 'quote.copy', keys: ['y'], modes: BROWSE, group: 'Quotes', hint: 'copy', hintWhen: (c) => c.quoteAvailable},
	{command: 'quote.copyAttributed', keys: ['Y'], modes: BROWSE, group: 'Quotes', hint: 'cite', hintWhen: (c) => c.quoteAvailable},
	{command: 'cursor.down', keys: ['j', 'down'], modes: READER, group: 'Reader', hint: 'scroll', hintKeys: 'j/k'},
	{command: 'cursor.up', keys: ['k', 'up'], modes: READER, group: 'Reader'},
	{command: 'cursor.pageDown', keys: ['pagedown', 'space'], modes: READER, group: 'Reader'},
	{command: 'cursor.pageUp', keys: ['pageup', 'b'], modes: READER, group: 'Reader'},
	{command: 'cursor.first', keys: ['g', 'home'], modes: READER, group: 'Reader'},
	{command: 'cursor.last', keys: ['G', 'end'], modes: READER, group: 'Reader'},
	{command: 'reader.next', keys: ['n'], modes: READER, group: 'Reader', hint: 'next/prev', hintKeys: 'n/N', when: (c) => c.readerTargets},
	{command: 'reader.previous', keys: ['N'], modes: READER, group: 'Reader', when: (c) => c.readerTargets},
	{command: 'reader.search', keys: ['/'], modes: READER, group: 'Reader', hint: 'search'},
	{command: 'reader.close', keys: ['esc', 'backspace'], modes: READER, group: 'Reader', hint: 'back', hintKeys: 'Esc', keepHint: true},
	{command: 'readerSearch.accept', keys: ['enter'], modes: ['readerSearch'], group: 'Reader search', hint: 'search'},
	{command: 'readerSearch.erase', keys: ['backspace'], modes: ['readerSearch'], group: 'Reader search'},
	{command: 'readerSearch.eraseWord', keys: ['ctrl+w', 'meta+backspace'], modes: ['readerSearch'], group: 'Reader search'},
	{command: 'readerSearch.clear', keys: ['ctrl+u'], modes: ['readerSearch'], group: 'Reader search', hint: 'clear'},
	{command: 'readerSearch.cancel', keys: ['esc'], modes: ['readerSearch'], group: 'Reader search', hint: 'cancel', keepHint: true},
	{command: 'language.next', keys: ['l'], modes: ['browse', 'reader'], group: 'View', hint: 'language', hintWhen: (c) => c.languageCount > 1},
	{command: 'help.open', keys: ['?'], modes: ['browse', 'reader'], group: 'View', hint: 'help', keepHint: true},
	{command: 'finder.down', keys: ['down', 'ctrl+n'], modes: ['finder'], group: 'Finder', hint: 'move', hintKeys: '↑/↓'},
	{command: 'finder.up', keys: ['up', 'ctrl+p'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.pageDown', keys: ['pagedown'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.pageUp', keys: ['pageup'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.first', keys: ['home'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.last', keys: ['end'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.accept', keys: ['enter'], modes: ['finder'], group: 'Finder', hint: 'show'},
	{command: 'finder.erase', keys: ['backspace'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.eraseWord', keys: ['ctrl+w', 'meta+backspace'], modes: ['finder'], group: 'Finder'},
	{command: 'finder.clear', keys: ['ctrl+u'], modes: ['finder'], group: 'Finder', hint: 'clear'},
	{command: 'finder.close', keys: ['esc'], modes: ['finder'], group: 'Finder', hint: 'close', keepHint: true},
	{command: 'cursor.down', keys: ['j', 'down'], modes: ['help'], group: 'Help', hint: 'scroll', hintKeys: 'j/k'},
	{command: 'cursor.up', keys: ['k', 'up'], modes: ['help'], group: 'Help'},
	// The help overlay pages with the lists' own keys, listed under its own group.
	{command: 'cursor.first', keys: ['g', 'home'], modes: ['help'], group: 'Help'},
	{command: 'cursor.last', keys: ['G', 'end'], modes: ['help'], group: 'Help'},
	{command: 'cursor.pageDown', keys: ['pagedown'], modes: ['help'], group: 'Help'},
	{command: 'cursor.pageUp', keys: ['pageup'], modes: ['help'], group: 'Help'},
	{command: 'help.close', keys: ['esc', '?'], modes: ['help'], group: 'Help', hint: 'close', keepHint: true},
	{command: 'app.quit', keys: ['q'], modes: ['browse', 'help', 'reader', 'tooSmall'], group: 'View', hint: 'quit', hintKeys: 'q', keepHint: true},
	{command: 'app.quit', keys: ['ctrl+c'], modes: ['browse', 'finder', 'help', 'reader', 'readerSearch', 'tooSmall'], group: 'View'},
];

/** The subset of Ink's key flags the keymap reads. */
export interface KeyPress {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly meta?: boolean;
}

/**
 * The canonical name of a key press. Ink 6 reports Backspace (0x7f) as `delete` and Escape with
 * `meta` set, so both are folded here, once.
 */
export function keyName(input: string, key: KeyPress): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	// Alt+Backspace (Esc, DEL) erases a word in a prompt: not Esc, which would close it.
	if (key.backspace || key.delete) return key.meta ? 'meta+backspace' : 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	// Alt+key (or Esc and a key at once) is its own key, not the key alone.
	if (key.meta) return `meta+${input}`;
	return input;
}

/** The binding that a key press triggers in this context, if any. */
export function matchKey(input: string, key: KeyPress, context: KeyContext): Binding | undefined {
	const name = keyName(input, key);
	return KEYMAP.find((binding) => binding.modes.includes(context.mode) && binding.keys.includes(name) && (binding.when?.(context) ?? true));
}

/** The bindings that work now, in keymap order. */
export function activeBindings(context: KeyContext): Binding[] {
	return KEYMAP.filter((binding) => binding.modes.includes(context.mode) && (binding.when?.(context) ?? true));
}

const KEY_LABELS: Record<string, string> = {
	up: '↑', down: '↓', left: '←', right: '→', pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End',
	enter: 'Enter', esc: 'Esc', tab: 'Tab', 'shift+tab': 'S-Tab', backspace: 'Bksp', space: 'Space',
};

/** How a key is written for people: "↓", "PgDn", "C-c". */
export function keyLabel(name: string): string {
	if (name.startsWith('ctrl+')) return `C-${name.slice(5)}`;
	if (name.startsWith('meta+')) return `M-${keyLabel(name.slice(5))}`;
	return KEY_LABELS[name] ?? name;
}

/** The keys of a command in a mode, as people write them ("Tab", "q/C-c"): for text that names a key. */
export function keysFor(command: Command, mode: Mode = 'browse'): string {
	return KEYMAP.filter((binding) => binding.command === command && binding.modes.includes(mode))
		.flatMap((binding) => binding.keys)
		.map(keyLabel)
		.join('/');
}

/** A footer hint: the keys, what they do, and whether it stays however narrow the footer. */
export interface FooterHint {
	readonly keys: string;
	readonly hint: Hint;
	readonly keep: boolean;
}

/** The footer: one hint per command that has one, with all of its keys ("j/↓ move"), in keymap order. */
export function footerHints(context: KeyContext): FooterHint[] {
	const seen = new Set<Command>();
	const hints: FooterHint[] = [];
	for (const binding of activeBindings(context)) {
		if (binding.hint === undefined || seen.has(binding.command) || !(binding.hintWhen?.(context) ?? true)) continue;
		seen.add(binding.command);
		const keys = activeBindings(context)
			.filter((other) => other.command === binding.command)
			.flatMap((other) => other.keys)
			.map(keyLabel);
		const keep = typeof binding.keepHint === 'function' ? binding.keepHint(context) : binding.keepHint === true;
		hints.push({keys: binding.hintKeys ?? keys.join('/'), hint: binding.hint, keep});
	}
	return hints;
}

/**
 * The help overlay's content: every binding of every mode, grouped, with its description (in
 * `descriptions`' language) and its keys as `label` writes them.
 */
export function helpSections(
	descriptions: Readonly<Record<Command, string>> = COMMANDS,
	label: (name: string) => string = keyLabel,
): {group: Group; rows: {keys: string; description: string}[]}[] {
	const groups = new Map<Group, Map<Command, string[]>>();
	for (const binding of KEYMAP) {
		const commands = groups.get(binding.group) ?? new Map<Command, string[]>();
		groups.set(binding.group, commands);
		const keys = commands.get(binding.command) ?? [];
		for (const key of binding.keys) if (!keys.includes(key)) keys.push(key);
		commands.set(binding.command, keys);
	}
	return [...groups].map(([group, commands]) => ({
		group,
		rows: [...commands].map(([command, keys]) => ({keys: keys.map(label).join(' '), description: descriptions[command]})),
	}));
}
