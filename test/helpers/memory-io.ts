/** An Io for running the command line in-process: no terminal, output kept in strings. */
import {PassThrough, Writable} from 'node:stream';
import type {Io} from '../../src/cli/io.js';

function collector(): {stream: Writable; text: () => string} {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, callback) {
			chunks.push(chunk.toString());
			callback();
		},
	});
	return {stream, text: () => chunks.join('')};
}

/** An Io whose stdout and stderr are read back as text; stdin and stdout are not terminals. */
export function memoryIo(cwd: string = process.cwd()): Io & {stdoutText(): string; stderrText(): string} {
	const stdout = collector();
	const stderr = collector();
	return {
		stdout: stdout.stream,
		stderr: stderr.stream,
		stdin: new PassThrough(),
		env: {},
		stdoutIsTTY: false,
		stdinIsTTY: false,
		cwd,
		stdoutText: stdout.text,
		stderrText: stderr.text,
	};
}
