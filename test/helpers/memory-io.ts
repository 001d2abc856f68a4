/** An Io whose streams are strings, for running commands in-process: stdin and stdout are not terminals. */
import {Readable, Writable} from 'node:stream';
import type {Io} from '../../src/cli/io.js';
import {testCache} from './test-cache.js';

/** An Io that keeps what is written to stdout and stderr, read back with out() and err(). */
export function memoryIo(cwd: string, stdin = ''): Io & {out: () => string; err: () => string} {
	let out = '';
	let err = '';
	const sink = (append: (chunk: string) => void) =>
		new Writable({
			write(chunk, _encoding, done) {
				append(String(chunk));
				done();
			},
		});
	return {
		stdout: sink((chunk) => (out += chunk)),
		stderr: sink((chunk) => (err += chunk)),
		stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
		env: {LINIMASA_CACHE: testCache()},
		stdoutIsTTY: false,
		stdinIsTTY: false,
		cwd,
		out: () => out,
		err: () => err,
	};
}
