/**
 * Handing typed arrays to another thread instead of copying them: a message's buffers listed for
 * postMessage's transfer list, each once (two views of one buffer would make it fail).
 */

/** The buffers of typed arrays, each once: handed over to another thread instead of copied. */
export function buffersOf(arrays: readonly ArrayBufferView[]): ArrayBuffer[] {
	return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** The typed arrays among an object's values (its other values are sent as copies). */
export function viewsOf(object: object): ArrayBufferView[] {
	return Object.values(object).filter((value): value is ArrayBufferView => ArrayBuffer.isView(value));
}
