/**
 * The root of the explorer: holds the state, routes every key (through the dispatcher and the one
 * keymap) and every paste to the reducer, follows the terminal's size, and does the effects the
 * reducer asks for (copy, quit) at the edge, each in order.
 */
import {useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Steps} from '../model/steps.js';
import type {PasteSource} from '../platform/terminal-input.js';
import type {Action} from '../state/actions.js';
import type {ExplorerData} from '../state/data.js';
import {actionsForInput} from '../state/dispatch.js';
import {update} from '../state/reducer.js';
import {startLanguage} from '../state/language.js';
import {initialState, type State} from '../state/state.js';
import {stringsFor} from '../state/strings/index.js';
import {ColourContext} from './colour.js';
import {copyStatus, type CopyOutcome} from './copy-status.js';
import {Screen} from './Screen.js';

export type {CopyOutcome} from './copy-status.js';

export interface AppProps {
	readonly data: ExplorerData;
	/** Puts text on the clipboard; never rejects. */
	readonly copy: (text: string) => Promise<CopyOutcome>;
	/** The language to start in; the article's own by default. */
	readonly lang?: string | undefined;
	/** Whether to draw colours (false under NO_COLOR); true by default. */
	readonly colour?: boolean | undefined;
	/** Where bracketed pastes come from (the terminal's input, split before Ink reads it); none by default. */
	readonly pastes?: PasteSource | undefined;
}

/** How long the finder searches before it reads the keys that came meanwhile. */
const SEARCH_SLICE_MS = 16;

export function App({data, copy, lang, colour = true, pastes}: AppProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	// The state lives in a ref that every action updates at once, and React is told after. Two
	// chunks of input can arrive before React renders again ("a" then "/"): the second must be
	// matched against the state the first left (the reader's search), not the last one drawn.
	const latest = useRef<State | null>(null);
	if (!latest.current) {
		const start = startLanguage(lang, data.story.languages, data.story.article.language);
		latest.current = initialState({...start, columns: stdout.columns, rows: stdout.rows, firstEvent: data.story.events.at(0)?.id, listWidth: data.listWidth});
	}
	const [state, setState] = useState(latest.current);
	// Copies run one after another, so their outcomes reach the status line in the order asked.
	const copies = useRef<Promise<void>>(Promise.resolve());
	// A copy that finishes after the explorer has gone (y then q) has no one left to tell.
	const mounted = useRef(true);
	// The finder's search: its next slice, waiting for the keys that came meanwhile, and the search under way (see dispatch).
	const searching = useRef<ReturnType<typeof setTimeout> | null>(null);
	const underWay = useRef<{readonly query: string; readonly steps: Steps<unknown>; begun: number} | null>(null);
	useEffect(() => {
		mounted.current = true;
		return () => {
			mounted.current = false;
			if (searching.current) clearTimeout(searching.current);
		};
	}, []);

	const dispatch = useCallback(
		function dispatch(action: Action) {
			const next = update(latest.current!, action, data);
			latest.current = next.state;
			setState(next.state);
			// A query without its results is searched in slices of a few milliseconds, for whatever query
			// the keys read by then leave: keys are read between slices (so they show at once), a burst
			// of them (typing, a held Backspace, C-u) costs one search, and a search for a query typed
			// over is dropped where it is.
			const query = next.state.finder?.query ?? '';
			if (query.trim() !== '' && data.found(query) === undefined && searching.current === null) {
				const slice = () => {
					searching.current = null;
					// Trimmed, as the finder searches: a space typed after a word does not start the search again.
					const now = (latest.current?.finder?.query ?? '').trim();
					if (!mounted.current || now === '' || data.found(now) !== undefined) {
						underWay.current = null;
						return;
					}
					// A search is resumed only if none other has begun since its last slice (Enter searches at
					// once): they share their scratch.
					if (underWay.current?.query !== now || underWay.current.begun !== data.searchesBegun()) underWay.current = {query: now, steps: data.findInSteps(now), begun: -1};
					const until = performance.now() + SEARCH_SLICE_MS;
					while (performance.now() < until) {
						if (underWay.current.steps.next().done) {
							underWay.current = null;
							dispatch({type: 'finder.found'});
							return;
						}
					}
					underWay.current.begun = data.searchesBegun();
					searching.current = setTimeout(slice, 0);
				};
				searching.current = setTimeout(slice, 0);
			}
			// Each effect in order: a quit at once; a copy after the copies before it.
			for (const effect of next.effects) {
				if (effect.kind === 'quit') {
					exit();
					continue;
				}
				copies.current = copies.current.then(async () => {
					const outcome = await copy(effect.text);
					if (mounted.current) dispatch({type: 'effect.done', status: copyStatus(effect.quote, effect.text, outcome, stringsFor(latest.current!.lang))});
				});
			}
		},
		[data, copy, exit],
	);

	useInput((input, key) => {
		for (const action of actionsForInput(input, key, latest.current!, data)) dispatch(action);
	});

	useEffect(() => pastes?.onPaste((text) => dispatch({type: 'paste', text})), [pastes, dispatch]);

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
	}, [stdout, dispatch]);

	return (
		<ColourContext.Provider value={colour}>
			<Screen state={state} data={data} />
		</ColourContext.Provider>
	);
}
