/**
 * The shape of the explorer's words in one language: every title, hint, label, count and message
 * the screen shows around the dataset's own text. One table per language (id.ts, en.ts) fills
 * it, so a language cannot lack a word; views, the footer and help, and the reducer's status
 * messages all read the table of the language `l` has chosen.
 */
import type {ClipboardProblem} from '../../platform/clipboard-problems.js';
import type {Command} from '../../keys/commands.js';
import type {Group, Hint} from '../../keys/keymap.js';
import type {CitationWords} from '../../model/citation.js';
import type {EntityType} from '../../model/schema.js';
import type {SearchKind} from '../../model/search-entries.js';
import type {DetailSection} from '../detail.js';
import type {CopiedQuote} from '../state.js';

export type {CopiedQuote} from '../state.js';

/** The things the interface counts; each language gives a singular and a plural. */
export type Noun = 'event' | 'entity' | 'quote' | 'source' | 'match' | 'char' | 'disagreement' | 'claim';

export interface Strings {
	/** The language the words are in: numbers are grouped as it groups them ("1.204", "1,204"). */
	readonly lang: 'id' | 'en';
	/** Languages as this language names them ("Inggris" in Indonesian); unknown tags are shown as they are. */
	readonly languageNames: Readonly<Record<string, string>>;
	/** Singular and plural of each counted thing. */
	readonly nouns: Readonly<Record<Noun, readonly [string, string]>>;
	readonly panes: {
		readonly timeline: string;
		readonly entities: string;
		readonly sources: string;
		readonly detail: string;
		/** The detail pane's title when Backspace can go back `steps` times. */
		readonly detailBack: (steps: number) => string;
		readonly keys: string;
		readonly finder: string;
		readonly article: string;
		/** A pane's mark that more lines are below. */
		readonly more: string;
		/** A pane's mark that more lines are above (it was scrolled down). */
		readonly moreAbove: string;
		/** A pane's mark that more lines are both above and below. */
		readonly moreAround: string;
		/** How the narrow layout's list titles name the other lists ("entitas: Tab"). */
		readonly reach: Readonly<Record<'timeline' | 'entities' | 'sources', string>>;
	};
	readonly header: {readonly filter: string; readonly source: string};
	readonly hints: Readonly<Record<Hint, string>>;
	readonly groups: Readonly<Record<Group, string>>;
	readonly commands: Readonly<Record<Command, string>>;
	/** Keys whose names are words ("Space"); the others are written as on the keycap. */
	readonly keyNames: Readonly<Record<string, string>>;
	/** An entity's type in full, as the detail pane heads it ("ORANG"). */
	readonly entityTypes: Readonly<Record<EntityType, string>>;
	/** An entity's type in three columns, beside its name in a list. */
	readonly typeTags: Readonly<Record<EntityType, string>>;
	readonly finder: {
		readonly kinds: Readonly<Record<SearchKind, string>>;
		readonly nothingMatches: (query: string) => string;
		/** The counter while the query's results are being found (the last query's still shown). */
		readonly searching: string;
	};
	readonly detail: {
		readonly nothingSelected: string;
		readonly event: string;
		readonly quote: string;
		readonly source: string;
		readonly sections: Readonly<Record<DetailSection, string>>;
		/** The evidence section's title in a story of several sources. */
		readonly evidenceFromSources: string;
		/** A quote's events, titled by how it bears on them: a heading once, not a word on every row. */
		readonly eventGroups: Readonly<Record<'occasion' | 'about', string>>;
		readonly when: string;
		readonly where: string;
		readonly stated: string;
		readonly inferred: string;
		readonly titles: string;
		readonly aliases: string;
		readonly gloss: string;
		readonly sources: string;
		readonly disagree: string;
		readonly by: string;
		readonly editedBy: string;
		readonly published: string;
		/** After a claim no other source makes: it is neither confirmed nor contradicted. */
		readonly oneSource: string;
		/** How a source differs from the others: `count` is the counted disagreements. */
		readonly disputes: (disputes: number, count: string) => string;
		/** The labels of linked items and evidence ("(tanggal)"). */
		readonly itemLabels: Readonly<Record<'place' | 'speaker' | 'date' | 'attribution' | 'part', string>>;
	};
	/** What `Y`'s citation adds to the day a quote was said. */
	readonly citation: CitationWords;
	readonly reader: {
		readonly mention: string;
		readonly evidence: string;
		readonly passage: string;
		readonly match: string;
		/** "2 of 5". */
		readonly ordinal: (number: number, of: number) => string;
		readonly fromTop: string;
		readonly fromBottom: string;
		readonly notFound: string;
		readonly notAnchored: (name: string) => string;
		readonly cleared: string;
		readonly quoteBy: (speaker: string) => string;
	};
	readonly status: {
		readonly selectToFilter: string;
		readonly inNoEvent: (name: string) => string;
		readonly filteredTo: (name: string, events: string) => string;
		readonly reportsNoEvent: (outlet: string) => string;
		readonly filterCleared: string;
		readonly noQuote: string;
		/** What `y` or `Y` copied, without the count and the channel: "kutipan Meutya Hafid “…”, 1 dari 3"; `labelled` false leaves out "kutipan". */
		readonly copiedQuote: (quote: CopiedQuote, labelled: boolean) => string;
		/**
		 * The status after a copy: that it was copied and how (`attributed`: " with attribution"),
		 * where it went (`how`; none where a narrow line leaves it out), then what it was and how long:
		 * "Copied with attribution, sent to the terminal (OSC 52): quote by … (326 chars)".
		 */
		readonly copied: (attributed: boolean, how: string | undefined, what: string, chars: string) => string;
		/** How the text left: to the terminal (OSC 52), or with a tool (xclip). */
		readonly channel: (channel: string) => string;
		readonly and: string;
		readonly noClipboard: (problems: string) => string;
		/** Why a clipboard channel did not take the text: "the terminal is dumb (TERM=dumb)". */
		readonly clipboardProblem: (problem: ClipboardProblem) => string;
		/** A paste outside a prompt: where to open one (`prompt` is finder or search, `key` the key that opens it). */
		readonly pasteIgnored: (prompt: 'finder' | 'search', key: string) => string;
		readonly language: (name: string) => string;
		readonly oneLanguage: (name: string) => string;
		/** `s` on a story of one article: there is no list of sources to show. */
		readonly oneSource: (outlet: string) => string;
		readonly unknownLanguage: (tag: string, name: string, available: string) => string;
	};
	readonly tooSmall: (columns: number, rows: number, minColumns: number, minRows: number, quitKeys: string) => readonly string[];
	readonly axis: {readonly noDays: string};
}
