/** What a command may touch of the outside world, so tests can hand it in-memory streams. */
export interface Io {
	readonly stdout: NodeJS.WriteStream | NodeJS.WritableStream;
	readonly stderr: NodeJS.WritableStream;
	readonly stdin: NodeJS.ReadStream | NodeJS.ReadableStream;
	readonly env: NodeJS.ProcessEnv;
	/** Whether stdout is a terminal a person is looking at. */
	readonly stdoutIsTTY: boolean;
	readonly stdinIsTTY: boolean;
	readonly cwd: string;
}

export function processIo(): Io {
	return {
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		stdoutIsTTY: Boolean(process.stdout.isTTY),
		stdinIsTTY: Boolean(process.stdin.isTTY),
		cwd: process.cwd(),
	};
}
