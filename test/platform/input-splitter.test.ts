import {describe, expect, it} from 'vitest';
import {createInputSplitter, ESCAPE_KEY, MAX_PASTE_LENGTH, PASTE_END, PASTE_START, type InputPiece} from '../../src/platform/input-splitter.js';

/** Every piece the chunks give, pushed one after another, then what a flush lets go. */
function split(...chunks: string[]): InputPiece[] {
	const splitter = createInputSplitter();
	const pieces = chunks.flatMap((chunk) => splitter.push(chunk));
	return [...pieces, ...splitter.flush()];
}

const keys = (text: string): InputPiece => ({kind: 'keys', text});
const paste = (text: string): InputPiece => ({kind: 'paste', text});

describe('a bracketed paste', () => {
	it('is taken out whole, between the keys before and after it', () => {
		expect(split(`/${PASTE_START}meutya q${PASTE_END}j`)).toEqual([keys('/'), paste('meutya q'), keys('j')]);
	});

	it('is whole when its markers and text arrive cut into many chunks', () => {
		const sent = `${PASTE_START}Nong Shengwen${PASTE_END}`;
		const chunks = [...sent];
		expect(split(...chunks)).toEqual([paste('Nong Shengwen')]);
	});

	it('keeps escape sequences inside it as text, never as keys', () => {
		expect(split(`${PASTE_START}a\x1b[Aq\x1bb${PASTE_END}`)).toEqual([paste('a\x1b[Aq\x1bb')]);
	});

	it(`keeps at most ${MAX_PASTE_LENGTH} units and drops the rest`, () => {
		const pieces = split(PASTE_START, 'x'.repeat(MAX_PASTE_LENGTH), 'y'.repeat(10), PASTE_END);
		expect(pieces).toEqual([paste('x'.repeat(MAX_PASTE_LENGTH))]);
	});

	it('is never cut in half a surrogate pair at the limit', () => {
		const pieces = split(PASTE_START + 'x'.repeat(MAX_PASTE_LENGTH - 1) + '😀' + PASTE_END);
		expect(pieces).toEqual([paste('x'.repeat(MAX_PASTE_LENGTH - 1))]);
	});

	it('that has not ended yet is held, not flushed as keys', () => {
		const splitter = createInputSplitter();
		expect(splitter.push(`${PASTE_START}half`)).toEqual([]);
		expect(splitter.flush()).toEqual([]);
		expect(splitter.push(` more${PASTE_END}`)).toEqual([paste('half more')]);
	});

	it('given up on (its end marker lost) is what came of it, the start of a marker included; then keys are keys', () => {
		const splitter = createInputSplitter();
		expect(splitter.push(`x${PASTE_START}half\x1b[20`)).toEqual([keys('x')]);
		expect(splitter.pasting).toBe(true);
		expect(splitter.endPaste()).toEqual([paste('half\x1b[20')]);
		expect(splitter.pasting).toBe(false);
		expect(splitter.endPaste()).toEqual([]);
		expect(splitter.push('q')).toEqual([keys('q')]);
	});

	it('end marker on its own is dropped, not read as the text "[201~"', () => {
		expect(split(`a${PASTE_END}b`)).toEqual([keys('ab')]);
	});
});

describe('Escape', () => {
	it('followed at once by a key is an Escape of its own, then the key', () => {
		expect(split('\x1bq')).toEqual([keys(`${ESCAPE_KEY}q`)]);
		expect(split('\x1b/')).toEqual([keys(`${ESCAPE_KEY}/`)]);
	});

	it('alone at the end of a chunk is held until no more input comes', () => {
		const splitter = createInputSplitter();
		expect(splitter.push('j\x1b')).toEqual([keys('j')]);
		expect(splitter.holding).toBe(true);
		expect(splitter.flush()).toEqual([keys(ESCAPE_KEY)]);
		expect(splitter.holding).toBe(false);
	});

	it('before Backspace is Alt+Backspace, passed on whole (a word erased in a prompt, not the prompt closed)', () => {
		expect(split('\x1b\x7f')).toEqual([keys('\x1b\x7f')]);
		expect(split('ab\x1b\bq')).toEqual([keys('ab\x1b\bq')]);
	});

	it('that starts a sequence leaves the sequence as it was', () => {
		expect(split('\x1b[A\x1b[B\x1b[5~\x1bOP\x1b[Z')).toEqual([keys('\x1b[A\x1b[B\x1b[5~\x1bOP\x1b[Z')]);
	});

	it('starting a sequence cut across chunks waits for the rest', () => {
		expect(split('\x1b', '[', 'B')).toEqual([keys('\x1b[B')]);
	});

	it('and the start of a sequence that never ends are let go as Escape and keys', () => {
		expect(split('\x1b[2')).toEqual([keys(`${ESCAPE_KEY}[2`)]);
	});

	it('twice in a row is two Escapes', () => {
		expect(split('\x1b\x1bq')).toEqual([keys(`${ESCAPE_KEY}${ESCAPE_KEY}q`)]);
	});
});

describe('plain keys', () => {
	it('pass on unchanged, in one piece', () => {
		expect(split('/meutia\r')).toEqual([keys('/meutia\r')]);
	});
});
