/**
 * Where the bundled program's record-checking thread is (dist/check-worker.js): the bundle's entry
 * says so when it starts, since only it knows where the bundle's files are. Run from the sources
 * (the tests), the thread is started from check-worker.ts instead (check-pool.ts).
 */
let entry: URL | undefined;

/** Say where the bundled check-worker is. */
export function setCheckWorkerEntry(url: URL): void {
	entry = url;
}

/** The bundled check-worker, when the program runs from its bundle. */
export function checkWorkerEntry(): URL | undefined {
	return entry;
}
