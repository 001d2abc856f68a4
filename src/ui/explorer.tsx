/** Starting the explorer in a real terminal and leaving it as it was found. */
import chalk from 'chalk';
import {render, type Instance} from 'ink';
import type {Catalog} from '../model/catalog.js';
import type {ColorLevel} from '../platform/colour-level.js';
import {enterFullscreen, onTerminationSignals, type TerminalSession} from '../platform/terminal.js';
import {TerminalInput} from '../platform/terminal-input.js';
import {createExplorerData} from '../state/data.js';
import {App, type CopyOutcome} from './App.js';
import {measureDetail} from './panes/detail-lines.js';

export interface ExplorerTerminal {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly copy: (text: string) => Promise<CopyOutcome>;
}

/** Run the explorer until the user quits; resolves to the exit code. */
export async function runExplorer(story: Catalog, terminal: ExplorerTerminal, options: {readonly lang?: string; readonly colourLevel?: ColorLevel} = {}): Promise<number> {
	const data = createExplorerData(story, measureDetail);
	// Ink draws through chalk, which chose its level at import from its own reading of the
	// environment (NO_COLOR is not part of it). The level is ours instead; with no colour it stays 1,
	// as bold, inverse and underline still draw the cursor row and the marks (no-color.org asks for
	// no colour, not no attributes), and the views drop the colours themselves.
	const level = options.colourLevel ?? 1;
	chalk.level = Math.max(level, 1) as ColorLevel;
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
	instance = render(<App data={data} copy={terminal.copy} lang={options.lang} colour={level > 0} pastes={input} />, {
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
