/** Starting the explorer in a real terminal and leaving it as it was found. */
import {render, type Instance} from 'ink';
import type {Catalog} from '../model/catalog.js';
import {enterFullscreen, onTerminationSignals, type TerminalSession} from '../platform/terminal.js';
import {TerminalInput} from '../platform/terminal-input.js';
import {createExplorerData} from '../state/data.js';
import {App, type CopyOutcome} from './App.js';

export interface ExplorerTerminal {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly copy: (text: string) => Promise<CopyOutcome>;
}

/** Run the explorer until the user quits; resolves to the exit code. */
export async function runExplorer(story: Catalog, terminal: ExplorerTerminal, options: {readonly lang?: string; readonly colour?: boolean} = {}): Promise<number> {
	const data = createExplorerData(story);
	// Listen for signals before touching the terminal, so none can leave it half set up.
	let session: TerminalSession | undefined;
	let instance: Instance | undefined;
	const stopListening = onTerminationSignals(() => {
		instance?.unmount();
		session?.restore();
	});
	session = enterFullscreen(terminal.stdout, terminal.stdin);
	// Between the tty and Ink: pastes are taken out whole, and a lone Escape is made unambiguous.
	const input = new TerminalInput(terminal.stdin);
	instance = render(<App data={data} copy={terminal.copy} lang={options.lang} colour={options.colour} pastes={input} />, {
		stdin: input as unknown as NodeJS.ReadStream,
		stdout: terminal.stdout,
		// Ctrl-C is a key in the keymap, so quitting always goes through the same restore.
		exitOnCtrlC: false,
		patchConsole: false,
		// Ink throttles frames to maxFps; 60 keeps key-to-screen under a frame of a 60 Hz display.
		maxFps: 60,
	});
	try {
		await instance.waitUntilExit();
		return 0;
	} finally {
		stopListening();
		instance.cleanup();
		input.close();
		session.restore();
	}
}
