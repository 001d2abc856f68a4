/**
 * Unicode 11 widths, with sequences joined by U+200D (👩‍💻, 👩‍👩‍👧‍👦) drawn as one character, as
 * tmux 3.3 and modern terminals draw them (measured in tmux here: "A👩‍💻B" leaves the cursor at
 * column 4). xterm.js gives each part its own cells, and its grapheme addon (0.4) measures plain
 * emoji as one column: neither matches the terminals the explorer meets.
 */
import unicode11 from '@xterm/addon-unicode11';
import type {Terminal} from '@xterm/headless';

type Provider = {readonly version: string; wcwidth(codepoint: number): 0 | 1 | 2; charProperties(codepoint: number, preceding: number): number};

const ZWJ = 0x200d;
/** The kind xterm.js keeps beside a cell's width: here, "the last character was a joiner". */
const AFTER_JOINER = 1;
// xterm.js packs a character's properties as kind << 3 | width << 1 | joins-the-previous.
const properties = (kind: number, width: number, joins: boolean) => (kind << 3) | (width << 1) | (joins ? 1 : 0);

function unicode11Provider(): Provider {
	let provider: Provider | undefined;
	new unicode11.Unicode11Addon().activate({unicode: {register: (p: Provider) => (provider = p)}} as unknown as Terminal);
	return provider!;
}

/** Make `term` measure text as Unicode 11 does, joined sequences as one character. */
export function useJoinedWidths(term: Terminal): void {
	const base = unicode11Provider();
	const width = (preceding: number) => (preceding >> 1) & 3;
	term.unicode.register({
		version: '11-joined',
		wcwidth: (codepoint) => base.wcwidth(codepoint),
		charProperties(codepoint, preceding) {
			if (codepoint === ZWJ && preceding !== 0) return properties(AFTER_JOINER, width(preceding), true);
			if (preceding >> 3 === AFTER_JOINER) return properties(0, Math.max(width(preceding), base.wcwidth(codepoint)), true);
			return base.charProperties(codepoint, preceding);
		},
	} satisfies Provider);
	term.unicode.activeVersion = '11-joined';
}
