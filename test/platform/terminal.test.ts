import {afterEach, describe, expect, it, vi} from 'vitest';
import {enterFullscreen, onTerminationSignals} from '../../src/platform/terminal.js';

/** A terminal that records, in order, what was done to it. */
function fakeTerminal() {
	const events: string[] = [];
	const stdout = {write: (data: string) => (events.push(`write ${JSON.stringify(data)}`), true)} as unknown as NodeJS.WritableStream;
	const stdin = {isTTY: true, setRawMode: (mode: boolean) => events.push(`raw ${mode}`)};
	return {events, stdout, stdin};
}

afterEach(() => vi.restoreAllMocks());

describe('enterFullscreen', () => {
	it('turns raw mode on before it draws anything, so the first key pressed is a key', () => {
		const {events, stdout, stdin} = fakeTerminal();
		const session = enterFullscreen(stdout, stdin);
		expect(events).toEqual(['raw true', 'write "\\u001b[?1049h\\u001b[2J\\u001b[H\\u001b[?2004h"']);
		session.restore();
	});

	it('restores raw mode, paste mode, the cursor and the main screen once, however often it is asked', () => {
		const {events, stdout, stdin} = fakeTerminal();
		const session = enterFullscreen(stdout, stdin);
		events.length = 0;
		session.restore();
		session.restore();
		expect(events).toEqual(['raw false', 'write "\\u001b[?2004l\\u001b[?25h\\u001b[?1049l"']);
	});
});

describe('onTerminationSignals', () => {
	it.each([
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const)('on %s restores, then exits with %i', (signal, status) => {
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
		const onSignal = vi.fn();
		const stop = onTerminationSignals(onSignal);
		try {
			process.emit(signal, signal);
		} finally {
			stop();
		}
		expect(onSignal).toHaveBeenCalledOnce();
		expect(exit).toHaveBeenCalledWith(status);
	});
});
