/** Every command the explorer's keys can give, each with the help text it must have. */

export const COMMANDS = {
	'focus.next': 'Focus the next pane',
	'focus.previous': 'Focus the previous pane',
	'cursor.down': 'Move down',
	'cursor.up': 'Move up',
	'cursor.first': 'Go to the first row',
	'cursor.last': 'Go to the last row',
	'cursor.pageDown': 'Move down a page',
	'cursor.pageUp': 'Move up a page',
	'selection.open': 'Open the selection in the detail pane; in the detail pane, follow the item',
	'detail.back': 'Go back to what the detail pane showed before',
	'finder.open': 'Find people, events, quotes',
	'filter.toggle': 'Filter the timeline to the selected entity\'s events, or clear the filter',
	'filter.clear': 'Clear the timeline filter',
	'quote.copy': 'Copy the quote (text only)',
	'quote.copyAttributed': 'Copy the quote with its attribution',
	'language.next': 'Switch the language of titles, summaries and descriptions',
	'help.open': 'Show every key',
	'help.close': 'Close the help',
	'app.quit': 'Quit',
	'finder.down': 'Next match',
	'finder.up': 'Previous match',
	'finder.accept': 'Show the highlighted match',
	'finder.close': 'Close the finder, keeping the selection as it was',
	'finder.erase': 'Delete the last character',
	'finder.clear': 'Clear the query',
} as const satisfies Record<string, string>;

export type Command = keyof typeof COMMANDS;
