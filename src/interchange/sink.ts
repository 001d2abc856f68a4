/** Where an export or listing writes its text, a piece at a time (src/cli/output.ts is one). */
export interface TextSink {
	/** Add text; when a promise comes back, await it before writing more. */
	write(text: string): Promise<void> | undefined;
}

/** Write `pieces` to `sink` in order, waiting whenever it asks. */
export async function writePieces(sink: TextSink, pieces: Iterable<string>): Promise<void> {
	for (const piece of pieces) {
		const wait = sink.write(piece);
		if (wait) await wait;
	}
}
