/**
 * The keys the schema knows where an unknown one was found, and the nearest of them to a
 * misspelling: `$.quote` is refused with `did you mean "quotes"?`.
 */
import type * as z from 'zod/mini';

type PathKey = string | number | symbol;

/** The parts of a zod definition this walk reads (objects, arrays, records, unions and their wrappers). */
interface Def {
	readonly type: string;
	readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
	readonly element?: z.ZodMiniType;
	readonly valueType?: z.ZodMiniType;
	readonly innerType?: z.ZodMiniType;
	readonly in?: z.ZodMiniType;
	readonly options?: readonly z.ZodMiniType[];
	readonly discriminator?: string;
	readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodMiniType): Def => schema._zod.def as unknown as Def;

/** The schema itself once optional, nullable, default and pipe wrappers are taken off. */
function unwrapped(schema: z.ZodMiniType): Def {
	let def = defOf(schema);
	for (let inner = def.innerType ?? def.in; inner; inner = def.innerType ?? def.in) def = defOf(inner);
	return def;
}

/** The union's options that `value` can be: the one its discriminator names, or all of them. */
function optionsFor(def: Def, value: unknown): readonly z.ZodMiniType[] {
	const options = def.options ?? [];
	const key = def.discriminator;
	if (key === undefined || !value || typeof value !== 'object') return options;
	const tag = (value as Record<string, unknown>)[key];
	const chosen = options.filter((option) => {
		const literal = unwrapped(option).shape?.[key];
		return literal !== undefined && (unwrapped(literal).values ?? []).includes(tag);
	});
	return chosen.length > 0 ? chosen : options;
}

/** The keys the object schema at `path` inside `root` knows, for the `data` found there; none when the path leads to no object. */
export function knownKeysAt(root: z.ZodMiniType, path: readonly PathKey[], data: unknown): readonly string[] {
	const keys = new Set<string>();
	const walk = (schema: z.ZodMiniType, depth: number, value: unknown): void => {
		const def = unwrapped(schema);
		if (def.type === 'union') {
			for (const option of optionsFor(def, value)) walk(option, depth, value);
			return;
		}
		if (depth === path.length) {
			if (def.type === 'object') for (const key of Object.keys(def.shape ?? {})) keys.add(key);
			return;
		}
		const key = path[depth];
		const next = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
		const inner = def.type === 'object' ? (typeof key === 'string' ? def.shape?.[key] : undefined) : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
		if (inner) walk(inner, depth + 1, next);
	};
	walk(root, 0, data);
	return [...keys];
}

/** Edits from one name to the other: a letter put in, left out, changed, or two swapped ("titel"). */
export function editDistance(a: string, b: string): number {
	let before: number[] = [];
	let row = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			let d = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
			next[j] = d;
		}
		before = row;
		row = next;
	}
	return row[b.length]!;
}

/** The known name nearest to `name` when it is close enough to be a slip (case aside), or the only one it starts, else undefined. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
	// A key of a megabyte is no slip, and comparing it would cost its length times each name's.
	if (name.length > 100) return undefined;
	const lower = name.toLowerCase();
	let best: {name: string; distance: number} | undefined;
	for (const candidate of known) {
		const d = editDistance(lower, candidate.toLowerCase());
		if (!best || d < best.distance) best = {name: candidate, distance: d};
	}
	if (!best) return undefined;
	if (best.distance <= Math.max(1, Math.floor(Math.max(name.length, best.name.length) / 3))) return best.name;
	// The start of one name, cut short ("q-air-datang" of q-air-datang-sangat-cepat): that one.
	const starting = lower.length >= MIN_PREFIX ? known.filter((candidate) => candidate.toLowerCase().startsWith(lower)) : [];
	return starting.length === 1 ? starting[0] : undefined;
}

/** The fewest characters a name cut short must keep to be taken for the one name it starts. */
const MIN_PREFIX = 3;
