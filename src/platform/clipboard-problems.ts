/**
 * Why a clipboard channel did not take the text, as data: the explorer words it in the screen's
 * language, the CLI and logs in English (`problemText`).
 */

/** How a native clipboard tool failed. */
export type ToolFailure =
	| {readonly kind: 'start'; readonly code: string}
	| {readonly kind: 'exit'; readonly code: number}
	| {readonly kind: 'signal'; readonly signal: string | null}
	| {readonly kind: 'timeout'; readonly ms: number}
	| {readonly kind: 'no-stdin'};

export type ClipboardProblem =
	| {readonly kind: 'not-a-terminal'}
	| {readonly kind: 'dumb-terminal'}
	| {readonly kind: 'too-long'; readonly bytes: number; readonly limit: number}
	| {readonly kind: 'terminal-timeout'; readonly ms: number}
	| {readonly kind: 'terminal-failed'; readonly code: string}
	| {readonly kind: 'no-display'; readonly tools: readonly string[]}
	| {readonly kind: 'no-tool'; readonly tools: readonly string[]}
	| {readonly kind: 'tool-failed'; readonly tool: string; readonly failure: ToolFailure}
	| {readonly kind: 'unexpected'; readonly code: string};

/** "2 s", "500 ms" (or the reader's language's units: "2 dtk", "500 md"). */
export function formatDuration(ms: number, units: {readonly s: string; readonly ms: string} = {s: 's', ms: 'ms'}): string {
	return ms >= 1000 ? `${ms / 1000} ${units.s}` : `${ms} ${units.ms}`;
}

/** "a", "a or b", "a, b or c" (`or` in the reader's language). */
export function orList(items: readonly string[], or = 'or'): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

function toolFailureText(tool: string, failure: ToolFailure): string {
	switch (failure.kind) {
		case 'start':
			return `${tool} could not start (${failure.code})`;
		case 'exit':
			return `${tool} exited with code ${failure.code}`;
		case 'signal':
			return `${tool} was stopped by ${failure.signal ?? 'a signal'}`;
		case 'timeout':
			return `${tool} did not finish within ${formatDuration(failure.ms)}`;
		case 'no-stdin':
			return `${tool} has no stdin`;
	}
}

/** The problem in English: "the terminal is dumb (TERM=dumb)", "xclip exited with code 1". */
export function problemText(problem: ClipboardProblem): string {
	switch (problem.kind) {
		case 'not-a-terminal':
			return 'not a terminal';
		case 'dumb-terminal':
			return 'the terminal is dumb (TERM=dumb)';
		case 'too-long':
			return `too long for OSC 52 (${problem.bytes} bytes, terminals take at most ${problem.limit})`;
		case 'terminal-timeout':
			return `the terminal did not take the text within ${formatDuration(problem.ms)}`;
		case 'terminal-failed':
			return `writing to the terminal failed (${problem.code})`;
		case 'no-display':
			return `no display for ${orList(problem.tools)}`;
		case 'no-tool':
			return `no clipboard tool (install ${orList(problem.tools)})`;
		case 'tool-failed':
			return toolFailureText(problem.tool, problem.failure);
		case 'unexpected':
			return `unexpected error (${problem.code})`;
	}
}
