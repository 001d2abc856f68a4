/**
 * A dataset file that has no current store, checked for `linimasa validate`: its records as they
 * stream in; a refused file's every error (see checkedFile). Imported only then, as it brings the
 * stream checker, the schema and the JSON parser, which a dataset whose store answers never needs.
 */
import type {DatasetError} from '../../model/errors.js';
import {catalogOf} from '../../model/story-catalog.js';
import {catalogCounts, type DatasetCounts} from '../../model/dataset-counts.js';
import {checkDatasetFile} from '../../store/check.js';
import {loadRefused} from '../../store/open.js';
import {streamedWork, withSavedStdin} from '../files.js';
import {STDIN_NAME, type Io} from '../io.js';

export type Checked = {readonly ok: true; readonly counts: DatasetCounts} | {readonly ok: false; readonly errors: readonly DatasetError[]};

/**
 * Records checked as they stream in, on every core, without building a store; what the stream
 * refuses has every error named (loadRefused: found as it streams again past 1 MB, else loaded whole).
 */
export async function checkedFile(path: string, name: string, io: Io, textDir?: string): Promise<Checked> {
	const streamed = await streamedWork(path, name, io, (options) => checkDatasetFile(path, {...options, textDir}));
	if (streamed.ok) return streamed;
	const whole = await streamedWork(path, name, io, (options) => loadRefused(path, name, {...options, textDir}));
	return whole.ok ? {ok: true, counts: catalogCounts(catalogOf(whole.story))} : whole;
}

/** Standard input saved to a file and checked as one (its textFile read from the working folder). */
export function checkedStdin(io: Io): Promise<Checked> {
	return withSavedStdin(io, (saved) => checkedFile(saved.path, STDIN_NAME, io, io.cwd));
}
