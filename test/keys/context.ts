/** The key context of the explorer as it starts (asserted in test/state/selectors.test.ts), to vary in tests. */
import type {KeyContext} from '../../src/keys/keymap.js';

export const BROWSING: KeyContext = {
	mode: 'browse',
	focus: 'timeline',
	filterActive: false,
	canFilter: false,
	quoteAvailable: true,
	canGoBack: false,
	canOpen: true,
	languageCount: 2,
	readerTargets: false,
};
