/** Colours by meaning, so views say what a thing is and the palette lives in one place. */
import type {EntityType} from '../model/schema.js';
import type {Tone} from '../state/state.js';

/** The styles a segment of text can have (a subset of Ink's Text props). */
export interface Style {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
	readonly italic?: boolean;
}

export const theme = {
	brand: {color: 'cyan', bold: true},
	heading: {bold: true},
	label: {dimColor: true},
	muted: {dimColor: true},
	focusedTitle: {color: 'cyan', bold: true, inverse: true},
	blurredTitle: {bold: true},
	/** The cursor row in the focused pane, and in a pane without focus. */
	cursor: {inverse: true},
	cursorBlurred: {bold: true, underline: true},
	/** Characters a search matched: the finder's and `linimasa search`'s. */
	match: {color: 'magenta', bold: true, underline: true},
	/** Dates in the CLI's listings. */
	date: {color: 'cyan'},
	/** Entity types, group headings and other tags in the CLI's listings. */
	tag: {color: 'magenta'},
	axis: {dimColor: true},
	axisEvent: {color: 'cyan'},
	axisSelected: {color: 'yellow', bold: true},
	inferred: {color: 'yellow'},
	quote: {italic: true},
	/** The reader: the selection's anchors, the one it is at, search matches, the match it is at. */
	readerAnchor: {color: 'yellow', underline: true},
	readerCurrent: {color: 'yellow', bold: true, inverse: true},
	readerMatch: {color: 'magenta', underline: true},
	readerCurrentMatch: {color: 'magenta', bold: true, inverse: true},
	readerMarker: {color: 'yellow', bold: true},
	readerPlace: {bold: true},
	key: {color: 'cyan', bold: true},
	filter: {color: 'yellow', bold: true},
	/** Where sources disagree: a timeline row's mark, a claim's values. */
	disputed: {color: 'red', bold: true},
	/** An outlet heading its passages in the detail pane. */
	sourceName: {color: 'cyan'},
	entityType: {
		person: {color: 'green'},
		organization: {color: 'blue'},
		place: {color: 'magenta'},
	} satisfies Record<EntityType, Style>,
	tone: {
		info: {color: 'cyan'},
		success: {color: 'green'},
		warning: {color: 'yellow'},
		error: {color: 'red', bold: true},
	} satisfies Record<Tone, Style>,
} as const;

/** The mark of a date that is inferred rather than stated (one column wide), after the date. */
export const INFERRED_MARK = '~';

/** What follows a date in a listing's date column: " ~" for an inferred one, nothing for a stated one. */
export const inferredSuffix = (certainty: 'stated' | 'inferred'): string => (certainty === 'inferred' ? ` ${INFERRED_MARK}` : '');

/** The three columns between a date and a title in a pane's row: " ~ " or blank, so titles align. */
export const inferredSlot = (certainty: 'stated' | 'inferred'): string => (certainty === 'inferred' ? ` ${INFERRED_MARK} ` : '   ');
/** The mark of a disagreement between sources (one column wide). */
export const DISPUTED_MARK = '≠';
/** Before a claim only one source makes: neither confirmed (=) nor contradicted (≠). */
export const ONE_SOURCE_MARK = '·';
