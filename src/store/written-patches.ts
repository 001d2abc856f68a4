/**
 * A record as written, kept as what sanitizing changed in it: the path of each string it changed
 * and the string as written. Sanitizing (model/sanitize.ts) changes strings only, never keys or
 * shapes, and most records do not differ at all (an anchor keeps its line breaks) or in a string
 * or two, so this is a few bytes where the whole record as written was a second copy of it.
 */

/** One string sanitizing changed: where it is in the record, and as it was written. */
export type WrittenPatch = readonly [path: readonly (string | number)[], written: string];

/** What makes `clean` (sanitizeDeep of `written`) the record as written again. */
export function writtenPatches(written: unknown, clean: unknown, path: readonly (string | number)[] = [], patches: WrittenPatch[] = []): WrittenPatch[] {
	if (written === clean) return patches;
	if (typeof written === 'string') {
		// The path is this call's own (each level makes a new one), so the patch keeps it as it is.
		patches.push([path, written]);
	} else if (Array.isArray(written)) {
		const cleanItems = clean as unknown[];
		written.forEach((item, i) => writtenPatches(item, cleanItems[i], [...path, i], patches));
	} else if (written !== null && typeof written === 'object') {
		const cleanFields = clean as Record<string, unknown>;
		for (const [key, value] of Object.entries(written)) writtenPatches(value, cleanFields[key], [...path, key], patches);
	}
	return patches;
}

/** The record as written: `clean` (a copy of its own, changed in place) with the patches put back. */
export function applyWrittenPatches<T>(clean: T, patches: readonly WrittenPatch[]): T {
	for (const [path, written] of patches) {
		let at = clean as unknown as Record<string | number, unknown>;
		for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
		at[path.at(-1)!] = written;
	}
	return clean;
}
