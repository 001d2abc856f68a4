/** Building an article text in tests, with anchors into it counted as datasets count them. */
import {codePointLength} from '../../src/model/codepoints.js';
import type {Anchor} from '../../src/model/schema.js';

/** An article text built piece by piece; a marked piece comes back as its anchor (code-point offsets). */
export class AnchoredText {
	private readonly pieces: string[] = [];
	private length = 0;

	/** Append text that no anchor points at. */
	add(text: string): this {
		this.pieces.push(text);
		this.length += codePointLength(text);
		return this;
	}

	/** Append text and return the anchor that gives exactly it. */
	mark(text: string): Anchor {
		const start = this.length;
		this.add(text);
		return {start, end: this.length, exact: text};
	}

	get text(): string {
		return this.pieces.join('');
	}
}
