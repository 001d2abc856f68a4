import {Writable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import type {Io} from '../../src/cli/io.js';
import {outputTo, writeAll} from '../../src/cli/output.js';

/** An Io whose stdout is slow to drain (a small buffer), keeping every chunk written. */
function slowIo(chunks: Buffer[]): Io {
	const stdout = new Writable({
		highWaterMark: 1024,
		write(chunk: Buffer, _encoding, done) {
			chunks.push(Buffer.from(chunk));
			setImmediate(done);
		},
	});
	return {stdout, stderr: stdout, stdin: process.stdin, env: {}, stdoutIsTTY: false, stdinIsTTY: false, cwd: process.cwd()};
}

describe('output to stdout', () => {
	it('arrives whole and in order, in chunks of whole characters, through a reader slower than the writer', async () => {
		const pieces = ['{\n', 'a🌊é农'.repeat(5000), 'x'.repeat(100_000), ...Array.from({length: 3000}, (_, i) => `  "${i}": "ñ—\u202e",\n`), '}\n'];
		const chunks: Buffer[] = [];
		await writeAll(outputTo(undefined, false, slowIo(chunks)), async (out) => {
			for (const piece of pieces) {
				const wait = out.write(piece);
				if (wait) await wait;
			}
		});
		expect(Buffer.concat(chunks).toString('utf8')).toBe(pieces.join(''));
		for (const chunk of chunks) expect(chunk.toString('utf8')).not.toContain('\ufffd');
	});
});
