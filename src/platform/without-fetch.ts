/**
 * Importing Ink with Node's fetch out of sight. yoga-layout, Ink's layout engine, reads its
 * WebAssembly from a data: URL with fetch() whenever fetch exists, and the first touch of fetch
 * loads Node's whole HTTP client (undici): some 30 ms of the explorer's start-up (node --cpu-prof),
 * spent decoding base64. Without fetch, yoga decodes the same bytes itself.
 */

/** Runs `load` with globalThis.fetch removed, and puts it back however `load` ends. */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Reflect.deleteProperty(globalThis, 'fetch');
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
