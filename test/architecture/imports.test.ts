/**
 * The architecture as the folder tree shows it: dependencies point down (cli → ui → state → model,
 * store and interchange beside state, all over model; text, keys and platform at the bottom) and
 * no file imports itself round a circle. Read from the import statements of every file in src.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PROJECT_ROOT} from '../helpers/datasets.js';

const SRC = join(PROJECT_ROOT, 'src');

/** How high each folder of src stands: a file imports from its own folder or from lower ones. */
const FLOOR: Record<string, number> = {text: 0, keys: 0, platform: 0, model: 1, store: 2, interchange: 2, ingest: 2, state: 2, ui: 3, cli: 4};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** The files of src a file imports (static imports, re-exports and import() of a literal). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)].map((match) => match[1] ?? match[2]!);
	return specifiers.flatMap((specifier) => {
		const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
		const target = [`${base}.ts`, `${base}.tsx`].find((candidate) => known.has(candidate));
		return target ? [target] : [];
	});
}

const files = sourceFiles(SRC);
const known = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;
const name = (file: string) => relative(SRC, file);

describe('the imports of src', () => {
	it('are read (the graph is not empty, every folder has a floor)', () => {
		expect([...graph.values()].flat().length).toBeGreaterThan(200);
		const folders = new Set(files.map(folderOf).filter((folder) => !/\.tsx?$/.test(folder)));
		expect([...folders].filter((folder) => FLOOR[folder] === undefined)).toEqual([]);
	});

	it('point down: no file imports from a folder above its own', () => {
		const upward = [...graph].flatMap(([file, targets]) => {
			const from = FLOOR[folderOf(file)];
			return targets.filter((target) => from !== undefined && folderOf(target) !== folderOf(file) && (FLOOR[folderOf(target)] ?? 0) >= from).map((target) => `${name(file)} → ${name(target)}`);
		});
		expect(upward).toEqual([]);
	});

	it('make no circle, not even between two files', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const path: string[] = [];
		const visit = (file: string) => {
			state.set(file, 'open');
			path.push(file);
			for (const target of graph.get(file) ?? []) {
				if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].map(name).join(' → '));
				else if (!state.has(target)) visit(target);
			}
			path.pop();
			state.set(file, 'done');
		};
		for (const file of files) if (!state.has(file)) visit(file);
		expect(cycles).toEqual([]);
	});
});
