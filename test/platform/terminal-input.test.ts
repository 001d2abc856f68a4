import {EventEmitter} from 'node:events';
import {describe, expect, it, vi} from 'vitest';
import {ESCAPE_KEY, PASTE_END, PASTE_START} from '../../src/platform/input-splitter.js';
import {PASTE_IDLE_MS, TerminalInput} from '../../src/platform/terminal-input.js';

/** A tty's input: emits data when the test sends it, and records what was done to it. */
function fakeTty() {
	const emitter = new EventEmitter();
	const calls: string[] = [];
	const source = {
		isTTY: true,
		on: (event: 'data', listener: (chunk: Buffer | string) => void) => emitter.on(event, listener),
		off: (event: 'data', listener: (chunk: Buffer | string) => void) => emitter.off(event, listener),
		pause: () => calls.push('pause'),
		setRawMode: (mode: boolean) => calls.push(`raw ${mode}`),
		ref: () => calls.push('ref'),
		unref: () => calls.push('unref'),
	};
	return {source, calls, send: (data: string | Buffer) => emitter.emit('data', typeof data === 'string' ? Buffer.from(data, 'utf8') : data), listeners: () => emitter.listenerCount('data')};
}

/** Read as Ink does: read() until null, each chunk handled as it comes. */
function readAll(input: TerminalInput): string {
	let text = '';
	for (let chunk = input.read(); chunk !== null; chunk = input.read()) text += String(chunk);
	return text;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A TerminalInput over a fake tty, the pastes it hands on, under fake timers for `run`. */
function withPasteTimers(run: (tty: ReturnType<typeof fakeTty>, input: TerminalInput, pastes: string[]) => void): void {
	vi.useFakeTimers();
	try {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		const pastes: string[] = [];
		input.onPaste((text) => pastes.push(text));
		run(tty, input, pastes);
		input.close();
	} finally {
		vi.useRealTimers();
	}
}

describe('TerminalInput', () => {
	it('passes keys on to its reader and a paste to its listeners', async () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		const pastes: string[] = [];
		input.onPaste((text) => pastes.push(text));
		tty.send(`/${PASTE_START}meutya${PASTE_END}`);
		// The paste waits until the key before it has been read, so the finder is open to take it.
		expect(pastes).toEqual([]);
		expect(readAll(input)).toBe('/');
		await turn();
		expect(pastes).toEqual(['meutya']);
		input.close();
	});

	it('hands on an Escape alone once nothing follows it at once', async () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		tty.send('\x1b');
		expect(readAll(input)).toBe('');
		await turn();
		expect(readAll(input)).toBe(ESCAPE_KEY);
		input.close();
	});

	it('reads a character whose bytes arrive in two chunks as one', () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		const bytes = Buffer.from('é', 'utf8');
		tty.send(bytes.subarray(0, 1));
		tty.send(bytes.subarray(1));
		expect(readAll(input)).toBe('é');
		input.close();
	});

	it('passes raw mode and ref on to the tty, and on close stops reading it', () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		input.setRawMode(true);
		input.ref();
		input.unref();
		expect(input.isTTY).toBe(true);
		input.close();
		input.close();
		expect(tty.calls).toEqual(['raw true', 'ref', 'unref', 'pause']);
		expect(tty.listeners()).toBe(0);
		tty.send('q');
		expect(readAll(input)).toBe('');
	});

	it('gives up on a paste whose end marker does not come: what came is the paste, and keys are keys again', () => {
		withPasteTimers((tty, input, pastes) => {
			tty.send(`${PASTE_START}meu`);
			tty.send('tya Hafid, Menteri\x1b[20');
			vi.advanceTimersByTime(PASTE_IDLE_MS - 1);
			// Still a paste while more of it comes: a slow connection's paste arrives in bursts.
			tty.send(' Komunikasi dan Digital');
			vi.advanceTimersByTime(PASTE_IDLE_MS - 1);
			// Keys pressed meanwhile do not put it off.
			tty.send('q');
			expect(pastes).toEqual([]);
			vi.advanceTimersByTime(1);
			expect(pastes).toEqual(['meutya Hafid, Menteri\x1b[20 Komunikasi dan Digitalq']);
			tty.send('jq');
			expect(readAll(input)).toBe('jq');
		});
	});

	it('keeps a paste whose pieces come small and slowly (a slow link) whole', () => {
		withPasteTimers((tty, input, pastes) => {
			const text = 'Meutya Hafid quote: “Kami bekerja sama”, ungkap Meutya.';
			tty.send(PASTE_START);
			for (let at = 0; at < text.length; at += 6) {
				tty.send(text.slice(at, at + 6));
				vi.advanceTimersByTime(PASTE_IDLE_MS / 3);
			}
			tty.send(PASTE_END);
			expect(pastes).toEqual([text]);
			expect(readAll(input)).toBe('');
		});
	});

	it('hears Ctrl-C pressed during a paste that never ended: the paste ends, and Ctrl-C is a key', async () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		const pastes: string[] = [];
		input.onPaste((text) => pastes.push(text));
		tty.send(PASTE_START);
		tty.send('\x03');
		expect(readAll(input)).toBe('\x03');
		await turn();
		expect(pastes).toEqual(['']);
		input.close();
	});

	it('gives no paste to a listener that stopped listening', async () => {
		const tty = fakeTty();
		const input = new TerminalInput(tty.source);
		const listener = vi.fn();
		const stop = input.onPaste(listener);
		stop();
		tty.send(`${PASTE_START}x${PASTE_END}`);
		await turn();
		expect(listener).not.toHaveBeenCalled();
		input.close();
	});
});
