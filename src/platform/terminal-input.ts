/**
 * The terminal's input as Ink should read it: a stream put between the tty and Ink's render,
 * which passes keys on (each Escape made unambiguous) and hands pastes to their own listeners,
 * so no pasted word is ever read as a key. See input-splitter.ts for what is split and why.
 */
import {Readable} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import {createInputSplitter, type InputPiece} from './input-splitter.js';

/**
 * How long a paste may go without more of it before its end marker is given up on. A terminal
 * writes a paste at once (over a slow link, in bursts), so a pause means the marker was lost (a
 * dropped connection, a stray start marker): waiting on, every key after it, Ctrl-C and q
 * included, would be taken as pasted text.
 */
export const PASTE_IDLE_MS = 1000;
/** More of a paste than keys pressed make: until this much has come since the wait began, it is not put off (someone who thinks the keyboard froze keeps pressing). */
const KEYSTROKE_UNITS = 8;
const CTRL_C = '\x03';

/** Where pastes can be listened for: returns a function that stops listening. */
export interface PasteSource {
	onPaste(listener: (text: string) => void): () => void;
}

/** The parts of a tty input stream this one reads and passes calls on to. */
export interface TtySource {
	readonly isTTY?: boolean;
	on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
	off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
	pause(): unknown;
	setRawMode?(mode: boolean): unknown;
	ref?(): unknown;
	unref?(): unknown;
}

/**
 * A readable stream of the source's keys, for Ink's `render({stdin})`. Ink 6.8 uses only `isTTY`,
 * `setRawMode`, `setEncoding`, `ref`, `unref`, `read()` and the `readable` event of its stdin.
 */
export class TerminalInput extends Readable implements PasteSource {
	readonly isTTY: boolean;
	private readonly splitter = createInputSplitter();
	private readonly decoder = new StringDecoder('utf8');
	/** Pieces not yet passed on: a paste waits until the keys before it have been read. */
	private readonly queue: InputPiece[] = [];
	private readonly pasteListeners = new Set<(text: string) => void>();
	/** Whether keys were pushed that the reader has not yet read to the end. */
	private unread = false;
	private release: NodeJS.Immediate | undefined;
	private pasteIdle: NodeJS.Timeout | undefined;
	/** Units of the paste come since its wait began. */
	private pastedSince = 0;
	private stopped = false;

	constructor(private readonly source: TtySource) {
		super();
		this.isTTY = source.isTTY === true;
		source.on('data', this.onData);
	}

	setRawMode(mode: boolean): this {
		this.source.setRawMode?.(mode);
		return this;
	}

	ref(): this {
		this.source.ref?.();
		return this;
	}

	unref(): this {
		this.source.unref?.();
		return this;
	}

	onPaste(listener: (text: string) => void): () => void {
		this.pasteListeners.add(listener);
		this.pump();
		return () => this.pasteListeners.delete(listener);
	}

	/** Stop reading the source (it is paused, so the process can end); safe to call more than once. */
	close(): void {
		if (this.stopped) return;
		this.stopped = true;
		this.source.off('data', this.onData);
		this.source.pause();
		if (this.release) clearImmediate(this.release);
		clearTimeout(this.pasteIdle);
		this.queue.length = 0;
	}

	override read(size?: number): string | Buffer | null {
		const chunk: string | Buffer | null = super.read(size);
		// Ink reads with read() until null, handling each chunk as it comes: at null, every key
		// pushed so far has been handled, and a paste after them can go (once this call returns).
		if (chunk === null && size === undefined && this.unread && this.readableLength === 0) {
			this.unread = false;
			process.nextTick(() => this.pump());
		}
		return chunk;
	}

	override _read(): void {
		// Data comes when the tty sends it (onData); nothing to ask for.
	}

	private readonly onData = (chunk: Buffer | string) => {
		if (this.release) clearImmediate(this.release);
		this.release = undefined;
		const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
		const wasPasting = this.splitter.pasting;
		// Ctrl-C pressed on its own ends a paste that never ended, and is heard: it always quits.
		if (wasPasting && text === CTRL_C) this.enqueue(this.splitter.endPaste());
		this.enqueue(this.splitter.push(text));
		this.pump();
		this.pastedSince += text.length;
		if (!this.splitter.pasting) clearTimeout(this.pasteIdle);
		else if (!wasPasting || this.pastedSince > KEYSTROKE_UNITS) {
			clearTimeout(this.pasteIdle);
			this.pastedSince = 0;
			this.pasteIdle = setTimeout(() => {
				this.enqueue(this.splitter.endPaste());
				this.pump();
			}, PASTE_IDLE_MS);
			// The tty's own listener keeps the program alive while it reads; this timer need not.
			this.pasteIdle.unref();
		}
		// An Escape alone (or the start of a sequence) is only known to be alone when nothing
		// follows at once: Ink itself waits the same one turn of the event loop.
		if (this.splitter.holding) {
			this.release = setImmediate(() => {
				this.release = undefined;
				this.enqueue(this.splitter.flush());
				this.pump();
			});
		}
	};

	private enqueue(pieces: readonly InputPiece[]): void {
		for (const piece of pieces) this.queue.push(piece);
	}

	/** Pass pieces on in order: keys to the reader, a paste to its listeners once the keys before it were read. */
	private pump(): void {
		while (!this.stopped && this.queue.length > 0) {
			const piece = this.queue[0]!;
			if (piece.kind === 'keys') {
				this.queue.shift();
				this.unread = true;
				this.push(piece.text);
				continue;
			}
			if (this.unread || this.pasteListeners.size === 0) return;
			this.queue.shift();
			for (const listener of this.pasteListeners) listener(piece.text);
		}
	}
}
