/**
 * Long work done a step at a time: a generator that yields between steps and returns its answer.
 * The explorer runs a search this way in slices, so that keys are read between them and a search
 * for a query already typed over is dropped; the command line runs it through at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once; the answer. */
export function drain<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
