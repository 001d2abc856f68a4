/** Everything that can happen to the explorer's state. */
import type {Command} from '../keys/commands.js';
import type {Status} from './state.js';

export type Action =
	/** A key matched a binding in the keymap. */
	| {readonly type: 'command'; readonly command: Command}
	/** Text typed (or pasted) into the finder's query. */
	| {readonly type: 'finder.type'; readonly text: string}
	/** Text typed (or pasted) into the reader's search. */
	| {readonly type: 'reader.type'; readonly text: string}
	/** Text pasted (a bracketed paste): it goes into an open prompt, and is never read as keys. */
	| {readonly type: 'paste'; readonly text: string}
	/** The terminal changed size. */
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	/** The edge found the results of the finder's query (searched once the keys typed meanwhile were in). */
	| {readonly type: 'finder.found'}
	/** The edge finished an effect; its outcome for the status line. */
	| {readonly type: 'effect.done'; readonly status?: Status};
