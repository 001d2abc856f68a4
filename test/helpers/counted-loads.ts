/**
 * Every whole load counted, for the tests that must tell a store or a stream from the loader: used
 * as `vi.mock('../../src/model/load.js', countedLoads)` (vitest hoists the mock above the imports),
 * with `wholeLoads.count` read and reset by the test.
 */
export const wholeLoads = {count: 0};

export async function countedLoads(original: <T>() => Promise<T>) {
	const load = await original<typeof import('../../src/model/load.js')>();
	return {
		...load,
		loadDatasetFile: (...args: Parameters<typeof load.loadDatasetFile>) => {
			wholeLoads.count++;
			return load.loadDatasetFile(...args);
		},
	};
}
